// Quotes and who said them: scan marks → pair them → drop titles of works → attribute speakers.
import { contentParagraphs } from '../article';
import type { Article, Entity, Quote } from '../model';
import { pairQuotes } from './02-pair';
import { attributeSpeakers as attributeOuterSpeakers } from './03-attribute';
import { ADJACENT_ONLY_VERBS, REPORTING_VERBS } from './lexicon';
import { attributeNested, reportedInside } from './nested';
import { isTitleOfWork } from './titles';

export { findReportedSpeech } from './reported';

/**
 * Speakers for every quote. Quotes inside quotes are left out of the article-level attribution (their
 * cue, if any, is inside the outer quote) and take the person the outer quote names (nested.ts).
 */
export function attributeSpeakers(article: Article, quotes: Quote[], entities: Entity[]): Quote[] {
  const outer = quotes.filter((q) => !q.nestedIn);
  const attributed = attributeOuterSpeakers(article, outer, entities);
  if (outer.length === quotes.length) return attributed;
  const nested = attributeNested(article.text, quotes.filter((q) => q.nestedIn), attributed, entities);
  return [...attributed, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every quotation in the article outside boilerplate, marks excluded, speaker not yet known. */
export function findQuotes(article: Article): Quote[] {
  const { text } = article;
  const paragraphs = contentParagraphs(article);
  const quotes: Quote[] = [];
  for (const q of pairQuotes(text, paragraphs)) {
    const para = paragraphs[q.paragraph];
    const quoted = text.slice(q.start, q.end);
    const before = text.slice(Math.max(para.start, q.openAt - 60), q.openAt);
    const around = text.slice(Math.max(para.start, q.openAt - 120), Math.min(para.end, q.end + 120));
    if (isTitleOfWork(quoted, before, hasSpeechCue(around))) continue;
    quotes.push(q.nestedIn ? { start: q.start, end: q.end, text: quoted, speaker: null, nestedIn: q.nestedIn } : { start: q.start, end: q.end, text: quoted, speaker: null });
  }
  // A quote inside a quote counts when the outer speaker reports someone's words with it; scare
  // quotes and titles inside a quote stay part of the outer quote.
  const nested = quotes.filter((q) => q.nestedIn);
  if (!nested.length) return quotes;
  const reported = reportedInside(text, nested);
  const dropped = new Set(nested.filter((_q, i) => !reported[i]));
  return quotes.filter((q) => !dropped.has(q));
}

/** Whether a stretch of text holds a reporting verb, from the same lexicon attribution uses. */
function hasSpeechCue(s: string): boolean {
  if (/\baccording to\b|\bquoted\b/i.test(s)) return true;
  for (const w of s.toLowerCase().match(/\p{L}+/gu) ?? []) if (REPORTING_VERBS.has(w) || ADJACENT_ONLY_VERBS.has(w)) return true;
  return false;
}
