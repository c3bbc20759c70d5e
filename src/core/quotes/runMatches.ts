// text.matchAll(pattern) in linear time for patterns that begin with a capitalised word
// (\p{Lu}[<word characters>]*): the engine tries such a pattern again from every capital inside a
// word ("A.A.A.A…", "McDONALD…"), and each try reads to the end of the word: quadratic. A start
// inside a word can only succeed where the word's first start failed if it does not need that word:
// its word ends at the same place and what follows is the same. So the word is tried once, and later
// starts inside it try only the rest of the pattern (the part after an optional leading word), if any.

export interface RunPattern {
  /** The whole pattern, sticky (y flag). */
  full: RegExp;
  /** Every position where the pattern can start, global (g flag); each match is one character (code point). */
  starts: RegExp;
  /** The word the pattern begins with, sticky: \p{Lu} then characters of the word class, greedily. */
  word: RegExp;
  /**
   * The pattern with its optional leading word left out (sticky, same groups, that group never
   * taking part); none when the leading word is not optional.
   */
  rest?: RegExp;
}

/** The matches text.matchAll would give for the global form of `p.full`, in order. */
export function* runMatches(text: string, p: RunPattern): Generator<RegExpExecArray> {
  let from = 0;
  // Starts before this index lie in a word whose leading-word try already failed.
  let wordFailedUntil = -1;
  while (from <= text.length) {
    p.starts.lastIndex = from;
    const start = p.starts.exec(text);
    if (!start) return;
    const at = start.index;
    p.word.lastIndex = at;
    const word = at >= wordFailedUntil ? p.word.exec(text) : null;
    const pattern = word ? p.full : p.rest;
    if (pattern) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m) {
        yield m;
        from = at + Math.max(1, m[0].length);
        continue;
      }
    }
    if (word) wordFailedUntil = at + word[0].length;
    from = at + start[0].length;
  }
}
