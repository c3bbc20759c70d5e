// Shared by the quote tests: run the quote stages on a text and find spans by their words.
import { parseArticle } from '../../../../src/core/article';
import type { Entity, EntityType, Quote, Span } from '../../../../src/core/model';
import { attributeSpeakers, findQuotes } from '../../../../src/core/quotes';

/** The span of the nth (0-based) occurrence of `needle` in `text`; throws in the test when absent. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in the test text`);
  }
  return { start: at, end: at + needle.length };
}

/** An entity whose mentions are every occurrence of each given surface form. */
export function entity(text: string, name: string, type: EntityType, forms: string[] = [name]): Entity {
  const mentions = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const before = at > 0 ? text[at - 1] : ' ';
      const after = text[at + form.length] ?? ' ';
      if (/[\p{L}]/u.test(before) || /[\p{L}]/u.test(after)) continue;
      mentions.push({ start: at, end: at + form.length, text: form });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { name, type, mentions, aliases: [...new Set([name, ...forms])] };
}

export interface Attributed {
  text: string;
  speaker: string | null;
  cue?: string;
  mention?: string;
}

/** Quotes of a text with speakers, as plain data that reads well in a failed assertion. */
export function attribute(text: string, entities: Entity[] = []): Attributed[] {
  const article = parseArticle(text);
  return attributeSpeakers(article, findQuotes(article), entities).map((q) => plain(text, q));
}

function plain(text: string, q: Quote): Attributed {
  const out: Attributed = { text: q.text, speaker: q.speaker };
  if (q.cue) out.cue = q.cue.text;
  if (q.speakerMention) out.mention = text.slice(q.speakerMention.start, q.speakerMention.end);
  return out;
}

/** Quote spans as [start, end, text] triples. */
export function quoteSpans(text: string): [number, number, string][] {
  return findQuotes(parseArticle(text)).map((q) => [q.start, q.end, q.text]);
}
