// What the Find commands list: passages of every article grouped by who said them (quotes) or by
// what they name (entity mentions), with a source name, a line number and an excerpt for each.
// Plain data in, plain data out (no vscode), so the grouping is unit-tested.
import type { Quote, Span } from '../../core/model';
import { lineAndCharacter, lineStarts } from '../editor/lineIndex';

export interface FindArticle {
  /** The article's uri, as a string. */
  uri: string;
  /** How the source is named to the user (its outlet, else its file name). */
  source: string;
  text: string;
}

export interface FoundPassage extends Span {
  uri: string;
  source: string;
  /** One-based, as the editor shows it. */
  line: number;
  /** The passage's own words (untrusted: neutralised by whichever sink shows them). */
  text: string;
}

export interface PassageGroup {
  /** The speaker's or entity's name; null for quotes the articles attribute to nobody. */
  name: string | null;
  passages: FoundPassage[];
  /** Sources the passages come from, in order of first appearance. */
  sources: string[];
}

/** One index of line starts per article, built on first use. */
function passageMaker(article: FindArticle): (span: Span) => FoundPassage {
  let starts: number[] | undefined;
  return (span) => {
    starts ??= lineStarts(article.text);
    const line = lineAndCharacter(starts, article.text.length, span.start).line + 1;
    return { uri: article.uri, source: article.source, start: span.start, end: span.end, line, text: article.text.slice(span.start, span.end) };
  };
}

function grouped(entries: { name: string | null; passage: FoundPassage }[]): PassageGroup[] {
  // Keyed by text from the workspace: a Map, so a speaker called "__proto__" is just a name.
  const groups = new Map<string | null, PassageGroup>();
  for (const { name, passage } of entries) {
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { name, passages: [], sources: [] }));
    group.passages.push(passage);
    if (!group.sources.includes(passage.source)) group.sources.push(passage.source);
  }
  // The most quoted (or mentioned) first; the unattributed last; then by name.
  return [...groups.values()].sort(
    (a, b) => Number(a.name === null) - Number(b.name === null) || b.passages.length - a.passages.length || (a.name ?? '').localeCompare(b.name ?? ''),
  );
}

/** Every quote of every article, grouped by speaker. */
export function quotesBySpeaker(articles: readonly (FindArticle & { quotes: readonly Quote[] })[]): PassageGroup[] {
  return grouped(
    articles.flatMap((article) => {
      const make = passageMaker(article);
      return article.quotes.map((quote) => ({ name: quote.speaker, passage: make(quote) }));
    }),
  );
}

/** The mentions of one entity across articles, in article order then text order. */
export function mentionsOf(occurrences: readonly { article: FindArticle; mentions: readonly Span[] }[]): FoundPassage[] {
  return occurrences.flatMap(({ article, mentions }) => {
    const make = passageMaker(article);
    return [...mentions].sort((a, b) => a.start - b.start).map(make);
  });
}
