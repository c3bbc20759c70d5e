import * as assert from 'assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeCorpus } from '../../../../src/core/analyze';
import type { Quote } from '../../../../src/core/model';
import { QuoteGroupIndex } from '../../../../src/core/crossSource/quoteGroupIndex';
import { groupQuotes, type SourceQuotes } from '../../../../src/core/crossSource/quoteGroups';
import { random } from '../../../bench/newsCorpus';

// Invented wording: a few statements, each said in several ways, by a small invented cast. Some words
// ("harbour", "workers") come back in most quotes, so as articles come and go they cross the bound
// beyond which a word is too common to propose a pair.
const STATEMENTS = [
  ['the harbour will stay open through the winter', 'the harbour is staying open all winter', 'we will keep the harbour open through the winter'],
  ['nobody here is going to accept a deal that cuts wages', 'no one will accept a deal that cuts the wages of workers', 'workers are not going to accept a wage cut'],
  ['the sea wall needs money now, not after the next storm', 'the sea wall needs money now', 'money for the sea wall cannot wait for the next storm'],
  ['we have moved the cranes to higher ground this week', 'the cranes went to higher ground this week', 'harbour workers moved the cranes to higher ground'],
  ['families are sleeping in school halls and churches', 'families are spending the night in school halls', 'the churches and school halls are full of families'],
  ['this is the worst season for the harbour in thirty years', 'the worst season in thirty years for harbour workers', 'thirty years and never a season this bad'],
  ['a great day for the harbour and for the workers', 'a great day for the harbour', 'a great day for the workers'],
];
const CAST = ['Mara Quill', 'Quill', 'Tomas Brannigan', 'Brannigan', 'Ines Okafor', 'a spokesperson', null];
const FILES = Array.from({ length: 40 }, (_v, i) => `${String(i).padStart(2, '0')}-outlet.txt`);

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

/** One rendering: a statement reworded a little, sometimes two sentences, sometimes with a clause added. */
function rendering(rnd: () => number): string {
  const first = pick(rnd, pick(rnd, STATEMENTS));
  let text = first.charAt(0).toUpperCase() + first.slice(1);
  if (rnd() < 0.3) text = text.replace(/\bthe\b/, 'all the');
  if (rnd() < 0.3) text += `, and the harbour workers know that ${pick(rnd, pick(rnd, STATEMENTS))}`;
  text += '.';
  if (rnd() < 0.3) {
    const second = pick(rnd, pick(rnd, STATEMENTS));
    text += ` ${second.charAt(0).toUpperCase()}${second.slice(1)}.`;
  }
  return text;
}

function article(rnd: () => number, file: string, size: number): SourceQuotes {
  const quotes: Quote[] = [];
  let at = 0;
  const count = 1 + Math.floor(rnd() * size);
  for (let k = 0; k < count; k++) {
    const text = rendering(rnd);
    at += 10 + Math.floor(rnd() * 40);
    quotes.push({ start: at, end: at + text.length, text, speaker: pick(rnd, CAST), ...(rnd() < 0.05 ? { kind: 'reported' as const } : {}) });
    at += text.length;
  }
  return { file, quotes };
}

// Quotes carried word for word (wire copy): articles made from these come and go with their copies.
const CARRIED: [string, string | null][] = [
  ['The harbour will stay open through the winter.', 'Mara Quill'],
  ['Nobody here is going to accept a deal that cuts wages.', 'Tomas Brannigan'],
  ['The sea wall needs money now, not after the next storm.', null],
  ['Never.', null],
  ['Never.', 'Ines Okafor'],
];

/** An article carrying some of the quotes above word for word, sometimes a rendering of its own, sometimes one copy twice. */
function carrying(rnd: () => number, file: string, size: number): SourceQuotes {
  const quotes: Quote[] = [];
  let at = 0;
  const count = 1 + Math.floor(rnd() * size);
  for (let k = 0; k < count; k++) {
    const [text, speaker] = rnd() < 0.25 ? [rendering(rnd), pick(rnd, CAST)] : pick(rnd, CARRIED);
    at += 10 + Math.floor(rnd() * 40);
    quotes.push({ start: at, end: at + text.length, text, speaker });
    at += text.length;
  }
  return { file, quotes };
}

/** Applies `steps` random adds, replacements and removals, checking the index against groupQuotes after each. */
function replay(seed: number, steps: number, size: number, files: readonly string[], make = article): number {
  const rnd = random(seed);
  const index = new QuoteGroupIndex();
  const story = new Map<string, SourceQuotes>();
  let groups = 0;
  for (let step = 0; step < steps; step++) {
    const action = rnd();
    const file = pick(rnd, files);
    // Mostly one article at a time (an edit), sometimes several at once (a folder added).
    const many = rnd() < 0.1 ? 1 + Math.floor(rnd() * 6) : 1;
    for (let k = 0; k < many; k++) {
      const f = k === 0 ? file : pick(rnd, files);
      if (action < 0.25 && story.has(f)) story.delete(f);
      else if (action < 0.35 && story.has(f)) story.set(f, { file: f, quotes: (story.get(f) as SourceQuotes).quotes.map((q) => ({ ...q, speaker: pick(rnd, CAST) })) });
      else story.set(f, make(rnd, f, size));
    }
    const sources = [...story.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    const expected = groupQuotes(sources);
    const actual = index.update(sources);
    assert.deepStrictEqual(actual, expected, `seed ${seed}, step ${step}`);
    groups += expected.length;
  }
  return groups;
}

describe('[crossSource/quoteGroupIndex] incremental quote groups equal groupQuotes', () => {
  it('after every step of random edits to a small story', () => {
    for (const seed of [1, 2, 3]) assert.ok(replay(seed, 60, 4, FILES.slice(0, 12)) > 0, 'the story forms groups');
  });

  it('after every step while copies of carried quotes come and go (the first copy of a quote leaving included)', () => {
    for (const seed of [4, 5, 6]) assert.ok(replay(seed, 60, 4, FILES.slice(0, 16), carrying) > 0, 'the story forms groups');
  });

  it('after every step when common words cross the bound (a story of many quotes)', function () {
    this.timeout(120_000);
    // About 40 articles of up to 12 quotes: the commonest words are in more than 64 sentences, then fewer.
    assert.ok(replay(7, 50, 12, FILES) > 0);
  });

  it('when the story grows past the point where the bound moves with its size', function () {
    this.timeout(120_000);
    const rnd = random(11);
    const files = Array.from({ length: 260 }, (_v, i) => `${String(i).padStart(3, '0')}.txt`);
    const index = new QuoteGroupIndex();
    const story = new Map<string, SourceQuotes>();
    for (const f of files) story.set(f, article(rnd, f, 12));
    for (let step = 0; step < 12; step++) {
      const f = pick(rnd, files);
      if (step % 3 === 2) story.delete(f);
      else story.set(f, article(rnd, f, 20));
      const sources = [...story.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
      assert.deepStrictEqual(index.update(sources), groupQuotes(sources), `step ${step}`);
    }
  });

  it('keeps the result when the order of the articles changes (compares again from scratch)', () => {
    const rnd = random(5);
    const sources = FILES.slice(0, 10).map((f) => article(rnd, f, 5));
    const index = new QuoteGroupIndex();
    index.update(sources);
    const reversed = [...sources].reverse();
    assert.deepStrictEqual(index.update(reversed), groupQuotes(reversed));
  });

  it('refuses two sources with one file', () => {
    const one = article(random(3), 'a.txt', 2);
    assert.throws(() => new QuoteGroupIndex().update([one, one]), /file of its own/);
  });

  it('on the sample story, article by article and with each article removed in turn', async function () {
    this.timeout(120_000);
    const dir = path.join(__dirname, '../../../../samples');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
    const analyses = await analyzeCorpus(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')));
    const sources = files.map((file, i) => ({ file, quotes: analyses[i].quotes }));
    const index = new QuoteGroupIndex();
    for (let n = 1; n <= sources.length; n++) assert.deepStrictEqual(index.update(sources.slice(0, n)), groupQuotes(sources.slice(0, n)));
    assert.ok(groupQuotes(sources).length > 0, 'the samples form groups');
    for (let k = 0; k < sources.length; k++) {
      const without = sources.filter((_s, i) => i !== k);
      assert.deepStrictEqual(index.update(without), groupQuotes(without), `without ${files[k]}`);
      assert.deepStrictEqual(index.update(sources), groupQuotes(sources), `${files[k]} back`);
    }
  });
});
