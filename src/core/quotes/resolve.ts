// Turns a speaker reference (a name, pronoun, title or document) into a canonical name, using the
// entities found in the article, the titles the article gave people, and who spoke most recently.
import type { Article, Entity, EntityType, Span } from '../model';
import { HONORIFICS, REPORTING_VERBS, TITLES } from './lexicon';
import { runMatches, type RunPattern } from './runMatches';
import { describe, descriptionHead, KIN_ROLES } from './description';
import { personGenders, pronounGender, type Gender } from './gender';
import type { SubjectRef } from './subject';

export interface Speaker {
  name: string;
  /** 'description': an unnamed source in the article's words ("a spokesperson"), see description.ts. */
  type: EntityType | 'unknown' | 'description';
}

interface Located {
  start: number;
  end: number;
  entity: Entity;
}

interface Titled {
  speaker: Speaker;
  modifier: string;
  at: number;
}

/** Common nouns that stand for whichever organisation the story is about ("the company said"). */
const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'operator', 'business', 'corporation', 'agency', 'organisation', 'organization', 'authority', 'ministry', 'department', 'government', 'council', 'union', 'party', 'club', 'bank', 'airline', 'manufacturer', 'retailer', 'charity', 'campaign', 'insurer', 'regulator', 'utility', 'carrier', 'developer', 'owner', 'employer']);

/** Roles that usually stay anonymous: "the official said" does not point at the last person named. */
const UNNAMED_ROLES = new Set(['official', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'aide', 'staffer', 'witness', 'reporter', 'statement', 'report', 'study', 'survey', 'poll', 'court', 'judge', 'jury', 'police', 'public', 'audience', 'crowd', 'family', 'couple', 'pair']);

/** Roles in UNNAMED_ROLES that are documents or bodies, not people: "the report said" is no description of a source. */
const DOCUMENT_HEADS = new Set(['statement', 'report', 'study', 'survey', 'poll']);

/** How far back pronouns and "the ministry" look: far enough for any article, bounded for hostile input. */
const LOOK_BACK = 400;
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/[\s-]+/)));
const PERSON_TITLE_HEADS = new Set(TITLES.map((t) => t.split(/\s+/).pop() as string));
const ORG_WORDS = /\b(?:Department|Ministry|Office|Council|Commission|Committee|Agency|Authority|Bureau|Service|Government|Administration|House|Kremlin|Parliament|Congress|Senate|Court|Union|Party|Embassy|Bank|Police|Army|Navy|Force|Forces|Institute|University|Association|Federation|Organisation|Organization|Company|Corporation|Group|Foundation|Times|News|Post|Press|Agency|Board|Inc|Ltd|Corp|Council|Assembly|Cabinet|Secretariat|Network|Radio|Television|TV)\b/;

/** Canonical form of a nationality or country written before a title ("U.S.", "American" → "us"). */
function normaliseModifier(m: string | undefined): string {
  if (!m) return '';
  const s = m.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '').trim();
  if (/^(?:us|usa|american|united states|america)$/.test(s)) return 'us';
  if (/^(?:uk|british|britain|united kingdom)$/.test(s)) return 'uk';
  return s;
}

function sameModifier(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));
}

/** The first person a paragraph names outside its quotes ("pronounBefore": a "he"/"she" precedes them). */
export interface ParagraphLead {
  start: number;
  speaker: Speaker;
  pronounBefore: boolean;
}

/** Per-article resolution state: built once, then asked in document order. */
export class SpeakerResolver {
  /** Set as each paragraph is entered: the lead person of the paragraph before it. */
  previousLead: ParagraphLead | undefined;
  private readonly mentions: Located[] = [];
  private readonly byAlias = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byFirstName = new Map<string, Entity[]>();
  /** title → one entry per person holding it (first introduction), so lookups stay small on any input. */
  private readonly titled = new Map<string, Map<string, Titled>>();
  /** How often each person was introduced with a title: salience when entities are not known. */
  private readonly titleCounts = new Map<string, number>();
  private readonly fullNames = new Map<string, string>();
  /** Person-like names the article writes ("Lydia Grant"), in order: pronouns fall back on them without entities. */
  private readonly nameRuns: { at: number; name: string }[] = [];
  private readonly history: { at: number; speaker: Speaker }[] = [];
  /** Unnamed sources met so far, by head noun ("official" → "a justice official"). */
  private readonly descriptions = new Map<string, string>();
  /** The gender the article makes clear for each person, by canonical name. */
  private readonly genders: Map<string, Gender>;

  constructor(private readonly article: Article, entities: Entity[], content: Span[]) {
    for (const e of entities) {
      for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
      for (const a of [e.name, ...e.aliases]) if (!this.byAlias.has(a.toLowerCase())) this.byAlias.set(a.toLowerCase(), e);
      if (e.type === 'person') {
        const surname = lastToken(e.name);
        // In place: copying the list on every addition is quadratic when many people share a name.
        const sameSurname = this.bySurname.get(surname);
        if (sameSurname) sameSurname.push(e);
        else this.bySurname.set(surname, [e]);
        const first = e.name.split(/\s+/)[0].toLowerCase();
        const sameFirst = this.byFirstName.get(first);
        if (first !== surname && sameFirst) sameFirst.push(e);
        else if (first !== surname) this.byFirstName.set(first, [e]);
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
    this.genders = personGenders(article.text, entities.filter((e) => e.type === 'person'), this.mentions);
    for (const p of content) this.indexNamesAndTitles(p);
  }

  /** Resolves a reference standing at `at`; null for unnamed sources, undefined when nothing fits. */
  resolve(ref: SubjectRef, at: number, sentenceStart = at): Speaker | null | undefined {
    switch (ref.kind) {
      case 'name': return this.resolveName(ref.span, ref.text);
      case 'pronoun': return this.resolvePronoun(ref.text.toLowerCase(), at, sentenceStart);
      case 'title': {
        const head = ref.title ?? '';
        // "the minister" is a person's title; "the port authority" names a kind of body.
        if (PERSON_TITLE_HEADS.has(head)) return this.resolveTitle(head, ref.modifier, at) ?? this.resolveOrgHead(head, at) ?? this.describedPerson(ref, at) ?? this.unnamedRole(ref);
        return this.resolveOrgHead(head, at) ?? this.resolveTitle(head, undefined, at) ?? this.describedPerson(ref, at) ?? this.unnamedRole(ref);
      }
      case 'document': {
        // "her statement read": the document of the person the pronoun points to.
        const owner = /^(his|her|its|their)\s/i.exec(ref.text)?.[1].toLowerCase();
        const pronoun = owner && ({ his: 'he', her: 'she', its: 'it', their: 'they' } as const)[owner as 'his' | 'her' | 'its' | 'their'];
        const issuer = pronoun ? this.resolvePronoun(pronoun, at, sentenceStart) : undefined;
        return issuer ?? this.lastSpeaker(at, (s) => s.type === 'organization') ?? null;
      }
      case 'anonymous': return this.unnamedSource(ref) ?? null;
      default: return undefined;
    }
  }

  /** The first person named in text[from, to), skipping positions `skip` rejects (inside quotes). */
  firstPersonMention(from: number, to: number, skip: (at: number) => boolean, pronoun?: string): { start: number; end: number; speaker: Speaker } | undefined {
    for (let i = this.mentionsBefore(from) + 1; i < this.mentions.length && this.mentions[i].start < to; i++) {
      const m = this.mentions[i];
      if (m.start >= from && m.entity.type === 'person' && !skip(m.start) && (!pronoun || this.fits(m.entity.name, pronoun))) return { start: m.start, end: m.end, speaker: { name: m.entity.name, type: 'person' } };
    }
    return undefined;
  }

  /** Whether "he"/"she" (or his/her) can refer to the person: yes unless the article makes the other gender clear. */
  fits(name: string, pronoun: string): boolean {
    const wanted = pronounGender(pronoun);
    const known = this.genders.get(name);
    return !wanted || !known || known === wanted;
  }

  /** Where the last person spoke before `at`, or -1. */
  lastPersonSpokeAt(at: number): number {
    for (let i = this.history.length - 1, looked = 0; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      const h = this.history[i];
      if (h.at <= at && (h.speaker.type === 'person' || h.speaker.type === 'unknown')) return h.at;
    }
    return -1;
  }

  /** Records who spoke at `at`, for later pronouns and documents (an unnamed source is no one to refer back to by name). */
  spoke(at: number, speaker: Speaker): void {
    if (speaker.type !== 'description') this.history.push({ at, speaker });
  }

  /** "a senior official said" → the description as a speaker, remembered so "the official" finds it again. */
  private unnamedSource(ref: SubjectRef): Speaker | undefined {
    const name = describe(ref);
    if (!name) return undefined;
    this.descriptions.set(descriptionHead(name), name);
    return { name, type: 'description' };
  }

  /** "the official said", "the father repeated": a role that stays unnamed, or the source described so before. */
  private unnamedRole(ref: SubjectRef): Speaker | undefined {
    const head = ref.title ?? '';
    if (!UNNAMED_ROLES.has(head) && !KIN_ROLES.has(head)) return undefined;
    if (DOCUMENT_HEADS.has(head)) return undefined;
    const known = this.descriptions.get(head);
    return known ? { name: known, type: 'description' } : this.unnamedSource(ref);
  }

  resolveName(span: Span, text: string): Speaker | undefined {
    const hit = this.mentionIn(span);
    // "Pfizer Tweeted": an entity that swallowed the capitalised verb after the name is not this name.
    if (hit && !this.swallowsVerb(hit, span)) return { name: hit.entity.name, type: hit.entity.type };
    const bare = stripTitles(text);
    if (!bare) return undefined;
    const alias = this.byAlias.get(bare.toLowerCase()) ?? this.byAlias.get(text.toLowerCase());
    if (alias) return { name: alias.name, type: alias.type };
    const sameSurname = this.bySurname.get(lastToken(bare)) ?? [];
    if (sameSurname.length === 1 && !bare.includes(' ')) return { name: sameSurname[0].name, type: 'person' };
    // Feature writing calls people by first name ("Abena told me"): one person with that first name.
    const sameFirst = !bare.includes(' ') && !sameSurname.length ? this.byFirstName.get(bare.toLowerCase()) ?? [] : [];
    if (sameFirst.length === 1) return { name: sameFirst[0].name, type: 'person' };
    const full = bare.includes(' ') ? bare : this.fullNames.get(bare.toLowerCase()) ?? bare;
    return { name: full, type: guessType(text, full) };
  }

  private resolvePronoun(pronoun: string, at: number, sentenceStart: number): Speaker | undefined {
    if (pronoun === 'he' || pronoun === 'she') return this.lastSpeaker(at, (s) => (s.type === 'person' || s.type === 'unknown') && this.fits(s.name, pronoun)) ?? this.lastMentioned(at, 'person', pronoun);
    // "the operator, Saltmarsh Logistics, rejected what it called …": "it" is the organisation of its own sentence first.
    if (pronoun === 'it') return this.organisationSince(sentenceStart, at) ?? this.lastSpeaker(at, (s) => s.type === 'organization' || s.type === 'place');
    if (pronoun === 'they' || pronoun === 'we') return this.lastSpeaker(at, () => true);
    return undefined;
  }

  private resolveTitle(title: string, modifier: string | undefined, at: number): Speaker | undefined {
    const wanted = normaliseModifier(modifier);
    let candidates = [...(this.titled.get(title) ?? this.titled.get(lastToken(title)) ?? new Map<string, Titled>()).values()];
    if (wanted) {
      const narrowed = candidates.filter((c) => sameModifier(c.modifier, wanted));
      // "the Russian leader": no one was called leader, but someone Russian held a title.
      candidates = narrowed.length ? narrowed : [...this.titled.values()].flatMap((m) => [...m.values()]).filter((c) => sameModifier(c.modifier, wanted));
    }
    if (!candidates.length) return undefined;
    const introduced = candidates.filter((c) => c.at < at);
    if (introduced.length) candidates = introduced;
    // The person most talked about wins ("the president" in a story about one president); then the latest.
    let best: Titled | undefined;
    let bestScore = -1;
    for (const c of candidates) {
      const score = this.salience(c.speaker.name) * 1000 + (c.at < at ? c.at / (at + 1) : 0);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best?.speaker;
  }

  /**
   * "the 39-year-old founder said", "says the affable proprietor": a definite description of one person
   * that no title explains is the person the story was just talking about. Bodies ("the agency"), groups
   * ("the researchers") and roles that usually stay unnamed ("the official") are left unresolved.
   */
  private describedPerson(ref: SubjectRef, at: number): Speaker | undefined {
    const head = ref.title ?? '';
    if (!/^the\s/i.test(ref.text) || !/^[\p{Ll}\d]/u.test(head) || UNNAMED_ROLES.has(head) || KIN_ROLES.has(head) || GENERIC_ORG_HEADS.has(head)) return undefined;
    if (/(?<!s)s$/.test(head) || ORG_WORDS.test(head.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))) return undefined;
    return this.lastMentioned(at, 'person');
  }

  private organisationSince(from: number, at: number): Speaker | undefined {
    for (let i = this.mentionsBefore(at); i >= 0 && this.mentions[i].start >= from; i--) {
      if (this.mentions[i].entity.type === 'organization') return { name: this.mentions[i].entity.name, type: 'organization' };
    }
    return undefined;
  }

  /** "the ministry said" → the last organisation spoken of whose name holds the word "ministry". */
  private resolveOrgHead(head: string, at: number): Speaker | undefined {
    const from = this.mentionsBefore(at);
    const named = new RegExp(`\\b${head.replace(/[^\p{L} -]/gu, '')}\\b`, 'iu');
    for (let i = from, looked = 0; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      const m = this.mentions[i];
      if (m.entity.type === 'organization' && named.test(m.entity.name)) return { name: m.entity.name, type: 'organization' };
    }
    const spoke = this.lastSpeaker(at, (s) => s.type !== 'person' && named.test(s.name));
    if (spoke || !GENERIC_ORG_HEADS.has(head)) return spoke;
    // "the company said": the organisation the article last named.
    for (let i = from, looked = 0; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      if (this.mentions[i].entity.type === 'organization') return { name: this.mentions[i].entity.name, type: 'organization' };
    }
    return undefined;
  }

  private salience(name: string): number {
    const e = this.byAlias.get(name.toLowerCase());
    return e ? e.mentions.length : this.titleCounts.get(name) ?? 0;
  }

  private lastSpeaker(at: number, ok: (s: Speaker) => boolean): Speaker | undefined {
    for (let i = this.history.length - 1, looked = 0; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      if (this.history[i].at <= at && ok(this.history[i].speaker)) return this.history[i].speaker;
    }
    return undefined;
  }

  private lastMentioned(at: number, type: EntityType, pronoun?: string): Speaker | undefined {
    for (let i = this.mentionsBefore(at), looked = 0; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      if (this.mentions[i].entity.type === type && (!pronoun || this.fits(this.mentions[i].entity.name, pronoun))) return { name: this.mentions[i].entity.name, type };
    }
    if (this.mentions.length) return undefined;
    // No entities to go by: the last full name written before the pronoun.
    let lo = 0;
    let hi = this.nameRuns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.nameRuns[mid].at <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? { name: this.nameRuns[lo - 1].name, type: 'person' } : undefined;
    return undefined;
  }

  /** Index of the last mention that ends at or before `at`, or -1. */
  private mentionsBefore(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    let i = lo - 1;
    while (i >= 0 && this.mentions[i].end > at) i--;
    return i;
  }

  /** Whether a mention runs past the span into a reporting verb ("Pfizer Tweeted" for the subject "Pfizer"). */
  private swallowsVerb(m: Located, span: Span): boolean {
    if (m.end <= span.end) return false;
    const overflow = this.article.text.slice(span.end, m.end).toLowerCase().match(/\p{L}+/gu) ?? [];
    return overflow.some((w) => REPORTING_VERBS.has(w));
  }

  /**
   * The entity mention inside the span that ends last (the head of "Harbour Council President Ines Moro"),
   * a person before anything else ("Sen. Ada Vos of Kent": the senator, not the place she represents).
   */
  private mentionIn(span: Span): Located | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    let best: Located | undefined;
    let person: Located | undefined;
    let first: Located | undefined;
    let second: Located | undefined;
    for (let i = Math.max(0, lo - 2); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      const m = this.mentions[i];
      if (m.end <= span.start || m.start >= span.end) continue;
      if (first) second ??= m;
      first ??= m;
      if (!best || m.end >= best.end) best = m;
      if (m.entity.type === 'person' && (!person || m.end >= person.end)) person = m;
    }
    // "Tidewater and Saltmarsh said": of two names joined by "and", the first leads.
    if (first && second && /^\s+(?:and|&)\s+$/.test(this.article.text.slice(first.end, second.start))) return first;
    return person ?? best;
  }

  /** One pass over a paragraph: full names ("Vera Lund" for "Lund") and who holds which title. */
  private indexNamesAndTitles(p: Span): void {
    const text = this.article.text.slice(p.start, p.end);
    for (const m of runMatches(text, CAPITALISED_RUN)) {
      // A run stops at a full stop after a word ("… Kate Roussel. Tidewater said"), not after an initial or "Gov.".
      // (?<!\p{L}): the word is read from its first letter only, not again from every letter in it.
      const name = stripTitles(m[0].replace(/(?<!\p{L})(\p{L}{4,})\.\s.*$/su, '$1'));
      if (!/\s/.test(name) || /^(?:The|A|An)\s/.test(name) || ORG_WORDS.test(name) || !/^\p{Lu}\p{Ll}/u.test(name)) continue;
      this.nameRuns.push({ at: p.start + (m.index ?? 0) + m[0].length, name });
      const surname = lastToken(name);
      const known = this.fullNames.get(surname);
      if (!known || known.length < name.length) this.fullNames.set(surname, name);
    }
    // Each title pattern holds a title as a whole word: a paragraph without one is not searched.
    if (!TITLE_PHRASE.test(text) || !this.mentionsTitle(text)) return;
    for (const m of TITLE_THEN_CAPITAL.test(text) ? runMatches(text, TITLE_BEFORE_NAME) : []) {
      const nameStart = p.start + (m.index ?? 0) + m[0].length - m[3].length;
      const speaker = this.resolveName({ start: nameStart, end: nameStart + m[3].length }, m[3]);
      if (speaker && speaker.type !== 'organization' && speaker.type !== 'place') this.addTitle(m[2], m[1], { ...speaker, type: 'person' }, nameStart);
    }
    this.indexTitleThenName(p, text);
    for (const m of COMMA_THEN_TITLE.test(text) ? runMatches(text, NAME_COMMA_TITLE) : []) {
      const nameStart = p.start + (m.index ?? 0);
      const speaker = this.resolveName({ start: nameStart, end: nameStart + m[1].length }, m[1]);
      if (speaker && speaker.type !== 'organization' && speaker.type !== 'place') this.addTitle(m[3], m[2].trim() || undefined, { ...speaker, type: 'person' }, nameStart);
    }
  }

  /** Scans "The commander of the tanker, Ana Ruiz," once more for titles given before a name. */
  private indexTitleThenName(p: Span, text: string): void {
    for (const m of text.matchAll(TITLE_COMMA_NAME)) {
      const nameStart = p.start + (m.index ?? 0) + m[0].length - m[3].length;
      const speaker = this.resolveName({ start: nameStart, end: nameStart + m[3].length }, m[3]);
      if (speaker && speaker.type !== 'organization' && speaker.type !== 'place') this.addTitle(m[2], m[1], { ...speaker, type: 'person' }, p.start + (m.index ?? 0));
    }
  }

  /** A cheap word scan that spares the title patterns paragraphs without any title word. */
  private mentionsTitle(text: string): boolean {
    for (const w of text.matchAll(/\p{L}+/gu)) if (TITLE_WORDS.has(w[0].toLowerCase())) return true;
    return false;
  }

  private addTitle(title: string, modifier: string | undefined, speaker: Speaker, at: number): void {
    const entry = { speaker, modifier: normaliseModifier(modifier), at };
    const key = title.toLowerCase();
    this.titleCounts.set(speaker.name, (this.titleCounts.get(speaker.name) ?? 0) + 1);
    for (const k of new Set([key, lastToken(key)])) {
      const holders = this.titled.get(k) ?? new Map<string, Titled>();
      // Keep the first introduction, but let a later one add the modifier the first lacked.
      const known = holders.get(speaker.name);
      if (!known) holders.set(speaker.name, entry);
      else if (!known.modifier && entry.modifier) holders.set(speaker.name, { ...known, modifier: entry.modifier });
      this.titled.set(k, holders);
    }
  }
}

function lastToken(s: string): string {
  const parts = s.trim().split(/\s+/);
  return parts[parts.length - 1].toLowerCase();
}

/** "National Security Advisor Tom Ashby" → "Tom Ashby"; "Mr Okafor" → "Okafor". */
export function stripTitles(name: string): string {
  const tokens = name.trim().split(/\s+/);
  let i = 0;
  for (let j = 0; j < tokens.length - 1; j++) {
    const t = tokens[j].toLowerCase().replace(/[.,]$/, '');
    if (HONORIFICS.test(t) || TITLE_WORDS.has(t) || t === 'of') i = j + 1;
  }
  while (i < tokens.length - 1 && /^(?:U\.S\.|US|UK|EU|UN)$/.test(tokens[i])) i++;
  return tokens.slice(i).join(' ').replace(/['’]s$/, '');
}

function guessType(written: string, name: string): Speaker['type'] {
  if (ORG_WORDS.test(name) || /^the\s/i.test(written) || /^\p{Lu}{2,6}$/u.test(name)) return 'organization';
  if (name.includes(' ') || /^(?:mr|mrs|ms|dr)\b/i.test(written) || written !== name) return 'person';
  return 'unknown';
}

const bothCases = (w: string) => w.replace(/\b(\w)/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const TITLE_ALTERNATION = TITLES.map((t) => bothCases(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|');
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){0,3}";
/** A title as a whole word, as each title pattern holds one; cheap to search (it starts only at a title). */
const TITLE_PHRASE = new RegExp(`\\b(?:${TITLE_ALTERNATION})\\b`, 'u');
/** A title before a capital, as TITLE_BEFORE_NAME holds one. */
const TITLE_THEN_CAPITAL = new RegExp(`\\b(?:${TITLE_ALTERNATION})\\s+\\p{Lu}`, 'u');
// The patterns that begin with a capitalised word are matched with runMatches (linear time): the
// engine alone would read a long word again from every capital in it.
/** "Aldovian President Pavel Okafor", "Foreign Minister Ana Ruiz": modifier, title, name. */
const TITLE_BEFORE_NAME: RunPattern = {
  full: new RegExp(`(?:(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)\\s+)?\\b(${TITLE_ALTERNATION})\\s+(${NAME})`, 'uy'),
  rest: new RegExp(`(?:((?!))\\s+)?\\b(${TITLE_ALTERNATION})\\s+(${NAME})`, 'uy'),
  starts: /\p{Lu}|\b[A-Za-z]/gu,
  word: /\p{Lu}[\p{L}.]*/uy,
};
/** "Ana Ruiz, the foreign minister," / "Ana Ruiz, Spain's foreign minister,". */
const NAME_COMMA_TITLE: RunPattern = {
  full: new RegExp(`(${NAME}),\\s+(?:the|[\\p{Lu}][\\p{L}]+['’]s)\\s+((?:[\\p{L}.]+\\s+){0,3}?)(${TITLE_ALTERNATION})\\b`, 'uy'),
  starts: /\p{Lu}/gu,
  word: /\p{Lu}[\p{L}'’-]*/uy,
};
/** What NAME_COMMA_TITLE holds after the name (", the foreign minister"): searched from commas only. */
const COMMA_THEN_TITLE = new RegExp(`,\\s+(?:the|[\\p{Lu}][\\p{L}]+['’]s)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${TITLE_ALTERNATION})\\b`, 'u');
/** Runs of two to five capitalised words: where full names ("Vera Lund" for a later "Lund") are found. */
/** "The commander of the tanker Corvina Star, the Portuguese Ana Ruiz," / "The mayor of Valmore, Ines Varga,". */
const TITLE_COMMA_NAME = new RegExp(`\\b[Tt]he\\s+(?:([\\p{L}.]+)\\s+)?(${TITLE_ALTERNATION})\\b[^,.;:“”"]{0,80},\\s+(?:the\\s+\\p{Lu}\\p{Ll}+\\s+)?(${NAME})(?=,)`, 'gu');
const CAPITALISED_RUN: RunPattern = {
  full: /(?<![\p{L}])\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}/uy,
  starts: /(?<![\p{L}])\p{Lu}/gu,
  word: /\p{Lu}[\p{L}'’.-]*/uy,
};

/** The patterns matched with runMatches, for the test that holds them equal to text.matchAll. */
export const RUN_PATTERNS = { CAPITALISED_RUN, TITLE_BEFORE_NAME, NAME_COMMA_TITLE };
