import { strict as assert } from 'node:assert';
import { buildBenchCorpus, countWords, renumber, rotateBody, sampleVariant } from '../../../test/bench/corpus';

const LONG_A = 'Alpha one two three four five six seven eight nine ten eleven twelve.';
const LONG_B = 'Bravo one two three four five six seven eight nine ten eleven twelve.';
const LONG_C = 'Charlie one two three four five six seven eight nine ten eleven twelve.';

describe('[bench/corpus] renumber', () => {
  const cases: Array<[string, number, string]> = [
    ['about 1,200 residents', 13, 'about 1,213 residents'],
    ['14 people, 2 serious', 1, '15 people, 3 serious'],
    ['at 4:52 PM', 10, 'at 14:62 PM'],
    ['9,999 became', 1, '10,000 became'],
    ['no figures here', 5, 'no figures here'],
  ];
  for (const [input, offset, expected] of cases) {
    it(`${JSON.stringify(input)} + ${offset}`, () => assert.equal(renumber(input, offset), expected));
  }
});

describe('[bench/corpus] rotateBody', () => {
  const text = `Headline\n\n${LONG_A}\r\n${LONG_B}\nShare\n${LONG_C}\n`;
  const cases: Array<[number, string]> = [
    [0, text],
    [1, `Headline\n\n${LONG_B}\r\n${LONG_C}\nShare\n${LONG_A}\n`],
    [2, `Headline\n\n${LONG_C}\r\n${LONG_A}\nShare\n${LONG_B}\n`],
    [3, text],
    [-1, `Headline\n\n${LONG_C}\r\n${LONG_A}\nShare\n${LONG_B}\n`],
  ];
  for (const [shift, expected] of cases) {
    it(`shift ${shift} moves long lines only and keeps line endings`, () => assert.equal(rotateBody(text, shift), expected));
  }

  it('leaves a text with fewer than two long lines alone', () => {
    assert.equal(rotateBody(`Short\n${LONG_A}\n`, 1), `Short\n${LONG_A}\n`);
  });
});

describe('[bench/corpus] buildBenchCorpus', () => {
  const samples = [
    { name: 'b.txt', text: `Figures: 1,200 and 14.\n${LONG_A}\n${LONG_B}\n` },
    { name: 'a.txt', text: `Headline 3\n${LONG_B}\n${LONG_C}\n${LONG_A}\n` },
  ];

  it('is deterministic, in name order, and stops once the target is reached', () => {
    const corpus = buildBenchCorpus(samples, 100, 0);
    assert.deepEqual(corpus, buildBenchCorpus([...samples].reverse(), 100, 0));
    assert.equal(corpus.texts[0], sampleVariant(samples[1].text, 0, 0));
    assert.equal(corpus.texts[1], sampleVariant(samples[0].text, 0, 0));
    assert.equal(corpus.words, corpus.texts.reduce((n, t) => n + countWords(t), 0));
    assert.ok(corpus.words >= 100);
    assert.ok(corpus.words - countWords(corpus.texts[corpus.texts.length - 1]) < 100);
  });

  it('never repeats a text, within a round or across rounds, and keeps the word count per round', () => {
    const rounds = [0, 1, 2].map((r) => buildBenchCorpus(samples, 300, r));
    const all = rounds.flatMap((c) => c.texts);
    assert.equal(new Set(all).size, all.length);
    assert.deepEqual(rounds.map((c) => c.words), [rounds[0].words, rounds[0].words, rounds[0].words]);
  });

  it('returns nothing to measure when the samples have no words', () => {
    assert.deepEqual(buildBenchCorpus([{ name: 'empty.txt', text: ' \n' }], 100, 0), { texts: [], words: 0 });
  });
});
