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
import { ownParse } from './ownParse';
import { median, relativeSpread } from './stats';

interface Options {
  json: boolean;
  rounds: number;
  warmup: number;
  words: number;
  samples: string;
}

/** Wall-clock and CPU milliseconds of one measurement, summed over a round's texts. */
interface Cost {
  ms: number;
  cpuMs: number;
}

interface RoundTiming {
  parse: Cost;
  analysis: Cost;
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
  const parse: Cost = { ms: 0, cpuMs: 0 };
  const analysis: Cost = { ms: 0, cpuMs: 0 };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const parseFirst = (i + round) % 2 === 0;
    if (parseFirst) await measure(parse, () => parseOnly(text));
    await measure(analysis, () => analyzeOnly(text));
    if (!parseFirst) await measure(parse, () => parseOnly(text));
  }
  return { parse, analysis };
}

// CPU time (process.cpuUsage) is reported beside wall-clock time: on a machine shared with other
// jobs, time spent waiting for a core inflates wall-clock time but not CPU time.
async function measure(into: Cost, work: () => number | Promise<number>): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  sink += await work();
  into.ms += performance.now() - started;
  const used = process.cpuUsage(cpu);
  into.cpuMs += (used.user + used.system) / 1000;
}

function parseOnly(text: string): number {
  return ownParse(nlp, text);
}

async function analyzeOnly(text: string): Promise<number> {
  const analysis = await analyzeArticle(text);
  return analysis.quotes.length + analysis.entities.length;
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

  const parseMs = median(rounds.map((r) => r.parse.ms));
  const analysisMs = median(rounds.map((r) => r.analysis.ms));
  const parseCpuMs = median(rounds.map((r) => r.parse.cpuMs));
  const analysisCpuMs = median(rounds.map((r) => r.analysis.cpuMs));
  const ratios = rounds.map((r) => r.analysis.ms / r.parse.ms);
  const ratio = analysisMs / parseMs;
  const cpuRatio = analysisCpuMs / parseCpuMs;
  const perSecond = (ms: number) => Math.round(words / (ms / 1000));
  const spread = (pick: (r: RoundTiming) => number) => `${(relativeSpread(rounds.map(pick)) * 100).toFixed(1)}%`;
  const widths = [24, 8, 9, 10, 7, 8, 9, 9];
  console.log(`Crosscheck bench: ${words.toLocaleString('en-US')} words in ${first.texts.length} texts from ${samples.length} samples; ` +
    `median of ${options.rounds} rounds after ${options.warmup} warm-up; node ${process.version}, compromise ${String((nlp as unknown as { version?: string }).version)}`);
  console.log(pad(['measurement', 'words', 'ms', 'words/s', 'ratio', 'spread', 'cpu ms', 'cpu ratio'], widths));
  console.log(pad(['compromise nlp(text)', String(words), parseMs.toFixed(0), String(perSecond(parseMs)), '1.00', spread((r) => r.parse.ms),
    parseCpuMs.toFixed(0), '1.00'], widths));
  console.log(pad(['analyzeArticle(text)', String(words), analysisMs.toFixed(0), String(perSecond(analysisMs)), ratio.toFixed(2), spread((r) => r.analysis.ms),
    analysisCpuMs.toFixed(0), cpuRatio.toFixed(2)], widths));
  console.log(`ratio per round: ${ratios.map((x) => x.toFixed(2)).join(' ')} (target ≤ 1.5, goal 1.2)` +
    (typeof (globalThis as { gc?: unknown }).gc === 'function' ? '' : '; run with --expose-gc for steadier rounds'));
  if (options.json) {
    const round3 = (x: number) => Number(x.toFixed(3));
    console.log(JSON.stringify({
      words,
      texts: first.texts.length,
      rounds: options.rounds,
      parseMs: Number(parseMs.toFixed(1)),
      analysisMs: Number(analysisMs.toFixed(1)),
      ratio: round3(ratio),
      ratioMin: round3(Math.min(...ratios)),
      ratioMax: round3(Math.max(...ratios)),
      parseCpuMs: Number(parseCpuMs.toFixed(1)),
      analysisCpuMs: Number(analysisCpuMs.toFixed(1)),
      cpuRatio: round3(cpuRatio),
      parseWordsPerSecond: perSecond(parseMs),
      analysisWordsPerSecond: perSecond(analysisMs),
      parseSpread: round3(relativeSpread(rounds.map((r) => r.parse.ms))),
      analysisSpread: round3(relativeSpread(rounds.map((r) => r.analysis.ms))),
      resultsSeen: sink > 0,
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
