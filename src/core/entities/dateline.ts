// The place a wire story is filed from: "OSTRAVIK 2031-04-02", "PORT ELSWORTH, Kestria 2031-04-02",
// "VALMORA (Meridian Wire) -". A dateline names a place by its position alone, so its capitals count
// as evidence even though the line is page furniture and the words are in capitals.
import type { Article, Span } from '../model';
import type { Token } from '../nlp/tokens';
import { typedAsPlace, type Knowledge, type TypedCandidate } from './classify';

/** How far into the text a dateline may stand (headline, byline, then the dateline). */
const HEAD_CHARS = 1200;
const HEAD_LINES = 8;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/**
 * Capitals (one to four words), an optional ", Region" in ordinary case, then what closes a dateline: a date,
 * an agency in brackets or a dash. Each part is delimited by a space or a comma, so matching is linear.
 */
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, ?([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}))?(?=,? ?(?:\\d{4}-\\d{2}-\\d{2}|${MONTH} \\d{1,2}\\b|\\d{1,2} ${MONTH})| ?\\([^)\\n]{1,40}\\) ?[-–—]| ?[-–—]{1,2} (?![A-Z]{2}))`,
);

/** Capitalised page furniture that a date follows just like a place: "UPDATED 2031-04-02", "BREAKING —". */
const NOT_PLACES = new Set(['UPDATED', 'PUBLISHED', 'POSTED', 'LAST UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'LIVE', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO', 'OPINION', 'ANALYSIS', 'EDITORIAL', 'UPDATE', 'CORRECTION']);

/** Spans of the place names in the article's dateline: the city, then the region or country when written. */
export function datelinePlaces(article: Article): Span[] {
  const { text } = article;
  const head = text.slice(0, HEAD_CHARS);
  let lineStart = 0;
  for (let n = 0; n < HEAD_LINES && lineStart < head.length; n++) {
    const newline = head.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? head.length : newline;
    const offset = lineStart + (head.slice(lineStart, lineEnd).length - head.slice(lineStart, lineEnd).trimStart().length);
    const m = DATELINE.exec(head.slice(offset, lineEnd));
    if (m && /[A-Z]{3}/.test(m[1]) && !NOT_PLACES.has(m[1])) {
      const out: Span[] = [{ start: offset, end: offset + m[1].length }];
      if (m[2]) {
        const at = offset + m[0].length - m[2].length;
        out.push({ start: at, end: at + m[2].length });
      }
      return out;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return [];
}

/**
 * Replaces whatever stage 1 made of the dateline's words with place candidates over exactly its spans
 * (the line is often boilerplate, and "OSTRAVIK 2031" would otherwise read as a name followed by a number).
 */
export function withDatelinePlaces(text: string, spans: Span[], tokens: Token[], typed: TypedCandidate[], k: Knowledge): TypedCandidate[] {
  if (spans.length === 0) return typed;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const out = typed.filter((c) => !spans.some((s) => overlaps(c, s)));
  for (const s of spans) {
    const indices: number[] = [];
    for (let i = 0; i < tokens.length && tokens[i].start < s.end; i++) if (overlaps(tokens[i], s)) indices.push(i);
    if (indices.length === 0) continue;
    const surface = text.slice(s.start, s.end);
    // A dateline's capitals are typography, never an acronym: "OSTRAVIK" is Ostravik.
    const name = /\p{Ll}/u.test(surface) ? surface : surface.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    out.push(typedAsPlace({ start: s.start, end: s.end, surface, name: name.replace(/\s+/g, ' '), tokens: indices, reliable: false }, k));
  }
  return out.sort((a, b) => a.start - b.start);
}
