// What is read from a stored file is capped: a sidecar or registry comes from whoever committed it,
// and an unbounded one could stall every extension on the host (re-anchoring cost grows with the
// context it is given) or overflow the stack when saved. Over a cap, the file is reported, not read.

/** Larger files are not parsed (the samples' sidecars are a few kilobytes; a busy story's registry well under 1 MB). */
export const MAX_STORED_FILE_CHARS = 16 * 1024 * 1024;
/** Objects and arrays nested deeper than this are refused (a valid sidecar nests 5 deep). */
export const MAX_NESTING_DEPTH = 64;
/** An annotation's passage may be this long at most (a long feature's longest paragraph is a few thousand). */
export const MAX_EXACT_LENGTH = 50_000;
/** Characters of prefix and suffix kept: anchors are written with 32, re-anchoring reads no more than this. */
export const MAX_CONTEXT_LENGTH = 64;

/**
 * How deeply arrays and objects nest in JSON text, counted in one pass without parsing (brackets
 * inside strings do not count). Stops counting once past `stopAt`.
 */
export function jsonNestingDepth(text: string, stopAt = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** A person's name in the trail (`createdBy`, `checked.by`…) is shortened to this many characters. */
export const MAX_AUTHOR_LENGTH = 200;
/** Earlier changes kept in an item's `alsoChangedBy` (the most recent ones): merges add one each. */
export const MAX_ALSO_CHANGED_BY = 20;
