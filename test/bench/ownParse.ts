// compromise's own parse, the benchmarks' baseline. Crosscheck's loadNlp gives compromise an indexed
// bulk matcher (src/core/nlp/indexedSweep.ts) through its plugin interface, and a process holds one
// compromise: once any analysis has run, nlp(text) would use it too. The baseline puts compromise's
// own matcher back for its call, so it measures compromise as published whatever ran before.
import type { Nlp } from '../../src/core/nlp/compromise';
import { originalBulkMatch } from '../../src/core/nlp/compromise';

interface MatchMethods {
  bulkMatch: unknown;
}

/** nlp(text) with compromise's own bulk matcher; answers the document's length. */
export function ownParse(nlp: Nlp, text: string): number {
  const one = (nlp as unknown as { world: () => { methods: { one: MatchMethods } } }).world().methods.one;
  const current = one.bulkMatch;
  const original = originalBulkMatch(nlp);
  if (original) one.bulkMatch = original;
  try {
    return nlp(text).length;
  } finally {
    one.bulkMatch = current;
  }
}
