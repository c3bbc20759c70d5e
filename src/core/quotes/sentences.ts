// Sentences of a paragraph as seen with its quotes blanked out, so that the words inside a quote are
// never read as attribution and a full stop inside a quote does not end the sentence around it.
import type { Span } from '../model';

/** Stands in for every character of a quote, marks included. */
export const MASK = '\u2063';

/** The paragraph's text with each quote (marks included) replaced by MASK; offsets unchanged. */
export function maskQuotes(text: string, para: Span, quotes: Span[]): string {
  let out = '';
  let at = para.start;
  for (const q of quotes) {
    const from = Math.max(at, q.start - 1);
    const to = Math.min(para.end, q.end + 1);
    if (to <= from) continue;
    out += text.slice(at, from) + MASK.repeat(to - from);
    at = to;
  }
  return out + text.slice(at, para.end);
}

const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|capt|sgt|prof|rev|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|inc|corp|co|ltd|jr|sr|[a-z]|[a-z](?:\.[a-z])+)$/i;

/**
 * Sentence spans (relative to the masked paragraph). A sentence ends at . ! or ? followed by a space and
 * a capital or a quote, unless the word before is an abbreviation ("Mr.", "U.S.", "Dec."). A quote whose
 * own text ends a sentence ("…now.” The …") ends the sentence around it too.
 */
export function sentenceSpans(masked: string, quoteEndsSentence: (maskEnd: number) => boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = masked.length;
  for (let i = 0; i < n; i++) {
    const c = masked[i];
    let endsHere = false;
    if (c === '.' || c === '!' || c === '?') endsHere = !ABBREVIATION.test(masked.slice(Math.max(start, i - 12), i)) || c !== '.';
    else if (c === MASK && (i + 1 === n || masked[i + 1] !== MASK)) endsHere = quoteEndsSentence(i + 1);
    if (!endsHere) continue;
    let j = i + 1;
    while (j < n && (masked[j] === '.' || masked[j] === ')' || masked[j] === '!' || masked[j] === '?')) j++;
    let k = j;
    while (k < n && /\s/.test(masked[k])) k++;
    if (k === n || (k > j && /[\p{Lu}\d“"‘'«„\u2063]/u.test(masked[k]))) {
      spans.push({ start, end: j });
      start = k;
      i = k - 1;
    }
  }
  if (start < n) spans.push({ start, end: n });
  return spans;
}
