import * as assert from 'assert';
import fc from 'fast-check';
import { candidatePairs, requiredShared } from '../../../../src/core/crossSource/candidates';

const sets = (...words: string[]) => words.map((w) => new Set(w.split(' ').filter(Boolean)));
const none = () => false;

describe('[crossSource/candidates] candidatePairs', () => {
  it('pairs sets that share enough words, and only those', () => {
    const got = candidatePairs(sets('harbour fee raise year', 'harbour fee raise', 'cargo volume fell', 'harbour cargo'), { maxPostings: 100 }, none);
    assert.deepStrictEqual(got, [[0, 1]]);
  });

  it('leaves out pairs the caller excludes', () => {
    assert.deepStrictEqual(candidatePairs(sets('a b c', 'a b c'), { maxPostings: 100 }, () => true), []);
  });

  it('a word in too many sets proposes no pair', () => {
    const many = sets(...Array.from({ length: 10 }, (_, i) => `people w${i}`));
    assert.deepStrictEqual(candidatePairs(many, { maxPostings: 5 }, none), []);
  });

  it('finds every pair a brute-force comparison finds', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(word, { maxLength: 6 }), { maxLength: 12 }), (lists) => {
        const input = lists.map((l) => new Set(l));
        const expected: string[] = [];
        for (let i = 0; i < input.length; i++) {
          for (let j = i + 1; j < input.length; j++) {
            const shared = [...input[i]].filter((w) => input[j].has(w)).length;
            if (shared > 0 && shared >= requiredShared(Math.min(input[i].size, input[j].size))) expected.push(`${i}:${j}`);
          }
        }
        const got = candidatePairs(input, { maxPostings: 1000 }, none).map(([i, j]) => `${i}:${j}`);
        assert.deepStrictEqual(got.sort(), expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('scales: 20,000 sentences of a 50-word vocabulary plus rare words stay fast', () => {
    const input = Array.from({ length: 20000 }, (_, i) => new Set([`c${i % 50}`, `c${(i * 7) % 50}`, `rare${i}`, `rare${i + 1}`]));
    const started = process.hrtime.bigint();
    const got = candidatePairs(input, { maxPostings: 600 }, none);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 5000);
    assert.ok(got.length < 100000);
  });
});
