// Which people "he" and "she" can refer to. A person's grammatical gender is read, strongest first, from
// an honorific before any mention ("Ms Grant"), the pronouns the article uses right after mentioning them
// ("Grant … her plan"), and a small list of common English first names. Unknown stays unknown: a pronoun
// may then refer to the person as before.
import type { Entity } from '../model';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './firstNames';

export type Gender = 'male' | 'female';

/** How far after a mention a pronoun is read as referring back to it. */
const PRONOUN_REACH = 160;
const MALE_PRONOUN = /^(?:he|him|his|himself)$/i;
const FEMALE_PRONOUN = /^(?:she|her|hers|herself)$/i;

/** The gender of "he"/"she" (or his/her…), undefined for other words. */
export function pronounGender(word: string): Gender | undefined {
  if (MALE_PRONOUN.test(word)) return 'male';
  if (FEMALE_PRONOUN.test(word)) return 'female';
  return undefined;
}

/**
 * The gender of each person entity that the article makes clear, by name. `mentions` are all entity
 * mentions of the article sorted by start, so "the next person named" bounds each look-ahead.
 */
export function personGenders(text: string, people: Entity[], mentions: { start: number; end: number; entity: Entity }[]): Map<string, Gender> {
  const votes = new Map<string, { male: number; female: number }>();
  const vote = (name: string, g: Gender, weight: number) => {
    const v = votes.get(name) ?? { male: 0, female: 0 };
    v[g] += weight;
    votes.set(name, v);
  };
  let previousEnd = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.entity.type !== 'person' || m.start < previousEnd) continue; // "Hallam" inside "Rob Hallam" counts once
    previousEnd = m.end;
    const honorific = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start));
    if (honorific) vote(m.entity.name, /^(?:Mr|Sir|Lord)$/.test(honorific[1]) ? 'male' : 'female', 5);
    // The first personal pronoun after the mention in its sentence, before anyone else is named: "Grant said
    // her …". (Across a sentence end, "… to Rob Hale. “…,” she said" would teach the wrong gender.)
    let limit = Math.min(text.length, m.end + PRONOUN_REACH);
    for (let k = i + 1; k < mentions.length && mentions[k].start < limit; k++) {
      if (mentions[k].entity !== m.entity && mentions[k].start > m.end) limit = mentions[k].start;
    }
    const rest = text.slice(m.end, limit);
    const stop = /[.!?]["”’]?\s/.exec(rest);
    const after = stop ? rest.slice(0, stop.index) : rest;
    const word = /\b(he|him|his|himself|she|her|hers|herself)\b/i.exec(after);
    const g = word && pronounGender(word[1]);
    if (g) vote(m.entity.name, g, 1);
  }
  const genders = new Map<string, Gender>();
  for (const e of people) {
    const v = votes.get(e.name) ?? { male: 0, female: 0 };
    const first = e.name.split(/\s+/)[0].toLowerCase();
    if (MALE_FIRST_NAMES.has(first)) v.male += 3;
    if (FEMALE_FIRST_NAMES.has(first)) v.female += 3;
    if (v.male > v.female) genders.set(e.name, 'male');
    else if (v.female > v.male) genders.set(e.name, 'female');
  }
  // "LeBlanc" alone, beside "Ernie LeBlanc" and "Jason LeBlanc": the family's gender when all agree.
  const families = new Map<string, Set<Gender | undefined>>();
  for (const e of people) {
    const parts = e.name.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1];
    families.set(surname, (families.get(surname) ?? new Set()).add(genders.get(e.name)));
  }
  for (const e of people) {
    const kin = genders.has(e.name) || /\s/.test(e.name) ? undefined : families.get(e.name);
    const only = kin && kin.size === 1 ? [...kin][0] : undefined;
    if (only) genders.set(e.name, only);
  }
  return genders;
}
