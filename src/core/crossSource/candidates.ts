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
 * inverted index. `skip(i, j)` excludes pairs before any counting (e.g. sentences of one quote).
 */
export function candidatePairs(sets: readonly ReadonlySet<string>[], options: CandidateOptions, skip: (i: number, j: number) => boolean): [number, number][] {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const usable = (w: string) => (frequency.get(w) ?? 0) <= options.maxPostings;

  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const w of set) {
      if (!usable(w)) continue;
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });

  const out: [number, number][] = [];
  const seen = new Set<number>();
  sets.forEach((set, i) => {
    // Rarest first; ties broken by the word so the order is the same for every sentence.
    const ordered = [...set].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    const prefix = ordered.length - requiredShared(ordered.length) + 1;
    for (let k = 0; k < prefix && k < ordered.length; k++) {
      const w = ordered[k];
      if (!usable(w)) break; // the rest are commoner still
      for (const j of postings.get(w) ?? []) {
        // The smaller set of a pair probes (both probe when equal); the pair is kept once.
        if (j === i || sets[j].size < set.size) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const key = a * sets.length + b;
        if (seen.has(key) || skip(a, b)) continue;
        seen.add(key);
        if (sharedCount(sets[a], sets[b]) >= requiredShared(Math.min(sets[a].size, sets[b].size))) out.push([a, b]);
      }
    }
  });
  return out;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}
