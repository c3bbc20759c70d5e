// Word-level difference between two renderings of one quote, for hovers ("in the cards" → "on the
// cards"). Case, typographic quote marks and spacing are not differences a reader cares about.
import { diffArrays } from 'diff';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

// A word (with inner apostrophes and hyphens) or one punctuation mark, each with the spaces after it.
const TOKEN = /^\s+|[\p{L}\p{M}\p{N}'’_-]+\s*|[^\s\p{L}\p{M}\p{N}]\s*/gu;

const fold = (token: string) =>
  token
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"');

/**
 * Parts that turn `a` into `b`: `removed` parts are a's own text, `added` and common parts are b's,
 * so the common and added parts spell `b` exactly.
 */
export function wordingDiff(a: string, b: string): DiffPart[] {
  const ta = a.match(TOKEN) ?? [];
  const tb = b.match(TOKEN) ?? [];
  let changes;
  try {
    changes = diffArrays(ta, tb, { comparator: (x, y) => fold(x) === fold(y) });
  } catch {
    // The diff library is not ours: never let it take a hover down.
    return [
      ...(a ? [{ value: a, added: false, removed: true }] : []),
      ...(b ? [{ value: b, added: true, removed: false }] : []),
    ];
  }
  const parts: DiffPart[] = [];
  let ib = 0;
  for (const c of changes) {
    const n = c.value.length;
    // Common runs are reported from a's side by diffArrays; take b's tokens so b is spelt exactly.
    const value = c.removed ? c.value.join('') : tb.slice(ib, ib + n).join('');
    if (!c.removed) ib += n;
    if (value) parts.push({ value, added: c.added, removed: c.removed });
  }
  return tidySpaces(parts);
}

/** "-[in]+[on] the", not "-[in ]+[on ]the": spaces after a change belong to the common text. */
function tidySpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = { ...parts[i] };
    const next = parts[i + 1];
    // (?<!\s): the trailing run is read once from its start, not again from every space inside it.
    const space = /(?<!\s)\s+$/.exec(p.value)?.[0] ?? '';
    if (space && p.removed && p.value.trim()) p.value = p.value.slice(0, -space.length);
    else if (space && p.added && p.value.trim() && next && !next.added && !next.removed) {
      p.value = p.value.slice(0, -space.length);
      parts[i + 1] = { ...next, value: space + next.value };
    }
    out.push(p);
  }
  return out;
}
