// Word-level difference between two renderings of one quote, for hovers ("in the cards" → "on the
// cards"). Case and typographic quote marks are not differences a reader cares about.
import { diffWords } from 'diff';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

const foldMarks = (s: string) => s.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"');

/** Parts that turn `a` into `b`: common parts (neither flag), `removed` from a, `added` in b. */
export function wordingDiff(a: string, b: string): DiffPart[] {
  try {
    return diffWords(foldMarks(a), foldMarks(b), { ignoreCase: true }).map((c) => ({
      value: c.value,
      added: c.added,
      removed: c.removed,
    }));
  } catch {
    // The diff library is not ours: never let it take a hover down.
    return [
      { value: a, added: false, removed: true },
      { value: b, added: true, removed: false },
    ];
  }
}
