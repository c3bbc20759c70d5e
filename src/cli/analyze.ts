// `crosscheck analyze <dir|file>... [--json] [--jobs N] [--cache DIR | --no-cache] [--shard I/N] [--reported-speech]`
// Per-article work runs on worker threads in two steps around the corpus pass (src/cli/articleWork.ts):
// summaries first (the expensive, cached part), then the corpus pass over those compact summaries
// (names across articles), then each article finished and printed in order as soon as it is ready.
// Only what the corpus-level work reads stays in memory: entity names until the pass, quotes until the
// quote groups. Output is the same for any --jobs and with or without the cache.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeCorpus, groupQuotes, stripBom, type AnalysisOptions, type ArticleAnalysis, type EntityNames } from '../core';
import { quoteGroupsJson, AnalysisJsonWriter, documentJson } from './analysisJson';
import { ArticleWork, readHashed, type ArticleRead, type FinishRequest, type Finished, type GroupQuote, type Summary, type SummarizeRequest } from './articleWork';
import { AnalysisCache, defaultCacheDir } from './cache';
import { readDecisions, RegistryReads, withDecisions } from './decisions';
import { collectArticleFiles, readArticle, type ArticleFile } from './files';
import { cachedCorpusNames, cachedQuoteGroups } from './corpusPasses';
import type { CliIO } from './io';
import { decisionsDigest, readRunOutput, RunOutputRecorder, runContentKey, runSlotKey, type RunArticle } from './runOutput';
import { shardOf, type Shard } from './shard';
import { analysisVersion, WorkerPool, workerScript } from './workerPool';

export interface AnalyzeOptions {
  json: boolean;
  maxBytes: number;
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** The cache folder; null for --no-cache (default: defaultCacheDir()). */
  cacheDir?: string | null;
  shard?: Shard;
  /** Overrides the analysis version (tests). */
  version?: string;
  /** Reported (indirect) speech too, as quotes of kind 'reported' (the editor's crosscheck.analysis.reportedSpeech). */
  reportedSpeech?: boolean;
}

interface Article extends ArticleFile {
  /** Position among all files found (before sharding or skipping): merge-analyses orders by it. */
  index: number;
  hash: string;
  names?: EntityNames[];
}

/**
 * Articles per message to a worker. A warm run is mostly messages (each article's step is a cache
 * read), so they go several at a time; a cold one, at ~30 ms an article, hardly notices.
 */
const ARTICLES_PER_MESSAGE = 8;

/** The articles 0…count-1 in messages of up to ARTICLES_PER_MESSAGE, in order. */
export function messageBatches(count: number): number[][] {
  return Array.from({ length: Math.ceil(count / ARTICLES_PER_MESSAGE) }, (_v, b) => Array.from({ length: Math.min(ARTICLES_PER_MESSAGE, count - b * ARTICLES_PER_MESSAGE) }, (_w, k) => b * ARTICLES_PER_MESSAGE + k));
}

export async function runAnalyze(inputs: string[], options: AnalyzeOptions, io: CliIO): Promise<number> {
  const { files: all, errors } = collectArticleFiles(inputs);
  let failed = errors.length > 0;
  for (const e of errors) io.err(`crosscheck: ${e}`);
  const shard = options.shard;
  const files = all.map((f, index) => ({ ...f, index })).filter((f) => !shard || shardOf(f.relative, shard.count) === shard.index);

  const script = workerScript();
  const version = options.version ?? analysisVersion(script);
  const runDir = options.cacheDir === null ? fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-run-')) : undefined;
  const cacheDir = runDir ?? options.cacheDir ?? defaultCacheDir();
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, Math.max(1, files.length)));
  const setup = { cacheDir, version, keepCorpusEntries: runDir === undefined };
  const pool = new WorkerPool(script, jobs, setup);
  const local = runDir === undefined ? ArticleWork.from(setup) : undefined;
  let cacheWarned = false;
  const warnCache = (message: string | undefined) => {
    if (!message || cacheWarned) return;
    cacheWarned = true;
    io.err(`crosscheck: warning: ${message}`);
  };
  const plural = (n: number) => `${n} article${n === 1 ? '' : 's'}`;
  /** Says why a file is not analysed; true for an article to analyse. */
  const report = (file: ArticleFile, s: ArticleRead | Summary): boolean => {
    if (s.kind === 'binary') io.err(`crosscheck: warning: ${file.relative} looks binary (it has NUL bytes); skipped`);
    else if (s.kind === 'error') {
      io.err(`crosscheck: ${file.relative}: ${s.message}`);
      failed = true;
    } else if (s.kind === 'too-large') io.err(`crosscheck: warning: ${file.relative} is larger than --max-size (${options.maxBytes} bytes); skipped`);
    return s.kind === 'text';
  };

  let recorder: RunOutputRecorder | undefined;
  try {
    // 0. With the cache, each file is read and hashed here (the cache answers the first step here,
    // while the workers load), and a JSON run over the very articles and decisions of the last run
    // over these inputs prints what that run printed (src/cli/runOutput.ts), with no worker started.
    const reads = local
      ? files.map((f): ArticleRead => {
          const read = readHashed(f.path, options.maxBytes);
          return read.kind === 'text' ? { kind: 'text', hash: read.hash } : read;
        })
      : undefined;
    const runOptions = { reportedSpeech: options.reportedSpeech === true };
    const runCache = runDir === undefined ? new AnalysisCache(cacheDir, version) : undefined;
    const slot = options.json && !shard ? runSlotKey(inputs, runOptions) : undefined;
    if (runCache && reads && slot !== undefined) {
      const replayed = replayKeptRun(files, reads, { cache: runCache, slot, options: runOptions }, report, io);
      if (replayed !== undefined) {
        io.progress('');
        return failed || !replayed.complete ? 1 : 0;
      }
    }
    // Loading while the cache answers the first step here.
    pool.startWorkers();

    // 1. Each article alone (from the cache, or on the workers); what comes back is its hash and its entities' names.
    const summarize = async (indices: number[]): Promise<Summary[]> => {
      const results: (Summary | undefined)[] = [];
      for (const i of indices) results.push(local && reads ? await local.summarizeCached(reads[i]) : undefined);
      const missing = indices.filter((_i, k) => results[k] === undefined);
      if (missing.length === 0) return results as Summary[];
      const requests = missing.map((i): SummarizeRequest => ({ op: 'summarize', path: files[i].path, maxBytes: options.maxBytes }));
      const computed = await pool.run<Summary[]>({ op: 'many', requests });
      let next = 0;
      return results.map((r) => r ?? computed[next++]);
    };
    let done = 0;
    const summaries: Summary[] = new Array<Summary>(files.length);
    await Promise.all(
      messageBatches(files.length).map((indices) =>
        summarize(indices).then((results) => {
          results.forEach((s, k) => (summaries[indices[k]] = s));
          done += results.length;
          io.progress(`analysing ${done}/${plural(files.length)}…`);
        }),
      ),
    );
    const articles: Article[] = [];
    summaries.forEach((s, i) => {
      if (report(files[i], s) && s.kind === 'text') {
        warnCache(s.cacheError);
        articles.push({ ...files[i], hash: s.hash, names: s.names });
      }
    });
    // The names now live in `articles` only, and go once the corpus pass has read them.
    summaries.length = 0;

    // 2. The corpus pass, over names only.
    io.progress(`reconciling names across ${plural(articles.length)}…`);
    const noteWriteError = (e: unknown) => warnCache(`cannot write the cache in ${cacheDir} (${e instanceof Error ? e.message : String(e)}); continuing without it`);
    const names = await cachedCorpusNames(articles.map((a) => a.names ?? []), runCache, noteWriteError);
    for (const a of articles) a.names = undefined;

    // 3. Each article finished with the corpus's names, printed in order; a bounded number in flight.
    // What a JSON run prints is kept whole for the next run over the same inputs (src/cli/runOutput.ts).
    recorder = runCache && slot !== undefined ? RunOutputRecorder.start(runCache, slot, noteWriteError) : undefined;
    const printed: RunArticle[] = [];
    let printedAll = true;
    const out = recorder ? (line: string) => (recorder?.line(line), io.out(line)) : io.out;
    const writer = options.json ? new AnalysisJsonWriter(out) : undefined;
    const quotes: { file: string; quotes: GroupQuote[] }[] = [];
    // A bounded number of messages in flight, each with ARTICLES_PER_MESSAGE articles.
    const window = jobs * 2;
    const batches = new Map<number, Promise<Finished[]>>();
    const request = (i: number): FinishRequest => ({
      op: 'finish',
      path: articles[i].path,
      file: articles[i].relative,
      hash: articles[i].hash,
      names: names[i],
      text: !options.json,
      ...(shard ? { shardIndex: articles[i].index } : {}),
      ...(options.reportedSpeech ? { reportedSpeech: true } : {}),
    });
    const finishBatches = messageBatches(articles.length);
    const batchCount = finishBatches.length;
    let nextBatch = 0;
    for (let i = 0; i < articles.length; i++) {
      const batch = Math.floor(i / ARTICLES_PER_MESSAGE);
      while (nextBatch < batchCount && nextBatch <= batch + window) {
        const indices = finishBatches[nextBatch];
        batches.set(nextBatch, pool.run<Finished[]>({ op: 'many', requests: indices.map(request) }));
        for (const k of indices) names[k] = [];
        nextBatch++;
      }
      const result = (await (batches.get(batch) as Promise<Finished[]>))[i - batch * ARTICLES_PER_MESSAGE];
      if (i + 1 === Math.min((batch + 1) * ARTICLES_PER_MESSAGE, articles.length)) batches.delete(batch);
      io.progress(`writing ${i + 1}/${plural(articles.length)}…`);
      const relative = articles[i].relative;
      if (result.kind === 'changed') {
        io.err(`crosscheck: ${relative}: changed while it was being analysed; run again`);
        failed = true;
        printedAll = false;
      } else if (result.kind === 'error') {
        io.err(`crosscheck: ${relative}: ${result.message}`);
        failed = true;
        printedAll = false;
      } else {
        printed.push({ file: relative, hash: articles[i].hash, decisions: result.decisions });
        for (const m of result.messages) io.err(m);
        // A sidecar that cannot be read fails the run (its decisions are missing), but the rest is printed.
        if (!result.complete) failed = true;
        warnCache(result.cacheError);
        if (writer) {
          writer.document(result.json);
          quotes.push({ file: relative, quotes: result.quotes });
        } else io.out(result.json);
      }
    }
    // The workers' memory goes back before the grouping, the run's other peak.
    await pool.close();
    io.progress('grouping quotes…');
    if (writer) {
      const groups = await cachedQuoteGroups(quotes, runCache, noteWriteError);
      writer.end(quoteGroupsJson(groups), shard ? { shard: { index: shard.index, count: shard.count, files: all.length } } : {});
    }
    // Kept only when every article was printed from the text and decisions it is keyed by.
    if (printedAll) recorder?.commit(runContentKey(printed, runOptions));
    else recorder?.abandon();
  } catch (e) {
    io.progress('');
    io.err(`crosscheck: analysis failed: ${(e as Error).stack ?? e}`);
    return 1;
  } finally {
    recorder?.abandon();
    await pool.close();
    if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  }
  io.progress('');
  return failed ? 1 : 0;
}

/**
 * Prints again the output kept for the last JSON run over these inputs, when every article and
 * every decision laid over it is as that run found them; undefined, with nothing printed, when the
 * cache holds no such output. What that run said on stderr is said again: why files were skipped,
 * and what reading the decisions reported.
 */
function replayKeptRun(
  files: readonly ArticleFile[],
  reads: readonly ArticleRead[],
  run: { cache: AnalysisCache; slot: string; options: { reportedSpeech: boolean } },
  report: (file: ArticleFile, read: ArticleRead) => boolean,
  io: CliIO,
): { complete: boolean } | undefined {
  const registries = new RegistryReads();
  const seen: RunArticle[] = [];
  const messages: string[] = [];
  let complete = true;
  files.forEach((file, i) => {
    const read = reads[i];
    if (read.kind !== 'text') return;
    const decisions = readDecisions(file.path, { out: () => undefined, err: (line) => void messages.push(line), progress: () => undefined }, registries);
    seen.push({ file: file.relative, hash: read.hash, decisions: decisionsDigest(decisions.portable) });
    complete &&= decisions.complete;
  });
  const kept = readRunOutput(run.cache, run.slot, runContentKey(seen, run.options));
  if (!kept) return undefined;
  try {
    files.forEach((file, i) => report(file, reads[i]));
    for (const m of messages) io.err(m);
    kept.replay(io.out);
  } finally {
    kept.close();
  }
  return { complete };
}

/**
 * The whole run in one thread, with every analysis in memory: what `analyze --json` printed before
 * it ran on workers. Kept as the reference the tests compare the streamed output with.
 */
export async function analyzeInOneThread(inputs: string[], maxBytes: number, io: CliIO, options: AnalysisOptions = {}): Promise<string> {
  const texts: { path: string; relative: string; text: string }[] = [];
  for (const file of collectArticleFiles(inputs).files) {
    const read = readArticle(file.path);
    if (read.kind === 'text' && read.text.length <= maxBytes) texts.push({ path: file.path, relative: file.relative, text: stripBom(read.text) });
  }
  const analyses = (await analyzeCorpus(texts.map((t) => t.text), options)).map((a, i) => withDecisions(texts[i].path, a, io).analysis);
  return JSON.stringify(toEvalJson(texts.map((t) => t.relative), analyses), null, 2);
}

/** The version-1 analysis JSON (see README: "The analysis JSON"), all at once. */
export function toEvalJson(files: string[], analyses: ArticleAnalysis[]) {
  return {
    version: 1,
    documents: analyses.map((a, i) => documentJson(files[i], a)),
    quoteGroups: quoteGroupsJson(groupQuotes(analyses.map((a, i) => ({ file: files[i], quotes: a.quotes })))),
  };
}
