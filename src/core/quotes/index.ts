// Quotes and who said them: scan marks → pair them → drop titles of works → attribute speakers.
import { contentParagraphs } from '../article';
import type { Article, Entity, Quote } from '../model';
import { pairQuotes } from './02-pair';
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
    if (isTitleOfWork(quoted, before, SPEECH_CUE.test(around))) continue;
    quotes.push({ start: q.start, end: q.end, text: quoted, speaker: null });
  }
  return quotes;
}

const SPEECH_CUE = /\b(?:said|says|say|told|tells|added|asked|according to|called|described|insisted|warned|wrote|stated|explained|noted|declared|announced|quoted)\b/i;

export type { Entity };
