// Quotes and who said them: scan marks → pair them → drop titles of works → attribute speakers.
import { contentParagraphs } from '../article';
import type { Article, Quote } from '../model';
import { pairQuotes } from './02-pair';
import { ADJACENT_ONLY_VERBS, REPORTING_VERBS } from './lexicon';
import { isTitleOfWork } from './titles';

export { attributeSpeakers } from './03-attribute';

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
    quotes.push({ start: q.start, end: q.end, text: quoted, speaker: null });
  }
  return quotes;
}

/** Whether a stretch of text holds a reporting verb, from the same lexicon attribution uses. */
function hasSpeechCue(s: string): boolean {
  if (/\baccording to\b|\bquoted\b/i.test(s)) return true;
  for (const w of s.toLowerCase().match(/\p{L}+/gu) ?? []) if (REPORTING_VERBS.has(w) || ADJACENT_ONLY_VERBS.has(w)) return true;
  return false;
}
