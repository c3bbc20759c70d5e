// `npx tsx test/bench/scaling.ts [--lag]`
// 1. Linear time on hostile input: the core's analysis of n and 2n copies of texts that defeat
//    naive pairing (thousands of unbalanced quote marks, one huge line, NFD text); the ratio of
//    the two CPU times should be about 2 (4 would mean quadratic).
// 2. With --lag: the longest stall of the calling thread's event loop while a generated article
//    is analysed in-process, then on the analysis worker (dist/analysisWorker.js, `npm run build`
//    first). The extension host must not stall for more than 100 ms at a time.
import path from 'node:path';
import { analyzeArticle } from '../../src/core';
import { AnalysisWorkerClient } from '../../src/extension/analysis/analysisWorkerClient';
import { startNodeWorker } from '../../src/extension/platform/nodeWorker';

/** Hostile texts, each a function of a copy count so they can be grown. */
const HOSTILE: Record<string, (copies: number) => string> = {
  'unbalanced marks': (n) => 'He said "no and she said “maybe, then ‘left » « again „ ” word " '.repeat(n),
  'one long line': (n) => 'The mayor, Ana Ruiz, said the plan "will work" and "must" pass; '.repeat(n),
  'NFD text': (n) => 'Zoe\u0301 Me\u0301ndez said: «Ce\u0301sar a tort», ajouta l’e\u0301lue. '.repeat(n),
};

const cpuMs = async (run: () => Promise<unknown>) => {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

async function scaling(copies: number): Promise<void> {
  await analyzeArticle('Warm-up: "yes," said Ana Ruiz.');
  for (const [name, make] of Object.entries(HOSTILE)) {
    const small = await cpuMs(() => analyzeArticle(make(copies)));
    const large = await cpuMs(() => analyzeArticle(make(copies * 2)));
    console.log(`${name.padEnd(17)} n=${copies}: ${small.toFixed(0)} ms  2n: ${large.toFixed(0)} ms  ratio ${(large / small).toFixed(2)}`);
  }
}

/** A ~1 MB news-like article: paragraphs with quotes, speakers, places and figures. */
function largeArticle(chars: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < chars; i++) {
    paragraphs.push(`Officials in Port Selden said on day ${i} that "the quay will reopen in spring," according to Mara Lindqvist, the harbour chair. The council disputed the figure of ${40 + (i % 9)} million crowns.`);
  }
  return paragraphs.join('\n\n');
}

/** The longest gap between ticks of a 10 ms interval while `work` runs, less the 10 ms period. */
async function maxLagWhile(work: () => Promise<unknown>): Promise<{ maxMs: number; totalMs: number }> {
  let last = performance.now();
  let maxMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    maxMs = Math.max(maxMs, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  await work();
  // One more tick, so a stall at the very end (the reply being read) is counted too.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const totalMs = performance.now() - started;
  clearInterval(probe);
  return { maxMs, totalMs };
}

async function lag(chars: number): Promise<void> {
  const text = largeArticle(chars);
  await analyzeArticle('Warm-up: "yes," said Ana Ruiz.');
  const inHost = await maxLagWhile(() => analyzeArticle(text));
  console.log(`in-process: ${text.length} chars analysed in ${inHost.totalMs.toFixed(0)} ms, longest event-loop stall ${inHost.maxMs.toFixed(0)} ms`);
  const worker = new AnalysisWorkerClient(startNodeWorker(path.resolve('dist/analysisWorker.js')), console);
  await worker.analyze('Warm-up: "yes," said Ana Ruiz.');
  const viaWorker = await maxLagWhile(() => worker.analyze(text));
  worker.dispose();
  console.log(`worker:     ${text.length} chars analysed in ${viaWorker.totalMs.toFixed(0)} ms, longest event-loop stall ${viaWorker.maxMs.toFixed(0)} ms`);
}

const args = process.argv.slice(2);
const number = (flag: string, fallback: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
void (async () => {
  await scaling(number('--copies', 2000));
  if (args.includes('--lag')) await lag(number('--chars', 1_000_000));
})();
