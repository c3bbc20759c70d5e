// Builds the Article: paragraphs with boilerplate marked, headline, byline, dateline and date.
import type { Article, ArticleMeta, Paragraph, Span } from '../model';
import { gluedBoilerplateLead, isBoilerplateLine, isMostlyLatin, isShortFragment, type ClassifyContext } from './boilerplate';
import { bylineSpan, dateIndex, headlineSpan, looksLikeHeadline, readDate, readDateline } from './meta';
import { paragraphSpans } from './paragraphs';

/** How far into the article the headline, byline, dateline and date are looked for. */
const HEAD_PARAGRAPHS = 8;

export function parseArticle(text: string): Article {
  const ctx: ClassifyContext = { latinArticle: isMostlyLatin(text) };
  const paragraphs = splitGluedLeads(text, paragraphSpans(text), ctx).map((p) => ({ ...p, boilerplate: isBoilerplateLine(text.slice(p.start, p.end), ctx) }));
  const meta: ArticleMeta = {};
  const article: Article = { text, meta, paragraphs, boilerplate: [] };

  findMasthead(text, paragraphs, meta);
  const headlineIndex = paragraphs.findIndex((p, i) => i < HEAD_PARAGRAPHS && !p.boilerplate);
  if (headlineIndex >= 0 && looksLikeHeadline(text.slice(paragraphs[headlineIndex].start, paragraphs[headlineIndex].end))) {
    article.headline = headlineSpan(text, paragraphs[headlineIndex]);
    meta.title = text.slice(article.headline.start, article.headline.end);
  }
  const keep = new Set<number>(article.headline ? [headlineIndex] : []);
  findByline(article, keep);
  spreadBoilerplate(text, paragraphs, keep);
  findDatelineAndDate(article);
  article.boilerplate = mergeSpans(paragraphs.filter((p) => p.boilerplate));
  return article;
}

/** Splits "Appeal sentence.First article sentence…" into a boilerplate paragraph and the rest. */
function splitGluedLeads(text: string, spans: Span[], ctx: ClassifyContext): Span[] {
  const out: Span[] = [];
  for (const p of spans) {
    const lead = gluedBoilerplateLead(text, p, ctx);
    if (lead && lead.end < p.end) out.push(lead, { start: lead.end, end: p.end });
    else out.push(p);
  }
  return out;
}

/** A name: a few capitalised words (small joining words allowed), no sentence punctuation, no digits. */
// A capitalised word is taken whole ((?=(…))\1 admits no backtracking into it): split into pieces it
// would match the same lines, but a long line of capitals ending in a digit would try every split.
const MASTHEAD = /^(?:(?:(?=(\p{Lu}[\p{L}'’.&-]*))\1|the|of|and|de|do|da|du|la|le|el)\s*){1,6}$/u;

/**
 * The outlet's name at the top of a scraped page ("The National Ledger"), with a tagline under it:
 * a short capitalised name, page furniture within the next two lines, and a headline further down.
 */
function findMasthead(text: string, paragraphs: Paragraph[], meta: ArticleMeta): void {
  const first = paragraphs.findIndex((p) => !p.boilerplate);
  if (first < 0 || first > 2) return;
  const line = text.slice(paragraphs[first].start, paragraphs[first].end);
  if (!MASTHEAD.test(line) || /\d/.test(line) || !/^\p{Lu}/u.test(line)) return;
  const furnitureAt = [first + 1, first + 2].find((i) => paragraphs[i]?.boilerplate);
  if (furnitureAt === undefined) return;
  const headlineLater = paragraphs.slice(furnitureAt + 1, furnitureAt + HEAD_PARAGRAPHS).some((p) => !p.boilerplate && looksLikeHeadline(text.slice(p.start, p.end)) && text.slice(p.start, p.end).split(/\s+/).length >= 4);
  if (!headlineLater) return;
  for (let i = first; i < furnitureAt; i++) paragraphs[i].boilerplate = true;
  meta.outlet = line.replace(/^\uFEFF/, '');
  // A slogan between menus under the masthead ("Your local paper since 1887").
  for (let i = furnitureAt + 1; i + 1 < Math.min(paragraphs.length, HEAD_PARAGRAPHS); i++) {
    const p = paragraphs[i];
    if (p.boilerplate) continue;
    const body = text.slice(p.start, p.end);
    if (!(paragraphs[i - 1].boilerplate && paragraphs[i + 1].boilerplate && ADDRESSES_READER.test(body) && body.split(/\s+/).length <= 8)) break;
    p.boilerplate = true;
  }
}

function findByline(article: Article, keep: Set<number>): void {
  const { text, paragraphs } = article;
  const content = paragraphs.map((_p, i) => i).filter((i) => !paragraphs[i].boilerplate);
  // "By …" anywhere near the top; a bare name ("Ruth Abernethy", "Martin Achterberg, Ports Correspondent")
  // only in the few lines after the headline.
  const afterHeadline = article.headline ? content.findIndex((i) => paragraphs[i].start >= article.headline!.end) : -1;
  const candidates = content.slice(0, 4).map((i) => ({ i, nameOnly: afterHeadline >= 0 && content.indexOf(i) >= afterHeadline && content.indexOf(i) < afterHeadline + 3 }));
  const last = content[content.length - 1];
  if (content.length > 3 && last > 0 && !paragraphs[last - 1].boilerplate) candidates.push({ i: last, nameOnly: true }); // a sign-off at the end
  for (const { i, nameOnly } of candidates) {
    if (keep.has(i)) continue;
    const span = bylineSpan(text, paragraphs[i], nameOnly);
    if (!span) continue;
    article.byline = span;
    article.meta.byline = text.slice(span.start, span.end);
    keep.add(i);
    return;
  }
}

/** The voice of an appeal: the outlet speaking to its reader. Reports do not, outside quotes. */
const ADDRESSES_READER = /\b(?:we|our|us|you|your)\b/i;

/**
 * Page furniture comes in blocks: a paragraph between two boilerplate paragraphs belongs to the block
 * (the middle of a donation appeal, told in the outlet's own voice), and short non-sentence lines after boilerplate are more of it
 * (channel lists, "Comments").
 */
function spreadBoilerplate(text: string, paragraphs: Paragraph[], keep: Set<number>): void {
  for (let i = 1; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.boilerplate || keep.has(i)) continue;
    const body = text.slice(p.start, p.end);
    if (paragraphs[i - 1].boilerplate && paragraphs[i + 1].boilerplate && !/[“”"«»„]/.test(body) && ADDRESSES_READER.test(body)) p.boilerplate = true;
  }
  const firstContent = paragraphs.findIndex((p, i) => !p.boilerplate && !keep.has(i));
  for (let i = Math.max(1, firstContent + 1); i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p.boilerplate && !keep.has(i) && paragraphs[i - 1].boilerplate && isShortFragment(text.slice(p.start, p.end))) p.boilerplate = true;
  }
}

/**
 * The article's date comes from its header zone only — the lines before the first paragraph of
 * prose (masthead, headline, byline, a date line, the dateline) — or from a line labelled
 * "Published", "Posted" or "Updated". A photo caption, an image credit or a "Related" list is never
 * the article's date, wherever it sits: they carry the dates of other events and other stories.
 * Preference: a "Published"/"Posted" label, then a header-zone date, then an "Updated" label.
 */
function findDatelineAndDate(article: Article): void {
  const { text, paragraphs, meta } = article;
  let published: string | undefined;
  let header: string | undefined;
  let updated: string | undefined;
  let inHeader = true;
  let inRelated = false;
  // A standfirst (a sentence under the headline) comes before the byline: prose ends the header zone
  // only after the byline, when the byline is near the top.
  const bylineAt = article.byline ? paragraphs.findIndex((p) => p.start <= article.byline!.start && article.byline!.end <= p.end) : -1;
  const headerUntil = bylineAt >= 0 && bylineAt < HEAD_PARAGRAPHS ? bylineAt : -1;
  for (let i = 0; i < Math.min(paragraphs.length, HEAD_PARAGRAPHS + 2); i++) {
    const p = paragraphs[i];
    const line = text.slice(p.start, p.end);
    const isHeadline = !!article.headline && article.headline.start >= p.start && article.headline.end <= p.end;
    const isByline = !!article.byline && article.byline.start >= p.start && article.byline.end <= p.end;
    let datelineEnd: number | undefined;
    if (!article.dateline && !p.boilerplate && !isHeadline) {
      const dl = readDateline(text, p);
      if (dl) {
        article.dateline = dl.place;
        meta.dateline = text.slice(dl.place.start, dl.place.end);
        if (dl.agency && !meta.outlet && /^\p{Lu}/u.test(dl.agency)) meta.outlet = dl.agency;
        datelineEnd = dl.end;
      }
    }
    if (RELATED_HEADING.test(line)) inRelated = true;
    // The list ends at prose, at the byline, or at a line that starts with a date label.
    else if (inRelated && (isProse(line) || isByline || DATE_LABEL.exec(line.slice(0, 40))?.index === 0)) inRelated = false;
    if (inRelated || isCaption(line)) continue;
    // A label names the date after it ("March 3, 2031 · Updated 2 hours ago" is a header date line).
    const label = DATE_LABEL.exec(line.slice(0, 200));
    const labelled = label ? readDate(line.slice(label.index, label.index + 120)) : undefined;
    if (label && labelled) {
      if (/^(?:upd|last|mod)/i.test(label[1])) updated ??= labelled;
      else published ??= labelled;
    } else if (inHeader) {
      // The dateline's own words ("PORT ELSWORTH, March 3, 2031 (Wire) —"), or a short date line.
      const zone = datelineEnd !== undefined ? text.slice(p.start, datelineEnd) : headerLine(line);
      header ??= standaloneDate(label ? zone.slice(0, Math.max(0, label.index)) : zone);
    }
    if (inHeader && i > headerUntil && !p.boilerplate && !isHeadline && !isByline && isProse(line)) inHeader = false;
  }
  const date = published ?? header ?? updated;
  if (date) meta.date = date;
}

/** A paragraph this long, ending like a sentence, is prose: the header zone ends at the first one. */
const PROSE_WORDS = 15;
/** A line of the header zone that may carry the date ("By Ana Ruiz | Tuesday 3 March 2031, 09:15"). */
const HEADER_LINE_WORDS = 20;
const DATE_LABEL = /\b((?:first\s+)?published|posted|updated|last\s+updated|last\s+modified|modified)\b(?:\s+(?:on|at))?\s*:?/i;
const RELATED_HEADING = /^\W{0,3}(?:related(?:\s+(?:stories|articles|coverage|content|reading|links))?|read\s+(?:more|also|next)|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|more\s+stories|most\s+read)\s*(?::|$)/i;
const CAPTION =
  /\b(?:photo(?:graph)?s?|image|picture|illustration|credit|caption|video)\s*(?::|\/|by\b)|\((?:photo|image|picture)\b|©|\bgetty\s+images\b|\bAP\s+Photo\b|\bvia\s+(?:AFP|Reuters|AP|Getty)\b|\b(?:file|handout)\s+(?:photo|picture|image)\b|\bpictured\b/i;

function isCaption(line: string): boolean {
  return CAPTION.test(line.slice(0, 400));
}

/**
 * The part of a header-zone paragraph that may hold its date: a short line, the first line of a
 * hard-wrapped paragraph ("BELCHATOW, Poland 1996-08-27"), or a lead before a dash
 * ("Vancouver, BC, November 9, 2031--Officials said…").
 */
function headerLine(line: string): string {
  const first = line.slice(0, 400).split(/\r?\n/, 1)[0];
  if (wordCount(first) <= HEADER_LINE_WORDS) return first;
  const dash = /--|—|–| - /.exec(first.slice(0, 80));
  return dash ? first.slice(0, dash.index) : '';
}

/** A paragraph of running text: long, and ending like a sentence (a standfirst under the headline does not). */
function isProse(line: string): boolean {
  const words = wordCount(line);
  return words > 30 || (words >= PROSE_WORDS && /[.!?…]["”’)]?$/.test(line.trimEnd()));
}

function wordCount(line: string): number {
  let n = 0;
  for (const w of line.split(/\s+/)) if (w) n++;
  return n;
}

/** The date in a metadata line; not one inside a sentence ("… at the quay on 28 February 2031"). */
function standaloneDate(line: string): string | undefined {
  const date = readDate(line);
  if (!date) return undefined;
  const at = dateIndex(line);
  const before = line.slice(Math.max(0, at - 24), at);
  return /(?:^|[^\p{L}])\p{Ll}+\s*$/u.test(before) ? undefined : date;
}

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
