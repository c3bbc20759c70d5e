// Sentence spans of article prose, enough to quote a figure in context and to compare what two
// outlets say around it. Abbreviations ("Mr.", "U.S.", "Dec.") must not end a sentence.
import type { Span } from '../../model';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'approx', 'inc', 'co', 'corp', 'ltd',
]);

/** Sentences inside `within` (a paragraph), trimmed of surrounding whitespace. */
export function sentenceSpans(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  let start = within.start;
  // A terminator, optional closing marks, then whitespace, then something that can open a sentence.
  // (?<![.!?]): a run of stops ("!!!…") is tried once, from its first mark, not again from each mark in it.
  const re = /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  re.lastIndex = within.start;
  const slice = text.slice(0, within.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
      // "U.S." or "Dec." : an abbreviation, not a full stop; a single capital is an initial ("J. Smith").
      if (ABBREVIATIONS.has(word.toLowerCase()) || /\.\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(text, start, end, out);
    start = end;
  }
  push(text, start, within.end, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
