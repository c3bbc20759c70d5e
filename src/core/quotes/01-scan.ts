// Stage 1: find quotation marks and decide, from the characters around each, whether it opens a
// quote, closes one, or is an apostrophe ("don't", "Lund's", "the '90s", "rock 'n' roll").

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';
export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  family: MarkFamily;
  role: MarkRole;
  /** Characters the mark takes: 2 for a doubled single mark used as a double one (''…''). */
  width?: number;
}

// Typewriter-era text doubles single marks for double ones (''So terrible'', ‘‘…’’): read as one mark.
const DOUBLED_SINGLE = new Map<string, string>([
  ["''", '"'],
  ['‘‘', '“'],
  ['’’', '”'],
]);

// A Map: looked up with characters of the text, which must never reach Object.prototype.
const FAMILY = new Map<string, MarkFamily>(Object.entries({
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double', '＂': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'guillemet', '»': 'guillemet', '‹': 'single-guillemet', '›': 'single-guillemet',
} satisfies Record<string, MarkFamily>));

/** Words that start with an elided letter, so a mark before them is an apostrophe ('em, 'til, 'n'). */
const ELISIONS = new Set(['em', 'til', 'cause', 'tis', 'twas', 'n', 'round', 'bout', 'cos', 'ello', 'im']);

export function isQuoteChar(ch: string): boolean {
  return FAMILY.has(ch);
}

function isSpace(ch: string): boolean {
  return ch === '' || /\s/.test(ch);
}

function isWordChar(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{N}]/u.test(ch);
}

/** Characters after which a mark can open a quote: spaces, opening brackets, dashes, slashes, other marks. */
function opensAfter(ch: string): boolean {
  return isSpace(ch) || /[([{<—–\-/:;,]/.test(ch) || isQuoteChar(ch);
}

/** Characters before which a mark can close a quote: spaces, punctuation, closing brackets, other marks. */
function closesBefore(ch: string): boolean {
  return isSpace(ch) || /[.,;:!?)\]}>—–\-…/]/.test(ch) || isQuoteChar(ch);
}

/** Marks in text[start, end), classified. Apostrophes and marks that can be neither are left out. */
export function scanMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    // Every mark, doubled or not, starts with a mark of FAMILY: other characters are passed over at once.
    if (!FAMILY.has(text[i])) continue;
    const doubled = i + 1 < end ? DOUBLED_SINGLE.get(text.slice(i, i + 2)) : undefined;
    const ch = doubled ?? text[i];
    const width = doubled ? 2 : 1;
    const family = FAMILY.get(ch);
    if (!family) continue;
    const prev = i > start ? text[i - 1] : '';
    const next = i + width < end ? text[i + width] : '';
    const canOpen = opensAfter(prev) && !isSpace(next);
    const canClose = closesBefore(next) && !isSpace(prev);
    const role = roleOf(ch, family, canOpen, canClose, text, i, end, prev, next);
    if (role) marks.push(doubled ? { at: i, family, role, width } : { at: i, family, role });
    i += width - 1;
  }
  return marks;
}

function roleOf(ch: string, family: MarkFamily, canOpen: boolean, canClose: boolean, text: string, i: number, end: number, prev: string, next: string): MarkRole | undefined {
  if (family === 'single' && isApostrophe(ch, text, i, end, prev, next)) return undefined;
  switch (ch) {
    case '„': case '‚': case '‛': case '‟':
      return canOpen || !isSpace(next) ? 'open' : undefined;
    case '“': case '‘': case '«': case '‹':
      // German „…“ and sloppy typing use the opening shape as a closer; spacing tells.
      if (canOpen) return 'open';
      return canClose ? 'close' : 'either';
    case '”': case '’': case '»': case '›':
      // Swedish ”…” and Danish »…« use the closing shape to open; a space typed before a closer
      // followed by punctuation ("Ukraine ”.") still closes.
      if (canClose || /^[.,;:!?)\]…]?$/.test(next)) return 'close';
      return canOpen ? 'open' : 'either';
    default: // straight marks: only the spacing tells
      if (canOpen && !canClose) return 'open';
      if (canClose && !canOpen) return 'close';
      if (isSpace(prev) && isSpace(next)) return undefined; // a lone mark between spaces
      return family === 'double' ? 'either' : undefined;
  }
}

function isApostrophe(ch: string, text: string, i: number, end: number, prev: string, next: string): boolean {
  if (ch === '‘' || ch === '‚') return false;
  if (isWordChar(prev) && isWordChar(next)) return true; // don't, Lund's, O'Neill
  if (/\d/.test(next) && /\d{2}s?\b/.test(text.slice(i + 1, Math.min(end, i + 5))) && !isWordChar(prev)) return true; // the '90s
  if (!isWordChar(prev) && isWordChar(next)) {
    const word = /^[\p{L}]+/u.exec(text.slice(i + 1, Math.min(end, i + 8)));
    if (word && ELISIONS.has(word[0].toLowerCase())) {
      const after = text[i + 1 + word[0].length] ?? '';
      // 'n' in "rock 'n' roll" ends with a mark of its own; 'em, 'til end with a space or punctuation
      if (after === '' || /[\s.,;:!?'’]/.test(after)) return true;
    }
  }
  if (isWordChar(prev) && !isWordChar(next)) {
    // the closing mark of 'n' in "rock 'n' roll"
    if (prev.toLowerCase() === 'n' && i >= 2 && /['’‘]/.test(text[i - 2]) && (i - 3 < 0 || isSpace(text[i - 3]))) return true;
  }
  return false;
}
