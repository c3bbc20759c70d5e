// What the Sources view shows: articles of one outlet, of a date (or a month, a year: "2026-05"),
// with quotes by one speaker (and under them, that speaker's quotes only). Plain data, unit-tested.

export interface SourceFilter {
  /** The source's name as the views show it (its outlet once set, else its file name), or the outlet the article gives. */
  outlet?: string;
  /** A date prefix: "2026", "2026-05" or "2026-05-04". */
  date?: string;
  /** A speaker's name as the analysis (or a correction) gives it. */
  speaker?: string;
}

export interface SourceFacts {
  /** Every name the source goes by: label, outlet, file name. */
  names: readonly string[];
  date?: string;
  speakers: readonly (string | null)[];
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export const isSourceFiltered = (filter: SourceFilter) => Boolean(filter.outlet || filter.date?.trim() || filter.speaker);

export function matchesSource(filter: SourceFilter, facts: SourceFacts): boolean {
  if (filter.outlet !== undefined && !facts.names.some((n) => fold(n) === fold(filter.outlet ?? ''))) return false;
  const date = filter.date?.trim();
  if (date && !(facts.date ?? '').startsWith(date)) return false;
  if (filter.speaker !== undefined && !facts.speakers.includes(filter.speaker)) return false;
  return true;
}

/** How a description words each facet, in the editor's language. */
export interface SourceFilterWords {
  outlet(outlet: string): string;
  date(date: string): string;
  speaker(speaker: string): string;
}

export function describeSourceFilter(filter: SourceFilter, _sort: 'none', words: SourceFilterWords): string | undefined {
  const parts: string[] = [];
  if (filter.outlet !== undefined) parts.push(words.outlet(filter.outlet));
  if (filter.date?.trim()) parts.push(words.date(filter.date.trim()));
  if (filter.speaker !== undefined) parts.push(words.speaker(filter.speaker));
  return parts.length ? parts.join(' · ') : undefined;
}
