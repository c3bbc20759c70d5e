// `npm run bench [-- --json] [-- --rounds 7 --words 50000 --warmup 1 --samples samples]`
// Measures, in one process and on the same texts, compromise's own parse (`nlp(text)`) and the
// whole analysis (`analyzeArticle`, which parses once and does everything else). The ratio of the
// two is what the pipeline costs on top of the parse. Each round times both on every text, in
// alternating order, so a noisy neighbour on a shared machine slows both alike; the median round
// is reported with the spread between rounds.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { analyzeArticle } from '../../src/core';
import { buildBenchCorpus, type SampleText } from './corpus';
import { median, relativeSpread } from './stats';

interface Options {
  json: boolean;
  rounds: number;
  warmup: number;
  words: number;
  samples: string;
}

interface RoundTiming {
  parseMs: number;
  analysisMs: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { json: false, rounds: 7, warmup: 1, words: 50_000, samples: path.resolve('samples') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (): string => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    const count = (min: number): number => {
      const value = Number(next());
      if (!Number.isInteger(value) || value < min) throw new Error(`${arg} needs a whole number ≥ ${min}`);
      return value;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--rounds') options.rounds = count(1);
    else if (arg === '--warmup') options.warmup = count(0);
    else if (arg === '--words') options.words = count(1);
    else if (arg === '--samples') options.samples = path.resolve(next());
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function readSamples(dir: string): SampleText[] {
  const names = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && n.toLowerCase() !== 'readme.md');
  // Same text the editor shows: BOM removed, line endings kept.
  return names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '') }));
}

/** Keeps results observable so the engine cannot drop the work being timed. */
let sink = 0;

async function timeRound(texts: readonly string[], round: number): Promise<RoundTiming> {
  (globalThis as { gc?: () => void }).gc?.();
  let parseMs = 0;
  let analysisMs = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const parseFirst = (i + round) % 2 === 0;
    if (parseFirst) parseMs += timeParse(text);
    const started = performance.now();
    const analysis = await analyzeArticle(text);
    analysisMs += performance.now() - started;
    sink += analysis.quotes.length + analysis.entities.length;
    if (!parseFirst) parseMs += timeParse(text);
  }
  return { parseMs, analysisMs };
}

function timeParse(text: string): number {
  const started = performance.now();
  const doc = nlp(text);
  const ms = performance.now() - started;
  sink += doc.length;
  return ms;
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(options.samples)) {
    console.error(`bench: ${options.samples} does not exist (run from the repository root or pass --samples)`);
    return 1;
  }
  const samples = readSamples(options.samples);
  const corpusFor = (round: number) => buildBenchCorpus(samples, options.words, round);
  const first = corpusFor(0);
  if (first.texts.length === 0) {
    console.error(`bench: no words in the .txt/.md files of ${options.samples}`);
    return 1;
  }
  if (new Set(first.texts).size !== first.texts.length) {
    console.error('bench: the corpus repeats a text; variations must make every text unique');
    return 1;
  }

  // Warm-up rounds (their own texts) let the JIT and the core's lazy loading settle; not reported.
  for (let w = 0; w < options.warmup; w++) await timeRound(corpusFor(-1 - w).texts, w);
  const rounds: RoundTiming[] = [];
  let words = 0;
  for (let r = 0; r < options.rounds; r++) {
    const corpus = r === 0 ? first : corpusFor(r);
    words = corpus.words;
    rounds.push(await timeRound(corpus.texts, r));
  }

  const parseMs = median(rounds.map((r) => r.parseMs));
  const analysisMs = median(rounds.map((r) => r.analysisMs));
  const ratios = rounds.map((r) => r.analysisMs / r.parseMs);
  const ratio = analysisMs / parseMs;
  const perSecond = (ms: number) => Math.round(words / (ms / 1000));
  const widths = [24, 8, 9, 10, 7, 8];
  console.log(`Crosscheck bench: ${words.toLocaleString('en-US')} words in ${first.texts.length} texts from ${samples.length} samples; ` +
    `median of ${options.rounds} rounds after ${options.warmup} warm-up; node ${process.version}, compromise ${String((nlp as unknown as { version?: string }).version)}`);
  console.log(pad(['measurement', 'words', 'ms', 'words/s', 'ratio', 'spread'], widths));
  console.log(pad(['compromise nlp(text)', String(words), parseMs.toFixed(0), String(perSecond(parseMs)), '1.00',
    `${(relativeSpread(rounds.map((r) => r.parseMs)) * 100).toFixed(1)}%`], widths));
  console.log(pad(['analyzeArticle(text)', String(words), analysisMs.toFixed(0), String(perSecond(analysisMs)), ratio.toFixed(2),
    `${(relativeSpread(rounds.map((r) => r.analysisMs)) * 100).toFixed(1)}%`], widths));
  console.log(`ratio per round: ${ratios.map((x) => x.toFixed(2)).join(' ')} (target ≤ 1.5, goal 1.2)` +
    (typeof (globalThis as { gc?: unknown }).gc === 'function' ? '' : '; run with --expose-gc for steadier rounds'));
  if (options.json) {
    console.log(JSON.stringify({
      words,
      texts: first.texts.length,
      rounds: options.rounds,
      parseMs: Number(parseMs.toFixed(1)),
      analysisMs: Number(analysisMs.toFixed(1)),
      ratio: Number(ratio.toFixed(3)),
      ratioMin: Number(Math.min(...ratios).toFixed(3)),
      ratioMax: Number(Math.max(...ratios).toFixed(3)),
      parseWordsPerSecond: perSecond(parseMs),
      analysisWordsPerSecond: perSecond(analysisMs),
      parseSpread: Number(relativeSpread(rounds.map((r) => r.parseMs)).toFixed(3)),
      analysisSpread: Number(relativeSpread(rounds.map((r) => r.analysisMs)).toFixed(3)),
      sink: sink > 0,
    }));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
