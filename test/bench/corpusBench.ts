// `npm run bench:corpus [-- --json] [-- --articles 1000 --words 750 --jobs N --keep --texts DIR]`
// The CLI on a story of many articles (newsCorpus.ts writes them to a temporary folder; with --texts,
// the article files under DIR instead, read at run time and cycled to --articles), measured
// against one single-threaded compromise pass over the same texts in the same run:
//   rawParseMs  nlp(text) for every article, in this process, one after the other (compromise loaded first)
//   coldMs      `crosscheck analyze DIR --json --jobs N --cache EMPTY` in a child process
//   warmMs      the same command again, with the cache the cold run filled
//   ratio       coldMs / rawParseMs
//   CPU time    (table only) the same runs in CPU time, all threads: what the load average does not move
//   peakRssMb   the child's peak resident set (VmHWM from /proc/PID/status, sampled every 50 ms until it
//               exits): worker threads live in the same process, so this covers the workers too
// The cold and warm outputs must be byte-identical; the bench fails otherwise.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { collectArticleFiles } from '../../src/cli/files';
import { ownParse } from './ownParse';
import { buildNewsCorpus, type NewsCorpus } from './newsCorpus';
import { wholeNumberOption } from './stats';

interface Options {
  json: boolean;
  articles: number;
  words: number;
  jobs: number;
  keep: boolean;
  /** A folder of real articles to cycle through instead of the generated story. */
  texts?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    json: false,
    articles: 1000,
    words: 750,
    jobs: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = (): number => wholeNumberOption(arg, argv[++i]);
    if (arg === '--json') options.json = true;
    else if (arg === '--articles') options.articles = count();
    else if (arg === '--words') options.words = count();
    else if (arg === '--jobs') options.jobs = count();
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--texts') options.texts = argv[++i];
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/**
 * CPU time (user + system, all threads) a live process has used so far, in ms, from /proc/PID/stat;
 * undefined where /proc is not available. Clock ticks are taken as 100 per second (Linux's USER_HZ).
 */
function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at state; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** VmHWM (peak resident set) of a live process in MB, or undefined where /proc is not available. */
function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface RunResult {
  ms: number;
  /** CPU time of every thread, as last sampled before the process exited (0 without /proc). */
  cpuMs: number;
  peakRssMb: number;
  exitCode: number | null;
  stderr: string;
}

function runCli(args: string[], stdoutFile: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(stdoutFile, 'w');
    const started = performance.now();
    const child = spawn(process.execPath, [path.resolve('bin/crosscheck.js'), ...args], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    let cpuMs = 0;
    const sample = () => {
      peak = Math.max(peak, peakRssMb(child.pid ?? -1) ?? 0);
      cpuMs = Math.max(cpuMs, cpuMsOf(child.pid ?? -1) ?? 0);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    // 'exit' fires once the process is gone: sample at every tick before it (the timer), not after.
    child.on('exit', (exitCode) => {
      clearInterval(timer);
      fs.closeSync(out);
      resolve({ ms: performance.now() - started, cpuMs, peakRssMb: peak, exitCode, stderr });
    });
  });
}

/**
 * `count` articles from the article files under `dir` (collectArticleFiles: what `analyze` reads),
 * taken in turn. In each pass after the first, every sentence that ends with a full stop before a
 * space or line break gets a few words of its own before it, and the text a closing line: no two
 * texts are equal, and neither the cache nor the run's tagged sentences (which reuse a sentence
 * repeated across articles, as wire copy is) can reuse the work of an earlier pass.
 */
function cycledCorpus(dir: string, count: number): NewsCorpus {
  const sources = collectArticleFiles([dir]).files.map((f) => fs.readFileSync(f.path, 'utf8').replace(/^\uFEFF/, ''));
  if (sources.length === 0) throw new Error(`no article files under ${dir}`);
  const files = Array.from({ length: count }, (_v, i) => {
    const pass = Math.floor(i / sources.length);
    const source = sources[i % sources.length];
    const text = pass === 0 ? source : `${source.replace(/\.(?=[ \n])/g, `, as filed in copy ${pass + 1}.`).trimEnd()}\n\nFiled again, copy ${pass + 1}.\n`;
    return { name: `article-${String(i).padStart(5, '0')}.txt`, text };
  });
  return { files, words: files.reduce((n, f) => n + f.text.split(/\s+/).filter(Boolean).length, 0) };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-corpus-'));
  const dir = path.join(root, 'articles');
  const cache = path.join(root, 'cache');
  fs.mkdirSync(dir);
  const corpus = options.texts ? cycledCorpus(options.texts, options.articles) : buildNewsCorpus(options.articles, options.words);
  for (const f of corpus.files) fs.writeFileSync(path.join(dir, f.name), f.text);

  try {
    // One single-threaded pass of compromise as published (ownParse.ts): nlp(text) with its own matcher.
    let sink = 0;
    sink += nlp('Warm-up: the parser is loaded before the clock starts.').terms().length;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const f of corpus.files) sink += ownParse(nlp, f.text);
    const rawParseMs = performance.now() - started;
    const rawCpu = process.cpuUsage(cpuBefore);
    const rawCpuMs = (rawCpu.user + rawCpu.system) / 1000;

    const args = ['analyze', dir, '--json', '--jobs', String(options.jobs), '--cache', cache];
    const cold = await runCli(args, path.join(root, 'cold.json'));
    const warm = await runCli(args, path.join(root, 'warm.json'));
    for (const [name, run] of [['cold', cold], ['warm', warm]] as const) {
      if (run.exitCode !== 0) throw new Error(`the ${name} run exited with ${run.exitCode}:\n${run.stderr}`);
    }
    const identical = fs.readFileSync(path.join(root, 'cold.json')).equals(fs.readFileSync(path.join(root, 'warm.json')));
    if (!identical) throw new Error('the warm run printed something else than the cold run');
    const documents = (JSON.parse(fs.readFileSync(path.join(root, 'warm.json'), 'utf8')) as { documents: unknown[]; quoteGroups: unknown[] });

    const result = {
      articles: corpus.files.length,
      words: corpus.words,
      jobs: options.jobs,
      coldMs: Math.round(cold.ms),
      warmMs: Math.round(warm.ms),
      rawParseMs: Math.round(rawParseMs),
      ratio: Number((cold.ms / rawParseMs).toFixed(3)),
      peakRssMb: Math.round(Math.max(cold.peakRssMb, warm.peakRssMb)),
    };
    const rows: [string, string, string][] = [
      ['articles / words', `${result.articles} / ${result.words}`, `${documents.documents.length} documents, ${documents.quoteGroups.length} quote groups`],
      ['jobs', String(result.jobs), `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`],
      ['raw compromise pass', `${result.rawParseMs} ms`, 'one thread, nlp(text) per article'],
      ['cold run', `${result.coldMs} ms`, `ratio ${result.ratio} (target ≤ 0.75)`],
      ['warm run', `${result.warmMs} ms`, `${((100 * warm.ms) / cold.ms).toFixed(1)} % of cold (target ≤ 5 %)`],
      // On a loaded machine the wall-clock times above depend on the load; CPU time does not (but it
      // cannot show what the workers gain by running at once).
      ['CPU time', `${Math.round(cold.cpuMs)} ms`, `cold; raw pass ${Math.round(rawCpuMs)} ms (× ${(cold.cpuMs / rawCpuMs).toFixed(2)}), warm ${Math.round(warm.cpuMs)} ms (${((100 * warm.cpuMs) / cold.cpuMs).toFixed(1)} % of cold)`],
      ['peak RSS', `${result.peakRssMb} MB`, `cold ${Math.round(cold.peakRssMb)} MB, warm ${Math.round(warm.peakRssMb)} MB (target ≤ 400 MB)`],
    ];
    for (const [a, b, c] of rows) console.log(`${a.padEnd(22)}${b.padStart(16)}   ${c}`);
    if (sink < 0) console.log(sink);
    if (options.json) console.log(JSON.stringify(result));
  } finally {
    if (options.keep) console.error(`kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
