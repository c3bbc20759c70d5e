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

  it('gives its pairs in ascending order', () => {
    const got = candidatePairs(sets('k l m', 'a b c', 'k l m', 'a b c', 'a b c'), { maxPostings: 100 }, none);
    assert.deepStrictEqual(got, [[0, 2], [1, 3], [1, 4], [3, 4]]);
  });

  it('pairs copies of one set (a sentence reprinted word for word) with each other and with what they match, minus the excluded', () => {
    const input = sets('fee raise harbour', 'fee raise harbour', 'fee raise harbour year', 'fee raise harbour');
    // Sets 0 and 1 are one quote's sentences: never paired.
    const got = candidatePairs(input, { maxPostings: 100 }, (i, j) => i === 0 && j === 1);
    assert.deepStrictEqual(got, [[0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
  });

  it('finds the pairs prefix filtering defines, with copies, common words and exclusions', () => {
    // The rule, pair by pair: enough shared words, and the smaller set (either, when as large) has one
    // of them among its rarest size - required + 1 words, counting only words before its first one in
    // more than maxPostings sets (ordered by how many sets have them, then alphabetically).
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(word, { maxLength: 5 }), { maxLength: 14 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 2, max: 5 }), (lists, maxPostings, modulus) => {
        const input = lists.map((l) => new Set<string>(l));
        const skip = (i: number, j: number) => (i + j) % modulus === 0;
        const frequency = new Map<string, number>();
        for (const set of input) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
        const probes = (set: Set<string>) => {
          const ordered = [...set].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1));
          const out: string[] = [];
          for (const w of ordered.slice(0, ordered.length - requiredShared(ordered.length) + 1)) {
            if ((frequency.get(w) ?? 0) > maxPostings) break;
            out.push(w);
          }
          return out;
        };
        const expected: [number, number][] = [];
        for (let i = 0; i < input.length; i++) {
          for (let j = i + 1; j < input.length; j++) {
            const [a, b] = [input[i], input[j]];
            const shared = [...a].filter((w) => b.has(w)).length;
            if (skip(i, j) || shared === 0 || shared < requiredShared(Math.min(a.size, b.size))) continue;
            const probing = a.size === b.size ? [[a, b], [b, a]] : a.size < b.size ? [[a, b]] : [[b, a]];
            if (probing.some(([small, large]) => probes(small).some((w) => large.has(w)))) expected.push([i, j]);
          }
        }
        assert.deepStrictEqual(candidatePairs(input, { maxPostings }, skip), expected);
      }),
      { numRuns: 500 },
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
