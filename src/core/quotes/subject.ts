// Who a reporting verb's subject is, read from the words around the verb: a name, a pronoun, a title
// ("the minister"), an unnamed source ("an official"), or a document ("a statement").
import type { Span } from '../model';
import { ANONYMOUS_START, BETWEEN_SUBJECT_AND_VERB, CLAUSE_WORDS, DOCUMENT_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, REPORTING_VERBS, SOURCE_GROUPS, TITLES } from './lexicon';
import { MASK } from './sentences';

export type SubjectKind = 'name' | 'pronoun' | 'title' | 'anonymous' | 'document' | 'none';

export interface SubjectRef {
  kind: SubjectKind;
  /** Absolute span of the words naming the speaker (empty for 'none'). */
  span: Span;
  text: string;
  /** For 'title': the title ("president") and what narrows it ("U.S."), lower-cased. */
  title?: string;
  modifier?: string;
}

/** Sentence adverbs that open a clause before its subject ("Later the minister said"). */
const SENTENCE_ADVERB = /^(?:Later|Meanwhile|However|Also|But|And|Yet|Still|Then|Now|Earlier|Separately|Today|Yesterday|Instead|Indeed|So)\s+/;

/** Subjects sit close to their verbs; looking no further keeps run-on lines linear. */
const MAX_SUBJECT_DISTANCE = 200;
const NONE: SubjectRef = { kind: 'none', span: { start: 0, end: 0 }, text: '' };
// (?<!\\s) before each \\s+ that follows a lazy .+?: a run of spaces is tried from its first space only,
// not again from each space in it (the same match, in linear time).
const TITLE_AT_END = new RegExp(`^(?:the|its|their|his|her)\\s+(?:(.+?)(?<!\\s)\\s+)?(${TITLES.map(escape).join('|')})$`, 'i');
const TITLE_WORD_SET = new Set(TITLES.flatMap((t) => t.split(/[\s-]+/)));
const CAPITALISED = /[\p{Lu}][\p{L}'’.-]*/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The subject standing before a verb at `verbAt` (absolute), searched from `from` (absolute, the start of
 * the sentence or the end of the last quote before the verb). `masked` is the paragraph's masked text
 * beginning at absolute offset `base`.
 */
export function subjectBefore(text: string, masked: string, base: number, from: number, verbAt: number): SubjectRef {
  from = Math.max(from, verbAt - MAX_SUBJECT_DISTANCE);
  let region = masked.slice(from - base, verbAt - base);
  const maskEnd = region.lastIndexOf(MASK);
  let regionStart = from;
  if (maskEnd >= 0) {
    regionStart = from + maskEnd + 1;
    region = region.slice(maskEnd + 1);
  }
  // A party-and-state tag ("Ada Vos, R-Ky., said"; "Sen. Ada Vos (D-Ill.), noting …, said") labels the name
  // before it: blanked to spaces, so offsets hold and the name is read as if the tag were not there.
  region = region.replace(PARTY_TAG, (tag) => ' '.repeat(tag.length));
  // Drop what stands between subject and verb ("on Wednesday", "had also", "(PEPA)"), then keep the last clause.
  // (Only a region ending in ")" can hold one: the pattern is not tried at every position of the others.)
  if (region.trimEnd().endsWith(')')) region = region.replace(/\s*\([^()]{0,60}\)\s*$/, ' ');
  for (;;) {
    const between = BETWEEN_SUBJECT_AND_VERB.exec(region) ?? ADVERB_BEFORE_VERB.exec(region);
    if (!between || !between[0].length || LY_NOUNS.has(between[0].trim().toLowerCase())) break;
    region = region.slice(0, between.index);
  }
  // Appositives sit between commas before the verb ("Lund's adviser, Tom Ashby, said"; "Feld, the
  // utility director, said"; "Grant, who cut short a trip, said"). A name in the appositive is the speaker;
  // a title or relative clause there points back to the segment before it.
  const segments = commaSegments(region, regionStart);
  const last = segments[segments.length - 1];
  if (last.text.trim() || segments.length < 2) {
    // "Ana Ruiz, chief executive of Tidewater Ltd said": a job description left unclosed before the verb.
    if (segments.length >= 2 && TITLE_OF.test(last.text)) {
      const named = lastClause(text, segments[segments.length - 2]);
      if (named.kind === 'name') return named;
    }
    const ref = lastClause(text, last);
    return ref.kind === 'none' ? adjectivesBefore(text, segments) ?? ref : ref;
  }
  const appositive = segments[segments.length - 2];
  const apposRef = lastClause(text, appositive);
  if (apposRef.kind === 'pronoun') return apposRef;
  // "Ana Ruiz, Minister of Ports, Roads and Rail, said": the list after a title belongs to the title.
  if (apposRef.kind === 'name' && segments.length >= 3 && TITLE_OF.test(segments[segments.length - 3].text)) {
    const walked = nameBeforeAsides(text, segments);
    if (walked) return walked;
  }
  // "Tom Ashby, said": a name alone in the appositive is the speaker; "Canada's envoy to Peru" or
  // "in Lisbon" only describes the name before it.
  if (apposRef.kind === 'name' && (segments.length < 3 || !DESCRIPTIVE.test(appositive.text.trim()))) return apposRef;
  const relative = /^\s*(?:who|which|whose)\b/i.test(appositive.text);
  // "Ada Vos, 30, of Kent, Ohio, who was polled, said": ages, places and clauses stand between name and verb.
  if (relative || ASIDE.test(appositive.text)) {
    const walked = nameBeforeAsides(text, segments);
    if (walked) return walked;
  }
  // A title, an age, a relative clause or a description ("a virologist at …", "the company's chief
  // executive") describes the words before it, which name the speaker when they are a name.
  const before = segments.length >= 3 ? lastClause(text, segments[segments.length - 3]) : NONE;
  if (before.kind === 'name' || before.kind === 'pronoun') return before;
  if (relative || apposRef.kind === 'none' || apposRef.kind === 'name') return before.kind === 'none' && apposRef.kind === 'name' ? apposRef : before;
  return apposRef;
}

/** "the lanky, bespectacled professor": adjectives split by a comma still make one description. */
function adjectivesBefore(text: string, segments: Segment[]): SubjectRef | undefined {
  if (segments.length < 2) return undefined;
  const last = segments[segments.length - 1];
  const prev = segments[segments.length - 2];
  const det = /\b(?:the|a|an)\s+[\p{Ll}-]+\s*$/iu.exec(prev.text);
  if (!det || !/^\s*[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s*$/u.test(last.text)) return undefined;
  const ref = classify(text, prev.start + det.index, last.start + last.text.length);
  return ref.kind === 'title' || ref.kind === 'anonymous' ? ref : undefined;
}

/** A job description opening a segment: a title word, then "of"/"at" ("chief executive of Tidewater"). */
const TITLE_OF = new RegExp(`^\\s*(?:[\\p{L}.-]+\\s+){0,2}?(?:${TITLES.map(escape).join('|')})\\s+(?:of|at)\\s`, 'iu');
/** An appositive that describes rather than names: a possessive, a place phrase, or "envoy to Peru". */
const DESCRIPTIVE = /['’]s\s|^(?:in|at|on|from|of|for|with|near|outside)\s|\s(?:to|in|at|of|for|from)\s+\p{Lu}/u;

/** "Voss gingerly said", "Arke initially claimed", "Arke has even claimed": an adverb between subject and verb. */
const ADVERB_BEFORE_VERB = /(?<!\S)(?:[a-z]{2,}ly|even|first|both|all)\s*$/;
/** Nouns in -ly that are the subject themselves ("the family said"). */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'elderly', 'homily', 'bully', 'fly']);

/** A comma segment that only adds an age, a place, a relative clause or a participle clause ("noting the size of the crowd") to the name before it. */
const ASIDE = /^\s*(?:\d{1,3}|(?:who|which|whose|of|from|in|at|near|outside|[a-z]{2,}ing)\s.*)$/i;
/**
 * US party-and-state labels after a name: ", R-Ky.," or " (D-Ill.)" or " (R-OH)". The comma before the
 * bare form goes with it; the tag must end where a comma or the region ends.
 */
const PARTY_TAG = /(?:,\s*|(?<!\s)\s*\()[RDI]-[A-Z][A-Za-z.]{1,12}\)?(?=\s*,)/g;
const PLACE_PHRASE = /^\s*(?:of|from|in|at|near|outside)\s/i;

/**
 * The name a run of asides hangs on, walking back from the verb; a name right after "of Kent" is the
 * place's state, and one right after "Minister of Ports" continues the title.
 */
function nameBeforeAsides(text: string, segments: Segment[]): SubjectRef | undefined {
  for (let i = segments.length - 2, steps = 0; i >= 0 && steps < 8; i--, steps++) {
    if (ASIDE.test(segments[i].text) || TITLE_OF.test(segments[i].text)) continue;
    const ref = lastClause(text, segments[i]);
    if (ref.kind === 'name' && i > 0 && (PLACE_PHRASE.test(segments[i - 1].text) || TITLE_OF.test(segments[i - 1].text))) continue;
    return ref.kind === 'name' || ref.kind === 'pronoun' ? ref : undefined;
  }
  return undefined;
}

/** The subject after a verb ("said Ms Grant, the minister"; "according to the ministry"): up to the next comma or clause word. */
export function subjectAfter(text: string, masked: string, base: number, afterVerb: number, limit: number): SubjectRef {
  const region = masked.slice(afterVerb - base, Math.min(limit, afterVerb + MAX_SUBJECT_DISTANCE) - base);
  let end = afterVerb + region.length;
  for (const stop of region.matchAll(SUBJECT_AFTER_STOPS)) {
    const at = stop.index ?? 0;
    if (stop[0] === '.' && ABBREVIATED.test(region.slice(Math.max(0, at - 5), at))) continue; // "said Mr. Smith"
    end = afterVerb + at;
    break;
  }
  const ref = classify(text, afterVerb, end);
  // "says Grant's deputy, Tom Ashby.": the name in the appositive is who speaks.
  if (ref.kind === 'anonymous' && /['’]s\s/.test(ref.text) && masked[end - base] === ',') {
    const named = /^,\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*(?:[,.;!?]|$)/u.exec(masked.slice(end - base, Math.min(limit, end + 60) - base));
    if (named) {
      const name = classify(text, end + named[0].indexOf(named[1]), end + named[0].indexOf(named[1]) + named[1].length);
      if (name.kind === 'name') return name;
    }
  }
  return ref;
}

const SUBJECT_AFTER_STOPS = /[,;:.!?()\u2063—–]|\s[-]\s|\b(?:in|on|at|to|who|which|that|during|after|before|when|while|as|of the)\b/g;
const ABBREVIATED = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Jr|Sr|\p{Lu})$/u;

interface Segment {
  start: number;
  text: string;
}

function commaSegments(region: string, regionStart: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (let i = region.indexOf(','); i >= 0; i = region.indexOf(',', at)) {
    out.push({ start: regionStart + at, text: region.slice(at, i) });
    at = i + 1;
  }
  out.push({ start: regionStart + at, text: region.slice(at) });
  return out;
}

/** The subject in the last clause of a comma segment: what follows its last clause word or other boundary. */
function lastClause(text: string, seg: Segment): SubjectRef {
  let at = 0;
  for (const m of seg.text.matchAll(CLAUSE_SEPARATORS)) {
    const word = m[0].toLowerCase();
    if (/^\p{L}/u.test(word) && !REPORTING_VERBS.has(word) && !CLAUSE_WORD_SET.has(word)) continue; // an ordinary word
    // "Fire and Rescue Service", "Port and Harbour Workers": "and" inside a name is no boundary.
    if ((word === 'and' || word === 'of') && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(seg.text.slice(0, m.index)) && /^\s+\p{Lu}/u.test(seg.text.slice(m.index + m[0].length))) continue;
    at = m.index + m[0].length;
  }
  // Trailing blanks may stand for a label blanked out of the masked text (PARTY_TAG): the words end before them.
  return classify(text, seg.start + at, seg.start + seg.text.trimEnd().length);
}

/** Punctuation, clause words and every word (words are sorted out in the loop); matchAll copies it, so no state is shared. */
const CLAUSE_SEPARATORS = new RegExp(`[;:()—–]|\\s-\\s|${CLAUSE_WORDS.source}|\\b[\\p{L}]+\\b`, 'giu');
const CLAUSE_WORD_SET = new Set(CLAUSE_WORDS.source.replace(/^\\b\(\?:|\)\\b$/g, '').split('|'));

/** Classifies the words text[start, end) as a speaker reference. */
export function classify(text: string, start: number, end: number): SubjectRef {
  while (start < end && /[\s"“”'‘’]/.test(text[start])) start++;
  while (end > start && /[\s,"“”'‘’]/.test(text[end - 1])) end--;
  const adverb = SENTENCE_ADVERB.exec(text.slice(start, Math.min(end, start + 16)));
  if (adverb && start + adverb[0].length < end) start += adverb[0].length;
  const words = text.slice(start, end);
  if (!words || /^(?:a|an|the|this|that|its|his|her|their)$/i.test(words)) return NONE;
  const span = { start, end };
  const lower = words.toLowerCase();
  if (PERSON_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower) || lower === 'it' || lower === 'i') return { kind: 'pronoun', span, text: words };
  if (DOCUMENT_NOUNS.test(words) && /^(?:a|an|the|its|their|his|her)\s/i.test(words) && !/['’]s\s/.test(words)) {
    const hasName = /\s[\p{Lu}]/u.test(words.replace(/^\S+\s+/, ''));
    if (!hasName) return { kind: 'document', span, text: words };
  }
  // "a statement from the Harbour Authority", "a release issued by Tidewater": the issuer speaks.
  const issuer = DOCUMENT_ISSUER.exec(words);
  if (issuer) {
    const ref = classify(text, start + issuer[0].length, end);
    if (ref.kind === 'name') return ref;
  }
  // "Ines Moro of Tidewater": a person's name before "of" is the head (not "Bank of …", "Minister of …").
  const personOf = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+)\s+of\s+\p{Lu}/u.exec(words);
  if (personOf && !personOf[1].split(/\s+/).some((w) => TITLE_WORD_SET.has(w.toLowerCase()) || BODY_WORD.test(w))) return classify(text, start, start + personOf[1].length);
  // "Tomas Brannigan of the Fire Service", "regional secretary of the Dockers' Union": the head comes before "of the"
  // (unless a name closes the words: "Valmore University of the Arts economist Ada Vos").
  const ofThe = /^(.+?)(?<!\s)\s+(?:of|from|at|for)\s+the\s+\p{Lu}/u.exec(words);
  if (ofThe && !/^(?:a|an|another|one)\s/i.test(words) && !DESCRIBED_NAME_AT_END.test(words.slice(-120))) {
    const head = classify(text, start, start + ofThe[1].length);
    return head.kind === 'none' && /^\p{Ll}/u.test(ofThe[1]) ? { kind: 'title', span, text: words, title: lastWord(ofThe[1]) } : head;
  }
  const title = TITLE_AT_END.exec(words);
  if (title) return { kind: 'title', span, text: words, title: title[2].toLowerCase(), modifier: title[1]?.toLowerCase() };
  if (ANONYMOUS_START.test(words) || SOURCE_GROUPS.test(words)) return { kind: 'anonymous', span, text: words };
  // "the ministry", "the utility": a role or kind of body, resolved later against who holds it.
  const role = /^[Tt]he\s+(?:[\p{Ll}\d-]+,?\s+){0,3}([\p{Ll}\d-]+)$/u.exec(words); // "the lanky, tired engineer"
  if (role) return { kind: 'title', span, text: words, title: role[1], modifier: words.slice(4, words.length - role[1].length).trim() || undefined };
  // "Lund's chief of staff": a description hung on a name, not the name itself.
  if (/['’]s\s+[\p{Ll}]/u.test(words) && !possessiveThenName(words)) return { kind: 'anonymous', span, text: words };
  if (!CAPITALISED.test(words)) return NONE;
  const name = lastCapitalisedRun(words);
  if (!name) return NONE;
  // "between May and October", "in Kentucky": the object of a preposition is no subject.
  if (PREPOSITION_BEFORE.test(words.slice(0, name.start))) return NONE;
  const named = words.slice(name.start, name.end);
  // "the Kestrel Quay fire": the name only qualifies a common noun, which is the real head.
  if (/\p{Ll}/u.test(words.slice(name.end).replace(/^['’]s\b/, ''))) return { kind: 'title', span, text: words, title: lastWord(words) };
  // "Chief Executive", "Deputy Mayor": a title standing alone is no name.
  if (named.split(/\s+/).every((w) => TITLE_WORD_SET.has(w.toLowerCase()))) return { kind: 'title', span, text: words, title: lastWord(named) };
  return { kind: 'name', span: { start: start + name.start, end: start + name.end }, text: named };
}

/** A document and who issued it, up to the issuer's name. */
const DOCUMENT_ISSUER = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:statement|release|communiqu[eé]|letter|memo|notice|post|tweet|report|readout)\s+(?:(?:released|issued|published|posted|sent|signed)\s+)?(?:from|by)\s+/iu;
/** Words that make a capitalised run a body, not a person ("Supreme Court of …", "Royal Bank of …"). */
const BODY_WORD = /^(?:Court|Bank|University|College|Institute|School|Department|Ministry|Office|Council|Association|Society|Union|Church|Party|Bureau|Agency|Commission|Committee|Board|Fund|Foundation|Centre|Center|Museum|Academy|Republic|Kingdom|States|City|County|Province|Government|Chamber|House|Order|Federation|League|Club|Company|Corporation|Group|Institution|Service|Services|Authority|Islands?|Bay|Lake|Isle)$/;
/** Words that end in a lower-case description and then a full name ("… political scientist Ada Vos"). */
const DESCRIBED_NAME_AT_END = /\s(?!(?:and|of|the|for|de|du|la|van|von|der|bin|al)\s)\p{Ll}[\p{L}-]*\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

const PREPOSITION_BEFORE = /(?:^|\s)(?:of|in|on|at|between|from|to|with|by|for|during|after|before|since|against|about|over|under|into|than|like|across|near|outside|inside|throughout)\s+$/i;

function lastWord(s: string): string {
  const words = s.trim().split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

/** The last run of capitalised words ("Harbour Council President Ines Moro"), small joining words allowed inside. */
function lastCapitalisedRun(words: string): Span | undefined {
  const re = /(?:[\p{Lu}@][\p{L}\p{N}'’.&-]*|(?<=[\p{Lu}][\p{L}.]*\s)(?:of|de|la|van|von|al|bin|du|der|for|and)(?=\s[\p{Lu}]))/gu;
  let run: Span | undefined;
  let last: Span | undefined;
  for (let m = re.exec(words); m; m = re.exec(words)) {
    const s = { start: m.index, end: m.index + m[0].length };
    if (run && /^\s+$/.test(words.slice(run.end, s.start))) run.end = s.end;
    else run = s;
    last = run;
  }
  if (!last) return undefined;
  // A run starts after a capitalised article ("The State Department") and ends before a possessive.
  const lead = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their)(?:\s+|$)/.exec(words.slice(last.start, last.end));
  const start = last.start + (lead ? lead[0].length : 0);
  const tail = words.slice(start, last.end).replace(/['’]s$/, '');
  return tail ? { start, end: start + tail.length } : undefined;
}

/**
 * /['’]s\s+.*\s[\p{Lu}][\p{Ll}]+$/u.test(words) ("Lund's chief of staff Kate Roussel": a possessive, then
 * on the same line words that end in a capitalised one), in linear time: that pattern read to the end
 * of the text again from every possessive. Only the last possessive before the final word can decide:
 * the text after an earlier one holds everything after the last one.
 */
export function possessiveThenName(words: string): boolean {
  const tail = /\s[\p{Lu}][\p{Ll}]+$/u.exec(words);
  if (!tail) return false;
  const at = tail.index; // the space before the final word
  // The last "'s" followed by a space, early enough to leave the final word's space to itself.
  let possessive = -1;
  for (const mark of ["'s", '’s']) {
    for (let i = at >= 3 ? words.lastIndexOf(mark, at - 3) : -1; i > possessive; i = i > 0 ? words.lastIndexOf(mark, i - 1) : -1) {
      if (/\s/.test(words[i + 2])) {
        possessive = i;
        break;
      }
    }
  }
  if (possessive < 0) return false;
  // \s+ takes the spaces (line breaks included) after it; .* the rest up to the final word, on one line.
  let from = possessive + 2;
  while (from < at && /\s/.test(words[from])) from++;
  return !/[\n\r\u2028\u2029]/.test(words.slice(from, at));
}
