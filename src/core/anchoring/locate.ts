// Finding a passage that was quoted somewhere else (a Hypothesis annotation made on the web page, a
// CSV row) in an article: the same cascade as re-anchoring (position, exact quote, context, bounded
// fuzzy match), plus one rule re-anchoring does not need: when the quote occurs more than once and
// the stored context does not clearly tell the copies apart, the answer is "ambiguous", never a guess.
import type { Span } from '../model';
import type { TextAnchor } from '../storage/model';
import { AMBIGUITY_MARGIN, contextSimilarity, reanchor } from './reanchor';

export type Located = ({ status: 'found' } & Span) | { status: 'ambiguous'; count: number } | { status: 'absent' };

/** A TextQuoteSelector (with an optional TextPositionSelector hint) as far as an outside tool gives one. */
export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Only a hint: positions from a web page do not count the same characters as the article file. */
  start?: number;
}

const MAX_COPIES = 200;
/** What the position hint is worth when the quote there is exact (context on both sides is worth 2). */
const HINT_WEIGHT = 1;

export function locateQuote(text: string, selector: QuoteSelector): Located {
  const exact = selector.exact;
  if (exact.trim().length === 0) return { status: 'absent' };
  const hint = selector.start !== undefined && Number.isInteger(selector.start) && selector.start >= 0 ? selector.start : -1;
  const anchor: TextAnchor = {
    exact,
    prefix: selector.prefix ?? '',
    suffix: selector.suffix ?? '',
    start: hint,
    end: hint < 0 ? -1 : hint + exact.length,
  };
  const copies: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && copies.length < MAX_COPIES; at = text.indexOf(exact, at + 1)) copies.push(at);
  if (copies.length === 1) return { status: 'found', start: copies[0], end: copies[0] + exact.length };
  if (copies.length > 1) {
    // Context decides; the position hint breaks a tie (alone it settles a choice only when no context is given).
    const scored = copies
      .map((start) => {
        const c = contextSimilarity(text, { start, end: start + exact.length }, anchor);
        return { start, score: c.prefix + c.suffix + (start === hint ? HINT_WEIGHT : 0) };
      })
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (best.score > 0 && best.score - second.score >= AMBIGUITY_MARGIN) return { status: 'found', start: best.start, end: best.start + exact.length };
    return { status: 'ambiguous', count: copies.length };
  }
  if (!anchor.prefix && !anchor.suffix) return { status: 'absent' };
  // No exact copy: a bounded fuzzy match that re-anchoring accepts (context on both sides, no near tie).
  const result = reanchor(text, { ...anchor, start: Math.max(0, hint), end: Math.max(0, hint) + exact.length });
  return result.status === 'orphan' ? { status: 'absent' } : { status: 'found', start: result.start, end: result.end };
}
