// Display quotes: a headline, standfirst or crosshead often repeats words the body quotes from a named
// speaker ("‘No stone unturned’: minister orders inquiry" over “We will leave no stone unturned …,” Vale
// said). Such a quote has no cue of its own; it takes the speaker of the body quote it echoes, when
// exactly one speaker said those words.
import type { Article, Quote, Span } from '../model';

/** Fewer words than this match too easily by chance ("no", "real risk"). */
const MIN_ECHO_WORDS = 2;

/** Lower-case words, apostrophes unified, so “didn’t” matches "didn't". */
function words(s: string): string[] {
  return s.toLowerCase().replace(/[’‘`´]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A quote set apart from the running text: in the headline, before the byline (a standfirst), or
 * standing alone on its line without closing punctuation (a crosshead).
 */
export function isDisplayQuote(article: Article, q: Span): boolean {
  const { text } = article;
  if (article.headline && q.start >= article.headline.start && q.end <= article.headline.end) return true;
  if (article.byline && q.end <= article.byline.start) return true;
  return isCrosshead(text, q);
}

/** “We stopped it” on a line of its own, with no full stop: a crosshead, not a sentence of the story. */
export function isCrosshead(text: string, q: Span): boolean {
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const nl = text.indexOf('\n', q.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, q.start);
  const after = text.slice(q.end, lineEnd);
  if (!/^[\s#*>-]*["“”‘’'«‹„]$/u.test(before) || !/^["“”‘’'»›]\s*\**\s*\r?$/u.test(after)) return false;
  return !/[.!?…,;:]$/.test(text.slice(q.start, q.end).trim()) && words(text.slice(q.start, q.end)).length <= 12;
}

/** Gives each unattributed display quote the speaker of the only attributed quote that contains its words. */
export function attributeEchoes(article: Article, quotes: Quote[]): Quote[] {
  const tokenised = quotes.map((q) => words(q.text));
  return quotes.map((q, i) => {
    if (q.speaker !== null || tokenised[i].length < MIN_ECHO_WORDS || !isDisplayQuote(article, q)) return q;
    const speakers = new Set<string>();
    for (let k = 0; k < quotes.length; k++) {
      const other = quotes[k];
      if (k === i || other.speaker === null || isDisplayQuote(article, other)) continue;
      if (tokenised[k].length <= tokenised[i].length && tokenised[k].join(' ') !== tokenised[i].join(' ')) continue;
      if (!containsRun(tokenised[k], tokenised[i])) continue;
      speakers.add(other.speaker);
    }
    return speakers.size === 1 ? { ...q, speaker: [...speakers][0] } : q;
  });
}
