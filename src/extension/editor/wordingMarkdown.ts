// The word-level difference between two outlets' renderings of a quote, as escaped Markdown for
// hovers. Kept free of the editor API so it can be tested in plain Node.
import { normalizedText, wordingDiff } from '../../core';
import { escapeMarkdown } from '../text/markdownText';

/** Word-level difference from this outlet's wording to another's, as escaped Markdown: ~~removed~~ **added**. */
export function wordingDiffMarkdown(mine: string, theirs: string): string {
  const parts = wordingDiff(mine, theirs);
  if (parts.every((p) => !p.added && !p.removed)) return escapeMarkdown(theirs.trim());
  let out = '';
  let previous: { added: boolean; removed: boolean } | undefined;
  // The parts may carry no space where a change meets other text: whether the words stood apart
  // there is read from the text both sides of that meeting come from.
  const inMine = spacedReader(mine);
  const inTheirs = spacedReader(theirs);
  for (const p of parts) {
    const lead = /^\s/.test(p.value) ? ' ' : '';
    const trail = /\s$/.test(p.value) ? ' ' : '';
    const body = escapeMarkdown(p.value.trim());
    if (!body) {
      out += p.value ? ' ' : '';
      continue;
    }
    // Kept text after a removal meets it in mine, after an addition in theirs.
    const [spacedInMine, spacedInTheirs] = [p.added ? false : inMine(p.value), p.removed ? false : inTheirs(p.value)];
    const spaced = p.removed || previous?.removed ? spacedInMine : spacedInTheirs;
    // "~~We will~~ **We'll**", not "~~We will~~**We'll**": a replacement reads as two separate words.
    const replacing = previous && ((previous.removed && p.added) || (previous.added && p.removed));
    if ((replacing || (previous && spaced)) && !/\s$/.test(out) && !lead) out += ' ';
    if (p.removed) out += `${lead}~~${body}~~${trail}`;
    else if (p.added) out += `${lead}**${body}**${trail}`;
    else out += `${lead}${body}${trail}`;
    previous = p;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * Reads parts of `text` in order: whether each stands after a space there (or opens the text after
 * one). A part not found as written (the diff may normalise it) counts as a separate word.
 */
function spacedReader(text: string): (part: string) => boolean {
  const lower = text.toLowerCase();
  let cursor = 0;
  return (part) => {
    const wanted = part.trim().toLowerCase();
    const at = lower.indexOf(wanted, cursor);
    if (at < 0) return true;
    cursor = at + wanted.length;
    return at > 0 && /\s/.test(lower[at - 1]);
  };
}

/**
 * For a hover line: nothing when the wordings match, else the other outlet's wording as a diff from
 * this one, framed by `framed` (the caller's localised words around it).
 */
export function wordingNote(mine: string, theirs: string, framed: (diff: string) => string = (diff) => ` — wording: ${diff}`): string {
  return normalizedText(mine) === normalizedText(theirs) ? '' : framed(wordingDiffMarkdown(mine, theirs));
}
