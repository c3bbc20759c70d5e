// An attribution written right after a quote that the reporting-verb lexicon does not know:
// "“…,” Grant shot back", "“…,” quipped Feld", "“…,” points out the harbour's longest-serving pilot".
// A quote that ends on a comma (or ! ? …) inside its marks leaves its sentence open, and what follows it
// is, in news writing, almost always who said it and how.
import type { Span } from '../model';
import { MASK } from './sentences';
import { classify, type SubjectRef } from './subject';

export interface TrailingAttribution {
  subject: SubjectRef;
  verb: Span;
}

/** How far after the closing mark the subject and verb may reach. */
const REACH = 100;
/** Irregular past tenses that report speech after a quote ("went on", "shot back", "broke in"). */
const IRREGULAR = new Set(['went', 'shot', 'fired', 'told', 'wrote', 'spoke', 'began', 'broke', 'put', 'cried', 'chimed', 'said', 'says', 'told', 'read', 'reads']);
/** Words that end in -s or -ed but are no verbs of speaking. */
const NOT_VERBS = new Set(['is', 'was', 'has', 'his', 'its', 'this', 'us', 'as', 'was', 'does', 'needs', 'needed', 'seems', 'seemed', 'looks', 'looked', 'less', 'unless', 'towards', 'afterwards', 'plus', 'thus', 'news', 'whereas', 'perhaps', 'always', 'sometimes', 'hundreds', 'thousands', 'millions', 'times', 'days', 'years', 'months', 'weeks', 'hours', 'minutes']);

/** Subject then verb: a pronoun, a capitalised name, or a definite description, then a lower-case verb. */
const SUBJECT_VERB = /^[\s,]*(he|she|they|we|I|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}|the\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,3}?)\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)\b/u;
/** Verb then subject: "quipped Feld," / "points out the harbour pilot, who …". */
const VERB_SUBJECT = /^[\s,]*([\p{Ll}]+)\s+(?:(?:out|back|up|in|on)\s+)?((?:the\s+)?[\p{Lu}\p{Ll}\d][^,.;:!?()\u2063]{0,60}?)\s*(?:[,.;:!?(]|$)/u;

/**
 * The subject and verb right after a quote whose text leaves the sentence open; undefined when the words
 * after it do not read as "subject verb" or "verb subject".
 */
export function attributionAfter(text: string, masked: string, base: number, quote: Span, closeEnd: number, limit: number): TrailingAttribution | undefined {
  let region = masked.slice(closeEnd - base, Math.min(limit, closeEnd + REACH) - base);
  if (region.includes(MASK)) region = region.slice(0, region.indexOf(MASK));
  // After a quote that ends its sentence only a lower-case word ("“….” expressed Feld") still attaches to it.
  if (!/[,!?…—–-]\s*$/.test(text.slice(quote.start, quote.end)) && text[closeEnd] !== ',' && !/^\s*\p{Ll}/u.test(region)) return undefined;
  const sv = SUBJECT_VERB.exec(region);
  if (sv && isSpeechVerb(sv[2]) && !/['’]s$/.test(sv[1])) {
    const at = closeEnd + sv.index + sv[0].indexOf(sv[1]);
    const verbAt = closeEnd + sv[0].length - sv[2].length;
    const subject = classify(text, at, at + sv[1].length);
    if (subject.kind !== 'none') return { subject, verb: { start: verbAt, end: verbAt + sv[2].length } };
  }
  const vs = VERB_SUBJECT.exec(region);
  if (vs && isSpeechVerb(vs[1]) && /^(?:the\s|[\p{Lu}])/u.test(vs[2])) {
    const verbAt = closeEnd + vs[0].indexOf(vs[1]);
    const at = closeEnd + vs[0].lastIndexOf(vs[2]);
    const subject = classify(text, at, at + vs[2].length);
    if (subject.kind !== 'none') return { subject, verb: { start: verbAt, end: verbAt + vs[1].length } };
  }
  return undefined;
}

/** A past tense or present third person ("shot", "quipped", "notes"), not a common non-verb. */
function isSpeechVerb(word: string): boolean {
  if (NOT_VERBS.has(word)) return false;
  return IRREGULAR.has(word) || /.ed$/.test(word) || /[^su]s$/.test(word);
}
