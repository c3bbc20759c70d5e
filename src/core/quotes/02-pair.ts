// Stage 2: pair opening and closing marks inside each paragraph. One stack per paragraph keeps a mark
// that is never closed from swallowing text beyond its paragraph, and keeps the work linear: a closer
// only searches the stack when a mark of its family is open, and everything it passes over is popped.
import type { Span } from '../model';
import { scanMarks, type Mark, type MarkFamily } from './01-scan';

export interface PairedQuote extends Span {
  /** Where the opening mark is (quote.start - 1 for a one-character mark). */
  openAt: number;
  /** The closing mark's index, or -1 when the quote runs on into the next paragraph. */
  closeAt: number;
  /** Index of the paragraph (in the list given) holding the quote. */
  paragraph: number;
}

interface Open {
  mark: Mark;
  /** Complete quotes nested inside this one; they surface only if this one is never closed. */
  inner: PairedQuote[];
}

/**
 * Quotes in the given paragraphs, outermost only (a quote inside a quote is part of the outer speech),
 * sorted by start. A paragraph whose quote is still open at its end, followed by a paragraph that opens
 * with a mark of the same family, is the first part of a multi-paragraph quote: its part runs to the end
 * of the paragraph.
 */
export function pairQuotes(text: string, paragraphs: Span[]): PairedQuote[] {
  const out: PairedQuote[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const stack: Open[] = [];
    const openCount: Record<MarkFamily, number> = { double: 0, single: 0, guillemet: 0, 'single-guillemet': 0 };
    const emit = (q: PairedQuote) => (stack.length ? stack[stack.length - 1].inner.push(q) : out.push(q));

    for (const mark of scanMarks(text, start, end)) {
      const closes = mark.role === 'close' || (mark.role === 'either' && openCount[mark.family] > 0);
      if (closes) {
        if (openCount[mark.family] === 0) continue; // a stray closing mark: no quote
        let k = stack.length - 1;
        while (stack[k].mark.family !== mark.family) k--;
        const opened = stack[k];
        for (let j = stack.length - 1; j >= k; j--) openCount[stack[j].mark.family]--;
        stack.length = k;
        const q = quoteBetween(text, opened.mark.at, mark.at, p);
        if (q) emit(q);
      } else if (mark.role === 'open' || mark.role === 'either') {
        stack.push({ mark, inner: [] });
        openCount[mark.family]++;
      }
    }
    if (!stack.length) continue;
    const bottom = stack[0];
    const next = paragraphs[p + 1];
    if (next && opensWith(text, next, bottom.mark.family)) {
      const part = quoteBetween(text, bottom.mark.at, end, p);
      if (part) out.push({ ...part, closeAt: -1 });
    } else {
      // The unclosed marks were not quotes; what they held still is. (A loop: spreading a huge list overflows the stack.)
      for (const open of stack) for (const q of open.inner) out.push(q);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function quoteBetween(text: string, openAt: number, closeAt: number, paragraph: number): PairedQuote | undefined {
  const start = openAt + 1;
  if (closeAt <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, closeAt))) return undefined;
  return { start, end: closeAt, openAt, closeAt, paragraph };
}

function opensWith(text: string, para: Span, family: MarkFamily): boolean {
  const first = scanMarks(text, para.start, Math.min(para.end, para.start + 2))[0];
  return first !== undefined && first.at === para.start && first.family === family && first.role !== 'close';
}
