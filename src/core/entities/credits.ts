// Author credits: "Ana Lund, The Meridian Wire" on a line of its own, "Ana Lund is a Valmora-based reporter",
// "Ana Lund contributed to this report". The writer is the article's author, not a person the story
// mentions, so the names in these credits are not entities (a "By Ana Lund" byline is left to the byline rules).
import type { Span } from '../model';

/**
 * Two to four capitalised words: the credited name. It starts only where a word starts (the
 * lookbehind): tried again from every capital inside one long word ("A.A.A.…"), each try would read
 * to the word's end, which is quadratic.
 */
const NAME = "(?<![\\p{L}'’.-])(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3})";

/** A line that is only "Name, Outlet" or "Name, role": no sentence punctuation at its end ("By Name, role" is a byline, left to the byline rules). */
const CREDIT_LINE = new RegExp(`^[ \\t]*(?!By )${NAME}, (?:The )?\\p{Lu}[^\\n.!?:;"“”]{0,50}$`, 'gmu');

const JOBS = 'reporter|writer|journalist|columnist|correspondent|contributor|editor|producer|photographer|photojournalist|videographer|critic|freelancer';
/** "Ana Lund is a Valmora-based reporter covering …", "Ana Lund is a freelance writer". */
const BIO = new RegExp(`(?<![\\p{L}'’-] ?)${NAME} is an? (?:[\\p{L}-]+ ){0,5}?(?:${JOBS})\\b`, 'gmu');
/** "Ana Lund contributed to this report", "With files from Ana Lund". */
const CONTRIBUTED = new RegExp(`${NAME} contributed (?:reporting )?to this (?:story|report|article)`, 'gu');
const FILES_FROM = new RegExp(`[Ww]ith files from ${NAME}`, 'gu');

/**
 * Each pattern with words it cannot match without: a text lacking them is not searched (most articles
 * hold no credit, and each search tries every capital of the text).
 */
const CREDITS: readonly { re: RegExp; needs: string }[] = [
  { re: CREDIT_LINE, needs: ', ' },
  { re: BIO, needs: ' is a' },
  { re: CONTRIBUTED, needs: ' contributed ' },
  { re: FILES_FROM, needs: 'ith files from ' },
];

/** Spans of the author names that credits in the text name. */
export function authorCreditSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const { re, needs } of CREDITS) {
    if (!text.includes(needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
