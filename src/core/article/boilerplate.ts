// Recognises page furniture (menus, share buttons, appeals, credits to the site, language menus…)
// with generic rules about the shape and wording of such lines, never with strings of particular sites.
import type { Span } from '../model';
import { stripEmphasis, stripLinks } from './markdownInline';

const MENU_WORDS = new Set([
  'home', 'news', 'menu', 'search', 'comments', 'comment', 'advertisement', 'sponsored', 'share', 'print', 'email',
  'tweet', 'more', 'related', 'latest', 'trending', 'subscribe', 'login', 'log in', 'sign in', 'sign up', 'register',
  'newsletter', 'newsletters', 'podcasts', 'video', 'videos', 'photos', 'gallery', 'top stories', 'most read',
  'most popular', 'read more', 'see more', 'load more', 'show more', 'back to top', 'skip to content', 'topics', 'tags',
  'opinion', 'world', 'business', 'sport', 'sports', 'politics', 'culture', 'lifestyle', 'weather', 'live',
]);

// Languages as menus and translation notices list them (English names and endonyms).
const LANGUAGE_NAMES = new Set([
  'english', 'french', 'spanish', 'german', 'chinese', 'japanese', 'korean', 'arabic', 'russian', 'portuguese',
  'italian', 'indonesian', 'malay', 'hindi', 'urdu', 'bengali', 'turkish', 'persian', 'farsi', 'dutch', 'polish',
  'ukrainian', 'vietnamese', 'thai', 'swahili', 'hebrew', 'greek', 'swedish', 'norwegian', 'danish', 'finnish',
  'romanian', 'hungarian', 'czech', 'español', 'français', 'deutsch', 'português', 'italiano', 'русский', 'українська',
  '中文', '日本語', '한국어', 'العربية', 'فارسی', 'türkçe', 'bahasa', 'tiếng việt', 'हिन्दी',
]);

/** Lines that begin like a call to action or a navigation aid. */
const CALL_TO_ACTION = /^(?:read (?:more|also|next)|see also|related(?: (?:stories|articles|coverage|content|topics))?\s*:?|more on this|recommended|most (?:read|popular)|sign (?:up|in)|subscribe|donate|support (?:us|our)|join\b|follow (?:us|our)|download (?:our|the)|click here|tap here|log ?in|register (?:now|for|to)|advertisement|watch\s*:|listen\s*:|get (?:our|the) (?:newsletter|app)|skip to|go to (?:contents?|main|top)|back to top|share (?:this|on|via)\b|share\s*$|copy link)/i;

const APPEAL = /\b(?:your (?:support|donation|contribution|subscription|gift)|donat(?:e|es|ion|ions)\b|paywalls?|subscri(?:be|ber|bers|ption)\b|(?:quality|independent) journalism|make a contribution|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) (?:journalism|reporting|newsroom))/i;
const ADDRESSES_READER = /\b(?:you|your|we|our|us)\b/i;

/** A boilerplate sentence glued to the next one without a space ("…difference.President …"). */
const GLUED_SENTENCE_END = /[.!?](?=[A-Z\u00C0-\u024F][a-z])/g;

export interface ClassifyContext {
  /** True when most letters of the article are Latin, so a short line in another script is a menu. */
  latinArticle: boolean;
}

export function isMostlyLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c > 0x36f && !(c >= 0x2000 && c <= 0x206f)) other++;
  }
  return latin >= other * 2;
}

/** True when a whole paragraph (trimmed text) is page furniture by its own shape and wording. */
export function isBoilerplateLine(raw: string, ctx: ClassifyContext): boolean {
  const line = withoutMarkdown(raw);
  if (!line) return false;
  const words = line.split(/\s+/).filter(Boolean);
  const wordCount = words.length;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line)) return true;
  if (/^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(line) && !/\s/.test(line)) return true; // a bare domain
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(line)) return true; // a bare e-mail address
  if (/^(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(line) || /\ball rights reserved\b/i.test(line)) return true;
  if (wordCount <= 25 && CALL_TO_ACTION.test(line)) return true;
  if (countSeparators(line) >= 2 && wordCount <= 40) return true;
  if (SPACED_MENU.test(line)) return true; // "World  Business  Markets  Politics"
  if (/\b(?:press release|for immediate release|media contact|notes to editors)\b/i.test(line) && wordCount <= 12) return true;
  if (wordCount <= 12 && isDateLine(line)) return true;
  if (wordCount <= 3 && MENU_WORDS.has(line.toLowerCase().replace(/[^\p{L} ]/gu, '').trim())) return true;
  if (wordCount <= 12 && /^(?:posted|updated|published|last (?:updated|modified)|first published|modified)\b/i.test(line) && /\d/.test(line)) return true;
  if (ctx.latinArticle && wordCount <= 4 && !/[A-Za-z]/.test(line) && /\p{L}/u.test(line)) return true;
  // Language names double as demonyms ("Russian troops"), so a list of them counts only in a short menu or a
  // translation notice; other lines (most paragraphs) are not read word by word for them.
  if (wordCount <= 12 || TRANSLATION_NOTICE.test(line)) {
    const languages = languageCount(line);
    if (languages >= 3) return true;
    if (wordCount <= 3 && languages === wordCount && wordCount > 0) return true;
  }
  if (/\b(?:automatically (?:generated|translated)|machine[- ]translat\w*|alternate (?:address|addresses|domain|url)|can also be accessed at)\b/i.test(line)) return true;
  if (wordCount <= 120 && APPEAL.test(line) && ADDRESSES_READER.test(line) && !hasQuoteMark(line)) return true;
  if (wordCount >= 2 && wordCount <= 8 && /^[\p{Ll}\d ]+$/u.test(line)) return true; // an image's alt text or a URL slug
  return false;
}

/** The words a reader sees: list markers, emphasis and link targets removed ("- **Related:** [Title](url)" → "Related: Title"). */
function withoutMarkdown(line: string): string {
  return stripEmphasis(stripLinks(line.replace(/^(?:[-*+]\s+|\d+[.)]\s+|>\s*|#{1,6}\s+)/, ''))).trim();
}

function countSeparators(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '|' || c === '•' || c === '·' || c === '¦' || c === '›' || (c === '>' && line[i - 1] === ' ')) n++;
  }
  return n;
}

/** Words of a notice that lists the languages a page is available in. */
const TRANSLATION_NOTICE = /\b(?:versions?|languages?|translat\w*|editions?)\b/i;

/** Three or more capitalised words set apart by runs of spaces: a navigation bar copied as text. */
const SPACED_MENU = /^\p{Lu}[\p{L}'’&-]*(?:\s{2,}\p{Lu}[\p{L}'’&-]*){2,}$/u;

/** Words a timestamp line may hold besides the date itself. */
const TIMESTAMP_WORDS = /^(?:at|on|ago|hours?|minutes?|mins?|updated|published|posted|issued|am|pm|a\.m\.|p\.m\.|de|of|the|gmt|utc|cet|est|bst)$/i;
const DATE_IN_LINE = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/u;

/** A line that is nothing but a date and time ("03 March 2026 - 21:30", "Issued: Tuesday 3 March 2026, 10:30"). */
function isDateLine(line: string): boolean {
  if (!DATE_IN_LINE.test(line)) return false;
  for (const w of line.match(/(?<![\p{L}])\p{Ll}[\p{L}.]*/gu) ?? []) if (!TIMESTAMP_WORDS.test(w)) return false;
  return true;
}

/** How many distinct language names the line holds. */
function languageCount(line: string): number {
  const seen = new Set<string>();
  for (const w of line.toLowerCase().split(/[\s,/|•·]+/)) {
    const word = w.replace(/[.:;()]/g, '');
    if (LANGUAGE_NAMES.has(word)) seen.add(word);
  }
  return seen.size;
}

function hasQuoteMark(line: string): boolean {
  return /["“”«»„]/.test(line);
}

/** A short line that is not a sentence: no final punctuation, few words. Menus and channel lists look like this. */
export function isShortFragment(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return words <= 6 && !/[.!?:;"”’)]$/.test(line);
}

/**
 * When a paragraph opens with a sentence glued to the next without a space, returns the span of that
 * first sentence if it alone is boilerplate (an appeal pasted in front of the article's first sentence).
 */
export function gluedBoilerplateLead(text: string, para: Span, ctx: ClassifyContext): Span | undefined {
  const body = text.slice(para.start, para.end);
  GLUED_SENTENCE_END.lastIndex = 0;
  const m = GLUED_SENTENCE_END.exec(body);
  if (!m) return undefined;
  const lead = body.slice(0, m.index + 1);
  if (!isBoilerplateLine(lead, ctx) && !APPEAL_LEAD.test(lead)) return undefined;
  return { start: para.start, end: para.start + m.index + 1 };
}

/** Short sign-offs of appeals ("Your support makes all the difference."). */
const APPEAL_LEAD = /^(?:your (?:support|donation|contribution)|thank you for (?:reading|your support)|support (?:us|our))/i;
