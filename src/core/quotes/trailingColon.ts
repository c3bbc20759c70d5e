// "Grant:" / "And here was the answer:": whether a clause ends with a colon, read from its end. The
// regular expression /:\s*$/ finds the same colon but scans the whole clause for one, and a
// sentence of many quotes asks it of ever longer clauses (quadratic in the sentence).

/** Where the colon `text` ends with sits (only white space after it), or -1 when it does not end with one. */
export function trailingColonAt(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && text[i] === ':' ? i : -1;
}

/** `text` without the colon it ends with and the white space after it (as it is when there is none). */
export function withoutTrailingColon(text: string): string {
  const at = trailingColonAt(text);
  return at < 0 ? text : text.slice(0, at);
}
