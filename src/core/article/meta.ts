// Reads what an article says about itself: headline, byline, dateline and date.
import type { Span } from '../model';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** The first date written in a line, as yyyy-mm-dd. */
export function readDate(line: string): string | undefined {
  let m = ISO_DATE.exec(line);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = MONTH_DAY_YEAR.exec(line);
  if (m) return isoDate(+m[3], monthNumber(m[1]), +m[2]);
  m = DAY_MONTH_YEAR.exec(line);
  if (m) return isoDate(+m[3], monthNumber(m[2]), +m[1]);
  return undefined;
}

/** Where readDate's date starts in the line (-1 when there is none). */
export function dateIndex(line: string): number {
  for (const re of [ISO_DATE, MONTH_DAY_YEAR, DAY_MONTH_YEAR]) {
    const m = re.exec(line);
    if (m) return m.index;
  }
  return -1;
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(prefix)) + 1;
}

function isoDate(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A headline: a short line that does not read as a prose sentence ending in a full stop. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return words >= 2 && words <= 30 && !/[.;,]$/.test(line);
}

/** The headline's text span inside its line, leaving out a markdown "# " marker. */
export function headlineSpan(text: string, line: Span): Span {
  const m = /^#{1,6}\s+/.exec(text.slice(line.start, Math.min(line.end, line.start + 8)));
  return { start: line.start + (m ? m[0].length : 0), end: line.end };
}

const NAME_TOKEN = "(?:[A-Z][\\p{Ll}'’-]+|[A-Z]\\.|[A-Z][\\p{Ll}]*[A-Z][\\p{Ll}]+)";
const BY_LINE = new RegExp(`^(?:\\*{1,2}|_)?(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ww]ords by)\\s+(${NAME_TOKEN}(?:\\s+(?:${NAME_TOKEN}|van|von|de|da|del|bin|al))*(?:\\s+(?:and|&)\\s+${NAME_TOKEN}(?:\\s+${NAME_TOKEN})*)*)`, 'u');
const MEDIA_WORDS = /\b(?:Images|News|Press|Photo|Photos|Radio|TV|Television|Podcast|Media|Online|Daily|Times|Post|Herald|Wire|Agency|Group)\b/;
const NAME_THEN_ROLE = new RegExp(`^(${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){1,3}),\\s+(?:[\\p{L}]+\\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist|Staff Writer|Producer|Analyst|Contributor|correspondent|reporter|editor|writer)\\b`, 'u');
const NAME_ONLY = new RegExp(`^${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){1,3}$`, 'u');

/** The names in a "By Jane Doe" line, or the whole line when it is nothing but a name. */
export function bylineSpan(text: string, line: Span, nameOnlyAllowed: boolean): Span | undefined {
  const s = text.slice(line.start, line.end);
  if (s.split(/\s+/).length > 14) return undefined;
  const m = BY_LINE.exec(s);
  if (m) {
    const at = s.indexOf(m[1], m[0].length - m[1].length);
    return { start: line.start + at, end: line.start + at + m[1].length };
  }
  if (!nameOnlyAllowed) return undefined;
  if (NAME_ONLY.test(s) && s.split(/\s+/).length <= 3 && !MEDIA_WORDS.test(s)) return { start: line.start, end: line.end };
  // "Martin Achterberg, Ports Correspondent": a name, then the writer's role.
  const role = NAME_THEN_ROLE.exec(s);
  if (role && !MEDIA_WORDS.test(role[1])) return { start: line.start, end: line.start + role[1].length };
  return undefined;
}

// "WASHINGTON –", "PORT ELSWORTH, March 3 (Meridian Wire) —", "LONDON (Reuters) -": capitals, optional date and
// agency, then a dash. The place must be in capitals, which keeps ordinary sentences out.
const DATELINE = new RegExp(
  `^((?:[A-Z][A-Z.'’-]+)(?:[ ][A-Z][A-Z.'’-]+){0,3})(?:,\\s*[A-Z][A-Za-z.]+)?(?:,?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*(?:\\(([^)\\n]{1,40})\\))?\\s*(?:[-–—]{1,2}|:)\\s`,
);

export interface Dateline {
  place: Span;
  agency?: string;
  /** Where the dateline (place, date, agency and dash) ends in the text. */
  end: number;
}

export function readDateline(text: string, para: Span): Dateline | undefined {
  const m = DATELINE.exec(text.slice(para.start, Math.min(para.end, para.start + 120)));
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 2) return undefined;
  return { place: { start: para.start, end: para.start + m[1].length }, agency: m[m.length - 1], end: para.start + m[0].length };
}
