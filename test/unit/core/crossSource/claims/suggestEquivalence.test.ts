import * as assert from 'assert';
import { parseArticle } from '../../../../../src/core/article/parse';
import type { Article } from '../../../../../src/core/model';
import { suggestClaims, type SuggestionSource } from '../../../../../src/core/crossSource/claims/suggest';
import { SuggestionIndex } from '../../../../../src/core/crossSource/claims/suggestionIndex';
import { buildNewsCorpus, random } from '../../../../bench/newsCorpus';
import { referenceSuggestClaims } from './suggestReference';

// The indexed suggestions (suggest.ts) and the story's index (SuggestionIndex) against the algorithm
// they replace (suggestReference.ts, every figure against every cluster): the same suggestions, in the
// same order, with the same keys, on generated stories, on articles built to put sentences at every
// distance from each other (words in common around each threshold of sameMeasure), and on edge cases.

const source = (file: string, article: Article): SuggestionSource => ({ file, analysis: { article, quotes: [], entities: [], diagnostics: [] } });
const fromText = (file: string, text: string): SuggestionSource => source(file, parseArticle(text));

function assertSame(sources: SuggestionSource[], dismissed: string[] = []): void {
  const expected = referenceSuggestClaims(sources, { dismissed });
  assert.deepStrictEqual(suggestClaims(sources, { dismissed }), expected);
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

// Invented words: sentences draw a few of them, so two sentences share anything from none to six.
const WORDS = ['harbour', 'crane', 'flood', 'barrier', 'council', 'repair', 'shipping', 'insurer', 'quay', 'pump', 'tide', 'contract'];
const UNITS = ['workers', 'homes', 'vessels', 'containers', 'families'];
const HEDGES = ['', '', 'about ', 'more than ', 'up to '];

/** A sentence with a figure (count, percentage, money or date) among a few random words; sometimes a statement too. */
function figureSentence(rnd: () => number): string {
  const words = WORDS.filter(() => rnd() < 0.35).join(' and ');
  const value = pick(rnd, [90, 94, 100, 120, 300, 1000, 1500, 4000]);
  const kind = rnd();
  let figure: string;
  if (kind < 0.5) figure = `${pick(rnd, HEDGES)}${value.toLocaleString('en-GB')} ${pick(rnd, UNITS)}`;
  else if (kind < 0.7) figure = `${pick(rnd, [12, 13, 40])}% ${rnd() < 0.5 ? `of ${pick(rnd, ['residents', 'ships'])}` : ''}`.trim();
  else if (kind < 0.85) figure = `$${pick(rnd, [2, 2.1, 7])} million`;
  else figure = `${pick(rnd, [3, 4, 7])} December`;
  const tail = rnd() < 0.2 ? ' because the pump failed' : rnd() < 0.2 ? ', the largest since records began' : '';
  return `The ${words || 'story'} report counted ${figure} near the ${pick(rnd, WORDS)}${tail}.`;
}

function syntheticStory(seed: number, articles: number): SuggestionSource[] {
  const rnd = random(seed);
  return Array.from({ length: articles }, (_v, i) => {
    const paragraphs = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => figureSentence(rnd)).join(' '));
    return fromText(`${String(i).padStart(3, '0')}.txt`, paragraphs.join('\n\n'));
  });
}

describe('[crossSource/claims/suggest] indexed clustering equals the reference', () => {
  it('on generated stories', function () {
    this.timeout(120_000);
    for (const [count, seed] of [
      [12, 1],
      [40, 13],
      [80, 7],
    ]) {
      const sources = buildNewsCorpus(count, 400, seed).files.map((f) => fromText(f.name, f.text));
      assertSame(sources);
    }
  });

  it('on sentences at every distance from each other', function () {
    this.timeout(120_000);
    for (let seed = 1; seed <= 12; seed++) {
      const sources = syntheticStory(seed, 6 + seed * 3);
      const suggestions = referenceSuggestClaims(sources);
      // Something to compare: every status turns up across these stories.
      assert.ok(suggestions.length > 0, `seed ${seed}`);
      assertSame(sources, suggestions.filter((_s, i) => i % 3 === 0).map((s) => s.key));
    }
  });

  it('on edge cases', () => {
    const cases: string[][] = [
      // One figure twice in a sentence, two units of percentage in one sentence, hedged values.
      [
        'Of the 14 workers, 14 workers were rescued from the flooded harbour quay. About 12% of residents and 40% of ships left the harbour.',
        'Rescuers said 15 workers were rescued from the flooded harbour quay. Some 13% of residents left the harbour, and 40% of ships.',
        'All 14 workers were rescued from the harbour quay. 12% of residents left.',
      ],
      // An outlet whose only sentence about the figure shares too little to confirm a newcomer.
      [
        'The council counted 300 homes flooded near the harbour barrier on Tuesday.',
        'The council counted 300 homes flooded near the harbour barrier overnight.',
        'Insurers priced 300 homes.',
        'The council counted 900 homes flooded near the harbour barrier, insurers said.',
      ],
      // Dates: alone (left out), in several outlets, and with and without a year.
      ['The barrier failed on 7 December 2025 after the storm hit the harbour.', 'The harbour barrier failed on 7 December after the storm.', 'Repairs start on 3 December.'],
      // No prose at all, and a statement only.
      ['', 'The flood happened because the barrier failed at the harbour quay.', 'The barrier failed at the harbour quay, and the flood happened because of it.'],
    ];
    for (const texts of cases) assertSame(texts.map((t, i) => fromText(`case-${i}.txt`, t)));
    // The same file twice (not a folder's, but suggestClaims accepts it).
    const twice = fromText('same.txt', cases[1][0]);
    assertSame([twice, fromText('other.txt', cases[1][1]), twice]);
  });
});

describe('[crossSource/claims/suggestionIndex] one article at a time equals the whole story', () => {
  it('replays random edits, additions, removals and reorderings', function () {
    this.timeout(120_000);
    const rnd = random(5);
    const pool = [...buildNewsCorpus(30, 300, 21).files.map((f) => f.text), ...syntheticStory(3, 20).map((s) => s.analysis.article.text)];
    const articles = new Map<string, string>();
    let files: string[] = [];
    for (let i = 0; i < 15; i++) {
      files.push(`f${i}.txt`);
      articles.set(`f${i}.txt`, pick(rnd, pool));
    }
    const index = new SuggestionIndex();
    const parsed = new Map<string, Article>();
    const articleOf = (text: string) => parsed.get(text) ?? (parsed.set(text, parseArticle(text)), parsed.get(text)!);
    let next = 15;
    for (let step = 0; step < 40; step++) {
      const r = rnd();
      if (r < 0.5) articles.set(pick(rnd, files), pick(rnd, pool));
      else if (r < 0.65 && files.length > 2) files = files.filter((f) => f !== pick(rnd, files));
      else if (r < 0.8) {
        const file = `f${next++}.txt`;
        files.splice(Math.floor(rnd() * (files.length + 1)), 0, file);
        articles.set(file, pick(rnd, pool));
      } else files = [...files].sort(() => rnd() - 0.5);
      const sources = files.map((file) => fromText(file, articles.get(file)!));
      // The index is sent each article's structure only when it does not hold that content already.
      const keyed = files.map((file) => {
        const text = articles.get(file)!;
        return { file, key: text, ...(index.holds(file, text) ? {} : { article: articleOf(text) }) };
      });
      const dismissed = step % 4 === 0 ? suggestClaims(sources).slice(0, 2).map((s) => s.key) : [];
      assert.deepStrictEqual(index.update(keyed, { dismissed }), suggestClaims(sources, { dismissed }), `step ${step}`);
      if (step % 10 === 9) assert.deepStrictEqual(index.update(keyed, { dismissed }), referenceSuggestClaims(sources, { dismissed }), `step ${step} (reference)`);
    }
  });

  it('asks for the article it does not hold', () => {
    const index = new SuggestionIndex();
    assert.throws(() => index.update([{ file: 'a.txt', key: 'k' }]), /no article for a\.txt/);
    index.update([{ file: 'a.txt', key: 'k', article: parseArticle('The council counted 300 homes flooded near the harbour.') }]);
    assert.ok(index.holds('a.txt', 'k'));
    assert.ok(!index.holds('a.txt', 'other'));
    index.reset();
    assert.ok(!index.holds('a.txt', 'k'));
  });

  it('keeps what it extracted of articles dropped from the story, for when they come back', () => {
    const index = new SuggestionIndex();
    const texts = buildNewsCorpus(3, 200, 4).files.map((f) => f.text);
    const all = texts.map((text, i) => ({ file: `f${i}.txt`, key: `k${i}`, article: parseArticle(text) }));
    const whole = index.update(all);
    // A reload asks with part of the story first: the rest is dropped from the story, not forgotten.
    index.update(all.slice(0, 1));
    for (const a of all) assert.ok(index.holds(a.file, a.key), a.file);
    assert.ok(!index.holds('f1.txt', 'another'), 'held only with the content it had');
    // Back without their structure: answered from what was kept.
    assert.deepStrictEqual(index.update(all.map(({ file, key }) => ({ file, key }))), whole);
    index.reset();
    assert.ok(!index.holds('f1.txt', 'k1'));
  });
});
