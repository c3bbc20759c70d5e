// Unnamed sources ("a spokesperson", "two diplomats", "researchers", "the father"): the article says who
// spoke, only not by name. A fact-checker is better served by the article's own words than by nothing,
// so such a quote's speaker is the description as written, starting lower-case: that tells it apart from
// a name (cross-source matching treats it as no name at all) and from a quote nobody is credited with.
import type { SubjectRef } from './subject';

/** Kin and household roles: "the father said" is a relative of someone named, rarely the person named last. */
export const KIN_ROLES = new Set(['father', 'mother', 'dad', 'mom', 'mum', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'uncle', 'aunt', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'cousin', 'nephew', 'niece', 'parent', 'parents', 'friend', 'neighbour', 'neighbor', 'partner', 'widow', 'widower', 'fiancé', 'fiancée']);

/** A one-word description must be a group that speaks ("researchers"), not a stray quantifier ("some"). */
const GROUP_ALONE = /^\p{L}{4,}s$/u;
/** "Grant's deputy", "Lydia Grant's chief of staff": an owner's name, then the role. */
const OWNER_ROLE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

/** Longest description kept: past it the words are a clause, not a source ("one of the people who …"). */
const MAX_WORDS = 8;

/** The words of an unnamed-source reference as a speaker ("Another official" → "another official"); undefined when too long. */
export function describe(ref: SubjectRef): string | undefined {
  // The lookbehinds keep each run of spaces or stops from being tried again from every character in it.
  const words = ref.text.replace(/(?<![\s,;:.])[\s,;:.]+$/, '').replace(/\s+/g, ' ').trim();
  if (!words || words.split(' ').length > MAX_WORDS || (words.split(' ').length < 2 && !GROUP_ALONE.test(words)) || words.endsWith('-')) return undefined;
  // A possessive must hang the role on its owner ("Grant's deputy"), not sit inside a phrase ("the size of Grant's crowd").
  if (/['’]s\s/.test(words) && !OWNER_ROLE.test(words)) return undefined;
  // Capitalised only because it opens the sentence ("Another official", "Two diplomats").
  return /^\p{Lu}/u.test(words) && /^(?:a|an|another|one|two|three|four|five|several|some|many|most|other|few|the|his|her|their|its|my|our)\b/i.test(words) ? words[0].toLowerCase() + words.slice(1) : words;
}

/** The head noun of a description ("a senior official" → "official"), to find it again as "the official". */
export function descriptionHead(description: string): string {
  const words = description.replace(/(?<!\s)\s+(?:of|for|at|from|in|with|who|whose|which)\s.*$/i, '').split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

/** Whether a speaker name is a description of an unnamed source rather than a name. */
export function isDescription(speaker: string): boolean {
  return /^\p{Ll}/u.test(speaker);
}
