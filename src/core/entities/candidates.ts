// Stage 1: capitalised runs of tokens that may name something, with titles split off and the
// evidence each one carries. No decision about types or identity is made here.
import type { Span } from '../model';
import type { Token } from '../nlp/tokens';
import { ORG_HEADS, PLACE_HEADS } from './gazetteer-orgs';
import { ABBREVIATIONS, HONORIFICS, NAME_CONNECTORS, NAME_SUFFIXES, TITLE_HEADS } from './titles';

export interface Candidate extends Span {
  /** The name as written, possessive removed: text.slice(start, end). */
  surface: string;
  /** The name to match on (equal to surface except for handles and web addresses). */
  name: string;
  /** Token indices (into the article's token array) the name covers. */
  tokens: number[];
  /** The title or honorific written just before ("president", "mr"), lower case without point. */
  title?: string;
  /** True when the title is a courtesy one (Mr, Ms, Dr…). */
  honorific?: boolean;
  /** The lower-cased word just before the name ("in", "from", "the"…). */
  before?: string;
  /** Up to two lower-cased words just after the name ("news agency"). */
  after?: string;
  /** False when the capital letters prove nothing: sentence start, headline case, all capitals, handles. */
  reliable: boolean;
  /** True for the name in a "By …" line. */
  byline?: boolean;
}

/** Tags of words that end a name run unless the word is also known as a name. */
const BREAK_TAGS = ['Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Date', 'Value', 'QuestionWord', 'Expression', 'Negative'];
const NAME_TAGS = ['Person', 'Place', 'Organization', 'Acronym'];
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
const HAS_LETTER = /\p{L}/u;
const STARTS_UPPER = /^[@#]?\p{Lu}/u;

/** Closed-class words: capitalised, they start a sentence or a headline word, never a name. */
const FUNCTION_WORDS = new Set(
  `a an the this that these those as but and or nor if when while whether in on at by for with from into onto after before
  since because although though meanwhile however also even then there here what which who whom whose why how where not no
  yet so all some many more most much any each every both either neither he she it we they i you me him her us them his
  its our their my your according under over about against during without within between among amid despite until unless
  such only just still already again once now today tonight yesterday tomorrow last next first another other`
    .split(/\s+/).filter(Boolean),
);

const lower = (s: string) => s.toLowerCase().replace(/\.$/, '');
const hasAny = (tags: ReadonlySet<string>, names: string[]) => names.some((n) => tags.has(n));

/** Tokens that are in boilerplate or on a line written in headline case or capitals. */
interface TokenContext {
  skip: boolean[];
  headlineCase: boolean[];
}

/** Whether a name is in a gazetteer (lets "Bosnia and Herzegovina" stay whole, "Kyiv and NATO" split). */
export type KnownName = (name: string) => boolean;

/** Finds the candidate names in the text, skipping boilerplate spans. */
export function findCandidates(text: string, tokens: Token[], boilerplate: Span[], known: KnownName = () => false): Candidate[] {
  const context = tokenContext(text, tokens, boilerplate);
  const runs = joinKnownRuns(text, tokens, nameRuns(tokens, context), known)
    .map((run) => withKnownNumber(text, tokens, run, known))
    .map((run) => withFirmFirstWord(tokens, run, context))
    .flatMap((run) => splitCoordination(text, tokens, run, known))
    .map((run) => dropQualifiers(text, tokens, run, known))
    .flatMap((run) => splitKnownPrefix(text, tokens, run, known));
  const out: Candidate[] = [];
  for (const run of runs) out.push(...splitRun(text, tokens, run, context));
  for (let i = 0; i < tokens.length; i++) if (!context.skip[i]) out.push(...compoundCandidates(tokens[i], i));
  return out.sort((a, b) => a.start - b.start);
}

function tokenContext(text: string, tokens: Token[], boilerplate: Span[]): TokenContext {
  const skip = new Array<boolean>(tokens.length).fill(false);
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (b < boilerplate.length && boilerplate[b].end <= tokens[i].start) b++;
    skip[i] = b < boilerplate.length && boilerplate[b].start < tokens[i].end;
  }
  // Lines where most words are capitalised (headlines, captions in title case, shouting): capitals there are typography.
  const headlineCase = new Array<boolean>(tokens.length).fill(false);
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = nextLineBreak(text, tokens[i].start);
    let j = i;
    let words = 0;
    let capital = 0;
    while (j < tokens.length && tokens[j].start < lineEnd) {
      const t = tokens[j].text;
      // Two content words in lower case settle it (no headline): the rest of the line is only walked.
      if (words - capital < 2 && HAS_LETTER.test(t) && !NAME_CONNECTORS.has(t) && !FUNCTION_WORDS.has(t.toLowerCase())) {
        words++;
        if (STARTS_UPPER.test(t)) capital++;
      }
      j++;
    }
    // Title case has no lower-case content words; a prose line dense with names still has some verbs.
    const lineText = text.slice(tokens[i].start, lineEnd);
    const isHeadline = words >= 3 && (capital === words || (words >= 7 && capital === words - 1 && !/[.!?]["”’]?\s*$/.test(lineText)));
    for (let k = i; k < j; k++) headlineCase[k] = isHeadline || isAllCaps(tokens[k].text) || isShouting(tokens, k);
    i = j > i ? j : i + 1;
  }
  return { skip, headlineCase };
}

function nextLineBreak(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

function isAllCaps(word: string): boolean {
  return word.length > 4 && /^\p{Lu}+$/u.test(word);
}

/** "READ MORE", "NEW YORK": capitals next to capitals are typography, unlike a lone "WHO" or "US". */
function isShouting(tokens: Token[], k: number): boolean {
  const caps = (t: Token | undefined) => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text);
  return caps(tokens[k]) && ((caps(tokens[k - 1]) && /^[ \t]+$/.test(tokens[k - 1].post)) || (caps(tokens[k + 1]) && /^[ \t]+$/.test(tokens[k].post)));
}

/** "Meridian Images/@PortAllerby" is one token: its plain head ends a name run, the rest are compounds. */
function slashHead(t: Token): string | undefined {
  const slash = t.text.indexOf('/');
  if (slash <= 0) return undefined;
  const head = t.text.slice(0, slash);
  return /^[\p{L}][\p{L}'’-]*$/u.test(head) ? head : undefined;
}

function isNameToken(t: Token, headline: boolean): boolean {
  const text = slashHead(t) ?? t.text;
  if (!STARTS_UPPER.test(text) || !HAS_LETTER.test(text)) return false;
  if (FUNCTION_WORDS.has(text.toLowerCase()) && (headline || !/^\p{Lu}{2,}$/u.test(text))) return false;
  if (text.includes('/') || text.includes('@') || /\.\p{L}{2,}$/u.test(text)) return false; // handled as compounds
  // Mid-sentence in ordinary prose a capital is itself the evidence, whatever the tagger guessed
  // ("Nordhaven" read as a participle); at a sentence start or in a headline it is not.
  if (t.tags.has('Date') || t.tags.has('Value')) return false;
  if (!t.sentenceStart && !headline) return true;
  return !hasAny(t.tags, BREAK_TAGS) || hasAny(t.tags, NAME_TAGS) || HONORIFICS.has(lower(t.text)) || TITLE_HEADS.has(lower(t.text));
}

/** Whether the gap after token t (its trailing punctuation) lets a name continue. */
function joins(t: Token): boolean {
  const post = t.post;
  if (/^\s*$/.test(post)) return !/\n\s*\n/.test(post) && !post.includes('\n');
  if (post === '-' || post === '‑') return true; // Kowalczyk-Brandt
  if (/^ ?& ?$/.test(post)) return true; // JPMorgan Chase & Co
  if (/^\.\s?$/.test(post)) return t.text.length === 1 || ABBREVIATIONS.has(lower(t.text)); // C. / St. / Sen.
  return false;
}

/** Maximal runs of name tokens (with lower-case connectors inside), as token index ranges. */
/**
 * No name is longer than this many tokens. A run of capitalised words and connectors that goes on
 * ("Ana of the Bank of the Ana of the Bank …", a shouted line) is cut here, which keeps the work on
 * each run (splitting it, trying its prefixes) from growing with the square of the text.
 */
const MAX_NAME_TOKENS = 24;

function nameRuns(tokens: Token[], context: TokenContext): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (context.skip[i] || !isNameToken(tokens[i], context.headlineCase[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && end - i + 1 < MAX_NAME_TOKENS && !slashHead(tokens[end]) && (joins(tokens[end]) || membersPossessive(tokens, end)) && (!POSSESSIVE.test(tokens[end].text) || possessiveInName(tokens, i, end, context)) && !context.skip[end + 1]) {
      const next = tokens[end + 1];
      if (isNameToken(next, context.headlineCase[end + 1]) && next.pre.trim() === '') {
        end++;
        continue;
      }
      if (end > i && isGivenNameSyllable(tokens[end], next)) {
        end++;
        break;
      }
      // "Secretary of State", "Anke von der Brink": one or two connectors followed by another name word.
      const second = tokens[end + 2]?.text ?? '';
      const chained = (NAME_CONNECTORS.has(second) || (next.text === 'of' && second === 'the')) && joins(tokens[end + 2]); // "Bank of the South"
      const gap = NAME_CONNECTORS.has(next.text) && joins(next) ? (chained ? 2 : 1) : 0;
      const after = tokens[end + gap + 1];
      if (gap > 0 && after && isNameToken(after, context.headlineCase[end + gap + 1])) {
        end += gap + 1;
        continue;
      }
      break;
    }
    runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

/** Common words that follow a name and a hyphen: "Lund-led", "Lund-era", "Lund-style". */
const HYPHEN_SUFFIXES = new Set('led era run born like made wide free old year day week up out off on in-law style type owned based backed linked'.split(' '));

/**
 * "Pak Sun-hee", "Ri Jae-in": in romanised East Asian given names the syllable after the hyphen is in lower case.
 * Only a short capitalised syllable after another name word takes one.
 */
function isGivenNameSyllable(t: Token, next: Token): boolean {
  return t.post === '-' && /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text) && /^\p{Ll}{2,4}$/u.test(next.text) && !HYPHEN_SUFFIXES.has(next.text) && next.post !== '-';
}

/** "Valley Growers' Union": a plural possessive (its apostrophe left in the gap) before an organisation's head word. */
function membersPossessive(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return /^['’][ \t]$/.test(tokens[at].post) && /\p{Ll}s$/u.test(tokens[at].text) && next !== undefined && next.pre === ''
    && ORG_HEADS.has(lower(next.text)) && !PLACE_HEADS.has(lower(next.text));
}

/**
 * "St Aldric's Church Hall", "King's College Hospital": a saint's or sovereign's possessive belongs to the
 * name of the building or body after it.
 */
function possessiveInName(tokens: Token[], from: number, at: number, context: TokenContext): boolean {
  const next = tokens[at + 1];
  if (!next || !isNameToken(next, context.headlineCase[at + 1]) || next.pre.trim() !== '') return false;
  const saint = /^(?:st|saint|ste|san|santa)$/i.test(tokens[from].text.replace(/\.$/, '')) && at - from <= 2;
  const sovereign = /^(?:king|queen|prince|princess|children|women|people)['’]s$/i.test(tokens[at].text) && at === from;
  // "Valley Growers' Association", "Dock Workers' Union": the members' plural possessive before an organisation's head word.
  const members = /\p{Ll}s['’]$/u.test(tokens[at].text) && ORG_HEADS.has(lower(next.text)) && !PLACE_HEADS.has(lower(next.text));
  return saint || sovereign || members;
}

const FIRM_SUFFIX = /^(?:inc|corp|ltd|llc|plc|co|ag|sa|nv|gmbh)\.?$/i;

/**
 * "Brush Hollow Inc said": a firm's legal suffix vouches for the capitalised word that opens the sentence
 * before its name, though the tagger read that word as a verb or an adjective.
 */
function withFirmFirstWord(tokens: Token[], [from, to]: [number, number], context: TokenContext): [number, number] {
  const prev = tokens[from - 1];
  if (!prev || !prev.sentenceStart || to - from < 1 || !FIRM_SUFFIX.test(tokens[to].text) || context.skip[from - 1] || context.headlineCase[from - 1]) return [from, to];
  const word = prev.text;
  const ok = /^\p{Lu}\p{Ll}+$/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()) && /^[ \t]+$/.test(prev.post) && tokens[from].pre === '';
  return ok ? [from - 1, to] : [from, to];
}

/** How many runs ahead a gazetteer name may reach: "Organisation for Security | and Cooperation | in Europe". */
const MAX_JOINED_RUNS = 3;

/**
 * Runs the gazetteer knows together are one name, whatever the tagger made of the short lower-case words
 * between them: "Organisation for Security and Cooperation in Europe".
 */
function joinKnownRuns(text: string, tokens: Token[], runs: [number, number][], known: KnownName): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const [from, to] = runs[i];
    // The known name may start inside the run: "Delegates of the | Organisation for Security …".
    const starts = [from];
    for (let k = from + 1; k <= to; k++) if (/^\p{Ll}/u.test(tokens[k - 1].text) && /^\p{Lu}/u.test(tokens[k].text)) starts.push(k);
    let joined: [number, number] | undefined;
    for (const s of starts) {
      for (let j = i + 1; j < runs.length && j <= i + MAX_JOINED_RUNS && !joined; j++) {
        const gap = text.slice(tokens[runs[j - 1][1]].end, tokens[runs[j][0]].start);
        if (!/^(?:\s+\p{Ll}{1,4}){1,2}\s+$/u.test(gap)) break;
        if (known(text.slice(tokens[s].start, tokens[runs[j][1]].end))) joined = [s, j];
      }
      if (joined) break;
    }
    if (!joined) {
      out.push(runs[i]);
      continue;
    }
    const [s, j] = joined;
    let prefixEnd = s - 1;
    while (prefixEnd >= from && /^\p{Ll}/u.test(tokens[prefixEnd].text)) prefixEnd--;
    if (prefixEnd >= from) out.push([from, prefixEnd]);
    out.push([s, runs[j][1]]);
    i = j;
  }
  return out;
}

/** "France 24", "Channel 4": a number belongs to the name when the gazetteer knows the whole. */
function withKnownNumber(text: string, tokens: Token[], [from, to]: [number, number], known: KnownName): [number, number] {
  const next = tokens[to + 1];
  if (!next || !/^\d+$/.test(next.text) || !/^[ \t]+$/.test(tokens[to].post)) return [from, to];
  return known(text.slice(tokens[from].start, next.end)) ? [from, to + 1] : [from, to];
}

/** "Kyiv and NATO" is two names; "Bosnia and Herzegovina" and "Food and Drug Administration" are one. */
function splitCoordination(text: string, tokens: Token[], [from, to]: [number, number], known: KnownName): [number, number][] {
  const and: number[] = [];
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].text === 'and') and.push(k); // "&" binds a firm's name: "Procter & Gamble", "Marks & Spencer"
    // "Jean Dubois of Agence France-Presse": a person's name, then where they work.
    else if (tokens[k].text === 'of' && tokens.slice(from, k).some((t) => t.tags.has('Person') && !t.tags.has('Honorific')) && !ORG_HEADS.has(tokens[k - 1].text.toLowerCase())) {
      return [[from, k - 1], [k + 1, to]];
    }
    // "Ana Lund of Kestria": two or more name words, then the country they come from (the gazetteer knows it);
    // "Bank of Kestria", "Gulf of Kestria" and "President of Kestria" keep their head word before "of".
    else if (tokens[k].text === 'of' && k - from >= 2 && known(text.slice(tokens[k + 1].start, tokens[to].end)) && !known(text.slice(tokens[from].start, tokens[to].end))
      && !headsAName(tokens[k - 1]) && !tokens.slice(from, k).some((t) => headsAName(t) || NAME_CONNECTORS.has(t.text))) {
      return [[from, k - 1], [k + 1, to]];
    }
    // "Ana Lund of KCB": a person's two names, then the firm's acronym.
    else if (tokens[k].text === 'of' && k - from >= 2 && k + 1 === to && /^\p{Lu}{2,6}$/u.test(tokens[to].text) && k - from <= 3
      && !tokens.slice(from, k).some((t) => headsAName(t) || NAME_CONNECTORS.has(t.text))) {
      return [[from, k - 1], [k + 1, to]];
    }
  }
  if (and.length === 0) return [[from, to]];
  if (known(text.slice(tokens[from].start, tokens[to].end))) return [[from, to]];
  // "Ministry of Roads and Transport": a portfolio list after "<head> of" belongs to the name.
  // (Searched from the run's start, not from the first token of the article: linear over all runs.)
  let of = -1;
  for (let k = from + 1; k < and[0] && of < 0; k++) if (tokens[k].text === 'of') of = k;
  if (of > 0 && ORG_HEADS.has(tokens[of - 1].text.toLowerCase())) return [[from, to]];
  // "Food and Drug Administration" is one name, "the Pentagon and Acme Corp." two: the left side must not stand alone.
  const left = text.slice(tokens[from].start, tokens[and[0] - 1].end);
  if (ORG_HEADS.has(tokens[to].text.toLowerCase()) && !known(left) && and[0] - from === 1 && !ORG_HEADS.has(tokens[from].text.toLowerCase())) return [[from, to]];
  const out: [number, number][] = [];
  let start = from;
  for (const k of and) {
    out.push([start, k - 1]);
    start = k + 1;
  }
  out.push([start, to]);
  return out;
}

/**
 * "U.S. Federal Bureau of Investigation", "Kestria Red Cross": a known place or body's one-word name before
 * another known name of two words or more is a second name (where the body is), unless the gazetteer knows the whole.
 */
function splitKnownPrefix(text: string, tokens: Token[], [from, to]: [number, number], known: KnownName): [number, number][] {
  // The prefix may follow words the run still holds: "Agents of the | U.S. Federal Bureau of Investigation".
  // The rest is two words or more: "Toyota Australia" is one firm's branch, not a firm and a country.
  for (let k = from; k < to - 1; k++) {
    if (k > from && !/^\p{Ll}/u.test(tokens[k - 1].text)) continue;
    const word = tokens[k].text;
    if (!/^[ \t]+$/.test(tokens[k].post) || !(known(word) || known(word.replace(/\./g, '')))) continue;
    if (known(text.slice(tokens[k].start, tokens[to].end)) || !known(text.slice(tokens[k + 1].start, tokens[to].end))) continue;
    return [[from, k], [k + 1, to]];
  }
  return [[from, to]];
}

/** A word that heads an organisation's, a place's or a title's name ("Bank", "Gulf", "President", "Republic"). */
function headsAName(t: Token): boolean {
  const w = lower(t.text);
  return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || TITLE_HEADS.has(w) || HONORIFICS.has(w) || /^(?:republic|kingdom|commonwealth|duchy|principality|emirate|sultanate|federation|states|islands|isle|archipelago|people|peoples)$/.test(w);
}

/** "East European NATO" names NATO: leading demonyms and compass words go when the rest is a known name. */
function dropQualifiers(text: string, tokens: Token[], [from, to]: [number, number], known: KnownName): [number, number] {
  // A sentence's first word is capitalised anyway: unless the lexicon knows it as a name, it is not part of one.
  // Only words that look common go ("Residents of Kesterfield", "Officials"); "Kofi Mensah-Bonsu" stays.
  const first = tokens[from];
  const looksCommon = NAME_CONNECTORS.has(tokens[from + 1]?.text ?? '') || hasAny(first.tags, ['Plural', 'Adjective', 'Verb', 'Adverb', 'Gerund']);
  // A firm's legal suffix vouches for the words before it: "Brush Hollow Inc", "Arch Mining Corp" keep their first word.
  const firm = to - from >= 2 && FIRM_SUFFIX.test(tokens[to].text);
  if (from < to && first.sentenceStart && looksCommon && !firm && first.post !== '-' && !first.tags.has('ProperNoun') && !hasAny(first.tags, NAME_TAGS)
    && !known(text.slice(tokens[from].start, tokens[to].end))) {
    from++;
    while (from < to && NAME_CONNECTORS.has(tokens[from].text)) from++;
  }
  // "Billionaire Ana Lund", "Astronomer Ana Lund": a common noun the lexicon knows, capitalised before a given name,
  // describes the person (a title would have been split off later; a firm's or place's name ends in its head word).
  const head = lower(tokens[to].text);
  if (to - from >= 2 && isDescriptor(tokens[from]) && tokens[from + 1].tags.has('FirstName') && /^[ \t]+$/.test(tokens[from].post)
    && !ORG_HEADS.has(head) && !known(text.slice(tokens[from].start, tokens[to].end))) from++;
  // "the Portuguese João Lopes": a nationality before a person's full name is not part of it.
  if (to - from >= 2 && isDemonymWord(tokens[from]) && !ORG_HEADS.has(lower(tokens[to].text)) && !TITLE_HEADS.has(lower(tokens[from + 1].text))
    && (tokens[from + 1].tags.has('FirstName') || tokens[from + 1].tags.has('Person')) && /^[ \t]+$/.test(tokens[from].post)) return [from + 1, to];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.tags.has('Demonym') && !/^(north|south|east|west)(ern)?$/i.test(t.text) && !/(an|ish|ese)$/.test(t.text)) return [from, to];
    if (known(text.slice(tokens[k + 1].start, tokens[to].end).replace(/['’]s?$/, ''))) return [k + 1, to];
  }
  return [from, to];
}

/** A word compromise knows as a common noun only: no proper-noun, name, title or place tag. */
function isDescriptor(t: Token): boolean {
  const w = lower(t.text);
  return t.tags.has('Noun') && !hasAny(t.tags, ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Honorific', 'Place', 'Organization', 'Acronym', 'Demonym'])
    && !TITLE_HEADS.has(w) && !HONORIFICS.has(w) && !NAME_CONNECTORS.has(t.text);
}

function isDemonymWord(t: Token): boolean {
  return t.tags.has('Demonym') || (/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ch|i)$/u.test(t.text) && t.tags.has('Adjective'));
}

/** Splits titles off a run ("Harbour Council President Ines Moro" → org part, title, person part). */
function splitRun(text: string, tokens: Token[], [from, to]: [number, number], context: TokenContext): Candidate[] {
  // "Sergeant-at-Arms Ana Lund": a run that starts inside a hyphenated word starts with the end of a title.
  if (from > 0 && /^[-‐‑]$/.test(tokens[from - 1].post)) from = givenNameStart(tokens, from, to);
  let lastTitle = -1;
  for (let k = from; k <= to; k++) {
    const w = lower(tokens[k].text);
    // "Queen's Park", "King's College": a possessive title word names a place or a body, not a holder.
    const possessive = POSSESSIVE.test(tokens[k].text);
    if ((TITLE_HEADS.has(w) || HONORIFICS.has(w) || tokens[k].tags.has('Honorific')) && !tokens[k].tags.has('FirstName') && !possessive) lastTitle = k;
  }
  // "Teodor Cardinal", "Ana Major": a title word right after a given name is the surname.
  if (lastTitle === to && to > from && tokens[to - 1].tags.has('FirstName') && !HONORIFICS.has(lower(tokens[to].text))) lastTitle = -1;
  // "Chief Executive of the Harbour Authority": a title, then where it is held.
  if (lastTitle >= 0 && ORG_HEADS.has(lower(tokens[to].text))) {
    const of = tokens.findIndex((t, k) => k > from && k <= to && t.text === 'of');
    if (of > 0 && of <= to - 1 && tokens.slice(from, of).every((t) => TITLE_HEADS.has(lower(t.text)) || isTitleModifier(t))) {
      return [makeCandidate(text, tokens, tokens[of + 1].text === 'the' ? of + 2 : of + 1, to, context)].filter(isCandidate);
    }
  }
  // "Meridian Images Ana Lund": an organisation's name, then a person's (a credit or a caption without punctuation).
  for (let k = from; k < to; k++) {
    if (ORG_HEADS.has(lower(tokens[k].text)) && tokens[k + 1].tags.has('FirstName') && !ORG_HEADS.has(lower(tokens[to].text)) && !TITLE_HEADS.has(lower(tokens[k + 1].text))) {
      return [...splitRun(text, tokens, [from, k], context), ...splitRun(text, tokens, [k + 1, to], context)];
    }
  }
  // "Justice Department", "Prime Minister's Office": a title inside an organisation's name stays.
  if (lastTitle < 0 || ORG_HEADS.has(lower(tokens[to].text))) return [makeCandidate(text, tokens, from, to, context)].filter(isCandidate);
  const title = lower(tokens[lastTitle].text);
  let nameFrom = lastTitle + 1;
  // "Secretary of State Mara Quill": the "of …" belongs to the title, up to the first given name.
  if (nameFrom <= to && (tokens[nameFrom].text === 'of' || tokens[nameFrom].text === 'for')) {
    nameFrom += tokens[nameFrom + 1]?.text === 'the' ? 2 : 1;
    nameFrom += 1;
    while (nameFrom < to && (PORTFOLIO.test(tokens[nameFrom].text) || tokens[nameFrom].text === 'and')) nameFrom++;
  }
  // "Minister of Coastal-Northern Relations Ana Lund": the portfolio's own words end where a given name starts.
  if (nameFrom <= to) nameFrom = givenNameStart(tokens, nameFrom, to);
  let titleFrom = lastTitle;
  while (titleFrom > from && isTitleModifier(tokens[titleFrom - 1])) titleFrom--;
  const out: (Candidate | undefined)[] = [];
  if (titleFrom > from) out.push(makeCandidate(text, tokens, from, titleFrom - 1, context));
  if (nameFrom <= to) {
    const person = makeCandidate(text, tokens, nameFrom, to, context);
    if (person) {
      person.title = title;
      person.honorific = HONORIFICS.has(title);
    }
    out.push(person);
  }
  return out.filter(isCandidate);
}

/** Words of a portfolio after "Minister of" / "Secretary of": "Foreign Affairs", "Health and Social Care". */
const PORTFOLIO = /^(state|foreign|affairs|farm|farming|food|fishing|oil|budget|privatisation|privatization|telecommunications|defen[cs]e|justice|health|social|care|finance|interior|trade|labou?r|education|energy|agriculture|transport|culture|economy|home|homeland|security|environment|commerce|industry|treasury|war|the|public|works|information|ports|maritime|fisheries|housing|communities|local|government|digital|science|technology|tourism|sport|media|women|children|youth|water|mines|petroleum|planning|infrastructure|rural|development|regional|international|cooperation|immigration|veterans|pensions|work|employment|business|climate|heritage|arts|aviation|railways|roads|highways|urban|lands|communications|europe|relations|policy|safety|emergency|services)$/i;

/**
 * Where a person's name starts in tokens from..to when words that name nobody come first: at the first
 * given name the lexicon knows that a surname follows, if no earlier word is a given name; else at from.
 */
function givenNameStart(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (tokens[k].tags.has('FirstName')) return k > from && STARTS_UPPER.test(tokens[k + 1].text) ? k : from;
  }
  return from;
}

/** Words that qualify a title rather than name anything: "National Security Adviser", "Foreign Minister". */
function isTitleModifier(t: Token): boolean {
  // "Farm Commissioner", "Trade Minister": a portfolio qualifies the title whatever the tagger made of the word.
  if (PORTFOLIO.test(t.text) && t.text !== 'the') return true;
  if (hasAny(t.tags, ['Place', 'Organization', 'Demonym', 'Person']) && !t.tags.has('Honorific')) return false;
  return /^(national|security|foreign|defen[cs]e|deputy|vice|chief|senior|top|former|prime|state|interior|finance|home|justice|health|trade|press|first|acting|interim|general|attorney)$/i.test(t.text)
    || TITLE_HEADS.has(lower(t.text));
}

const isCandidate = (c: Candidate | undefined): c is Candidate => c !== undefined;

function makeCandidate(text: string, tokens: Token[], from: number, to: number, context: TokenContext): Candidate | undefined {
  // Connectors (and a lower-case article) never start or end a name.
  while (from <= to && (NAME_CONNECTORS.has(tokens[from].text) || tokens[from].text === 'the')) from++;
  while (to >= from && NAME_CONNECTORS.has(tokens[to].text)) to--;
  if (from > to) return undefined;
  const start = tokens[from].start;
  const head = slashHead(tokens[to]);
  let end = head ? tokens[to].start + head.length : tokens[to].end;
  const last = head ?? tokens[to].text;
  const possessive = last.match(POSSESSIVE);
  if (possessive) end -= possessive[0].length;
  // "Lund,43": an age glued on by a missing space is not part of the name.
  const glued = /,\d+$/.exec(last);
  if (glued && !head) end -= glued[0].length;
  // Keep the point of an initial or abbreviation that ends the name ("U.S." is one token already).
  if (tokens[to].post.startsWith('.') && (last.length === 1 || NAME_SUFFIXES.has(lower(last)))) end += 1;
  if (end <= start) return undefined;
  const surface = text.slice(start, end);
  const first = tokens[from];
  const prev = tokens[from - 1];
  // "By Priya Natarajan" opening a line: a byline names a person whatever the line's case.
  const byline = prev?.text === 'By' && (from === 1 || /\n/.test(tokens[from - 2].post)) && to > from;
  // Two capitalised words in a row are a name even at a sentence start; one word there proves nothing.
  const reliable = byline || (!context.headlineCase[from] && (!first.sentenceStart || to > from || hasAny(first.tags, ['Person', 'Place', 'Acronym'])));
  const indices: number[] = [];
  for (let k = from; k <= to; k++) indices.push(k);
  const next1 = tokens[to + 1];
  const next2 = tokens[to + 2];
  return {
    start,
    end,
    surface,
    name: surface.replace(/\s+/g, ' '),
    tokens: indices,
    before: prev && /^[ \t]*$/.test(prev.post) ? prev.text.toLowerCase() : undefined,
    after: next1 && /^[ \t]*$/.test(tokens[to].post.replace(/^['’]s?/, '')) ? [next1.text, next2?.text ?? ''].join(' ').toLowerCase().trim() : undefined,
    reliable,
    byline,
  };
}

/** Names inside handles, credits and web addresses: "Twitter/@HarbourCouncil", "Valmora.gov". */
function compoundCandidates(t: Token, index: number): Candidate[] {
  if (!t.text.includes('/') && !t.text.includes('@') && !/\.\p{L}{2,}$/u.test(t.text)) return [];
  const out: Candidate[] = [];
  const re = /@?[\p{L}][\p{L}\p{N}_-]*(?:\.[\p{L}]{2,})*/gu;
  const head = slashHead(t);
  if (head) re.lastIndex = head.length; // the head is part of a name run already
  for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
    let part = m[0];
    let offset = m.index;
    if (part.startsWith('@')) {
      part = part.slice(1);
      offset += 1;
    }
    const base = part.replace(/\.[\p{L}]{2,}$/u, ''); // drop a top-level domain: "Valmora.gov" → "Valmora"
    if (!STARTS_UPPER.test(base) || base.includes('.') || FUNCTION_WORDS.has(base.toLowerCase())) continue;
    const name = base.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/_/g, ' '); // HarbourCouncil → Harbour Council
    out.push({ start: t.start + offset, end: t.start + offset + base.length, surface: base, name, tokens: [index], reliable: false });
  }
  return out;
}
