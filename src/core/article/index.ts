import type { Article, Paragraph } from '../model';

/** Removes a leading byte-order mark; nothing else, so offsets match the editor. */
export function stripBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

// TEMPORARY: replaced by the article parser (headline, byline, dateline, boilerplate).
export function parseArticle(text: string): Article {
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length, boilerplate: false });
  return { text, meta: {}, paragraphs, boilerplate: [] };
}
