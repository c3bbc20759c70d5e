// The word-level difference between two outlets' renderings of a quote, as escaped Markdown for
// hovers. Kept free of the editor API so it can be tested in plain Node.
import { normalizedText, wordingDiff } from '../core';
import { escapeMarkdown } from './markdownText';

/** Word-level difference from this outlet's wording to another's, as escaped Markdown: ~~removed~~ **added**. */
export function wordingDiffMarkdown(mine: string, theirs: string): string {
  const parts = wordingDiff(mine, theirs);
  if (parts.every((p) => !p.added && !p.removed)) return escapeMarkdown(theirs.trim());
  let out = '';
  let previous: { added: boolean; removed: boolean } | undefined;
  for (const p of parts) {
    const lead = /^\s/.test(p.value) ? ' ' : '';
    const trail = /\s$/.test(p.value) ? ' ' : '';
    const body = escapeMarkdown(p.value.trim());
    if (!body) {
      out += p.value ? ' ' : '';
      continue;
    }
    // "~~We will~~ **We'll**", not "~~We will~~**We'll**": a replacement reads as two separate words.
    const replacing = previous && ((previous.removed && p.added) || (previous.added && p.removed));
    if (replacing && !/\s$/.test(out) && !lead) out += ' ';
    if (p.removed) out += `${lead}~~${body}~~${trail}`;
    else if (p.added) out += `${lead}**${body}**${trail}`;
    else out += `${lead}${body}${trail}`;
    previous = p;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** For a hover line: nothing when the wordings match, else the other outlet's wording as a diff from this one. */
export function wordingNote(mine: string, theirs: string): string {
  return normalizedText(mine) === normalizedText(theirs) ? '' : ` — wording: ${wordingDiffMarkdown(mine, theirs)}`;
}
