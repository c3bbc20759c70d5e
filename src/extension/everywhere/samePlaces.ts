// One correction, every place: the other spans of the story identical to the one just corrected
// (the same quote words with another speaker, the same false highlight, the same name not yet marked).
// Plain data in and out (no vscode), unit-tested; found in linear time (indexOf, no regular expression).
import type { Quote, Span } from '../../core/model';

export interface StoryArticle {
  uri: string;
  /** How the source is named to the user. */
  source: string;
  text: string;
  quotes: readonly Quote[];
  /** Entity mentions with the canonical name of their entity. */
  mentions: readonly (Span & { name: string })[];
}

export interface SamePlace extends Span {
  uri: string;
  source: string;
  /** The passage's words (untrusted: neutralised where shown). */
  text: string;
}

/** The place just corrected, left out of the list. */
export interface Corrected extends Span {
  uri: string;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const isCorrected = (corrected: Corrected, uri: string, span: Span) => corrected.uri === uri && corrected.start === span.start && corrected.end === span.end;
const place = (article: StoryArticle, span: Span): SamePlace => ({ uri: article.uri, source: article.source, start: span.start, end: span.end, text: article.text.slice(span.start, span.end) });

/** Quotes with the same words whose speaker is not `speaker` yet. */
export function sameQuotes(articles: readonly StoryArticle[], corrected: Corrected, words: string, speaker?: string | null): SamePlace[] {
  const wanted = flat(words);
  return articles.flatMap((a) =>
    a.quotes.filter((q) => flat(q.text) === wanted && !isCorrected(corrected, a.uri, q) && (speaker === undefined || q.speaker !== speaker)).map((q) => place(a, q)),
  );
}

/** Entity mentions with the same words (to hide them too). */
export function sameMentions(articles: readonly StoryArticle[], corrected: Corrected, words: string): SamePlace[] {
  const wanted = flat(words);
  return articles.flatMap((a) => a.mentions.filter((m) => flat(a.text.slice(m.start, m.end)) === wanted && !isCorrected(corrected, a.uri, m)).map((m) => place(a, m)));
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Whole-word occurrences of `words` not yet a mention of the entity `name` (to mark them too). */
export function unmarkedNames(articles: readonly StoryArticle[], corrected: Corrected, words: string, name: string): SamePlace[] {
  const needle = words.trim();
  if (!needle) return [];
  return articles.flatMap((a) => {
    const found: SamePlace[] = [];
    // That entity's mentions in text order, walked once alongside the occurrences (which come in text order too).
    const marked = a.mentions.filter((m) => m.name === name).sort((x, y) => x.end - y.end);
    let next = 0;
    for (let at = a.text.indexOf(needle); at >= 0; at = a.text.indexOf(needle, at + needle.length)) {
      const span = { start: at, end: at + needle.length };
      if (isWordChar(a.text[at - 1]) || isWordChar(a.text[span.end])) continue;
      if (isCorrected(corrected, a.uri, span)) continue;
      while (next < marked.length && marked[next].end <= span.start) next++;
      if (next < marked.length && marked[next].start < span.end) continue;
      found.push(place(a, span));
    }
    return found;
  });
}

