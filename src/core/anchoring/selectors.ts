// Building the selector pair stored with every annotation: the W3C TextQuoteSelector (exact text
// plus 32 characters of context each side) and TextPositionSelector (start/end), in one object.
import type { Span } from '../model';
import type { TextAnchor } from '../storage/model';

export const CONTEXT_LENGTH = 32;

/** The anchor for text[start, end). Out-of-range or reversed offsets are clamped, never thrown. */
export function makeAnchor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): TextAnchor {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - contextLength), s),
    suffix: text.slice(e, e + contextLength),
    start: s,
    end: e,
  };
}

/** The anchor moved to `span` of the current text, with its quote and context taken from there. */
export function refreshAnchor(text: string, span: Span): TextAnchor {
  return makeAnchor(text, span.start, span.end);
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
