// Article structure: paragraphs, boilerplate, headline, byline, dateline and date.
import type { Article, Span } from '../model';

export { parseArticle } from './parse';
export { readDate } from './meta';

/** Removes a leading byte-order mark; nothing else, so offsets match the editor. */
export function stripBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** The article's paragraphs that are not boilerplate, in order: where quotes and entities are looked for. */
export function contentParagraphs(article: Article): Span[] {
  return article.paragraphs.filter((p) => !p.boilerplate).map((p) => ({ start: p.start, end: p.end }));
}
