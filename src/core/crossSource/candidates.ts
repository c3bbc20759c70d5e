// Which pairs of sentences are worth aligning. Comparing every sentence with every other is quadratic
// in the corpus; instead each sentence is indexed by its content words, and a sentence looks up only
// its rarest words (prefix filtering): two sentences that share at least `required` words must share
// one of the rarest `size - required + 1` words of the smaller one. Words found in a large part of the
// corpus are not indexed at all: sharing "people" or "country" says nothing about one utterance.

/** How many distinct content words a pair must share for a link to be possible at all. */
export function requiredShared(size: number): number {
  return Math.min(size, 3);
}

export interface CandidateOptions {
  /** A word in more sentences than this is too common to propose a pair (it still counts when aligned). */
  maxPostings: number;
}

/**
 * Pairs [i, j] (i < j) of sets that share at least requiredShared(min size) words, found through an
 * inverted index, in ascending order. `skip(i, j)` excludes pairs before any counting (e.g. sentences
 * of one quote).
 */
export function candidatePairs(sets: readonly ReadonlySet<string>[], options: CandidateOptions, skip: (i: number, j: number) => boolean): [number, number][] {
  const n = sets.length;
  return Array.from(candidatePairKeys(sets, options, skip), (key): [number, number] => [Math.floor(key / n), key % n]);
}

/**
 * candidatePairs as numbers, i × sets.length + j, ascending: a story whose outlets repeat a sentence
 * hundreds of times has hundreds of thousands of pairs, and a number weighs a sixth of a pair array.
 */
export function candidatePairKeys(sets: readonly ReadonlySet<string>[], options: CandidateOptions, skip: (i: number, j: number) => boolean): Float64Array {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const usable = (w: string) => (frequency.get(w) ?? 0) <= options.maxPostings;

  // Sets with the same words (a sentence reprinted word for word by many outlets) are probed once,
  // as one kind; each pair of kinds found then stands for every pair of their sets.
  const { kinds, members } = kindsOf(sets);
  const postings = new Map<string, number[]>();
  kinds.forEach((set, k) => {
    for (const w of set) {
      if (!usable(w)) continue;
      const list = postings.get(w);
      if (list) list.push(k);
      else postings.set(w, [k]);
    }
  });

  const n = sets.length;
  const out: number[] = [];
  const everyPair = (x: number, y: number) => {
    for (const i of members[x]) for (const j of members[y]) if ((x !== y || i < j) && !skip(Math.min(i, j), Math.max(i, j))) out.push(i < j ? i * n + j : j * n + i);
  };
  const seen = new Set<number>();
  kinds.forEach((set, k) => {
    // Rarest first; ties broken by the word so the order is the same for every sentence.
    const ordered = [...set].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    const prefix = ordered.length - requiredShared(ordered.length) + 1;
    // Sets of one kind share all their words: they pair up when their rarest word may propose pairs at all.
    if (members[k].length > 1 && ordered.length > 0 && usable(ordered[0])) everyPair(k, k);
    for (let p = 0; p < prefix && p < ordered.length; p++) {
      const w = ordered[p];
      if (!usable(w)) break; // the rest are commoner still
      for (const l of postings.get(w) ?? []) {
        // The smaller set of a pair probes (both probe when equal); the pair is kept once.
        if (l === k || kinds[l].size < set.size) continue;
        const [a, b] = k < l ? [k, l] : [l, k];
        const key = a * kinds.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        if (sharedCount(kinds[a], kinds[b]) >= requiredShared(Math.min(kinds[a].size, kinds[b].size))) everyPair(a, b);
      }
    }
  });
  return Float64Array.from(out).sort();
}

/** The distinct sets (by their words), and for each the indices of the sets that have exactly its words. */
function kindsOf(sets: readonly ReadonlySet<string>[]): { kinds: ReadonlySet<string>[]; members: number[][] } {
  const kindOf = new Map<string, number>();
  const kinds: ReadonlySet<string>[] = [];
  const members: number[][] = [];
  sets.forEach((set, i) => {
    const key = [...set].sort().join('\n');
    let k = kindOf.get(key);
    if (k === undefined) {
      k = kinds.length;
      kindOf.set(key, k);
      kinds.push(set);
      members.push([]);
    }
    members[k].push(i);
  });
  return { kinds, members };
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}
