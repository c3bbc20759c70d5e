// Finding an annotation's passage again after the article changed. The order is Hypothesis's
// (position, exact quote, context, fuzzy), with the two safeguards its users asked for: a short
// quote is never matched fuzzily, and an ambiguous or context-less fuzzy match becomes an orphan
// instead of a guess (hypothesis/client#7571, h#2798).
//
// Invariant (checked by the property tests): the result is
//   'exact' | 'moved' → text.slice(start, end) === anchor.exact, and its context still stands
//                        around it (only the offsets changed): followed silently;
//   'relocated'       → text.slice(start, end) === anchor.exact, but neither side of its stored
//                        context is there any more (the passage went elsewhere, or a lookalike copy);
//   'fuzzy'           → the changed passage itself;
//   'orphan'          → start/end unchanged; the annotation is kept as it was.
// 'relocated' and 'fuzzy' are never accepted silently (needsConfirmation): a person confirms them
// ("moved — confirm?") before the stored anchor, and for 'fuzzy' its `exact`, follows the text.
// An exact copy elsewhere is never taken when the passage's own context is still there around
// different text: the passage was edited, and the copy is a lookalike.
import search from 'approx-string-match';
import type { Span } from '../model';
import type { TextAnchor } from '../storage/model';
import { MAX_CONTEXT_LENGTH } from '../storage/limits';
import { bestSubstringDistance, boundedEditDistance } from './distance';
import { refreshAnchor } from './selectors';

export type ReanchorStatus = 'exact' | 'moved' | 'relocated' | 'fuzzy' | 'orphan';

/** A re-anchor a person must confirm before the stored anchor follows it: the text changed, or only the quote survived. */
export function needsConfirmation(status: ReanchorStatus): status is 'relocated' | 'fuzzy' {
  return status === 'relocated' || status === 'fuzzy';
}

export interface ReanchorResult extends Span {
  status: ReanchorStatus;
}

/** Quotes shorter than this must match exactly (fuzzy matching is unreliable on short strings, h#2634). */
export const MIN_FUZZY_LENGTH = 20;
/** At most this share of a quote's characters may differ in a fuzzy match… */
export const MAX_ERROR_RATE = 0.1;
/**
 * …but where the passage's own context still stands verbatim on both sides (it was edited in place),
 * never fewer than one changed word allows: a word swapped for a longer one ("asked" → "questioned"
 * is 7 edits) left a 60-character passage orphaned at 10%. There, up to this many edits, and at most
 * WORD_CHANGE_RATE of the passage, are allowed whatever its length. The search over the whole text
 * keeps 10% (a wider one lands on lookalikes of deleted passages), and every fuzzy match is only
 * proposed ("moved — confirm?"), never taken silently.
 */
export const WORD_CHANGE_ERRORS = 12;
export const WORD_CHANGE_RATE = 0.25;
/** Each side of the context must be at least this similar for a fuzzy match. */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/** A fuzzy winner must beat the runner-up by this much (of a maximum score of 4), or it is a tie. */
export const AMBIGUITY_MARGIN = 0.5;
/** How many characters of context next to the passage must survive verbatim to count as "still framed". */
const FRAME_PROBE = 16;
/** Context score (of 2) a frame needs, and its lead over the best exact copy, to count as "edited in place". */
const FRAME_MIN_CONTEXT = 1.5;
const FRAME_MARGIN = 0.5;
const MAX_CANDIDATES = 500;
/**
 * Bounds that keep re-anchoring O(text length × a small constant) whatever a sidecar holds (it may be
 * hostile): the fuzzy search over the whole text only for passages up to this long (longer ones are
 * found exactly, or fuzzily where their own context still stands)…
 */
export const MAX_FUZZY_SEARCH_LENGTH = 2000;
/** …at most this many differing characters in any fuzzy match… */
export const MAX_FUZZY_ERRORS = 200;
/** …and at most this many approximate matches considered before ranking. */
const MAX_APPROXIMATE = 4 * MAX_CANDIDATES;

/** Edits allowed in a fuzzy match; `framed`: the passage's own context stands verbatim around it (edited in place). */
export function maxFuzzyErrors(quoteLength: number, framed = false): number {
  if (quoteLength < MIN_FUZZY_LENGTH) return 0;
  const share = Math.floor(quoteLength * MAX_ERROR_RATE);
  const oneWord = framed ? Math.min(WORD_CHANGE_ERRORS, Math.floor(quoteLength * WORD_CHANGE_RATE)) : 0;
  return Math.min(MAX_FUZZY_ERRORS, Math.max(oneWord, share));
}

/** Re-anchors after the text changed outside the editor (or on open): needs only the new text. */
export function reanchor(text: string, anchor: TextAnchor): ReanchorResult {
  const { exact } = anchor;
  if (exact.length === 0) return orphan(anchor);
  if (text.slice(anchor.start, anchor.end) === exact) return { status: 'exact', start: anchor.start, end: anchor.end };

  const frame = findFrame(text, anchor);
  const exactHits = exactOccurrences(text, anchor);
  if (exactHits.length > 0) {
    const best = rankByContext(text, anchor, exactHits)[0];
    // The passage's own context, clearly better kept than around any copy, frames different text:
    // the passage was edited there, so the copies elsewhere are lookalikes.
    if (frame) {
      const around = contextSimilarity(text, frame, anchor);
      const frameContext = around.prefix + around.suffix;
      if (frameContext >= FRAME_MIN_CONTEXT && frameContext - (best.context.prefix + best.context.suffix) >= FRAME_MARGIN) {
        return fuzzyAtFrame(text, anchor, frame);
      }
    }
    // Same words, but nothing of the old surroundings on either side: moved far, or a lookalike.
    // (An anchor stored without any context gives nothing to contradict: its words decide, as before.)
    const noContext = anchor.prefix.length === 0 && anchor.suffix.length === 0;
    const framed = noContext || best.context.prefix >= MIN_CONTEXT_SIMILARITY || best.context.suffix >= MIN_CONTEXT_SIMILARITY;
    return { status: framed ? 'moved' : 'relocated', start: best.start, end: best.end };
  }
  return fuzzySearch(text, anchor, frame);
}

/**
 * After the editor's own edits touched the passage (applyEdits marked it dirty): the tracked span is
 * known, so only its text is checked — unchanged → 'exact', lightly edited → 'fuzzy', else 'orphan'.
 */
export function settleEdited(text: string, anchor: TextAnchor): ReanchorResult {
  const start = Math.max(0, Math.min(anchor.start, text.length));
  const end = Math.max(start, Math.min(anchor.end, text.length));
  const now = text.slice(start, end);
  if (now === anchor.exact) return { status: 'exact', start, end };
  const limit = maxFuzzyErrors(anchor.exact.length);
  if (limit > 0 && now.trim().length > 0 && boundedEditDistance(now, anchor.exact, limit) <= limit) return { status: 'fuzzy', start, end };
  return orphan(anchor);
}

/**
 * The anchor to store after re-anchoring: an orphan, and a re-anchor that waits for a person's
 * confirmation, keep everything as it was; otherwise context and position are taken from the
 * current text (the quote is the same). `confirmedAnchor` is what a person's confirmation stores.
 */
export function anchorAfter(text: string, anchor: TextAnchor, result: ReanchorResult): TextAnchor {
  if (result.status === 'orphan' || needsConfirmation(result.status)) return anchor;
  return confirmedAnchor(text, anchor, result);
}

/** The anchor moved to `span` of the current text, quote included: what "Confirm" stores (exact becomes the text there). */
export function confirmedAnchor(text: string, anchor: TextAnchor, span: Span): TextAnchor {
  const next = refreshAnchor(text, span);
  const unchanged = next.start === anchor.start && next.end === anchor.end && next.exact === anchor.exact && next.prefix === anchor.prefix && next.suffix === anchor.suffix;
  return unchanged ? anchor : { ...anchor, ...next };
}

interface Candidate extends Span {
  errors: number;
}

interface Ranked extends Candidate {
  context: { prefix: number; suffix: number };
  score: number;
}

function orphan(anchor: TextAnchor): ReanchorResult {
  return { status: 'orphan', start: anchor.start, end: anchor.end };
}

function exactOccurrences(text: string, anchor: TextAnchor): Candidate[] {
  const hits: Candidate[] = [];
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    hits.push({ start: at, end: at + anchor.exact.length, errors: 0 });
  }
  // With very many copies keep the ones nearest the old position (the rest cannot win on context anyway).
  if (hits.length > MAX_CANDIDATES) {
    hits.sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start));
    hits.length = MAX_CANDIDATES;
  }
  return hits;
}

/**
 * How many candidates get the full context comparison (an edit-distance alignment of each side):
 * the rest are dropped after a cheap pre-ranking, so a sidecar of many short, ambiguous anchors
 * (a hostile one: thousands of notes on "the") costs a few comparisons per anchor, not hundreds.
 */
const FULLY_RANKED = 16;
/** Length of the character grams the cheap pre-ranking compares. */
const GRAM = 4;

/** Best first: context similarity, then quote similarity, then nearness to the old position. */
function rankByContext(text: string, anchor: TextAnchor, candidates: Candidate[]): Ranked[] {
  const length = Math.max(1, anchor.exact.length);
  return preRanked(text, anchor, candidates)
    .map((c) => {
      const context = contextSimilarity(text, c, anchor);
      return { ...c, context, score: 2 * (1 - c.errors / length) + context.prefix + context.suffix };
    })
    .sort((a, b) => b.score - a.score || Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start));
}

/**
 * The FULLY_RANKED most promising candidates when there are more: by the share of the stored
 * context's character grams found around each (robust to small edits next to the passage, O(context)
 * per candidate), plus quote similarity as in the full score; ties keep the nearest to the old position.
 */
function preRanked(text: string, anchor: TextAnchor, candidates: Candidate[]): Candidate[] {
  if (candidates.length <= FULLY_RANKED) return candidates;
  const prefix = anchor.prefix.slice(-MAX_CONTEXT_LENGTH);
  const suffix = anchor.suffix.slice(0, MAX_CONTEXT_LENGTH);
  const prefixGrams = gramsOf(prefix);
  const suffixGrams = gramsOf(suffix);
  const length = Math.max(1, anchor.exact.length);
  const scored = candidates.map((c) => ({
    c,
    score:
      2 * (1 - c.errors / length) +
      sharedShare(prefixGrams, text.slice(Math.max(0, c.start - windowFor(prefix)), c.start)) +
      sharedShare(suffixGrams, text.slice(c.end, c.end + windowFor(suffix))),
  }));
  scored.sort((a, b) => b.score - a.score || Math.abs(a.c.start - anchor.start) - Math.abs(b.c.start - anchor.start));
  return scored.slice(0, FULLY_RANKED).map((s) => s.c);
}

function gramsOf(s: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + GRAM <= s.length; i++) grams.add(s.slice(i, i + GRAM));
  return grams;
}

/** The share of `stored` grams that occur in `window` (0..1; 0 when there is nothing to compare). */
function sharedShare(stored: Set<string>, window: string): number {
  if (stored.size === 0) return 0;
  const found = new Set<string>();
  for (let i = 0; i + GRAM <= window.length; i++) {
    const gram = window.slice(i, i + GRAM);
    if (stored.has(gram)) found.add(gram);
  }
  return found.size / stored.size;
}

/** How well the text around `span` matches the stored prefix and suffix (each 0..1). */
export function contextSimilarity(text: string, span: Span, anchor: TextAnchor): { prefix: number; suffix: number } {
  // Only the context nearest the passage counts (a longer one would make each comparison slower).
  const prefix = anchor.prefix.slice(-MAX_CONTEXT_LENGTH);
  const suffix = anchor.suffix.slice(0, MAX_CONTEXT_LENGTH);
  return {
    prefix: sideSimilarity(prefix, span.start === 0, () => text.slice(Math.max(0, span.start - windowFor(prefix)), span.start)),
    suffix: sideSimilarity(suffix, span.end === text.length, () => text.slice(span.end, span.end + windowFor(suffix))),
  };
}

function windowFor(context: string): number {
  return context.length + Math.ceil(context.length / 4) + 2;
}

function sideSimilarity(stored: string, atTextEdge: boolean, around: () => string): number {
  // No stored context means the passage was at the start/end of the text. Elsewhere there is nothing
  // to compare, which is no evidence at all (a neutral score here let fuzzy matches land on copies).
  if (stored.length === 0) return atTextEdge ? 1 : 0;
  const window = around();
  if (window.length === 0) return 0;
  const errors = bestSubstringDistance(window, stored);
  return Math.max(0, 1 - errors / stored.length);
}

/**
 * Where the passage's nearest context still stands verbatim on both sides (the closest such pair to
 * the old position): evidence of where the passage was, even if its own text changed.
 */
function findFrame(text: string, anchor: TextAnchor): Span | undefined {
  const before = anchor.prefix.slice(-FRAME_PROBE);
  const after = anchor.suffix.slice(0, FRAME_PROBE);
  // Shorter context (a passage at the very start or end of the text) is too weak to prove an edit.
  if (before.length < FRAME_PROBE || after.length < FRAME_PROBE) return undefined;
  const maxGap = anchor.exact.length * 2 + FRAME_PROBE;
  let best: Span | undefined;
  let seen = 0;
  for (let at = text.indexOf(before); at !== -1 && seen < MAX_CANDIDATES; at = text.indexOf(before, at + 1), seen++) {
    const start = at + before.length;
    // Looked for within the gap only, so each probe costs O(gap), not O(text).
    const within = text.slice(start, start + maxGap + after.length).indexOf(after);
    const next = within === -1 ? -1 : start + within;
    if (next === -1 || next - start > maxGap) continue;
    if (text.slice(start, next).includes(anchor.exact)) continue; // the quote is still there: not an edit of it
    if (!best || Math.abs(start - anchor.start) < Math.abs(best.start - anchor.start)) best = { start, end: next };
  }
  return best;
}

function fuzzyAtFrame(text: string, anchor: TextAnchor, frame: Span): ReanchorResult {
  const limit = maxFuzzyErrors(anchor.exact.length, true);
  const now = text.slice(frame.start, frame.end);
  if (limit > 0 && now.trim().length > 0 && boundedEditDistance(now, anchor.exact, limit) <= limit) return { status: 'fuzzy', ...frame };
  return orphan(anchor);
}

function fuzzySearch(text: string, anchor: TextAnchor, frame: Span | undefined): ReanchorResult {
  const limit = maxFuzzyErrors(anchor.exact.length);
  if (limit === 0) return orphan(anchor);
  const candidates = anchor.exact.length <= MAX_FUZZY_SEARCH_LENGTH ? approximateCandidates(text, anchor.exact, limit) : [];
  if (frame) {
    const framedLimit = maxFuzzyErrors(anchor.exact.length, true);
    const errors = boundedEditDistance(text.slice(frame.start, frame.end), anchor.exact, framedLimit);
    if (errors <= framedLimit && frame.end > frame.start) candidates.push({ ...frame, errors });
  }
  const ranked = rankByContext(text, anchor, distinctLocations(candidates));
  const [best, runnerUp] = ranked;
  if (!best) return orphan(anchor);
  if (best.context.prefix < MIN_CONTEXT_SIMILARITY || best.context.suffix < MIN_CONTEXT_SIMILARITY) return orphan(anchor);
  if (runnerUp && best.score - runnerUp.score < AMBIGUITY_MARGIN) return orphan(anchor);
  if (text.slice(best.start, best.end).trim().length === 0) return orphan(anchor);
  return { status: 'fuzzy', start: best.start, end: best.end };
}

/**
 * Lowest-cost approximate matches, then the next-lowest after masking those (so a near-tie is seen
 * and can be refused as ambiguous, which the matcher alone would hide).
 */
function approximateCandidates(text: string, pattern: string, limit: number): Candidate[] {
  const first = search(text, pattern, limit).map((m) => ({ start: m.start, end: m.end, errors: m.errors }));
  if (first.length === 0) return [];
  const masked = maskSpans(text, first);
  const second = search(masked, pattern, limit).map((m) => ({ start: m.start, end: m.end, errors: m.errors }));
  return [...first, ...second];
}

function maskSpans(text: string, spans: Span[]): string {
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = '\u0000';
  return chars.join('');
}

/** One candidate per place: overlapping matches are the same passage; keep the fewest errors. */
function distinctLocations(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.errors - b.errors || a.start - b.start).slice(0, MAX_APPROXIMATE);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    if (kept.length >= MAX_CANDIDATES) break;
  }
  return kept;
}
