import * as assert from 'assert';
import { averageLinkage } from '../../../../src/core/crossSource/clusters';

const all = () => true;

describe('[crossSource/clusters] averageLinkage', () => {
  it('does not chain two groups through one member linked to both', () => {
    // 0–1–2 and 3–4–5 are groups; 6 links to one member of each.
    const links = [
      [0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [6, 0], [6, 3],
    ].map(([a, b], k) => ({ a, b, strength: 10 - k }));
    assert.deepStrictEqual(averageLinkage(7, links, 0.5, all), [[0, 1, 2], [3, 4, 5]]);
  });

  it('keeps a chain of three when each pair is linked but one (half the pairs)', () => {
    const links = [{ a: 0, b: 1, strength: 2 }, { a: 1, b: 2, strength: 1 }];
    assert.deepStrictEqual(averageLinkage(3, links, 0.5, all), [[0, 1, 2]]);
  });

  it('never merges clusters holding a forbidden pair', () => {
    const links = [{ a: 0, b: 1, strength: 2 }, { a: 1, b: 2, strength: 1 }];
    assert.deepStrictEqual(averageLinkage(3, links, 0.5, all, (i, j) => i + j === 2 && i !== j), [[0, 1]]);
  });

  it('returns nothing without links', () => assert.deepStrictEqual(averageLinkage(4, [], 0.5, all), []));
});
