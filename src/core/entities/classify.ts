// Stage 2: what kind of thing each candidate names, from generic evidence only: gazetteers, the
// last word of the name, titles, compromise's lexicon tags and the words around it.
import type { EntityType } from '../model';
import type { Token } from '../nlp/tokens';
import type { Candidate } from './candidates';
import { clubCues, isTeamSportsStory } from './clubs';
import { contextCues, inResultsLine } from './cues';
import { buildOrgIndex, ORG_HEADS, PLACE_HEADS, type OrgEntry } from './gazetteer-orgs';
import { buildDemonymIndex, buildPlaceIndex, type PlaceEntry } from './gazetteer-places';
import { firmInApposition, namesACharacter, namesAnAnimal, regionAfter } from './surroundings';
import { HONORIFICS, TITLE_HEADS } from './titles';

export type Evidence = Record<EntityType, number>;

export interface TypedCandidate extends Candidate {
  /** Identity key: normalised name, or the gazetteer entry's canonical name. */
  key: string;
  evidence: Evidence;
  /** True when something beyond capital letters vouches for it (gazetteer or compromise's lexicon). */
  lexical: boolean;
  place?: PlaceEntry;
  org?: OrgEntry;
  /** The words around say this mention is no person (an animal, a character an actor plays): nor is its entity. */
  notPerson?: true;
}

/** Gazetteer indexes, built once per analysis run and passed explicitly (no module state). */
export interface Knowledge {
  places: Map<string, PlaceEntry>;
  orgs: Map<string, OrgEntry>;
  demonyms: Map<string, string>;
}

export function buildKnowledge(): Knowledge {
  return { places: buildPlaceIndex(), orgs: buildOrgIndex(), demonyms: buildDemonymIndex() };
}

/** Whether a name, as written, is a gazetteer name (for stage 1's splitting decisions). */
export function knownNameIn(k: Knowledge): (name: string) => boolean {
  return (name) => k.orgs.has(name.toLowerCase()) || k.places.has(name.toLowerCase());
}

/** Lower case, no points or possessive, no leading article, single spaces: "The U.S." → "us". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * nameKey with its answers kept for one pass: a corpus pass meets the same few names in every article
 * (its normalisation is most of that pass's time otherwise). Make one per pass, never a shared one.
 */
export function nameKeyMemo(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keys.set(name, key);
    }
    return key;
  };
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'into', 'towards', 'toward', 'outside', 'inside', 'around', 'throughout']);
const ORG_FOLLOWERS = /^(news agency|agency|newspaper|news|broadcaster|daily|tv|television|radio|website|channel|reported|reports)\b/;
const SPEECH_AFTER = /^(said|says|told|added|explained|warned|noted|argued|insisted|stressed|claimed|wrote|asked|replied|recalled|announced|declared|called|urged|admitted|denied|acknowledged)\b/;
const SPEECH_BEFORE = new Set(['said', 'says', 'told', 'added', 'asked', 'according']);
/** All-capital words that are not names of anything in particular (roles, units, illnesses). */
const COMMON_ACRONYMS = new Set('CEO CFO COO CTO GDP AI TV PM AM BC AD UTC GMT COVID HIV AIDS SARS MERS BSE CJD TB HPV MRSA ADHD PTSD DNA RNA IT OK VIP PR HQ ID PHD MP UFO ATM LGBT LGBTQ NGO SUV FAQ PDF URL USB WIFI EV IPO ETA RSVP DIY FYI ASAP'.split(' '));
const EVENT_PREFIX = /^(hurricane|typhoon|cyclone|storm|tropical|operation|route|highway|interstate|flight|covid)$/i;
/** Last words of events, competitions, prizes and illnesses: "Harbour Cup", "Kestrel Open", "Lund Syndrome". */
const EVENT_HEADS = new Set(
  `cup open championship championships games olympics olympiad paralympics tournament trophy prix marathon derby
  festival fair expo summit conference week day awards award prize medal war disease syndrome virus fever flu
  fundraiser gala parade concert telethon rally`.split(/\s+/).filter(Boolean),
);
/** Words for groups or roles that "said" follows as often as a name. */
const COLLECTIVES = new Set(
  `police government military army navy staff management everyone everybody someone somebody nobody officials authorities
  witnesses family parliament court prosecutors investigators doctors experts analysts critics residents neighbours neighbors
  friends spokesman spokeswoman spokesperson security media reports report sources source officers troops rescuers activists`
    .split(/\s+/).filter(Boolean),
);

/** First words that make a capitalised phrase an organisation (never a given name). */
const ORG_OPENERS = new Set(['studio', 'radio', 'team', 'club', 'grupo', 'banco', 'atelier']);

/** Place heads that are also common surnames: "Ana Park", "Tom Lane". */
const SURNAME_HEADS = new Set(['park', 'lane', 'bridge', 'forest', 'street', 'hill', 'coast', 'border']);

/** Words that qualify a job title: "Senior Research Fellow", "Chief Market Strategist". */
const JOB_QUALIFIERS = new Set('senior junior chief deputy assistant associate vice executive principal lead managing general research market investment fellow staff head'.split(' '));

/** "the West", "the North": directions, not places (while "West Bank" is one). */
const COMPASS = /^(north|south|east|west)(ern)?$/;
const MONTHS_AND_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Plurals of derived nouns never name anyone: "Public Prosecutions", "Communications", "Ministries". */
const DERIVED_PLURAL = /(?:tions|sions|ments|nesses|isms|ships|ities|ologies)$/;
/** Heads of the second name in "Kestrel Arts and Ice Complex": the first part is that name's start, not a person. */
const COORDINATED_HEADS = new Set(['complex', 'centre', 'center', 'hall', 'museum', 'gallery', 'library', 'theatre', 'theater']);
/** Businesses a possessive name heads: "Rosa's Café", "Hal's Hardware Store". */
const BUSINESS_HEADS = new Set(
  `café cafe cafés cafes restaurant restaurants bistro bakery diner pub bar grill kitchen pizzeria deli market mart store
  stores shop shops boutique salon pharmacy brewery winery distillery hotel inn motel garage hardware`.split(/\s+/).filter(Boolean),
);
/** Roles an organisation's name stands before: "Harbour Review editor Ana Lund". */
const ROLES_OF_ORGANISATIONS = new Set(['editor', 'publisher', 'columnist', 'correspondent', 'reporter', 'ceo', 'founder', 'chairman', 'chairwoman', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Types each candidate, or drops it when it cannot name a person, organisation or place. */
export function classify(candidates: Candidate[], tokens: Token[], knowledge: Knowledge): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  const teamSports = isTeamSportsStory(tokens);
  for (const c of candidates) {
    const typed = asTown(c, tokens, knowledge)
      ?? (teamSports ? asClub(c, tokens, knowledge) ?? classifyOne(c, tokens, knowledge, true) : classifyOne(c, tokens, knowledge));
    if (typed) out.push(typed);
  }
  return out;
}

/** "Kestrel, Ont.", "Prince Rupert, B.C.": a name followed by its province or state is a town, title words included. */
function asTown(c: Candidate, tokens: Token[], k: Knowledge): TypedCandidate | undefined {
  if (lookup(k.orgs, c.name) || !regionAfter(c, tokens, (name) => lookup(k.places, name)?.kind === 'region')) return undefined;
  const titleToken = c.title ? tokens[c.tokens[0] - 1] : undefined;
  const withTitle = titleToken && titleToken.text.toLowerCase().replace(/\.$/, '') === c.title && /^[ \t]+$/.test(titleToken.post) && /^\p{Lu}/u.test(titleToken.text);
  const named: Candidate = withTitle
    ? { ...c, start: titleToken.start, surface: `${titleToken.text} ${c.surface}`, name: `${titleToken.text} ${c.name}`, tokens: [c.tokens[0] - 1, ...c.tokens], title: undefined, honorific: undefined }
    : c;
  return typedAsPlace(named, k);
}

function lookup<T>(index: Map<string, T>, name: string): T | undefined {
  const l = name.toLowerCase();
  return index.get(l) ?? index.get(l.replace(/^the\s+/, '')) ?? index.get(l.replace(/\./g, ''));
}

/** A candidate that stands where only a place can (a dateline): typed a place whatever its case. */
export function typedAsPlace(c: Candidate, k: Knowledge): TypedCandidate {
  const place = lookup(k.places, c.name) ?? lookup(k.places, c.name.replace(/\.$/, ''));
  const key = place ? `place:${place.canonical.toLowerCase()}` : nameKey(c.name);
  return { ...c, key, evidence: { person: 0, organization: 0, place: 8 }, lexical: true, place };
}

/** In a team-sports story, a name the words around call a club ("against Kestrel"), unless it is a country or a person's. */
function asClub(c: Candidate, tokens: Token[], k: Knowledge): TypedCandidate | undefined {
  const points = clubCues(c, tokens);
  if (points === 0 || c.tokens.some((i) => tokens[i].tags.has('FirstName') || tokens[i].tags.has('LastName')) || c.title || lookup(k.orgs, c.name)) return undefined;
  const place = lookup(k.places, c.name);
  if (place?.kind === 'country' || k.demonyms.has(c.name.toLowerCase())) return undefined;
  return { ...c, key: nameKey(c.name), evidence: { person: 0, organization: points, place: 0 }, lexical: true };
}

/** `townsAreClubs`: in a team-sports story a town's name is not looked up, so that its club mentions count. */
function classifyOne(c: Candidate, tokens: Token[], k: Knowledge, townsAreClubs = false): TypedCandidate | undefined {
  const words = c.name.split(' ');
  const lastWord = words[words.length - 1].toLowerCase();
  const single = words.length === 1;
  const lname = c.name.toLowerCase().replace(/\.$/, '');
  if (single && (HONORIFICS.has(lname) || TITLE_HEADS.has(lname) || MONTHS_AND_DAYS.test(lname) || COMPASS.test(lname) || COMMON_ACRONYMS.has(c.name))) return undefined;
  if (!/\p{L}{2}|\p{Lu}\.\p{Lu}/u.test(c.name)) return undefined;
  if (single && DERIVED_PLURAL.test(lname) && !lookup(k.orgs, c.name) && !lookup(k.places, c.name)) return undefined;
  // "Senior Research Fellow", "Market Strategist": a job title alone names nobody.
  if (!single && TITLE_HEADS.has(lastWord) && words.every((w) => TITLE_HEADS.has(w.toLowerCase()) || JOB_QUALIFIERS.has(w.toLowerCase()))) return undefined;
  // Events and products are not people, organisations or places: "Hurricane Delia", "Covid-19", "Route 66".
  if (EVENT_PREFIX.test(words[0]) && !single) return undefined;
  if (!single && EVENT_HEADS.has(lastWord) && !lookup(k.orgs, c.name)) return undefined;

  const evidence: Evidence = { person: 0, organization: 0, place: 0 };
  const org = lookup(k.orgs, c.name);
  const gazetteerPlace = org ? undefined : lookup(k.places, c.name);
  const place = townsAreClubs && gazetteerPlace && gazetteerPlace.kind !== 'country' ? undefined : gazetteerPlace;
  const lastToken = tokens[c.tokens[c.tokens.length - 1]];
  const following = tokens[c.tokens[c.tokens.length - 1] + 1];
  // "Route 9", "Lund 2": a name followed by a number is a product or a score; "Port Newsroom 555-0100" keeps its head.
  if (!org && !place && !ORG_HEADS.has(lastWord) && lastToken && /^[-\s]?$/.test(lastToken.post) && following && /^\d/.test(following.text) && !inResultsLine(c, tokens)) return undefined;
  // "(Ana Lund/Harbour Press)", "Photo: Ana Lund": a picture credit names who took it, not someone in the story
  // ("(Twitter/@HarbourCouncil)" names a platform, which stays).
  if (!org && !place && !ORG_HEADS.has(lastWord) && isCredit(c, tokens)) return undefined;
  // "Sri Lankan", "Iraqi Kurdish", "Russian-Chechen": nationalities name no person, organisation or place.
  if (!org && !place && isNationality(c, tokens, k)) return undefined;
  let lexical = false;
  if (org) {
    evidence.organization += 6;
    lexical = true;
  }
  if (place) {
    evidence.place += 6;
    lexical = true;
  }
  // A bare demonym ("Russian", "Western") is an adjective, not a name.
  if (!org && !place && k.demonyms.has(lname)) return undefined;

  // The head is the last word, or the word before "of"/"for": "Ministry of Transport", "Bank of Ireland".
  const ofAt = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = ofAt > 0 ? words[ofAt - 1].toLowerCase() : lastWord;
  // A head word is structure, not typography: it vouches for the name even in a headline or dateline.
  // "Studio Lindqvist", "Radio Kestrel", "Team Valmora": some organisations' names open with their kind.
  const orgHeaded = !single && (ORG_HEADS.has(head) || ORG_HEADS.has(lastWord) || ORG_OPENERS.has(words[0].toLowerCase()));
  if (orgHeaded) {
    evidence.organization += 5;
    lexical = true;
  }
  // "Fraser Highway", "Ostrava Station": a place's head outweighs the given name before it ("Ana Park" stays a person).
  const placeHeaded = !single && !orgHeaded && PLACE_HEADS.has(head) && !org && !SURNAME_HEADS.has(head);
  // "Saint-Corran", "Sainte-Ysolde": hyphenated saints' names are towns and parishes.
  if (/^(?:Saint|Sainte|St|Ste)-\p{Lu}/u.test(c.name) && !org) {
    evidence.place += 4;
    lexical = true;
  }
  if (!single && !orgHeaded && PLACE_HEADS.has(head) && !org) {
    evidence.place += 4;
    lexical = true;
  }
  if (c.after && ORG_FOLLOWERS.test(c.after) && !place) evidence.organization += 3;
  // "the charity Harbour Aid", "Halvard said it…", "Lund, 43,": the surrounding words (cues.ts).
  if (!org && !place) {
    const cues = contextCues(c, tokens);
    for (const t of ['person', 'organization', 'place'] as const) evidence[t] += cues[t];
    // A team in a results line is named by its position, even as the first word of a sentence.
    if (inResultsLine(c, tokens)) lexical = true;
    if (firmInApposition(c, tokens) || possessiveBusiness(c, tokens)) evidence.organization += 4;
    if (beforeOrganisationRole(c, tokens)) evidence.organization += 3;
  }
  // "the Courier said", "the Authority": people's names do not take "the"; a lone word so written is an organisation
  // ("the Council" standing for the council named in full earlier) or nothing.
  const nextToken = tokens[c.tokens[c.tokens.length - 1] + 1];
  // … but "the Aldovian port", "the Saltmarsh district": a word before a common noun qualifies it.
  const qualifies = nextToken !== undefined && /^\p{Ll}/u.test(nextToken.text) && nextToken.tags.has('Noun') && !nextToken.tags.has('Verb')
    && /^[ \t]+$/.test(tokens[c.tokens[c.tokens.length - 1]].post);
  const definite = single && c.before === 'the' && c.reliable && !qualifies && !tokens[c.tokens[0]].tags.has('Adjective');
  // "Union says it warned …": a word that heads organisations' names never names a person alone.
  const orgWord = single && ORG_HEADS.has(lname);
  // Such a word counts as an organisation when it speaks ("the Courier said", "the Courier understands");
  // a lone "the Authority" is left to join the organisation named in full (merge), or nothing.
  const speaksAsOrg = c.after !== undefined && (SPEECH_AFTER.test(c.after) || /^(?:understands|understood|reported|reports|learned|learnt)\b/.test(c.after));
  if (definite && !orgWord && speaksAsOrg && !place && evidence.place === 0) evidence.organization += 1;

  // "TransLink", "SkyBridge": a capital inside a word after a long first part makes a brand; the prefixes of
  // surnames so written are short ("McAllister", "LeBlanc", "MacKay", "DeLuca").
  const brandShaped = single && /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+$/u.test(c.name) && !/^fitz/i.test(c.name);
  let personTags = 0;
  let firstName = false;
  // "Ana Lund/Harbour Wire": a part of a slashed word has no tags of its own (they are the whole word's).
  const partOfWord = single && c.start !== tokens[c.tokens[0]].start;
  for (const i of partOfWord ? [] : c.tokens) {
    const tags = tokens[i].tags;
    if (tags.has('Honorific')) continue;
    if (tags.has('Person')) personTags++;
    if (tags.has('FirstName') || tags.has('LastName')) lexical = true;
    if (tags.has('Place') && !org) evidence.place += 1;
    if (tags.has('Organization') && !place) evidence.organization += 1;
    if (tags.has('Country') || tags.has('City')) lexical = true;
  }
  if (tokens[c.tokens[0]]?.tags.has('FirstName') && !single) firstName = true;
  // People's names do not take "the" either: "the Courrier de la Lisse" is a newspaper, whatever its particles.
  const theName = c.before === 'the' && !c.title && !tokens[c.tokens[0]].tags.has('FirstName');
  // "Brent crude", "Harley motorcycles": a lone given name right before a common noun qualifies it.
  const givenNameQualifies = single && qualifies && !c.title && tokens[c.tokens[0]].tags.has('FirstName');
  if (personTags > 0 && !org && !place && !definite && !orgWord && !orgHeaded && !placeHeaded && !theName && !givenNameQualifies && !brandShaped) evidence.person += personTags + (firstName ? 2 : 0);
  // "King George Station": a title before a place's or a body's name is part of that name, not a person's title.
  if (c.title && !org && !placeHeaded && !orgHeaded) evidence.person += c.honorific ? 6 : 4;
  // A lower-case title before the name: "Chinese leader Tan Meilin", "foreign minister Ilse Marquardt".
  else if (c.before && TITLE_HEADS.has(c.before) && !org && !place) evidence.person += 3;
  if (c.byline && !org && !place) evidence.person += 3;
  // "(Reporting by Oskar Lind; editing by Maya Ward)": credits name people.
  const credit = c.before === 'by' && /^(?:reporting|editing|writing|photography|photos?|graphics|research|additional)$/i.test(tokens[c.tokens[0] - 2]?.text ?? '');
  if (credit && !org) evidence.person += 4;
  if (c.before && PLACE_PREPOSITIONS.has(c.before)) {
    // "in Kesterfield": a weak hint for an unknown name, a strong one for a known place.
    if (place || evidence.place > 0) evidence.place += 2;
    else if (!org && evidence.organization === 0 && evidence.person === 0 && !c.title) evidence.place += 1;
  }
  const acronym = /^\p{Lu}{2,6}$/u.test(c.name);
  // "said Varga." counts; "said Covid-19 had…" does not: after "said" the name must end the clause.
  const speaks = (c.after && SPEECH_AFTER.test(c.after)) || (c.before !== undefined && SPEECH_BEFORE.has(c.before) && c.after === undefined);
  // "KMB Lanyard", "ORV Holdings": people's names do not open with an acronym of three or more letters; firms' do.
  const acronymOpens = !single && !TITLE_HEADS.has(lastWord) && /\p{Ll}/u.test(words[words.length - 1]) && /^\p{Lu}{3,6}$/u.test(words[0]) && !COMMON_ACRONYMS.has(words[0]) && lookup(k.places, words[0]) === undefined;
  if (acronymOpens && !org && !place && evidence.place === 0 && !c.title) evidence.organization += 2;
  if (!org && !place && evidence.organization === 0 && evidence.place === 0) {
    // "Varga said", "said Varga": someone speaks; "the CRP said": an acronym speaks for an organisation.
    if (speaks && !acronym && !definite && !orgWord && !brandShaped) evidence.person += 2;
    // At a sentence start only the lexicon vouched so far; a following lower-case "said" does too,
    // unless the word names a group of people ("Police said", "Officials said").
    const first = tokens[c.tokens[0]];
    const verb = tokens[c.tokens[c.tokens.length - 1] + 1];
    if (speaks && !acronym && single && first?.sentenceStart && verb && /^\p{Ll}/u.test(verb.text) && !first.tags.has('Plural') && !COLLECTIVES.has(lname)) lexical = true;
    else if (acronym) evidence.organization += speaks ? 2 : 1;
  }

  // "strongman Desi Orbek", "Kostas Malenko (80th)": a mid-sentence run of two or three capitalised words that
  // nothing else types is, far more often than not, someone's given name and surname the lexicon does not know.
  if (evidence.person + evidence.organization + evidence.place === 0 && !org && !place && looksLikePersonalName(c, tokens, k)) evidence.person += 1;

  const key = org ? `org:${org.canonical.toLowerCase()}` : place ? `place:${place.canonical.toLowerCase()}` : nameKey(c.name);
  if (!key) return undefined;
  // "his terrier Rosie", "Mira (Ana Lund)", "the Kestrel Arts and Ice Complex": whatever else vouched, no person.
  if (!org && !place && (namesAnAnimal(c, tokens) || namesACharacter(c, tokens) || startsCoordinatedName(c, tokens))) {
    return { ...c, key, evidence: { ...evidence, person: 0 }, lexical, notPerson: true };
  }
  // Object.assign, not a spread: the same object (keys in the same order), but candidates come in many
  // shapes, and V8 copies such objects by spread several times slower. (Candidates are built here, never parsed.)
  return Object.assign({}, c, { key, evidence, lexical, org, place });
}

/** "Rosa's Café", "at Rosa's Bakery": a possessive name before a capitalised kind of shop is the shop's name. */
function possessiveBusiness(c: Candidate, tokens: Token[]): boolean {
  const last = tokens[c.tokens[c.tokens.length - 1]];
  const next = tokens[c.tokens[c.tokens.length - 1] + 1];
  return /['’]s$/.test(last.text) && /^[ \t]+$/.test(last.post) && next !== undefined && /^\p{Lu}/u.test(next.text) && BUSINESS_HEADS.has(next.text.toLowerCase());
}

/**
 * "Harbour Review editor Ana Lund": two or more words, not opening with a given name, before an organisation's
 * role and a capitalised name ("Ana Lund spokesman" does not occur; "Ana Lund's spokesman" is a possessive).
 */
function beforeOrganisationRole(c: Candidate, tokens: Token[]): boolean {
  const lastIndex = c.tokens[c.tokens.length - 1];
  const role = tokens[lastIndex + 1];
  const name = tokens[lastIndex + 2];
  return c.tokens.length >= 2 && !tokens[c.tokens[0]].tags.has('FirstName') && /^[ \t]+$/.test(tokens[lastIndex].post)
    && role !== undefined && ROLES_OF_ORGANISATIONS.has(role.text) && /^[ \t]+$/.test(role.post) && name !== undefined && /^\p{Lu}\p{Ll}/u.test(name.text);
}

/** "the Kestrel Arts and Ice Complex": the name before "and" is the start of a longer, coordinated name. */
function startsCoordinatedName(c: Candidate, tokens: Token[]): boolean {
  const lastIndex = c.tokens[c.tokens.length - 1];
  if (c.tokens.length < 2 || tokens[lastIndex + 1]?.text !== 'and' || !/^[ \t]+$/.test(tokens[lastIndex].post)) return false;
  for (let k = lastIndex + 2; k <= lastIndex + 4 && tokens[k]; k++) {
    if (!/^\p{Lu}/u.test(tokens[k].text)) return false;
    const head = tokens[k].text.toLowerCase();
    if (COORDINATED_HEADS.has(head) || ORG_HEADS.has(head) || PLACE_HEADS.has(head)) return true;
    if (!/^[ \t]+$/.test(tokens[k].post)) return false;
  }
  return false;
}

/** One word of a personal name: "Ana", "Mensah-Bonsu", "O'Neill", "McAllister"; or a particle ("van", "de"). */
const NAME_WORD = /^(?:(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:['’]s?)?|\p{Lu}\.)$/u;
const NAME_PARTICLE = /^(?:van|von|de|del|della|di|da|dos|das|der|den|la|le|du|bin|ibn|al|el)$/;

/**
 * Reliable capitals, two or three words shaped like given name and surname, none of them a known place,
 * demonym, title, month or head of an organisation's or a place's name.
 */
function looksLikePersonalName(c: Candidate, tokens: Token[], k: Knowledge): boolean {
  if (!c.reliable || c.before === 'the') return false;
  const words = c.name.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  if (!NAME_WORD.test(words[0]) || !NAME_WORD.test(words[words.length - 1]) || words[words.length - 1].endsWith('.')) return false;
  for (const w of words) {
    const l = w.toLowerCase();
    if (NAME_PARTICLE.test(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    if (ORG_HEADS.has(l) || PLACE_HEADS.has(l) || TITLE_HEADS.has(l) || HONORIFICS.has(l) || EVENT_HEADS.has(l) || COLLECTIVES.has(l)) return false;
    if (MONTHS_AND_DAYS.test(l) || COMPASS.test(l) || k.demonyms.has(l) || lookup(k.places, w) !== undefined || lookup(k.orgs, w) !== undefined) return false;
  }
  // Every word unknown to the lexicon and not built like an English word: "Blue Harbour", "Drug Abuse",
  // "Coastal Pipeline" are ordinary words in capitals, "Desi Orbek" is not.
  return c.tokens.every((i) => {
    const t = tokens[i];
    if (NAME_PARTICLE.test(t.text)) return true;
    return !t.known && !ENGLISH_SUFFIX.test(t.text.toLowerCase().replace(/['’]s?$/, '')) && !t.tags.has('Demonym') && !t.tags.has('Country');
  });
}

/** Derivational endings of English words, which given names and surnames seldom have. */
const ENGLISH_SUFFIX = /(?:al|ment|tion|sion|ness|ity|ive|ous|ful|less|ery|ics|ship|ism|able|ible|ology|ance|ence|ware|line|link|tech|soft|net|corp|pathy|itis|osis|emia|logy|graphy|form)$/;

/** How a nationality is formed from its country: "Kestria" → "Kestrian", "Iraq" → "Iraqi", "Italy" → "Italian". */
const NATIONALITY_ENDINGS: [ending: string, country: string][] = [['n', ''], ['i', ''], ['an', ''], ['ian', 'ia'], ['ian', 'y'], ['ese', ''], ['ese', 'a']];
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|en)s?$/u;

/** A known country's nationality, or words that are all nationalities with at least one the lexicon knows. */
function isNationality(c: Candidate, tokens: Token[], k: Knowledge): boolean {
  const ofCountry = (word: string) => {
    const singular = word.replace(/(?<=n)s$/, ''); // "Kestrians"
    return NATIONALITY_ENDINGS.some(([ending, country]) => singular.length > ending.length + 2 && singular.endsWith(ending)
      && lookup(k.places, singular.slice(0, singular.length - ending.length) + country) !== undefined);
  };
  if (ofCountry(c.name)) return true;
  // "Iraqi Kurdish", "Kestrian-Valmoran", "Chechens": every part a nationality or shaped like one, one of them known.
  const parts = c.name.split(/[\s-]+/);
  const knownPart = (p: string) => k.demonyms.has(p.toLowerCase()) || k.demonyms.has(p.toLowerCase().replace(/s$/, '')) || ofCountry(p);
  const byParts = parts.length <= 3 && parts.some(knownPart) && parts.every((p) => knownPart(p) || DEMONYM_SHAPE.test(p))
    && (parts.length > 1 || c.name.endsWith('s'));
  if (byParts) return true;
  const words = c.tokens.map((i) => tokens[i]);
  return words.length >= 2 && words.length <= 3 && words.some((t) => t.tags.has('Demonym'))
    && words.every((t) => t.tags.has('Demonym') || DEMONYM_SHAPE.test(t.text));
}

/** A name followed by "/Agency" (one token or two) or after "Photo:", "Photograph by", "Credit:". */
function isCredit(c: Candidate, tokens: Token[]): boolean {
  const last = tokens[c.tokens[c.tokens.length - 1]];
  const next = tokens[c.tokens[c.tokens.length - 1] + 1];
  if (last?.text.includes('/') && c.end < last.end) return true;
  if (next?.text === '/' && /^\s*$/.test(last.post)) return true;
  if (last && /^\s*\/\s*$/.test(last.post) && next && /^\p{Lu}/u.test(next.text)) return true;
  const first = c.tokens[0];
  const before = tokens[first - 1];
  const twoBefore = tokens[first - 2];
  // "REUTERS/Ana Lund": the surname after a slashed credit's given name (and whatever the line glued to it).
  if (before && /\/\p{Lu}\p{Ll}+$/u.test(before.text) && /^[ \t]+$/.test(before.post)) return true;
  const creditWord = /^(?:photo|photos|photograph|photography|image|images|picture|credit|courtesy)$/i;
  if (before && creditWord.test(before.text) && /^\s*:\s*$/.test(before.post)) return true;
  return before?.text.toLowerCase() === 'by' && twoBefore !== undefined && creditWord.test(twoBefore.text);
}

/**
 * Lists share a type: in "Lagos, Kisumu and Nakuru" the known first place vouches for the others.
 * Gives a weak hint (1) to untyped names next to a place or a gazetteer organisation, separated only by a comma or "and".
 */
export function shareListTypes(text: string, typed: TypedCandidate[]): void {
  const untyped = (c: TypedCandidate) => c.evidence.person + c.evidence.organization + c.evidence.place === 0;
  const listed = (a: TypedCandidate, b: TypedCandidate) => /^(\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+)$/.test(text.slice(a.end, b.start));
  const pass = (order: TypedCandidate[]) => {
    for (let i = 1; i < order.length; i++) {
      const [prev, cur] = [order[i - 1], order[i]];
      if (!untyped(cur) || untyped(prev) || cur.tokens.length > 1 || !(prev.start < cur.start ? listed(prev, cur) : listed(cur, prev))) continue;
      const t = strongestType(prev.evidence);
      if (t && (t === 'place' || prev.org)) cur.evidence[t] += 1;
    }
  };
  pass(typed);
  pass([...typed].reverse());
}

/** The strongest type in an evidence tally, or undefined when there is none. */
export function strongestType(e: Evidence): EntityType | undefined {
  let best: EntityType | undefined;
  let score = 0;
  for (const t of ['person', 'organization', 'place'] as const) {
    if (e[t] > score) {
      best = t;
      score = e[t];
    }
  }
  return best;
}
