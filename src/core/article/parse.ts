// Builds the Article: paragraphs with boilerplate marked, headline, byline, dateline and date.
import type { Article, ArticleMeta, Paragraph, Span } from '../model';
import { gluedBoilerplateLead, isBoilerplateLine, isMostlyLatin, isShortFragment, type ClassifyContext } from './boilerplate';
import { bylineSpan, headlineSpan, looksLikeHeadline, readDate, readDateline } from './meta';
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
const MASTHEAD = /^(?:(?:\p{Lu}[\p{L}'’.&-]*|the|of|and|de|do|da|du|la|le|el)\s*){1,6}$/u;

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

function findDatelineAndDate(article: Article): void {
  const { text, paragraphs, meta } = article;
  for (let i = 0; i < Math.min(paragraphs.length, HEAD_PARAGRAPHS + 2); i++) {
    const p = paragraphs[i];
    const line = text.slice(p.start, p.end);
    if (!meta.date) {
      const date = readDate(line);
      if (date) meta.date = date;
    }
    if (!article.dateline && !p.boilerplate && !(article.headline && article.headline.start >= p.start && article.headline.end <= p.end)) {
      const dl = readDateline(text, p);
      if (dl) {
        article.dateline = dl.place;
        meta.dateline = text.slice(dl.place.start, dl.place.end);
        if (dl.agency && !meta.outlet && /^\p{Lu}/u.test(dl.agency)) meta.outlet = dl.agency;
      }
    }
  }
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
