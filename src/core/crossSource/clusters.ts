// Average-linkage clustering over a sparse link graph. Connected components chain: A matches B, B
// matches C, and A and C (two different sentences that share a fragment with B) end up together.
// Here two clusters merge only when most pairs between them are linked, strongest links first, so a
// member that matches only one side of a cluster cannot pull the other side in.

export interface Link {
  a: number;
  b: number;
  /** Higher merges earlier. */
  strength: number;
}

/**
 * Clusters `count` items. `counts(i, j)` says whether the pair i–j takes part in the linkage average
 * (pairs that were never comparable, such as two sentences of one quote, can be left out or counted
 * as unlinked); two clusters holding a pair that `forbidden(i, j)` names never merge. Returns the
 * clusters of two or more items.
 */
export function averageLinkage(
  count: number,
  links: readonly Link[],
  minShare: number,
  counts: (i: number, j: number) => boolean,
  forbidden: (i: number, j: number) => boolean = () => false,
): number[][] {
  const members = Array.from({ length: count }, (_, i) => [i]);
  const clusterOf = Array.from({ length: count }, (_, i) => i);
  const linked = new Set<number>();
  for (const { a, b } of links) linked.add(pairKey(a, b, count));

  const sorted = [...links].sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  for (const { a, b } of sorted) {
    const ca = clusterOf[a];
    const cb = clusterOf[b];
    if (ca === cb) continue;
    let pairs = 0;
    let hits = 0;
    let blocked = false;
    for (const i of members[ca]) {
      for (const j of members[cb]) {
        if (forbidden(i, j)) blocked = true;
        if (!counts(i, j)) continue;
        pairs++;
        if (linked.has(pairKey(i, j, count))) hits++;
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

function pairKey(i: number, j: number, count: number): number {
  return i < j ? i * count + j : j * count + i;
}
