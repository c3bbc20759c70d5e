// `npm run bench:incremental [-- --json] [-- --articles 1000 --words 750 --rounds 9]`
// One changed article in a large story: the quote groups updated through the story's index
// (QuoteGroupIndex.update) against groupQuotes over the whole story, in the same run, on the generated
// story of newsCorpus.ts. Each round replaces one article's quotes with those of an article analysed
// for the purpose (an edit that rewrites it) and checks that both give the same groups; the bench fails
// otherwise. The articles are analysed first, once, in this process (that is not what is measured).
//   fullMs         groupQuotes over the story after the change (median of the rounds)
//   incrementalMs  index.update after the change (median): the target is ≤ 200 ms at 1,000 articles
//   incrementalCpuMs  the same in CPU time (what waiting for a busy core does not inflate); incrementalMaxMs the slowest round
//   ratio          incrementalMs / fullMs
//   buildMs        the index built from nothing (the first pass over a story)
// The entity names merged across the story the same way, in the same rounds (the article's names
// replaced too): CorpusNamesIndex.update against corpusNames, equal every round.
//   namesFullMs, namesIncrementalMs, namesIncrementalCpuMs, namesIncrementalMaxMs, namesRatio, namesBuildMs
//   namesStories   how many stories storiesOf finds in the folder (each merged on its own)
//   namesChanged   rows whose names changed, summed over the rounds (only those are finished again)
// The generated articles share their cast with more than storiesOf's bound of articles, so it finds
// (almost) one story per article. The linked* fields time the same rounds with each article also naming
// two invented people and organisations its neighbours name, which makes the folder one story: the
// case where a change merges the whole story again (over its distinct names).
import { analyzeAlone, buildKnowledge, corpusNames, CorpusNamesIndex, finishInCorpus, groupQuotes, parseArticle, type EntityNames, type SourceQuotes } from '../../src/core';
import { storiesOf } from '../../src/core/entities/stories';
import { QuoteGroupIndex } from '../../src/core/crossSource/quoteGroupIndex';
import { buildNewsCorpus } from './newsCorpus';
import { median, timed, wholeNumberOption } from './stats';

interface Options {
  json: boolean;
  articles: number;
  words: number;
  rounds: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { json: false, articles: 1000, words: 750, rounds: 9 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = (): number => wholeNumberOption(arg, argv[++i]);
    if (arg === '--json') options.json = true;
    else if (arg === '--articles') options.articles = count();
    else if (arg === '--words') options.words = count();
    else if (arg === '--rounds') options.rounds = count();
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // The story, and one more article per round to replace an article of it with.
  const corpus = buildNewsCorpus(options.articles + options.rounds, options.words);
  const knowledge = buildKnowledge();
  const analysed: { file: string; quotes: SourceQuotes['quotes']; names: ReturnType<typeof corpusNames>[number] }[] = [];
  for (const [i, f] of corpus.files.entries()) {
    if (i % 100 === 0) process.stderr.write(`analysing ${i}/${corpus.files.length}\r`);
    const raw = await analyzeAlone(f.text, knowledge);
    analysed.push({ file: f.name, quotes: finishInCorpus(parseArticle(f.text), raw, raw.entities).quotes, names: raw.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases })) });
  }
  process.stderr.write('\n');
  const story = analysed.slice(0, options.articles);
  let sources: SourceQuotes[] = story.map((a) => ({ file: a.file, quotes: a.quotes }));
  const plain = new NamesSeries(story.map((a) => a.names));
  const linked = new NamesSeries(story.map((a, i) => linkedRow(a.names, i)));
  const index = new QuoteGroupIndex();
  const build = timed(() => index.update(sources));
  if (JSON.stringify(build.value) !== JSON.stringify(groupQuotes(sources))) throw new Error('the index built from nothing differs from groupQuotes');

  const full: number[] = [];
  const incremental: number[] = [];
  const incrementalCpu: number[] = [];
  let groups = 0;
  for (let round = 0; round < options.rounds; round++) {
    // Spread over the story: the first, the middle, the last article…
    const k = Math.floor((round * (options.articles - 1)) / Math.max(1, options.rounds - 1));
    const replacement = analysed[options.articles + round];
    sources = sources.map((s, i) => (i === k ? { file: s.file, quotes: replacement.quotes } : s));
    // Alternate which runs first, so background load hits both alike.
    const whole0 = round % 2 === 1 ? timed(() => groupQuotes(sources)) : undefined;
    const inc = timed(() => index.update(sources));
    const whole = whole0 ?? timed(() => groupQuotes(sources));
    if (JSON.stringify(inc.value) !== JSON.stringify(whole.value)) throw new Error(`round ${round}: the updated groups differ from groupQuotes`);
    full.push(whole.ms);
    incremental.push(inc.ms);
    incrementalCpu.push(inc.cpuMs);
    groups = whole.value.length;

    plain.round(round, k, replacement.names);
    linked.round(round, k, linkedRow(replacement.names, k));
  }
  const result = {
    articles: options.articles,
    words: corpus.words,
    rounds: options.rounds,
    groups,
    fullMs: Math.round(median(full)),
    incrementalMs: Math.round(median(incremental)),
    incrementalCpuMs: Math.round(median(incrementalCpu)),
    incrementalMaxMs: Math.round(Math.max(...incremental)),
    ratio: Number((median(incremental) / median(full)).toFixed(3)),
    buildMs: Math.round(build.ms),
    ...plain.figures('names'),
    ...linked.figures('linked'),
    equal: true,
  };
  const rows: [string, string][] = [
    ['articles', String(result.articles)],
    ['quote groups', String(groups)],
    ['full groupQuotes', `${result.fullMs} ms (rounds: ${full.map((x) => x.toFixed(0)).join(', ')})`],
    ['one article updated', `${result.incrementalMs} ms (rounds: ${incremental.map((x) => x.toFixed(0)).join(', ')})`],
    ['  in CPU time', `${result.incrementalCpuMs} ms (rounds: ${incrementalCpu.map((x) => x.toFixed(0)).join(', ')})`],
    ['ratio', String(result.ratio)],
    ['index from nothing', `${result.buildMs} ms`],
    ['same groups', 'yes, every round'],
    ...plain.table('names'),
    ...linked.table('one story'),
    ['same names', 'yes, every round'],
  ];
  for (const [a, b] of rows) console.log(`${a.padEnd(26)}${b}`);
  if (options.json) console.log(JSON.stringify(result));
}

/** One series of rounds for the name join: the story's rows, its index, and the times of both ways. */
class NamesSeries {
  private readonly index = new CorpusNamesIndex();
  private readonly build: number;
  private readonly stories: number;
  private readonly full: number[] = [];
  private readonly incremental: number[] = [];
  private readonly incrementalCpu: number[] = [];
  private changed = 0;

  constructor(private story: EntityNames[][]) {
    const build = timed(() => this.index.update(story));
    if (JSON.stringify(build.value.names) !== JSON.stringify(corpusNames(story))) throw new Error('the names index built from nothing differs from corpusNames');
    this.build = build.ms;
    this.stories = storiesOf(story.map((entities) => entities.map((e) => ({ ...e, mentions: [] })))).length;
  }

  /** Replaces row k, then times the index's update and the full join (in alternating order), which must agree. */
  round(round: number, k: number, row: EntityNames[]): void {
    this.story = this.story.map((r, i) => (i === k ? row : r));
    const whole0 = round % 2 === 1 ? timed(() => corpusNames(this.story)) : undefined;
    const inc = timed(() => this.index.update(this.story));
    const whole = whole0 ?? timed(() => corpusNames(this.story));
    if (JSON.stringify(inc.value.names) !== JSON.stringify(whole.value)) throw new Error(`round ${round}: the updated names differ from corpusNames`);
    this.full.push(whole.ms);
    this.incremental.push(inc.ms);
    this.incrementalCpu.push(inc.cpuMs);
    this.changed += inc.value.changed.length;
  }

  figures(prefix: string): Record<string, number> {
    const figures = {
      FullMs: Math.round(median(this.full)),
      IncrementalMs: Math.round(median(this.incremental)),
      IncrementalCpuMs: Math.round(median(this.incrementalCpu)),
      IncrementalMaxMs: Math.round(Math.max(...this.incremental)),
      Ratio: Number((median(this.incremental) / median(this.full)).toFixed(3)),
      BuildMs: Math.round(this.build),
      Stories: this.stories,
      Changed: this.changed,
    };
    return Object.fromEntries(Object.entries(figures).map(([k, v]) => [prefix + k, v]));
  }

  table(label: string): [string, string][] {
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    return [
      [`${label}: stories`, String(this.stories)],
      [`${label}: full join`, `${Math.round(median(this.full))} ms (rounds: ${list(this.full)})`],
      [`${label}: one updated`, `${Math.round(median(this.incremental))} ms (rounds: ${list(this.incremental)})`],
      ['  in CPU time', `${Math.round(median(this.incrementalCpu))} ms (rounds: ${list(this.incrementalCpu)})`],
      [`${label}: ratio`, (median(this.incremental) / median(this.full)).toFixed(3)],
      [`${label}: index built`, `${Math.round(this.build)} ms`],
      [`${label}: rows changed`, `${this.changed} over ${this.incremental.length} rounds`],
    ];
  }
}

/**
 * The article's names and two invented people and organisations, one shared with each neighbour (see the
 * header). Their surnames are three letters: numbered names one edit apart would be taken for
 * transliteration variants of one another.
 */
function linkedRow(names: EntityNames[], i: number): EntityNames[] {
  const own = (name: string, type: EntityNames['type']): EntityNames => ({ name, type, aliases: [name] });
  const code = (n: number) => String.fromCharCode(65 + (Math.floor(n / 676) % 26), 97 + (Math.floor(n / 26) % 26), 97 + (n % 26));
  return [...names, own(`Ana ${code(i)}`, 'person'), own(`Ana ${code(i + 1)}`, 'person'), own(`${code(i)} Board`, 'organization'), own(`${code(i + 1)} Board`, 'organization')];
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
