// Stage 2: pair opening and closing marks inside each paragraph. One stack per paragraph keeps a mark
// that is never closed from swallowing text beyond its paragraph, and keeps the work linear: a closer
// only searches the stack when a mark of its family is open, and everything it passes over is popped.
import type { Span } from '../model';
import { scanMarks, type Mark, type MarkFamily } from './01-scan';

export interface PairedQuote extends Span {
  /** Where the opening mark is (quote.start - 1 for a one-character mark, - 2 for a doubled one). */
  openAt: number;
  /** The closing mark's index, or -1 when the quote runs on into the next paragraph. */
  closeAt: number;
  /** Index of the paragraph (in the list given) holding the quote. */
  paragraph: number;
  /** For a quote inside another ("He told me ‘never again’"): the enclosing quote's span. */
  nestedIn?: Span;
}

/**
 * Quotes in the given paragraphs, sorted by start. A quote inside a quote is reported too, with
 * `nestedIn` set to the quote that holds it (its words are the outer speaker's account of what someone
 * else said). A paragraph whose quote is still open at its end, followed by a paragraph that opens
 * with a mark of the same family, is the first part of a multi-paragraph quote: its part runs to the end
 * of the paragraph.
 */
export function pairQuotes(text: string, paragraphs: Span[]): PairedQuote[] {
  const out: PairedQuote[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const stack: Mark[] = [];
    const openCount: Record<MarkFamily, number> = { double: 0, single: 0, guillemet: 0, 'single-guillemet': 0 };

    for (const mark of scanMarks(text, start, end)) {
      const closes = mark.role === 'close' || (mark.role === 'either' && openCount[mark.family] > 0);
      if (closes) {
        if (openCount[mark.family] === 0) continue; // a stray closing mark: no quote
        let k = stack.length - 1;
        while (stack[k].family !== mark.family) k--;
        const opened = stack[k];
        // Marks left open above the closed one were not quotes (what they held still is: it was emitted).
        for (let j = stack.length - 1; j >= k; j--) openCount[stack[j].family]--;
        stack.length = k;
        const q = quoteBetween(text, opened, mark.at, p);
        if (q) out.push(q);
      } else if (mark.role === 'open' || mark.role === 'either') {
        stack.push(mark);
        openCount[mark.family]++;
      }
    }
    if (!stack.length) continue;
    const next = paragraphs[p + 1];
    if (next && opensWith(text, next, stack[0].family)) {
      const part = quoteBetween(text, stack[0], end, p);
      if (part) out.push({ ...part, closeAt: -1 });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return withNesting(out);
}

/**
 * Sets `nestedIn` from containment. Pairing comes from a stack, so two quotes are either disjoint or
 * one holds the other; sorted by start (the longer first), one pass with a stack finds each holder.
 */
function withNesting(sorted: PairedQuote[]): PairedQuote[] {
  const holders: PairedQuote[] = [];
  return sorted.map((q) => {
    while (holders.length && holders[holders.length - 1].end < q.end) holders.pop();
    const holder = holders[holders.length - 1];
    holders.push(q);
    return holder ? { ...q, nestedIn: { start: holder.start, end: holder.end } } : q;
  });
}

function quoteBetween(text: string, open: Mark, closeAt: number, paragraph: number): PairedQuote | undefined {
  const start = open.at + (open.width ?? 1);
  if (closeAt <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, closeAt))) return undefined;
  return { start, end: closeAt, openAt: open.at, closeAt, paragraph };
}

function opensWith(text: string, para: Span, family: MarkFamily): boolean {
  const first = scanMarks(text, para.start, Math.min(para.end, para.start + 2))[0];
  return first !== undefined && first.at === para.start && first.family === family && first.role !== 'close';
}
