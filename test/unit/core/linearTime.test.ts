// Linear time on hostile text: every entry point that reads article text (the full analysis, the
// article structure with its markdown stripping, claim suggestions, quote grouping, the exports and
// the word-level helpers) takes about 4× as long on 4n characters of a shape as on n — never 16×,
// which is what a regular expression that backtracks, or a scan restarted from every position,
// would cost. Each shape is a class of input that defeated a pattern once: runs of initials, of
// emphasis markers, of capitalised words, of quote marks, of spaces, of digits… Times are CPU times
// of this process, compared within one run (the min of a couple of repetitions); no absolute time
// is asserted, so a slow or busy machine changes nothing but the duration of the test.
import * as assert from 'assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import {
  analyzeArticle,
  buildReport,
  findFigures,
  normalizedText,
  parseArticle,
  statementKind,
  summarizeGroup,
  toCsv,
  toHtml,
  toMarkdown,
  toW3c,
  wordingDiff,
  type ArticleAnalysis,
  type ExportInput,
} from '../../../src/core';
import { loadNlp } from '../../../src/core/nlp/compromise';
import { findReportedSpeech } from '../../../src/core/quotes';
import { cutsInLongRuns, MAX_UNBROKEN_RUN } from '../../../src/core/nlp/tokens';

/**
 * time(4n) / time(n) above this is super-linear: linear is 4, quadratic 16. Linear stages measure
 * ×2–×6 here (a 4× larger text also costs more cache misses and collection), so the bound sits
 * between that and the ×12–×16 a backtracking pattern gives.
 */
const MAX_RATIO = 8;
/** Each timing repeats its call until this much CPU time has passed, so that cheap stages are measured too. */
const MIN_SAMPLE_MS = 80;

interface Shape {
  name: string;
  /** The text of about `size` characters. */
  make: (size: number) => string;
  /** Characters in the small case, chosen so that its full analysis takes about 100–300 ms. */
  n: number;
}

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Units that differ from one another (a counter in each), repeated up to `size` characters. */
const counting = (unit: (i: number) => string) => (size: number) => {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    parts.push(unit(i));
    length += parts[parts.length - 1].length;
  }
  return parts.join('');
};

const SHAPES: Shape[] = [
  { name: '"A." repeated', make: repeat('A.'), n: 10000 },
  { name: '"A. " repeated', make: repeat('A. '), n: 12000 },
  { name: '"U.S. " repeated', make: repeat('U.S. '), n: 12000 },
  { name: '"*a " repeated in markdown', make: (size) => '# Notes\n\n' + repeat('*a ')(size), n: 24000 },
  { name: '"_a " and "**a " repeated in markdown', make: repeat('_a **a '), n: 20000 },
  { name: '"[a](" repeated in markdown', make: repeat('[a]('), n: 200000 },
  { name: 'a long run of capitalised words', make: repeat('Harbour Council Board Mara Lindqvist Quay '), n: 12000 },
  { name: 'a first line of capitals ending in a digit', make: (size) => 'HARBOUR'.repeat(Math.ceil(size / 7)).slice(0, size) + '1\n\nThe quay reopened on Monday.', n: 200000 },
  { name: 'capitals inside one long word', make: repeat('AaB.C-'), n: 120000 },
  { name: 'capitalised words, one line each', make: repeat('Harbour Council Board Mara Lindqvist\n'), n: 6000 },
  { name: 'a long run of straight quote marks', make: repeat('"'), n: 70000 },
  { name: 'a long run of apostrophes', make: repeat("'"), n: 140000 },
  { name: 'a long run of mixed quote marks', make: repeat('“”‘’«»„"\''), n: 70000 },
  { name: 'a long run of spaces', make: (size) => 'Start ' + ' '.repeat(size) + ' end.', n: 500000 },
  { name: 'a long run of line breaks', make: (size) => 'Start\n' + '\n'.repeat(size) + 'end.', n: 1000000 },
  { name: 'spaces and line breaks mixed', make: repeat(' \n \r\n\t\n'), n: 2000000 },
  { name: '" alternating with letters', make: repeat('"a'), n: 8000 },
  { name: '" alternating with words', make: repeat('"a '), n: 28000 },
  { name: 'a long run of digits and commas', make: repeat('1,'), n: 200000 },
  { name: 'numbers with full stops', make: repeat('1. '), n: 15000 },
  { name: 'figures with units', make: repeat('40 people, May 7, $3 million, 12% of them, '), n: 9000 },
  { name: 'figures counting up', make: counting((i) => `${i + 10} people, `), n: 8000 },
  { name: 'sentences each with a figure and a cause', make: counting((i) => `The fire hurt ${i + 10} people because a valve failed. `), n: 8000 },
  { name: 'a long run of hyphens', make: repeat('-'), n: 120000 },
  { name: 'a long run of dashes between spaces', make: repeat('— - – '), n: 90000 },
  { name: 'a paragraph with no punctuation', make: repeat('the harbour board met again and the crews said they would wait '), n: 12000 },
  { name: '"Mr. " repeated', make: repeat('Mr. '), n: 8000 },
  { name: 'titles repeated', make: repeat('President Minister Secretary General Chief '), n: 24000 },
  { name: 'names joined by "of the"', make: repeat('Ana of the Bank of the '), n: 16000 },
  { name: 'names joined by "and"', make: repeat('Ana and Bo. '), n: 8000 },
  { name: 'possessives and colons', make: repeat("Ana's Quay: "), n: 8000 },
  { name: 'reporting verbs repeated', make: repeat('said the minister, according to '), n: 9000 },
  { name: 'reported clauses inside reported clauses', make: repeat('Ana said that the port said that '), n: 9000 },
  { name: 'mirrored reports repeated', make: repeat('The port would reopen, the minister said. '), n: 9000 },
];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * A full collection, run before each sample: process CPU time includes V8's collector threads, so the
 * garbage one sample leaves (the 4× text leaves more) would otherwise be charged to the next, and a
 * small stage's time came out in two modes (3 or 10 ms) a full run apart.
 */
const collectGarbage = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

/** CPU time of one call of `fn`: calls repeated until MIN_SAMPLE_MS have passed, per call. */
async function sample(fn: () => unknown): Promise<number> {
  collectGarbage();
  let calls = 0;
  const start = cpuMs();
  let spent = 0;
  do {
    await fn();
    calls++;
    spent = cpuMs() - start;
  } while (spent < MIN_SAMPLE_MS);
  return spent / calls;
}

async function minOf(reps: number, fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < reps; i++) best = Math.min(best, await sample(fn));
  return best;
}

/**
 * Everything that reads article text, by stage: the article's structure (markdown stripping and
 * boilerplate included) apart, since the full analysis would hide it; the exports build the report,
 * which groups quotes and suggests claims; the word-level helpers read the whole text as one sentence.
 */
function stages(text: string, analysis: () => ArticleAnalysis): Record<string, () => unknown> {
  const input = (): ExportInput => ({
    title: 'hostile',
    folderUri: 'file:///hostile/',
    generated: '2026-03-07T12:00:00Z',
    registry: { version: 1, claims: [], aliasOverrides: [], dismissedSuggestions: [] },
    sources: ['a.md', 'b.md'].map((file) => ({ file, uri: `file:///hostile/${file}`, analysis: analysis() })),
  });
  return {
    'article structure and markdown': () => parseArticle(text),
    'full analysis': () => analyzeArticle(text),
    'reported speech': () => findReportedSpeech(parseArticle(text), analysis().quotes, analysis().entities),
    'quote groups, claim suggestions and exports': () => {
      const report = buildReport(input());
      return [report.groups.map(summarizeGroup), toMarkdown(report), toHtml(report), toCsv(report), toW3c(report)];
    },
    'words, figures and statements': () => [normalizedText(text), findFigures(text), statementKind(text), wordingDiff(text, text + ' x')],
  };
}

describe('linear time: 4× the hostile text takes about 4× the time, in every entry point', function () {
  this.timeout(600_000);
  this.slow(60_000);

  before(async () => {
    // Loads compromise and warms the code paths up, so the first shape is not charged for it.
    for (const shape of SHAPES.slice(0, 3)) await analyzeArticle(shape.make(2000));
  });

  for (const shape of SHAPES) {
    it(shape.name, async () => {
      const small = shape.make(shape.n);
      const large = shape.make(shape.n * 4);
      const analyses = { small: await analyzeArticle(small), large: await analyzeArticle(large) };
      const smallStages = stages(small, () => analyses.small);
      const largeStages = stages(large, () => analyses.large);
      const report: string[] = [];
      const failures: string[] = [];
      for (const name of Object.keys(smallStages)) {
        let tn = await minOf(2, smallStages[name]);
        let t4n = await minOf(1, largeStages[name]);
        // More looks, each the min of three: a busy machine slows single samples, never all of them.
        for (let look = 0; look < 4 && t4n / tn > MAX_RATIO; look++) {
          tn = Math.min(tn, await minOf(3, smallStages[name]));
          t4n = Math.min(t4n, await minOf(3, largeStages[name]));
        }
        const ratio = t4n / tn;
        report.push(`${name}: ${tn.toFixed(1)} → ${t4n.toFixed(1)} ms (×${ratio.toFixed(1)})`);
        if (ratio > MAX_RATIO) failures.push(name);
      }
      if (process.env.CROSSCHECK_LINEAR_VERBOSE) console.log(`      ${shape.name} (n=${shape.n})\n        ${report.join('\n        ')}`);
      assert.deepStrictEqual(failures, [], `super-linear on ${shape.name} (n=${shape.n}):\n${report.join('\n')}`);
    });
  }
});

describe('the pieces handed to compromise hold no sentence (as compromise splits them) much longer than a run', () => {
  // compromise re-reads a sentence each time its splitter glues a piece onto it ("A." + " B." …), so
  // the cuts must fall between compromise's own sentences: its sentences inside a piece stay short.
  const texts: [string, string][] = [
    ['initials', 'A. '.repeat(6000)],
    ['abbreviations', 'Mr. Gen. etc. approx. '.repeat(1500)],
    ['dotted acronyms', 'U.S. '.repeat(5000)],
    ['numbered stops', '1. '.repeat(8000)],
    ['ellipses', 'Well... '.repeat(3000)],
    ['quote marks with stops', '"No." '.repeat(4000)],
    ['lines without letters', ('"'.repeat(3) + '\n').repeat(6000)],
    ['an ordinary article', 'The quay reopened on Monday. Mr. Lind said the U.S. firm would pay.\n\n'.repeat(300)],
  ];
  for (const [name, text] of texts) {
    it(name, async () => {
      const nlp = (await loadNlp()) as unknown as { tokenize(t: string): { json(): { text: string }[] }; model(): { one: { abbreviations: object } } };
      const cuts = cutsInLongRuns(text, new Set(Object.keys(nlp.model().one.abbreviations)));
      if (name === 'an ordinary article') assert.deepStrictEqual(cuts, [], 'ordinary text is never cut');
      const bounds = [0, ...cuts, text.length];
      let longest = 0;
      for (let i = 0; i + 1 < bounds.length; i++) {
        for (const sentence of nlp.tokenize(text.slice(bounds[i], bounds[i + 1])).json()) longest = Math.max(longest, sentence.text.length);
      }
      assert.ok(longest <= 2 * MAX_UNBROKEN_RUN + 600, `${name}: a sentence of ${longest} characters reaches compromise`);
    });
  }
});
