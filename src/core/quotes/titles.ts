// Quoted titles of works and names of things ('The A Word', “Operation Clean Sweep”) are not speech.

const WORK_NOUN = /\b(?:documentary|film|movie|book|novel|memoir|album|song|single|series|show|play|programme|program|podcast|exhibition|report|titled|entitled|dubbed|nicknamed|named|branded|campaign|hashtag|operation|slogan|headline|column|newsletter|magazine)\W*$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'le', 'du', 'des', 'vs']);

/** True when every word of the phrase is capitalised (small words apart) and it reads as a name, not a sentence. */
export function isTitleCase(phrase: string): boolean {
  if (/[.,;!?]\s*$/.test(phrase)) return false;
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (!/^[\p{Lu}\d]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d#@]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * A quoted title of a work or a name: Title Case, and either introduced by a word such as "documentary"
 * or "titled", or (several words long, or an acronym) with no speech cue near it (a cue makes it a
 * partial quote).
 */
export function isTitleOfWork(quoted: string, before: string, hasSpeechCue: boolean): boolean {
  if (!isTitleCase(quoted)) return false;
  if (WORK_NOUN.test(before.slice(-40))) return true;
  return !hasSpeechCue && (quoted.split(/\s+/).length >= 2 || /^\p{Lu}{2,}$/u.test(quoted)); // or an acronym: Please credit “PEPA”
}
