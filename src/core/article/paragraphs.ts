// Splits an article into paragraphs. Scraped pages put one paragraph per line; hand-written .md and
// wire copy often hard-wrap prose at ~72 columns with blank lines between paragraphs. Both are read.
import type { Span } from '../model';

/** A line's content span: line ending excluded, surrounding blanks trimmed. Empty lines are dropped. */
export function contentLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--; // CRLF: the \r belongs to the line ending
    const trimmed = trimSpan(text, start, end);
    if (trimmed.end > trimmed.start) lines.push(trimmed);
    start = next;
  }
  return lines;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0x3000 || c === 0xfeff;
}

/**
 * True when the text is hard-wrapped: most lines are of similar medium length and sit in multi-line
 * blocks separated by blank lines. Scraped one-line-per-paragraph text has long lines and fails this.
 */
export function looksHardWrapped(text: string, lines: Span[]): boolean {
  if (lines.length < 6) return false;
  let medium = 0;
  let long = 0;
  let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i].end - lines[i].start;
    if (len > 100) long++;
    else if (len >= 50) medium++;
    if (i > 0 && !blankLineBetween(text, lines[i - 1].end, lines[i].start)) continued++;
  }
  return long === 0 && medium >= lines.length * 0.5 && continued >= lines.length * 0.3;
}

function blankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) newlines++;
  return newlines >= 2;
}

/** Paragraph spans: every line, or every blank-line-separated block when the text is hard-wrapped. */
export function paragraphSpans(text: string): Span[] {
  const lines = contentLines(text);
  if (!looksHardWrapped(text, lines)) return lines;
  const blocks: Span[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (last && !blankLineBetween(text, last.end, line.start) && !startsBlockItem(text, line.start)) last.end = line.end;
    else blocks.push({ ...line });
  }
  return blocks;
}

/** Markdown headings and list items start a paragraph of their own even without a blank line. */
function startsBlockItem(text: string, at: number): boolean {
  return /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/.test(text.slice(at, at + 8));
}
