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
    // Folding keeps lengths, so each part is cut back out of the original strings: the reader sees
    // the outlet's own marks. Common parts come from b, as the diff library reports them.
    const fa = foldMarks(a);
    const fb = foldMarks(b);
    const changes = diffWords(fa, fb, { ignoreCase: true });
    const side = (skip: 'added' | 'removed') => changes.filter((c) => !c[skip]).map((c) => c.value).join('');
    // When whitespace differs the library's common parts are not exact slices: keep its values then.
    if (side('added') !== fa || side('removed') !== fb) return changes.map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
    let ia = 0;
    let ib = 0;
    return changes.map((c) => {
      const n = c.value.length;
      let value: string;
      if (c.removed) {
        value = a.slice(ia, ia + n);
        ia += n;
      } else if (c.added) {
        value = b.slice(ib, ib + n);
        ib += n;
      } else {
        value = b.slice(ib, ib + n);
        ia += n;
        ib += n;
      }
      return { value, added: c.added, removed: c.removed };
    });
  } catch {
    // The diff library is not ours: never let it take a hover down.
    return [
      { value: a, added: false, removed: true },
      { value: b, added: true, removed: false },
    ];
  }
}
