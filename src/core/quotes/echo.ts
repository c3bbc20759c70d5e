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
  // Only a few characters either side are read (marks, markdown), so this stays cheap on any input.
  const before = text.slice(Math.max(0, q.start - 8), q.start);
  const after = text.slice(q.end, q.end + 8);
  if (!/(?:^|\n)[ \t#*>-]*["“”‘’'«‹„]$/u.test(before) || !/^["“”‘’'»›][ \t*]*(?:\r?\n|$)/u.test(after)) return false;
  if (q.start === 1 && q.end + 1 >= text.length) return false;
  const inner = text.slice(q.start, q.end);
  return inner.length < 120 && !/[.!?…,;:]$/.test(inner.trim()) && words(inner).length <= 12;
}

/** Most display quotes an article can have; more means the text is not laid out as news. */
const MAX_DISPLAY_QUOTES = 24;

/** Gives each unattributed display quote the speaker of the only attributed quote that contains its words. */
export function attributeEchoes(article: Article, quotes: Quote[]): Quote[] {
  const display = quotes.map((q) => isDisplayQuote(article, q));
  const targets = quotes.map((_q, i) => i).filter((i) => display[i] && quotes[i].speaker === null);
  if (targets.length === 0 || targets.length > MAX_DISPLAY_QUOTES) return quotes;
  // Each quote's words, read when first needed: display quotes and unattributed ones are never compared.
  const tokenised: (string[] | undefined)[] = [];
  const wordsOf = (k: number): string[] => (tokenised[k] ??= words(quotes[k].text));
  const out = [...quotes];
  for (const i of targets) {
    const echo = wordsOf(i);
    if (echo.length < MIN_ECHO_WORDS) continue;
    const speakers = new Set<string>();
    for (let k = 0; k < quotes.length; k++) {
      const other = quotes[k];
      if (k === i || other.speaker === null || display[k] || wordsOf(k).length < echo.length) continue;
      if (containsRun(wordsOf(k), echo)) speakers.add(other.speaker);
    }
    if (speakers.size === 1) out[i] = { ...quotes[i], speaker: [...speakers][0] };
  }
  return out;
}
