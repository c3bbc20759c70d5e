// What quote grouping reads and returns: a story's quotes by article, and groups of them as refs.
import type { Quote } from '../model';

export interface SourceQuotes {
  /** Identifies the article (a workspace-relative path, a URI…); echoed back in members. */
  file: string;
  quotes: Quote[];
}

export interface QuoteRef {
  file: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** 'reported' for reported (indirect) speech, which no group holds. */
  kind?: 'reported';
}

export interface QuoteGroup {
  /** Stable for the same members: derived from the earliest member. */
  key: string;
  /** Sorted by file, then start. */
  members: QuoteRef[];
}

/** The quotes of a source that take part in grouping, as refs. */
export function groupedRefs(source: SourceQuotes): QuoteRef[] {
  // Reported speech is the outlet's wording of what was said, not the words: it groups with nothing.
  return source.quotes.filter((q) => q.kind !== 'reported').map((q) => ({ file: source.file, start: q.start, end: q.end, text: q.text, speaker: q.speaker }));
}

/** A quote's place, as group ids and keys name it ("file@start-end"). */
export function refKey(ref: QuoteRef): string {
  return `${ref.file}@${ref.start}-${ref.end}`;
}

export function compareRefs(a: QuoteRef, b: QuoteRef): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
