// Average-linkage clustering over a sparse link graph. Connected components chain: A matches B, B
// matches C, and A and C (two different sentences that share a fragment with B) end up together.
// Here two clusters merge only when most pairs between them are linked, strongest links first, so a
// member that matches only one side of a cluster cannot pull the other side in.
// The counts between clusters (linked pairs, pairs left out, forbidden pairs) are kept per pair of
// clusters and added up as clusters merge: a merge attempt costs O(1), not |A| × |B|, so a story whose
// outlets repeat the same quotes hundreds of times stays linear in the number of links.

export interface Link {
  a: number;
  b: number;
  /** Higher merges earlier. */
  strength: number;
}

export interface LinkageOptions {
  /** Pairs left out of the linkage average (never comparable, such as a clause and its own sentence). */
  uncounted?: readonly (readonly [number, number])[];
  /** Two clusters holding one of these pairs never merge. */
  forbidden?: readonly (readonly [number, number])[];
}

/**
 * Clusters `count` items: two clusters merge when at least `minShare` of the pairs between them
 * (leaving out `uncounted` pairs) are linked and none is `forbidden`. Returns the clusters of two or
 * more items.
 */
export function averageLinkage(count: number, links: readonly Link[], minShare: number, options: LinkageOptions = {}): number[][] {
  return averageLinkageClusters(count, links, minShare, options).map((c) => c.members);
}

/**
 * averageLinkage with each cluster's id: the item whose cluster the others joined (the clusters come
 * in the order of their ids). Callers that cluster parts of a graph apart order the clusters by it.
 */
export function averageLinkageClusters(count: number, links: readonly Link[], minShare: number, options: LinkageOptions = {}): { id: number; members: number[] }[] {
  const members = Array.from({ length: count }, (_, i) => [i]);
  const clusterOf = Array.from({ length: count }, (_, i) => i);
  const counts = (pairs: readonly (readonly [number, number])[]): ClusterCounts => (count <= DENSE_UP_TO ? new DensePairCounts(count, pairs) : new PairCounts(count, pairs));
  const uncounted = counts(options.uncounted ?? []);
  const forbidden = counts(options.forbidden ?? []);
  // A pair left out of the average is not a hit either.
  const hits = counts(links.map((l) => [l.a, l.b] as const).filter(([a, b]) => !uncounted.has(a, b)));

  const sorted = [...links].sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  for (const { a, b } of sorted) {
    const ca = clusterOf[a];
    const cb = clusterOf[b];
    if (ca === cb) continue;
    if (forbidden.between(ca, cb) > 0) continue;
    const pairs = members[ca].length * members[cb].length - uncounted.between(ca, cb);
    if (pairs === 0 || hits.between(ca, cb) / pairs < minShare) continue;
    const [keep, drop] = members[ca].length >= members[cb].length ? [ca, cb] : [cb, ca];
    for (const i of members[drop]) {
      clusterOf[i] = keep;
      members[keep].push(i);
    }
    members[drop] = [];
    for (const counts of [uncounted, forbidden, hits]) counts.merge(keep, drop);
  }
  const out: { id: number; members: number[] }[] = [];
  members.forEach((m, id) => m.length > 1 && out.push({ id, members: m.sort((x, y) => x - y) }));
  return out;
}

/** How many of a set of item pairs lie between each two clusters (clusters start as single items). */
interface ClusterCounts {
  /** Whether the pair of items is one of the set. */
  has(a: number, b: number): boolean;
  between(x: number, y: number): number;
  /** Cluster `drop` joins `keep`. */
  merge(keep: number, drop: number): void;
}

/**
 * Up to this many items the counts are a square table: one part of a story where hundreds of outlets
 * carry one sentence is nearly all linked, and a table is several times faster there than maps.
 */
const DENSE_UP_TO = 1024;

/** ClusterCounts as a count × count table (a merge adds one row and column into another). */
class DensePairCounts implements ClusterCounts {
  private readonly table: Int32Array;
  private readonly pairs = new Set<number>();

  constructor(private readonly count: number, pairs: readonly (readonly [number, number])[]) {
    this.table = new Int32Array(count * count);
    for (const [a, b] of pairs) {
      const key = a < b ? a * count + b : b * count + a;
      if (a === b || this.pairs.has(key)) continue;
      this.pairs.add(key);
      this.table[a * count + b]++;
      this.table[b * count + a]++;
    }
  }

  has(a: number, b: number): boolean {
    return this.pairs.has(a < b ? a * this.count + b : b * this.count + a);
  }

  between(x: number, y: number): number {
    return this.table[x * this.count + y];
  }

  merge(keep: number, drop: number): void {
    const { table, count } = this;
    for (let other = 0; other < count; other++) {
      const n = table[drop * count + other];
      if (n === 0) continue;
      table[drop * count + other] = 0;
      table[other * count + drop] = 0;
      if (other === keep) continue;
      table[keep * count + other] += n;
      table[other * count + keep] += n;
    }
  }
}

class PairCounts implements ClusterCounts {
  private readonly pairs = new Set<number>();
  private readonly byCluster = new Map<number, Map<number, number>>();

  constructor(private readonly count: number, pairs: readonly (readonly [number, number])[]) {
    for (const [a, b] of pairs) {
      const key = this.key(a, b);
      if (a === b || this.pairs.has(key)) continue;
      this.pairs.add(key);
      this.add(a, b, 1);
      this.add(b, a, 1);
    }
  }

  has(a: number, b: number): boolean {
    return this.pairs.has(this.key(a, b));
  }

  between(x: number, y: number): number {
    return this.byCluster.get(x)?.get(y) ?? 0;
  }

  /** Cluster `drop` joins `keep`. */
  merge(keep: number, drop: number): void {
    const dropped = this.byCluster.get(drop);
    if (!dropped) return;
    this.byCluster.delete(drop);
    for (const [other, n] of dropped) {
      this.byCluster.get(other)?.delete(drop);
      if (other === keep) continue;
      this.add(keep, other, n);
      this.add(other, keep, n);
    }
    this.byCluster.get(keep)?.delete(drop);
  }

  private add(x: number, y: number, n: number): void {
    let row = this.byCluster.get(x);
    if (!row) this.byCluster.set(x, (row = new Map()));
    row.set(y, (row.get(y) ?? 0) + n);
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.count + b : b * this.count + a;
  }
}
