// Offsets to line/character positions for a text that may not be open in an editor: one index of
// line starts built once, then a binary search per offset (scanning from the text's start for
// every position was quadratic in a large article's warnings).

/** The offset where each line starts: \r\n, \n and a lone \r each end a line, as in VS Code's model. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The zero-based line and character of an offset (clamped to the text), given the text's line starts. */
export function lineAndCharacter(starts: readonly number[], textLength: number, offset: number): { line: number; character: number } {
  const stop = Math.max(0, Math.min(offset, textLength));
  let lo = 0;
  let hi = starts.length - 1;
  // The last line that starts at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= stop) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: stop - starts[lo] };
}
