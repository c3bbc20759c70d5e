// Stage 2: pair opening and closing marks inside each paragraph. One stack per paragraph keeps a mark
// that is never closed from swallowing text beyond its paragraph, and keeps the work linear: a closer
// only searches the stack when a mark of its family is open, and everything it passes over is popped.
import type { Span } from '../model';
import { scanMarks, type Mark, type MarkFamily } from './01-scan';

export interface PairedQuote extends Span {
  /** Where the opening mark is (quote.start - 1 for a one-character mark, - 2 for a doubled one). */
  openAt: number;
  /** The closing mark's index, or -1 when no mark closes the quote (it runs on into the next paragraph, or was left unclosed). */
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
    // For each stacked mark, the stack index of the nearest open mark of its family below it (-1: none).
    const belowSame: number[] = [];
    const topOf: Record<MarkFamily, number> = { double: -1, single: -1, guillemet: -1, 'single-guillemet': -1 };
    // Open marks whose quote ended, unclosed, where the next quote of their family opened (see below).
    const cutShort = new Map<Mark, number>();

    for (const mark of scanMarks(text, start, end)) {
      const closes = mark.role === 'close' || (mark.role === 'either' && openCount[mark.family] > 0);
      if (closes) {
        if (openCount[mark.family] === 0) continue; // a stray closing mark: no quote
        let k = stack.length - 1;
        while (stack[k].family !== mark.family) k--;
        const opened = stack[k];
        // A sentence ended, then a new quote of the same family opened: the writer left the earlier
        // quote unclosed (“… a great day.  “Next sentence…”). Nesting alternates families, so a
        // same-family mark still open below is that unclosed quote, ending where this one opens. It is
        // kept only if no later mark closes it (see the end of the paragraph).
        const below = belowSame[k];
        if (below >= 0) {
          const cut = sentenceEndBefore(text, opened.at, stack[below]);
          if (cut > 0) cutShort.set(stack[below], cut);
        }
        // Marks left open above the closed one were not quotes (what they held still is: it was emitted).
        for (let j = stack.length - 1; j >= k; j--) {
          openCount[stack[j].family]--;
          topOf[stack[j].family] = belowSame[j];
        }
        stack.length = k;
        belowSame.length = k;
        const q = quoteBetween(text, opened, mark.at, p);
        if (q) out.push(q);
      } else if (mark.role === 'open' || mark.role === 'either') {
        belowSame.push(topOf[mark.family]);
        topOf[mark.family] = stack.length;
        stack.push(mark);
        openCount[mark.family]++;
      }
    }
    for (const open of stack) {
      const cut = cutShort.get(open);
      const q = cut === undefined || !plainlyUnclosed(text, open, cut) ? undefined : quoteBetween(text, open, cut, p);
      if (q) out.push({ ...q, closeAt: -1 });
    }
    if (!stack.length) continue;
    const next = paragraphs[p + 1];
    if (next && !cutShort.has(stack[0]) && opensWith(text, next, stack[0].family)) {
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

/**
 * Where an unclosed quote opened at `open` ends if it ends just before `nextOpenAt`: after the
 * sentence-final punctuation that precedes that mark (spaces between skipped), or -1 when no sentence
 * ends there (then the marks are more likely misnested than unclosed).
 */
function sentenceEndBefore(text: string, nextOpenAt: number, open: Mark): number {
  let i = nextOpenAt;
  while (i > open.at + 1 && /\s/.test(text[i - 1])) i--;
  if (i === nextOpenAt) return -1; // "…end."“Next" typed without a space reads as a closer, not a new quote
  return /[.!?…]/.test(text[i - 1]) ? i : -1;
}

// An unclosed quote is a few sentences at most; longer spans are not checked (and keeps the check linear).
const MAX_UNCLOSED = 1500;

/**
 * Whether an open mark left without a closer reads as a quote the writer forgot to close: an opening
 * shape (a closing shape used to open is more likely a closer typed without its space), and no other
 * mark inside, since a closer typed after a space (“… ‘x,’ ” he said) is not seen as one and would
 * otherwise run the quote on over the narration.
 */
function plainlyUnclosed(text: string, open: Mark, cut: number): boolean {
  if (/[”’»›]/.test(text[open.at]) || cut - open.at > MAX_UNCLOSED) return false;
  return scanMarks(text, open.at + (open.width ?? 1), cut).length === 0;
}

function opensWith(text: string, para: Span, family: MarkFamily): boolean {
  const first = scanMarks(text, para.start, Math.min(para.end, para.start + 2))[0];
  return first !== undefined && first.at === para.start && first.family === family && first.role !== 'close';
}
