import * as assert from 'assert';
import { averageLinkage, type Link, type LinkList } from '../../../../src/core/crossSource/clusters';

/** The definition, pair by pair: what the incremental counts must agree with. */
function referenceLinkage(count: number, links: Link[], minShare: number, uncounted: [number, number][], forbidden: [number, number][]): number[][] {
  const has = (pairs: [number, number][], i: number, j: number) => pairs.some(([a, b]) => (a === i && b === j) || (a === j && b === i));
  const members = Array.from({ length: count }, (_, i) => [i]);
  const clusterOf = Array.from({ length: count }, (_, i) => i);
  const linked = links.map((l): [number, number] => [l.a, l.b]);
  for (const { a, b } of [...links].sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b)) {
    const [ca, cb] = [clusterOf[a], clusterOf[b]];
    if (ca === cb) continue;
    let pairs = 0;
    let hits = 0;
    let blocked = false;
    for (const i of members[ca]) {
      for (const j of members[cb]) {
        if (has(forbidden, i, j)) blocked = true;
        if (has(uncounted, i, j)) continue;
        pairs++;
        if (has(linked, i, j)) hits++;
      }
    }
    if (blocked || pairs === 0 || hits / pairs < minShare) continue;
    const [keep, drop] = members[ca].length >= members[cb].length ? [ca, cb] : [cb, ca];
    for (const i of members[drop]) {
      clusterOf[i] = keep;
      members[keep].push(i);
    }
    members[drop] = [];
  }
  return members.filter((m) => m.length > 1).map((m) => m.sort((x, y) => x - y));
}

/** mulberry32: the same seed, the same graphs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('[crossSource/clusters] averageLinkage', () => {
  it('does not chain two groups through one member linked to both', () => {
    // 0–1–2 and 3–4–5 are groups; 6 links to one member of each.
    const links = [
      [0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [6, 0], [6, 3],
    ].map(([a, b], k) => ({ a, b, strength: 10 - k }));
    assert.deepStrictEqual(averageLinkage(7, links, 0.5), [[0, 1, 2], [3, 4, 5]]);
  });

  it('keeps a chain of three when each pair is linked but one (half the pairs)', () => {
    const links = [{ a: 0, b: 1, strength: 2 }, { a: 1, b: 2, strength: 1 }];
    assert.deepStrictEqual(averageLinkage(3, links, 0.5), [[0, 1, 2]]);
  });

  it('never merges clusters holding a forbidden pair', () => {
    const links = [{ a: 0, b: 1, strength: 2 }, { a: 1, b: 2, strength: 1 }];
    assert.deepStrictEqual(averageLinkage(3, links, 0.5, { forbidden: [[0, 2]] }), [[0, 1]]);
  });

  it('returns nothing without links', () => assert.deepStrictEqual(averageLinkage(4, [], 0.5), []));

  it('leaves uncounted pairs out of the average', () => {
    const links = [{ a: 0, b: 1, strength: 2 }, { a: 1, b: 2, strength: 1 }];
    assert.deepStrictEqual(averageLinkage(3, links, 0.6), [[0, 1]]);
    assert.deepStrictEqual(averageLinkage(3, links, 0.6, { uncounted: [[0, 2]] }), [[0, 1, 2]]);
  });

  it('agrees with the pair-by-pair definition on random graphs', () => {
    const rnd = random(7);
    for (let round = 0; round < 200; round++) {
      const count = 2 + Math.floor(rnd() * 14);
      const pick = () => Math.floor(rnd() * count);
      const pairs = (n: number) => Array.from({ length: n }, (): [number, number] => [pick(), pick()]).filter(([a, b]) => a !== b);
      const seen = new Set<string>();
      const links = pairs(Math.floor(rnd() * 3 * count))
        .filter(([a, b]) => !seen.has(`${Math.min(a, b)}:${Math.max(a, b)}`) && !!seen.add(`${Math.min(a, b)}:${Math.max(a, b)}`))
        .map(([a, b]) => ({ a, b, strength: Math.floor(rnd() * 4) }));
      const uncounted = pairs(Math.floor(rnd() * count));
      const forbidden = pairs(Math.floor(rnd() * 3));
      const minShare = [0.3, 0.5, 0.7][round % 3];
      assert.deepStrictEqual(
        averageLinkage(count, links, minShare, { uncounted, forbidden }),
        referenceLinkage(count, links, minShare, uncounted, forbidden),
        `round ${round}`,
      );
    }
  });

  it('agrees with the pair-by-pair definition past 1,024 items (counts kept per item, not in a table)', () => {
    const rnd = random(11);
    const count = 1500;
    for (let round = 0; round < 100; round++) {
      // A few items spread over the range, ids out of order, with repeated pairs given twice.
      const items = Array.from({ length: 2 + Math.floor(rnd() * 14) }, () => Math.floor(rnd() * count));
      const pick = () => items[Math.floor(rnd() * items.length)];
      const pairs = (n: number) => Array.from({ length: n }, (): [number, number] => [pick(), pick()]).filter(([a, b]) => a !== b);
      const seen = new Set<string>();
      const links = pairs(Math.floor(rnd() * 3 * items.length))
        .filter(([a, b]) => !seen.has(`${Math.min(a, b)}:${Math.max(a, b)}`) && !!seen.add(`${Math.min(a, b)}:${Math.max(a, b)}`))
        .map(([a, b]) => ({ a, b, strength: Math.floor(rnd() * 4) }));
      const uncounted = pairs(Math.floor(rnd() * items.length));
      const forbidden = pairs(Math.floor(rnd() * 3));
      const minShare = [0.3, 0.5, 0.7][round % 3];
      const expected = referenceLinkage(count, links, minShare, uncounted, forbidden);
      assert.deepStrictEqual(averageLinkage(count, links, minShare, { uncounted: [...uncounted, ...uncounted], forbidden }), expected, `round ${round}`);
      // The same links as a table of numbers.
      const table: LinkList = { length: links.length, a: (k) => links[k].a, b: (k) => links[k].b, strength: (k) => links[k].strength };
      assert.deepStrictEqual(averageLinkage(count, table, minShare, { uncounted, forbidden }), expected, `round ${round}, as a table`);
    }
  });
});
