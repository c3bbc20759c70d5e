// `npm run bench:suggestions [-- --json] [-- --articles 1000 --words 750 --rounds 9 --reference]`
// Claim suggestions for one changed article in a large story: the story's SuggestionIndex updated
// (what the worker does on an edit) against suggestClaims over the whole story, in the same run, on
// the generated story of newsCorpus.ts. Each round replaces one article (first, middle, last…) with
// another generated article and checks that both give the same suggestions; the bench fails otherwise.
// Suggestions read only each article's structure, so the articles are parsed first (not measured),
// never analysed.
//   fullMs         suggestClaims over the story after the change (median of the rounds)
//   incrementalMs  index.update after the change (median): the target is ≤ 200 ms at 1,000 articles
//   incrementalCpuMs  the same in CPU time (what waiting for a busy core does not inflate); incrementalMaxMs the slowest round
//   ratio          incrementalMs / fullMs
//   buildMs        the index built from nothing (the first request of a story)
//   fullRequestKb, incrementalRequestKb  the request the host sends the worker: every article's
//                  structure (what it sent before), against file and hash per article plus the changed article's structure
//   referenceMs    with --reference: the algorithm before indexing (test/unit/…/suggestReference.ts), once, on the story
import { parseArticle, suggestClaims, SuggestionIndex, type Article, type SuggestionSource } from '../../src/core';
import { referenceSuggestClaims } from '../unit/core/crossSource/claims/suggestReference';
import { buildNewsCorpus } from './newsCorpus';
import { median, timed, wholeNumberOption } from './stats';

interface Options {
  json: boolean;
  articles: number;
  words: number;
  rounds: number;
  reference: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { json: false, articles: 1000, words: 750, rounds: 9, reference: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = (): number => wholeNumberOption(arg, argv[++i]);
    if (arg === '--json') options.json = true;
    else if (arg === '--reference') options.reference = true;
    else if (arg === '--articles') options.articles = count();
    else if (arg === '--words') options.words = count();
    else if (arg === '--rounds') options.rounds = count();
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

interface Parsed {
  file: string;
  /** Stands for the content hash the editor sends. */
  hash: string;
  article: Article;
}

const asSource = (p: Parsed): SuggestionSource => ({ file: p.file, analysis: { article: p.article, quotes: [], entities: [], diagnostics: [] } });
const kb = (value: unknown): number => Math.round(JSON.stringify(value).length / 1024);

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  // The story, and one more article per round to replace an article of it with.
  const corpus = buildNewsCorpus(options.articles + options.rounds, options.words);
  const parsed: Parsed[] = corpus.files.map((f, i) => ({ file: f.name, hash: `h${i}`, article: parseArticle(f.text) }));
  let story = parsed.slice(0, options.articles);
  const index = new SuggestionIndex();
  const build = timed(() => index.update(story.map((p) => ({ file: p.file, key: p.hash, article: p.article }))));
  if (JSON.stringify(build.value) !== JSON.stringify(suggestClaims(story.map(asSource)))) throw new Error('the index built from nothing differs from suggestClaims');
  const reference = options.reference ? timed(() => referenceSuggestClaims(story.map(asSource))) : undefined;
  if (reference && JSON.stringify(reference.value) !== JSON.stringify(build.value)) throw new Error('suggestClaims differs from the reference algorithm');

  const full: number[] = [];
  const fullCpu: number[] = [];
  const incremental: number[] = [];
  const incrementalCpu: number[] = [];
  let suggestions = 0;
  let fullRequestKb = 0;
  let incrementalRequestKb = 0;
  for (let round = 0; round < options.rounds; round++) {
    // Spread over the story: the first, the middle, the last article…
    const k = Math.floor((round * (options.articles - 1)) / Math.max(1, options.rounds - 1));
    const replacement = parsed[options.articles + round];
    story = story.map((p, i) => (i === k ? { file: p.file, hash: replacement.hash, article: replacement.article } : p));
    // As the editor's worker receives it: the changed article's structure, the others by hash.
    const keyed = story.map((p, i) => ({ file: p.file, key: p.hash, ...(i === k ? { article: p.article } : {}) }));
    fullRequestKb = kb(story.map((p) => ({ file: p.file, article: p.article })));
    incrementalRequestKb = kb(keyed);
    // Alternate which runs first, so background load hits both alike.
    const whole0 = round % 2 === 1 ? timed(() => suggestClaims(story.map(asSource))) : undefined;
    const inc = timed(() => index.update(keyed));
    const whole = whole0 ?? timed(() => suggestClaims(story.map(asSource)));
    if (JSON.stringify(inc.value) !== JSON.stringify(whole.value)) throw new Error(`round ${round}: the updated suggestions differ from suggestClaims`);
    full.push(whole.ms);
    fullCpu.push(whole.cpuMs);
    incremental.push(inc.ms);
    incrementalCpu.push(inc.cpuMs);
    suggestions = whole.value.length;
  }
  const result = {
    articles: options.articles,
    words: corpus.words,
    rounds: options.rounds,
    suggestions,
    fullMs: Math.round(median(full)),
    fullCpuMs: Math.round(median(fullCpu)),
    incrementalMs: Math.round(median(incremental)),
    incrementalCpuMs: Math.round(median(incrementalCpu)),
    incrementalMaxMs: Math.round(Math.max(...incremental)),
    ratio: Number((median(incremental) / median(full)).toFixed(3)),
    cpuRatio: Number((median(incrementalCpu) / median(fullCpu)).toFixed(3)),
    buildMs: Math.round(build.ms),
    fullRequestKb,
    incrementalRequestKb,
    ...(reference ? { referenceMs: Math.round(reference.ms), referenceCpuMs: Math.round(reference.cpuMs) } : {}),
    equal: true,
  };
  const rows: [string, string][] = [
    ['articles', String(result.articles)],
    ['suggestions', String(suggestions)],
    ['full suggestClaims', `${result.fullMs} ms, CPU ${result.fullCpuMs} ms (rounds: ${full.map((x) => x.toFixed(0)).join(', ')})`],
    ['one article updated', `${result.incrementalMs} ms (rounds: ${incremental.map((x) => x.toFixed(0)).join(', ')})`],
    ['  in CPU time', `${result.incrementalCpuMs} ms (rounds: ${incrementalCpu.map((x) => x.toFixed(0)).join(', ')})`],
    ['ratio', `${result.ratio} (CPU ${result.cpuRatio})`],
    ['index from nothing', `${result.buildMs} ms`],
    ['request to the worker', `${result.fullRequestKb} KB every article's structure, ${result.incrementalRequestKb} KB after an edit`],
    ...(reference ? ([['before indexing', `${result.referenceMs} ms, CPU ${result.referenceCpuMs} ms (once)`]] as [string, string][]) : []),
    ['same suggestions', 'yes, every round'],
  ];
  for (const [a, b] of rows) console.log(`${a.padEnd(24)}${b}`);
  if (options.json) console.log(JSON.stringify(result));
}

try {
  main();
} catch (e: unknown) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
