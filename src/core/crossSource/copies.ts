// Copies: one quote carried word for word, credited to the same speaker, by several articles of a
// story (wire copy, syndication). They are one rendering, so grouping compares the first of them (in
// the story's order) and gives every group it joins the others as members too. Two things follow:
// - a quote carried by hundreds of outlets is one unit to compare, not hundreds whose pairs all need
//   comparing and clustering (the pairs grew with the square of the copies);
// - its words count once, so a quote most of the story carries is not taken for common words (a word
//   in too many sentences cannot propose a pair, and a widely carried quote's words all were).
// A quote that would not be grouped with itself in another article (a word or two credited to nobody)
// is not collapsed, and a second copy in the same article stays a quote of its own (a headline over
// the body's quote is grouped by the same-article rule).
import type { Quote } from '../model';
import { refKey, type QuoteRef, type SourceQuotes } from './quoteRefs';

export interface StoryCopies {
  /** The sources with each copy left out: what grouping compares. */
  reduced: SourceQuotes[];
  /** For a quote that stands for copies (by refKey): the copies, in the story's order. */
  copiesOf: ReadonlyMap<string, readonly QuoteRef[]>;
}

/**
 * Finds the copies of a story's quotes. `groupsWithItself(ref)` says whether a quote would be grouped
 * with the same words, credited alike, in another article; it is asked once per distinct quote that
 * comes back.
 */
export function storyCopies(sources: readonly SourceQuotes[], groupsWithItself: (ref: QuoteRef) => boolean): StoryCopies {
  // By speaker, then by text: the first of each quote, the files it is in, and its copies.
  const firsts = new Map<string | null, Map<string, { file: string; quote: Quote; files?: Set<string>; copies?: QuoteRef[] } | null>>();
  const copiesOf = new Map<string, QuoteRef[]>();
  const refOf = (file: string, q: Quote): QuoteRef => ({ file, start: q.start, end: q.end, text: q.text, speaker: q.speaker });
  const reduced = sources.map((source) => {
    const kept: Quote[] = [];
    for (const quote of source.quotes) {
      if (quote.kind === 'reported') {
        kept.push(quote);
        continue;
      }
      let byText = firsts.get(quote.speaker);
      if (!byText) firsts.set(quote.speaker, (byText = new Map()));
      const known = byText.get(quote.text);
      if (known === undefined) {
        byText.set(quote.text, { file: source.file, quote });
        kept.push(quote);
        continue;
      }
      if (known === null || known.file === source.file || known.files?.has(source.file)) {
        kept.push(quote);
        continue;
      }
      if (!known.copies) {
        if (!groupsWithItself(refOf(source.file, quote))) {
          byText.set(quote.text, null);
          kept.push(quote);
          continue;
        }
        known.files = new Set([known.file]);
        known.copies = [];
        copiesOf.set(refKey(refOf(known.file, known.quote)), known.copies);
      }
      known.files?.add(source.file);
      known.copies.push(refOf(source.file, quote));
    }
    return kept.length === source.quotes.length ? source : { file: source.file, quotes: kept };
  });
  return { reduced, copiesOf };
}

/** Whether two findings of copies are the same (the same quotes stand for the same copies). */
export function sameCopies(a: StoryCopies['copiesOf'], b: StoryCopies['copiesOf']): boolean {
  if (a.size !== b.size) return false;
  for (const [key, copies] of a) {
    const other = b.get(key);
    if (!other || other.length !== copies.length) return false;
    for (let k = 0; k < copies.length; k++) {
      const [x, y] = [copies[k], other[k]];
      if (x.file !== y.file || x.start !== y.start || x.end !== y.end || x.text !== y.text || x.speaker !== y.speaker) return false;
    }
  }
  return true;
}
