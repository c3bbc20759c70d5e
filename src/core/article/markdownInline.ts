// Inline markdown removed from a line of text, in one left-to-right pass. These give exactly what
//   line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')          (links: "[Title](url)" → "Title")
//   line.replace(/(\*{1,2}|__?)(\S(?:.*?\S)?)\1/g, '$2')  (emphasis: "**Related:**" → "Related:")
// gave, without their cost: from every "[" or "*" that is never closed those patterns searched to the
// end of the line again, so a line of "*a " or "[a](" repeated took quadratic time. Here the next
// closing mark is found once, from the right, for every position.

/** The characters JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The characters `.` does not match (without the s flag). */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Links "[text](target)" replaced by their text, as `/\[([^\]]*)\]\([^)]*\)/g` → '$1' does. */
export function stripLinks(line: string): string {
  if (!line.includes('[')) return line;
  let out = '';
  let copied = 0;
  // The first "]" and ")" at or after the last place searched: each is searched for once per stretch.
  let bracket = -1;
  let paren = -1;
  for (let open = line.indexOf('['); open >= 0; open = line.indexOf('[', open + 1)) {
    if (bracket <= open) bracket = line.indexOf(']', open + 1);
    if (bracket < 0) break; // no "]" after here: no link anywhere further on
    if (line.charCodeAt(bracket + 1) !== 40 /* ( */) continue;
    if (paren < bracket + 2) paren = line.indexOf(')', bracket + 2);
    if (paren < 0) break; // no ")" after here either
    out += line.slice(copied, open) + line.slice(open + 1, bracket);
    copied = paren + 1;
    open = paren; // the next search starts after the link
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** For each position i, the first q ≥ i where a non-space character is followed by `mark` (Infinity if none). */
function closings(line: string, mark: string): Float64Array {
  const next = new Float64Array(line.length + 1).fill(Infinity);
  for (let i = line.length - 1; i >= 0; i--) {
    next[i] = !isSpace(line.charCodeAt(i)) && line.startsWith(mark, i + 1) ? i : next[i + 1];
  }
  return next;
}

/**
 * Emphasis markers removed, as `/(\*{1,2}|__?)(\S(?:.*?\S)?)\1/g` → '$2' does: from each marker (the
 * doubled one first), the content runs to the first non-space character followed by the same marker,
 * on the same line; a single character of content is the last resort.
 */
export function stripEmphasis(line: string): string {
  if (!line.includes('*') && !line.includes('_')) return line;
  const n = line.length;
  const lineEnd = new Float64Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) lineEnd[i] = isLineTerminator(line.charCodeAt(i)) ? i : lineEnd[i + 1];
  const close = new Map<string, Float64Array>();
  const closingsOf = (mark: string) => {
    let c = close.get(mark);
    if (!c) close.set(mark, (c = closings(line, mark)));
    return c;
  };
  /** Where the emphasis opened by `mark` at p ends (the index of its last content character), or -1. */
  const contentEnd = (p: number, mark: string): number => {
    const from = p + mark.length;
    if (from >= n || isSpace(line.charCodeAt(from))) return -1;
    const q = closingsOf(mark)[from + 1] ?? Infinity;
    if (q < lineEnd[from + 1]) return q;
    return line.startsWith(mark, from + 1) ? from : -1;
  };
  let out = '';
  let copied = 0;
  for (let p = 0; p < n; p++) {
    const c = line[p];
    if (c !== '*' && c !== '_') continue;
    const marks = line[p + 1] === c ? [c + c, c] : [c];
    for (const mark of marks) {
      const end = contentEnd(p, mark);
      if (end < 0) continue;
      out += line.slice(copied, p) + line.slice(p + mark.length, end + 1);
      copied = end + 1 + mark.length;
      p = copied - 1;
      break;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}
