// `npx tsx test/bench/corpusStages.ts [--articles 200]`
// How the corpus-level stages grow with the corpus: corpusNames (names across articles) and
// groupQuotes (quote groups) on n and 4n articles of the generated story (newsCorpus.ts), in CPU time.
// Each article is analysed once (the compromise parse is not what is measured here); the larger
// corpora repeat those analyses under other file names, the worst case for quote grouping (every
// quote reported many times over). A ratio near 4 is linear, near 16 quadratic.
import { analyzeAlone, buildKnowledge, corpusNames, finishInCorpus, groupQuotes, parseArticle, type RawAnalysis } from '../../src/core';
import { buildNewsCorpus } from './newsCorpus';

const cpuMs = (run: () => unknown): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--articles');
  const base = at >= 0 ? Number(args[at + 1]) : 200;
  if (!Number.isInteger(base) || base < 1) throw new Error('--articles needs a whole number ≥ 1');
  const distinct = Math.min(base, 50);
  const corpus = buildNewsCorpus(distinct, 750);
  const knowledge = buildKnowledge();
  const analysed: { raw: RawAnalysis; quotes: RawAnalysis['quotes'] }[] = [];
  for (const f of corpus.files) {
    const raw = await analyzeAlone(f.text, knowledge);
    analysed.push({ raw, quotes: finishInCorpus(parseArticle(f.text), raw, raw.entities).quotes });
  }

  const stages = (n: number) => {
    const articles = Array.from({ length: n }, (_v, i) => ({ file: `${i}.txt`, ...analysed[i % distinct] }));
    const names = cpuMs(() => corpusNames(articles.map((a) => a.raw.entities)));
    const sources = articles.map((a) => ({ file: a.file, quotes: a.quotes }));
    const groups = cpuMs(() => groupQuotes(sources));
    return { names, groups };
  };
  stages(distinct); // warm-up
  const small = stages(base);
  const large = stages(base * 4);
  for (const stage of ['names', 'groups'] as const) {
    console.log(`${stage.padEnd(7)} n=${base}: ${small[stage].toFixed(0)} ms  4n: ${large[stage].toFixed(0)} ms  ratio ${(large[stage] / small[stage]).toFixed(2)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
