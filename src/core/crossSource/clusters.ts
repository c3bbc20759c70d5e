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
 * Links given by position (how many, and each one's ends and strength): a story where outlets repeat
 * one sentence has hundreds of thousands of links, which a caller can keep in a table of numbers
 * instead of one object each.
 */
export interface LinkList {
  length: number;
  a(k: number): number;
  b(k: number): number;
  strength(k: number): number;
}

/** A list of link objects as a LinkList. */
function listOf(links: readonly Link[]): LinkList {
  return { length: links.length, a: (k) => links[k].a, b: (k) => links[k].b, strength: (k) => links[k].strength };
}

/**
 * Clusters `count` items: two clusters merge when at least `minShare` of the pairs between them
 * (leaving out `uncounted` pairs) are linked and none is `forbidden`. Returns the clusters of two or
 * more items.
 */
export function averageLinkage(count: number, links: readonly Link[] | LinkList, minShare: number, options: LinkageOptions = {}): number[][] {
  return averageLinkageClusters(count, links, minShare, options).map((c) => c.members);
}

/**
 * averageLinkage with each cluster's id: the item whose cluster the others joined (the clusters come
 * in the order of their ids). Callers that cluster parts of a graph apart order the clusters by it.
 */
export function averageLinkageClusters(count: number, links: readonly Link[] | LinkList, minShare: number, options: LinkageOptions = {}): { id: number; members: number[] }[] {
  const list = Array.isArray(links) ? listOf(links) : (links as LinkList);
  const members = Array.from({ length: count }, (_, i) => [i]);
  const clusterOf = Array.from({ length: count }, (_, i) => i);
  const counts = (pairs: PairSource): ClusterCounts => (count <= DENSE_UP_TO ? new DensePairCounts(count, pairs) : new SparsePairCounts(count, pairs, clusterOf));
  const uncounted = counts((visit) => options.uncounted?.forEach(([a, b]) => visit(a, b)));
  const forbidden = counts((visit) => options.forbidden?.forEach(([a, b]) => visit(a, b)));
  // A pair left out of the average is not a hit either.
  const hits = counts((visit) => {
    for (let k = 0; k < list.length; k++) if (!uncounted.has(list.a(k), list.b(k))) visit(list.a(k), list.b(k));
  });

  const order = Uint32Array.from({ length: list.length }, (_, k) => k).sort(
    (x, y) => list.strength(y) - list.strength(x) || list.a(x) - list.a(y) || list.b(x) - list.b(y),
  );
  for (const k of order) {
    const ca = clusterOf[list.a(k)];
    const cb = clusterOf[list.b(k)];
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

/**
 * A set of item pairs, given by calling `visit` with each (repeats count once): a story where outlets
 * repeat one sentence has hundreds of thousands of links, too many to copy into pairs first.
 */
type PairSource = (visit: (a: number, b: number) => void) => void;

/** How many of a set of item pairs lie between each two clusters (clusters start as single items). */
interface ClusterCounts {
  /** Whether the pair of items is one of the set (asked before any merge). */
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

  constructor(private readonly count: number, pairs: PairSource) {
    this.table = new Int32Array(count * count);
    pairs((a, b) => {
      // Before any merge a cell is 1 for a pair of the set, 0 otherwise.
      if (a === b || this.has(a, b)) return;
      this.table[a * count + b]++;
      this.table[b * count + a]++;
    });
  }

  has(a: number, b: number): boolean {
    return this.table[a * this.count + b] > 0;
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

/**
 * ClusterCounts for many items. The pairs are kept as each item's sorted neighbours (two numbers a
 * pair); a cluster gets a map of its counts with the clusters it shares pairs with only once it holds
 * more than one item. Two single items read their count off the neighbours. A merge is called once
 * the dropped cluster's items belong to the kept one (clusterOf already says so).
 */
class SparsePairCounts implements ClusterCounts {
  private readonly starts: Int32Array;
  /** How many distinct neighbours each item has (they are the first of its slice of `neighbours`). */
  private readonly degrees: Int32Array;
  private readonly neighbours: Int32Array;
  private readonly rows = new Map<number, Map<number, number>>();

  constructor(count: number, pairs: PairSource, private readonly clusterOf: readonly number[]) {
    const starts = new Int32Array(count + 1);
    pairs((a, b) => {
      if (a === b) return;
      starts[a + 1]++;
      starts[b + 1]++;
    });
    for (let i = 0; i < count; i++) starts[i + 1] += starts[i];
    const neighbours = new Int32Array(starts[count]);
    const filled = starts.slice(0, count);
    pairs((a, b) => {
      if (a === b) return;
      neighbours[filled[a]++] = b;
      neighbours[filled[b]++] = a;
    });
    // Sorted, with repeats of a pair counted once.
    const degrees = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const slice = neighbours.subarray(starts[i], starts[i + 1]).sort();
      let distinct = 0;
      for (let k = 0; k < slice.length; k++) if (k === 0 || slice[k] !== slice[k - 1]) slice[distinct++] = slice[k];
      degrees[i] = distinct;
    }
    this.starts = starts;
    this.degrees = degrees;
    this.neighbours = neighbours;
  }

  has(a: number, b: number): boolean {
    const { neighbours } = this;
    let low = this.starts[a];
    let high = low + this.degrees[a];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (neighbours[mid] < b) low = mid + 1;
      else high = mid;
    }
    return low < this.starts[a] + this.degrees[a] && neighbours[low] === b;
  }

  between(x: number, y: number): number {
    const row = this.rows.get(x);
    if (row) return row.get(y) ?? 0;
    const other = this.rows.get(y);
    if (other) return other.get(x) ?? 0;
    // Two clusters of one item each: the item is the cluster.
    return this.has(x, y) ? 1 : 0;
  }

  merge(keep: number, drop: number): void {
    const kept = this.rowOf(keep);
    const dropped = this.rowOf(drop);
    this.rows.delete(drop);
    kept.delete(drop);
    for (const [other, n] of dropped) {
      if (other === keep) continue;
      kept.set(other, (kept.get(other) ?? 0) + n);
      // A cluster of one item reads its count from this one's row.
      const row = this.rows.get(other);
      if (!row) continue;
      row.delete(drop);
      row.set(keep, (row.get(keep) ?? 0) + n);
    }
    this.rows.set(keep, kept);
  }

  /** A cluster's counts; for a single item, made from its neighbours' clusters (its own cluster left out). */
  private rowOf(cluster: number): Map<number, number> {
    const row = this.rows.get(cluster);
    if (row) return row;
    const made = new Map<number, number>();
    const own = this.clusterOf[cluster];
    for (let k = this.starts[cluster]; k < this.starts[cluster] + this.degrees[cluster]; k++) {
      const other = this.clusterOf[this.neighbours[k]];
      if (other !== own) made.set(other, (made.get(other) ?? 0) + 1);
    }
    return made;
  }
}
