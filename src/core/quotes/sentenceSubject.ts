// The grammatical subject that opens a sentence ("Grant decried the plan as “reckless”"; "On Monday,
// Omar Feld, who runs the utility, vowed to “fix it”"): who a quoted phrase belongs to when the sentence
// has no reporting verb. Only the opening words are read, so the work stays linear.
import type { Span } from '../model';
import { MASK } from './sentences';
import { classify, type SubjectRef } from './subject';

/** Connectives that may open a sentence before its subject. */
const CONNECTIVE = /^(?:But|And|So|Yet|Still|Then|Now|Also|However|Meanwhile|Instead|Indeed|Later|Earlier|Separately|Again|Of course|In fact|Even so)\b,?\s+/;
/** Words that open an adverbial or subordinate clause ending at the first comma ("On Tuesday, …"). */
const INTRODUCTORY = /^(?:On|In|At|After|Before|During|While|When|Since|Despite|As|Following|Under|Over|With|Without|From|For|Through|Amid|Unlike|Like|Although|Though|If|Because|Once|Until|By|Last|This|Today|Yesterday|Tonight|Asked|Speaking|Addressing|Writing|Responding|Pressed|Earlier|Later|Early|Back|Here|There|Elsewhere|\d)\b/;
/** How many words a title or description may put before the name ("Democratic presidential candidate"). */
const MAX_WORDS_BEFORE = 4;
const PRONOUN_SUBJECT = /^([Hh]e|[Ss]he)\s+\p{Ll}/u;
const CAPITALISED_RUN = /[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:of|de|van|von|bin|al|da|du|le|la)\s+)?[\p{Lu}][\p{L}'’.-]*)*/gu;

/**
 * The subject opening the sentence that holds a quote opening at `openAt` (absolute): a pronoun, or a
 * capitalised name near the start followed by its verb or an appositive. Undefined when the sentence
 * opens otherwise, or with several people ("Grant and Feld"), or with a possessive ("Grant's aide").
 * `isSpeaker` tells names of people and organisations from other capitalised words ("Democratic").
 */
export function sentenceSubject(text: string, masked: string, base: number, sentence: Span, openAt: number, isSpeaker: (ref: SubjectRef) => boolean): SubjectRef | undefined {
  const from = sentence.start;
  let s = masked.slice(from - base, Math.min(openAt, from + 300) - base);
  let at = from;
  for (let m = CONNECTIVE.exec(s); m; m = CONNECTIVE.exec(s)) {
    at += m[0].length;
    s = s.slice(m[0].length);
  }
  // After a connective the opener is lower-case ("But early on, he …").
  if (INTRODUCTORY.test(s.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))) {
    const comma = s.indexOf(',');
    if (comma < 0 || comma > 150 || s.slice(0, comma).includes(MASK)) return undefined;
    const skip = comma + 1 + (/^\s*/.exec(s.slice(comma + 1))?.[0].length ?? 0);
    at += skip;
    s = s.slice(skip);
  }
  const pronoun = PRONOUN_SUBJECT.exec(s);
  if (pronoun) return classify(text, at, at + pronoun[1].length);
  for (const m of s.matchAll(CAPITALISED_RUN)) {
    const start = m.index ?? 0;
    const before = s.slice(0, start);
    if (before.includes(',') || before.includes(MASK) || before.split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE) return undefined;
    const after = s.slice(start + m[0].length);
    // A possessive ("Grant's aide") or a second subject ("Grant and Feld") makes someone else the subject.
    if (/^['’]s?\b/.test(after) || /^\s+(?:and|or|&)\s+\p{Lu}/u.test(after) || /^\s*\(/.test(after) && /^\s*\([^)]*\)\s+(?:and|or)\s/u.test(after)) return undefined;
    if (!/^(?:\s*[,(]|\s+\p{Ll})/u.test(after)) continue;
    const ref = classify(text, at + start, at + start + m[0].length);
    if (ref.kind === 'name' && isSpeaker(ref)) return ref;
  }
  return undefined;
}
