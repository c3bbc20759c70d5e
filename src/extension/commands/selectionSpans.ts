// What a selection means as a span of the article: no editor dependency, unit-tested in Node.

/** Drops the quotation marks a selection often includes: a quote's span is the text between them. */
export function withoutQuoteMarks(text: string, start: number, end: number): { start: number; end: number } {
  const marks = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\s]$/;
  while (start < end && marks.test(text[start])) start++;
  while (end > start && marks.test(text[end - 1])) end--;
  return { start, end };
}

/** Drops white space at both ends of a selection. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
