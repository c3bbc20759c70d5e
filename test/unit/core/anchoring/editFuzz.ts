// Random edit sequences against one annotation, shared by the property test (500 cases in the unit
// run) and `npm run fuzz` (any number). Ground truth comes from tagging every original character
// with its index: the passage is intact iff all its characters survive, contiguous, with nothing
// inserted between them. Two flows are checked:
//   editor:   applyEdits with the change list, then settleEdited for dirty anchors;
//   external: reanchor(final text, original anchor), as after a git pull.
// lost  = an intact passage reported as an orphan (or an anchor missing from the output);
// wrong = a result pointing at text other than its quote ('exact'/'moved'/'relocated'), or a 'fuzzy' result
//         that is not on what is left of the original passage.
import fc from 'fast-check';
import { applyEdits, type TextChange } from '../../../../src/core/anchoring/applyEdits';
import { boundedEditDistance } from '../../../../src/core/anchoring/distance';
import { maxFuzzyErrors, reanchor, settleEdited, type ReanchorResult } from '../../../../src/core/anchoring/reanchor';
import { makeAnchor } from '../../../../src/core/anchoring/selectors';
import type { Span } from '../../../../src/core/model';

// Invented vocabulary with deliberate repeats of common words, so quotes recur and lookalikes happen.
const WORDS = [
  'the', 'the', 'the', 'a', 'of', 'to', 'and', 'in', 'said', 'said', 'council', 'harbour', 'levy', 'ferry',
  'mayor', 'Odile', 'Fenn', 'Marrow', 'Bay', 'Tuesday', 'boatyard', 'plan', 'season', 'summer', 'cut',
  'half', 'budget', 'inquiry', 'report', 'police', 'minister', '“quietly”', 'rose', 'fell', '42', '1,300',
  'per', 'cent', 'Zoë', 'Ørsted', '東京', '👋', 'will', 'would', 'not', 'never', 'again', 'spring',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '.\r\n', '\n\n', ' "', '" ', ' — '];

export interface EditSpec {
  kind: 'insert' | 'delete' | 'replace' | 'copy';
  near: boolean;
  /** Position as a fraction of the range it falls in. */
  at: number;
  length: number;
  words: number[];
  from: number;
}

export interface TrialInput {
  tokens: Array<[number, number]>;
  anchorFrom: number;
  anchorWords: number;
  edits: EditSpec[];
}

export const trialArbitrary: fc.Arbitrary<TrialInput> = fc.record({
  tokens: fc.array(fc.tuple(fc.nat(WORDS.length - 1), fc.nat(SEPARATORS.length - 1)), { minLength: 8, maxLength: 160 }),
  anchorFrom: fc.double({ min: 0, max: 1, noNaN: true }),
  anchorWords: fc.integer({ min: 1, max: 16 }),
  edits: fc.array(
    fc.record({
      kind: fc.constantFrom('insert', 'delete', 'replace', 'copy'),
      near: fc.boolean(),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 60 }),
      words: fc.array(fc.nat(WORDS.length - 1), { minLength: 1, maxLength: 6 }),
      from: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
}) as fc.Arbitrary<TrialInput>;

interface Char {
  c: string;
  /** Index in the original text, -1 for typed text; a copied character keeps its source's origin. */
  origin: number;
  /** False for copies: only original characters are the passage itself. */
  original: boolean;
}

export interface FlowOutcome {
  status: ReanchorResult['status'];
  lost: boolean;
  wrong: boolean;
  /** Points at an identical copy rather than the original passage (allowed, counted for the report). */
  copy: boolean;
}

export interface TrialOutcome {
  intact: boolean;
  editor: FlowOutcome;
  external: FlowOutcome;
  detail: string;
}

function buildText(tokens: Array<[number, number]>): { text: string; wordSpans: Span[] } {
  let text = '';
  const wordSpans: Span[] = [];
  tokens.forEach(([w, s], i) => {
    wordSpans.push({ start: text.length, end: text.length + WORDS[w].length });
    text += WORDS[w] + (i < tokens.length - 1 ? SEPARATORS[s] : '');
  });
  return { text, wordSpans };
}

function locate(chars: Char[], start: number, end: number): { first: number; last: number; count: number } {
  let first = -1;
  let last = -1;
  let count = 0;
  chars.forEach((ch, i) => {
    if (ch.original && ch.origin >= start && ch.origin < end) {
      if (first === -1) first = i;
      last = i;
      count++;
    }
  });
  return { first, last, count };
}

export function runTrial(input: TrialInput): TrialOutcome {
  const { text: original, wordSpans } = buildText(input.tokens);
  const fromWord = Math.min(wordSpans.length - 1, Math.floor(input.anchorFrom * wordSpans.length));
  const toWord = Math.min(wordSpans.length - 1, fromWord + input.anchorWords - 1);
  const anchor = makeAnchor(original, wordSpans[fromWord].start, wordSpans[toWord].end);

  let chars: Char[] = original.split('').map((c, origin) => ({ c, origin, original: true }));
  const changes: TextChange[] = [];
  for (const edit of input.edits) {
    let inserted: Char[] | undefined;
    const where = locate(chars, anchor.start, anchor.end);
    const focus = where.first === -1 ? Math.min(chars.length, anchor.start) : where.first;
    const span = where.first === -1 ? 0 : where.last - where.first + 1;
    const offset = edit.near
      ? clamp(Math.floor(focus - 40 + edit.at * (span + 80)), 0, chars.length)
      : Math.floor(edit.at * (chars.length + 1));
    const words = edit.words.map((w) => WORDS[w]).join(' ');
    let change: TextChange;
    if (edit.kind === 'insert') change = { offset, length: 0, text: (edit.at < 0.5 ? ' ' : '') + words };
    else if (edit.kind === 'delete') change = { offset, length: Math.min(edit.length, chars.length - offset), text: '' };
    else if (edit.kind === 'replace') change = { offset, length: Math.min(edit.length, chars.length - offset), text: words };
    else {
      // Copy a slice taken near the passage (so copies of the quote appear) to `offset`.
      const a = clamp(Math.floor(focus - 20 + edit.from * (span + 40)), 0, chars.length);
      inserted = chars.slice(a, a + edit.length + span).map((ch) => ({ ...ch, original: false }));
      change = { offset, length: 0, text: inserted.map((ch) => ch.c).join('') };
    }
    inserted ??= change.text.split('').map((c) => ({ c, origin: -1, original: false }));
    chars = [...chars.slice(0, change.offset), ...inserted, ...chars.slice(change.offset + change.length)];
    changes.push(change);
  }
  const text = chars.map((ch) => ch.c).join('');
  const where = locate(chars, anchor.start, anchor.end);
  const intact = where.count === anchor.exact.length && where.last - where.first + 1 === where.count;
  const truth: Span | undefined = where.count > 0 ? { start: where.first, end: where.last + 1 } : undefined;

  const [moved] = applyEdits([anchor], changes);
  const editorResult: ReanchorResult = moved.dirty ? settleEdited(text, moved) : { status: 'exact', start: moved.start, end: moved.end };
  const externalResult = reanchor(text, anchor);
  return {
    intact,
    editor: judge(text, anchor, editorResult, intact, truth, chars),
    external: judge(text, anchor, externalResult, intact, truth, chars),
    detail: JSON.stringify({ original, exact: anchor.exact, changes, text, editorResult, externalResult, intact, truth }),
  };
}

function judge(text: string, anchor: Span & { exact: string }, result: ReanchorResult | undefined, intact: boolean, truth: Span | undefined, chars: Char[]): FlowOutcome {
  if (!result) return { status: 'orphan', lost: true, wrong: false, copy: false };
  const { exact } = anchor;
  const here = text.slice(result.start, result.end);
  let wrong = false;
  let copy = false;
  if (result.status === 'exact' || result.status === 'moved' || result.status === 'relocated') {
    wrong = here !== exact;
    copy = !wrong && intact && !(truth !== undefined && result.start === truth.start && result.end === truth.end);
  }
  if (result.status === 'fuzzy') {
    const limit = maxFuzzyErrors(exact.length, true); // the widest a fuzzy match may be (edited in place)
    const onOriginal = truth !== undefined && result.start < truth.end && truth.start < result.end;
    // A copy of the passage (pasted before the original was damaged) is not a lookalike: it is the
    // same words (at least 80% of its characters come from the passage, or the very text that now
    // stands over the original). Counted apart, like exact copies; anything else off the original is wrong.
    const fromPassage = chars.slice(result.start, result.end).filter((ch) => ch.origin >= anchor.start && ch.origin < anchor.end).length;
    copy = !onOriginal && (fromPassage >= 0.8 * (result.end - result.start) || identicalToOriginal(text, here, truth));
    wrong = (!onOriginal && !copy) || boundedEditDistance(here, exact, limit) > limit;
  }
  return { status: result.status, lost: intact && result.status === 'orphan', wrong, copy };
}

/** True when `passage` also stands, word for word, over what is left of the original passage. */
function identicalToOriginal(text: string, passage: string, truth: Span | undefined): boolean {
  if (!truth || passage.length === 0) return false;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) {
    if (at < truth.end && truth.start < at + passage.length) return true;
  }
  return false;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
