import * as assert from 'assert';
import fc from 'fast-check';
import { candidatePairs, requiredShared } from '../../../../src/core/crossSource/candidates';
import { cpuScaling, describeScaling, MAX_SCALING_RATIO } from '../../helpers/cpuScaling';

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

  it('scales: 20,000 sentences of a 50-word vocabulary plus rare words, linearly in the sentences', function () {
    this.timeout(300_000);
    const input = (sentences: number) => Array.from({ length: sentences }, (_, i) => new Set([`c${i % 50}`, `c${(i * 7) % 50}`, `rare${i}`, `rare${i + 1}`]));
    assert.ok(candidatePairs(input(20000), { maxPostings: 600 }, none).length < 100000);
    // From 40,000 sentences on, every vocabulary word is past maxPostings, as common words are in a large corpus.
    const scaling = cpuScaling((sentences) => candidatePairs(input(sentences), { maxPostings: 600 }, none), 40000);
    assert.ok(scaling.ratio <= MAX_SCALING_RATIO, describeScaling(scaling));
  });
});
