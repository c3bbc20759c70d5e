// Moving anchors with the editor's own edits, so typing elsewhere never costs a text search.
// An edit that touches the anchored passage marks the anchor dirty: its text must be re-checked
// (settleEdited) before it is trusted again.
import type { Span } from '../model';

/** One text change as VS Code reports it: replace `length` code units at `offset` with `text`. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

export interface MovedSpan extends Span {
  /** True when an edit overlapped the passage (or was inserted inside it). */
  dirty: boolean;
}

/**
 * Applies `changes` in order (each offset refers to the text after the changes before it — true of
 * a VS Code change event, whose changes come last-to-first) to every anchor. Never drops an anchor:
 * one output per input, same order.
 */
export function applyEdits<T extends Span & { dirty?: boolean }>(anchors: readonly T[], changes: readonly TextChange[]): Array<T & MovedSpan> {
  return anchors.map((anchor) => {
    let { start, end } = anchor;
    let dirty = anchor.dirty ?? false;
    for (const change of changes) {
      const moved = moveSpan(start, end, change);
      start = moved.start;
      end = moved.end;
      dirty ||= moved.dirty;
    }
    return { ...anchor, start, end, dirty };
  });
}

export function moveSpan(start: number, end: number, change: TextChange): MovedSpan {
  const offset = Math.max(0, change.offset);
  const length = Math.max(0, change.length);
  const changeEnd = offset + length;
  const delta = change.text.length - length;
  // Entirely before (an insertion right at the start stays outside the passage).
  if (changeEnd <= start) return { start: start + delta, end: end + delta, dirty: false };
  // Entirely after (an insertion right at the end stays outside too).
  if (offset >= end) return { start, end, dirty: false };
  // Overlapping, or inserted strictly inside: the passage changed.
  const newStart = Math.min(start, offset);
  const newEnd = changeEnd <= end ? end + delta : offset + change.text.length;
  return { start: newStart, end: Math.max(newStart, newEnd), dirty: true };
}
