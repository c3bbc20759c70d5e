// compromise's bulk matcher (methods.one.bulkMatch), with the same answers in the same order, found
// from an index. compromise's post-tagger runs a few hundred match patterns over every sentence; its
// bulk matcher first picks the patterns a sentence could satisfy by walking every key of the pattern
// index (hundreds of words and tags) and asking the sentence's word set for each, concatenating and
// de-duplicating lists as it goes: about a quarter of a whole parse. Here a sentence's own words (tens)
// are looked up in the index instead, ordered by the index's key order, so the patterns tried, their
// order and therefore every tag come out exactly as before (checked over whole corpora in the tests).
// Then a pattern is run only from the terms where it can start: compromise's matcher tries a pattern
// from every term of the sentence, slicing the sentence each time; where the pattern's first token is
// plain (and its second, when that is plain too), only the terms those tokens say yes to can start a
// match, and the pattern is tried there alone (startsOf). Most sentences have none, or one.

/** A compiled match pattern, as compromise's buildNet leaves it (the fields read here). */
export interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  /** The parsed match tokens, in order. */
  regs?: unknown[];
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

type Term = object;
type Cache = ReadonlySet<string>;

interface Methods {
  one: {
    cacheDoc(document: Term[][]): Cache[];
    match(document: Term[][], pattern: Pattern): { ptrs: number[][] };
  };
}

export type BulkMatch = (document: Term[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/**
 * The index of one pattern net. compromise tries, on a sentence, the patterns listed under each word
 * or tag the sentence has (`hooks`, a key per need or want of a pattern), in key order then list
 * order, each pattern text once (where it first comes); then drops those whose needs, `ifNo` or wants
 * the sentence does not satisfy. A pattern that applies has every need present, so it is enough to
 * look it up under one need (the one with the shortest list), or, with no needs, under each want;
 * where it would have come first is read from where it is listed.
 */
export interface NetIndex {
  /** Each key's place in the key order. */
  rank: Map<string, number>;
  /** The net's patterns (each object once), numbered. */
  patterns: Pattern[];
  /** By key rank: the patterns to check when the sentence has that key. */
  triggers: number[][];
  /** By pattern: its places in the hook lists, as rank * SLOT + position, ascending. */
  places: number[][];
  /** By pattern: the other patterns with the same text (only one of them is ever tried), or undefined. */
  sameText: (number[] | undefined)[];
  /** Patterns whose first two tokens can be checked term by term (leadOf), with those two. */
  leads: Map<Pattern, Lead>;
  /** Patterns that can be tried from chosen terms alone (startRuleOf). */
  starts: Map<Pattern, StartRule>;
  /** By pattern: what the sentence must have for it to be tried. */
  conditions: Conditions[];
}

/** Room for a hook list's positions within one rank (compromise's longest list holds under 100). */
const SLOT = 1 << 20;

/**
 * A bulk matcher answering as `original` does. Nets it cannot read as compromise 14 builds them
 * (or with a pattern its de-duplication treats specially) are passed to `original` untouched.
 */
export function indexedBulkMatch(original: BulkMatch): BulkMatch & { original: BulkMatch } {
  // Per net (compromise builds the post-tagger's once): its index, or null where it goes to `original`.
  const indexes = new WeakMap<object, NetIndex | null>();
  const indexOf = (net: Net): NetIndex | null => {
    let index = indexes.get(net);
    if (index === undefined) {
      index = readable(net) ? indexNet(net.hooks) : null;
      indexes.set(net, index);
    }
    return index;
  };
  const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
    const index = net && typeof net === 'object' ? indexOf(net) : null;
    if (!index) return original(document, net, methods, opts);
    const caches = methods.one.cacheDoc(document);
    const scratch = newScratch(index);
    const todo = document.map((terms, n) => patternsToTry(net, index, caches[n], terms.length, scratch));
    const results: unknown[] = [];
    const starters: (Starters | undefined)[] = [];
    for (let n = 0; n < todo.length; n++) {
      for (const pattern of todo[n]) {
        const rule = index.starts.get(pattern);
        let ptrs: number[][];
        if (rule) ptrs = matchFromStarts(document[n] as StartTerm[], rule, methods, (starters[n] ??= new Starters(document[n] as MatchTerm[])));
        else {
          // Most patterns tried find nothing; where the first two tokens match no two neighbouring terms, none can.
          const lead = index.leads.get(pattern);
          if (lead && !mayStartIn(document[n] as MatchTerm[], lead)) continue;
          ptrs = methods.one.match([document[n]], pattern).ptrs;
        }
        if (ptrs.length === 0) continue;
        for (const ptr of ptrs) {
          ptr[0] = n;
          const result: Pattern & { pointer: number[] } = Object.assign({}, pattern, { pointer: ptr });
          if (pattern.unTag !== undefined) result.unTag = pattern.unTag;
          results.push(result);
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
    return results;
  };
  return Object.assign(bulkMatch, { original });
}

/**
 * The patterns compromise would try on a sentence, in its order: those listed under a word or tag the
 * sentence has, by key order and list order, each pattern text once (where it first comes), kept when
 * every need is present, no `ifNo` is, and enough wants are; then the always-tried patterns; all of
 * them only when the sentence has enough words. `checked` and `present` are scratch, one stamp per call.
 */
export function patternsToTry(net: Net, index: NetIndex, has: Cache, words: number, scratch = newScratch(index)): Pattern[] {
  const stamp = ++scratch.stamp;
  const presentRanks: number[] = [];
  for (const item of has) {
    const rank = index.rank.get(item);
    if (rank === undefined) continue;
    scratch.present[rank] = stamp;
    presentRanks.push(rank);
  }
  const kept: { pattern: Pattern; place: number }[] = [];
  for (const rank of presentRanks) {
    for (const id of index.triggers[rank]) {
      if (scratch.checked[id] === stamp) continue;
      scratch.checked[id] = stamp;
      const pattern = index.patterns[id];
      if (words < pattern.minWords || !applies(index.conditions[id], has, scratch.present, stamp)) continue;
      const place = firstPlace(index, id, scratch.present, stamp);
      if (place < 0) continue;
      // Another pattern with the same text coming earlier is the one compromise tries, applies or not.
      const others = index.sameText[id];
      if (others && others.some((other) => other !== id && isBefore(firstPlace(index, other, scratch.present, stamp), place))) continue;
      kept.push({ pattern, place });
    }
  }
  kept.sort((a, b) => a.place - b.place);
  const patterns = kept.map((k) => k.pattern);
  for (const pattern of net.always) if (words >= pattern.minWords) patterns.push(pattern);
  return patterns;
}

export interface Scratch {
  stamp: number;
  checked: Int32Array;
  present: Int32Array;
}

export function newScratch(index: NetIndex): Scratch {
  return { stamp: 0, checked: new Int32Array(index.patterns.length), present: new Int32Array(index.rank.size) };
}

/** Where pattern `id` first comes among the present keys' lists, or -1 where it comes nowhere. */
function firstPlace(index: NetIndex, id: number, present: Int32Array, stamp: number): number {
  for (const place of index.places[id]) if (present[Math.floor(place / SLOT)] === stamp) return place;
  return -1;
}

const isBefore = (place: number, than: number) => place >= 0 && place < than;

/**
 * A pattern's needs and wants as key ranks (compromise lists a pattern under each of them, so they
 * are keys; one that is not is looked up by its text), and its ifNo as it is.
 */
interface Conditions {
  needs: Int32Array;
  otherNeeds: string[];
  wants: Int32Array;
  otherWants: string[];
  minWant: number;
  ifNo?: string[];
}

function conditionsOf(pattern: Pattern, rank: ReadonlyMap<string, number>): Conditions {
  const ranked = (items: string[]) => Int32Array.from(items.filter((i) => rank.has(i)).map((i) => rank.get(i)!));
  const others = (items: string[]) => items.filter((i) => !rank.has(i));
  return { needs: ranked(pattern.needs), otherNeeds: others(pattern.needs), wants: ranked(pattern.wants), otherWants: others(pattern.wants), minWant: pattern.minWant, ...(pattern.ifNo !== undefined ? { ifNo: pattern.ifNo } : {}) };
}

/** Whether the sentence (its keys present in this call's stamp, and its cache) has every need, no ifNo, and enough wants. */
function applies(c: Conditions, has: Cache, present: Int32Array, stamp: number): boolean {
  for (let k = 0; k < c.needs.length; k++) if (present[c.needs[k]] !== stamp) return false;
  for (const need of c.otherNeeds) if (!has.has(need)) return false;
  if (c.ifNo !== undefined) for (const no of c.ifNo) if (has.has(no)) return false;
  if (c.wants.length + c.otherWants.length === 0) return true;
  let found = 0;
  for (let k = 0; k < c.wants.length; k++) if (present[c.wants[k]] === stamp) found++;
  for (const want of c.otherWants) if (has.has(want)) found++;
  return found >= c.minWant;
}

export function indexNet(hooks: Record<string, Pattern[]>): NetIndex {
  const keys = Object.keys(hooks);
  const rank = new Map(keys.map((key, i) => [key, i]));
  const ids = new Map<Pattern, number>();
  const patterns: Pattern[] = [];
  const places: number[][] = [];
  keys.forEach((key, r) =>
    hooks[key].forEach((pattern, position) => {
      let id = ids.get(pattern);
      if (id === undefined) {
        id = patterns.length;
        ids.set(pattern, id);
        patterns.push(pattern);
        places.push([]);
      }
      places[id].push(r * SLOT + position);
    }),
  );
  const triggers: number[][] = keys.map(() => []);
  patterns.forEach((pattern, id) => {
    const needs = pattern.needs.filter((need) => rank.has(need));
    if (needs.length > 0) {
      // Any need will do (all must be present); the shortest list is checked least often.
      const rarest = needs.reduce((best, need) => (hooks[need].length < hooks[best].length ? need : best));
      triggers[rank.get(rarest)!].push(id);
    } else {
      for (const want of new Set(pattern.wants)) if (rank.has(want)) triggers[rank.get(want)!].push(id);
    }
  });
  const byText = new Map<string, number[]>();
  patterns.forEach((pattern, id) => byText.set(pattern.match, [...(byText.get(pattern.match) ?? []), id]));
  const sameText = patterns.map((pattern) => {
    const group = byText.get(pattern.match)!;
    return group.length > 1 ? group : undefined;
  });
  const leads = new Map<Pattern, Lead>();
  const starts = new Map<Pattern, StartRule>();
  for (const pattern of patterns) {
    const lead = leadOf(pattern);
    if (lead) leads.set(pattern, lead);
    const rule = startRuleOf(pattern);
    if (rule) starts.set(pattern, rule);
  }
  return { rank, patterns, triggers, places, sameText, leads, starts, conditions: patterns.map((p) => conditionsOf(p, rank)) };
}

/**
 * Whether the net has the shape read here. compromise de-duplicates pattern texts through a plain
 * object, where "__proto__" never counts as seen: a net holding that text goes to the original.
 */
function readable(net: Net): boolean {
  if (typeof net.hooks !== 'object' || net.hooks === null || !Array.isArray(net.always)) return false;
  const lists = Object.values(net.hooks);
  if (!lists.every(Array.isArray)) return false;
  return [...lists.flat(), ...net.always].every(
    (p) =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.match === 'string' &&
      p.match !== '__proto__' &&
      Array.isArray(p.needs) &&
      Array.isArray(p.wants) &&
      typeof p.minWant === 'number' &&
      typeof p.minWords === 'number' &&
      (p.ifNo === undefined || Array.isArray(p.ifNo)),
  );
}

/** A term as the match tokens read it (compromise's term: the fields a plain token compares). */
export interface MatchTerm {
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  /** compromise's %Noun|Verb% reading of a word that can be either. */
  switch?: string;
  tags: ReadonlySet<string>;
}

/**
 * A match token that consumes exactly one term and says yes by that term alone: a word, a #Tag, a
 * %Noun|Verb% switch or a fast (a|b|c) list, with no optional, negative, greedy, anchor, choice or
 * case flag. Any other key makes the token something else, and then the pattern is not checked ahead
 * (matched as before).
 */
export type PlainToken = { word: string } | { tag: string } | { switch: string } | { fastOr: ReadonlySet<string>; pos?: string };
export type Lead = readonly [PlainToken, PlainToken];

const ONE_FIELD_KEYS = new Set(['word', 'tag', 'switch', 'group', 'groupStart', 'groupEnd']);
const FAST_OR_KEYS = new Set(['operator', 'fastOr', 'pos', 'group', 'groupStart', 'groupEnd']);

function plainToken(token: unknown): PlainToken | undefined {
  if (typeof token !== 'object' || token === null) return undefined;
  const t = token as Record<string, unknown>;
  const keys = Object.keys(t).filter((k) => t[k] !== undefined);
  if (keys.every((k) => ONE_FIELD_KEYS.has(k))) {
    const fields = ['word', 'tag', 'switch'].filter((k) => t[k] !== undefined);
    if (fields.length !== 1) return undefined;
    if (typeof t.word === 'string') return { word: t.word };
    if (typeof t.tag === 'string') return { tag: t.tag };
    if (typeof t.switch === 'string') return { switch: t.switch };
    return undefined;
  }
  if (keys.every((k) => FAST_OR_KEYS.has(k)) && t.operator === 'or' && t.fastOr instanceof Set && (t.pos === undefined || typeof t.pos === 'string')) {
    return t.pos === undefined ? { fastOr: t.fastOr as Set<string> } : { fastOr: t.fastOr as Set<string>, pos: t.pos as string };
  }
  return undefined;
}

/** The pattern's first two tokens when both are plain (a match must then start on a term the first says yes to). */
export function leadOf(pattern: Pattern): Lead | undefined {
  const regs = pattern.regs;
  if (!Array.isArray(regs) || regs.length < 2) return undefined;
  const first = plainToken(regs[0]);
  const second = plainToken(regs[1]);
  return first && second ? [first, second] : undefined;
}

/** Whether the token can say yes to the term: what compromise's term match compares for it, and no more. */
function mayMatch(term: MatchTerm, token: PlainToken): boolean {
  if ('word' in token) return term.machine === token.word || term.normal === token.word || term.text === token.word || (Array.isArray(term.alias) && term.alias.includes(token.word));
  if ('tag' in token) return term.tags.has(token.tag);
  if ('switch' in token) return term.switch === token.switch;
  if (token.pos !== undefined && !term.tags.has(token.pos)) return false;
  return token.fastOr.has(term.root || term.implicit || term.machine || term.normal) || token.fastOr.has(term.text);
}

/**
 * Whether a match of a pattern with this lead could start anywhere in the sentence: its first token
 * yes to some term and its second to the next, or to the one after when both are the implicit halves
 * of a contraction (compromise's matcher steps over the second half of "we've" matched as "we").
 * False means compromise's matcher would find nothing there.
 */
export function mayStartIn(terms: readonly MatchTerm[], [first, second]: Lead): boolean {
  for (let i = 0; i + 1 < terms.length; i++) if (mayMatch(terms[i], first) && secondFits(terms, i, second)) return true;
  return false;
}

/**
 * How a pattern is tried from chosen terms: what a starting term (and the one after it) must be, and
 * the pattern as compromise's matcher runs it from the first term it is given alone (its first token
 * marked ^, its notIf checked here). Only a pattern where that changes nothing else: no ^ of its own
 * (it compares a term's place in the sentence, which a sentence cut at the start would shift), and a
 * $ only on its last token when that token cannot be skipped or stretched (then every match the
 * matcher finds ends the sentence, so none is dropped after it chose where to look next).
 */
export interface StartRule {
  first: StartTest;
  /** The second token, where the first takes exactly one term and both are plain (as in a Lead). */
  second?: PlainToken;
  anchored: Pattern & { regs: unknown[] };
  /** compromise's minLength: tokens neither optional nor negative; no shorter rest of a sentence is tried. */
  minLength: number;
  /** The named or numbered group whose span is the result, taken here (the anchored pattern returns the whole match). */
  group?: string;
  justOne: boolean;
  /** The pattern's notIf, anchored the same way: a match with a term where it matches is dropped. */
  notIf?: { regs: unknown[] };
}

/**
 * What the term a match starts on must be: what a plain token says yes to, one of several (an
 * or-block's choices each start with a plain token), or all of several (an and-block's).
 */
export type StartTest = { one: PlainToken } | { anyOf: PlainToken[] } | { allOf: PlainToken[] };

interface PatternOptions {
  group?: unknown;
  notIf?: unknown;
  justOne?: unknown;
}

export function startRuleOf(pattern: Pattern): StartRule | undefined {
  const regs = pattern.regs;
  const options = pattern as Pattern & PatternOptions;
  if (!Array.isArray(regs) || regs.length === 0 || !placesKept(regs)) return undefined;
  const first = startTestOf(regs[0]);
  if (!first) return undefined;
  const group = options.group;
  if (group !== undefined && typeof group !== 'string' && typeof group !== 'number') return undefined;
  let notIf: StartRule['notIf'];
  if (options.notIf !== undefined) {
    const notRegs = Array.isArray(options.notIf) ? (options.notIf as unknown[]) : undefined;
    if (!notRegs || notRegs.length === 0 || typeof notRegs[0] !== 'object' || notRegs[0] === null || placeBound(notRegs)) return undefined;
    notIf = { regs: anchor(notRegs) };
  }
  const plainFirst = plainToken(regs[0]);
  const second = plainFirst && regs.length > 1 ? plainToken(regs[1]) : undefined;
  const anchored = { ...pattern, regs: anchor(regs), group: undefined, notIf: undefined };
  const minLength = regs.filter((r) => (r as { optional?: unknown }).optional !== true && (r as { negative?: unknown }).negative !== true).length;
  return {
    first,
    ...(second ? { second } : {}),
    anchored,
    minLength,
    ...(group !== undefined && group !== '' ? { group: String(group) } : {}),
    justOne: options.justOne === true,
    ...(notIf ? { notIf } : {}),
  };
}

/** The tokens with the first one marked ^: compromise's matcher then tries them from the first term only. */
function anchor(regs: unknown[]): unknown[] {
  return [{ ...(regs[0] as object), start: true }, ...regs.slice(1)];
}

/** No ^ anywhere, and a $ only on the last token, which neither is optional, negative or greedy, nor stands for any term. */
function placesKept(regs: unknown[]): boolean {
  const last = regs[regs.length - 1] as Record<string, unknown>;
  if (last.end === true) {
    if (last.optional === true || last.negative === true || last.greedy === true || last.anything === true) return false;
    return !placeBound(regs.slice(0, -1)) && !placeBound({ ...last, end: undefined });
  }
  return !placeBound(regs);
}

/** Whether any token, at any depth (choices), has a ^ or $ flag. */
function placeBound(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(placeBound);
  if (typeof value !== 'object' || value === null || value instanceof Set) return false;
  const token = value as Record<string, unknown>;
  if (token.start === true || token.end === true) return true;
  return Array.isArray(token.choices) && token.choices.some(placeBound);
}

const BLOCK_KEYS = new Set(['choices', 'operator', 'greedy', 'group', 'groupStart', 'groupEnd']);

/**
 * The test the first token puts to the term a match starts on, or undefined where any term may start
 * one. A plain token (or one repeated, `#Noun+`, whose first term it still tests), or a block that
 * cannot be skipped: an or-block starts with one of its choices, an and-block with all of them.
 */
function startTestOf(reg: unknown): StartTest | undefined {
  if (typeof reg !== 'object' || reg === null) return undefined;
  const token = reg as Record<string, unknown>;
  const plain = plainToken(token.greedy === true ? { ...token, greedy: undefined } : token);
  if (plain) return { one: plain };
  const keys = Object.keys(token).filter((k) => token[k] !== undefined);
  if (!Array.isArray(token.choices) || !keys.every((k) => BLOCK_KEYS.has(k))) return undefined;
  const firsts = token.choices.map((choice) => (Array.isArray(choice) && choice.length > 0 ? plainToken(choice[0]) : undefined));
  if (token.operator === 'or') return firsts.every((f) => f !== undefined) ? { anyOf: firsts as PlainToken[] } : undefined;
  if (token.operator === 'and' && token.greedy === undefined) {
    const known = firsts.filter((f): f is PlainToken => f !== undefined);
    return known.length > 0 ? { allOf: known } : undefined;
  }
  return undefined;
}

/** A term as a pointer names it (compromise puts the first and last terms' ids in each pointer). */
type StartTerm = MatchTerm & { id?: unknown };

type MatchResult = { ptrs: number[][]; byGroup?: Record<string, number[][]> };

/**
 * What compromise's matcher gives for the pattern on the sentence (its pointers, the group's span
 * where the pattern names one), tried only from the terms where it can start, in its order: after a
 * match, it looks next from the match's last term on, as compromise does, before dropping matches
 * by notIf.
 */
export function matchFromStarts(terms: readonly StartTerm[], rule: StartRule, methods: Methods, starters = new Starters(terms)): number[][] {
  const ptrs: number[][] = [];
  let from = 0;
  for (const i of starters.of(rule.first)) {
    if (i < from) continue;
    if (terms.length - i < rule.minLength) break;
    if (rule.second && !secondFits(terms, i, rule.second)) continue;
    const found = methods.one.match([terms.slice(i) as Term[]], rule.anchored) as MatchResult;
    const whole = found.ptrs[0];
    if (!whole) continue;
    const span = rule.group === undefined ? whole : found.byGroup?.[rule.group]?.[0];
    if (span && !(rule.notIf && notIfMatches(terms.slice(i + whole[1], i + whole[2]), rule.notIf, methods))) {
      const start = span[1] + i;
      const end = span[2] + i;
      ptrs.push([0, start, end, terms[start].id as number, terms[end - 1].id as number]);
    }
    if (rule.justOne) break;
    // compromise looks next from the term after the match (from the match's last term, for a match of one).
    from = Math.max(i + 1, whole[2] + i);
  }
  return ptrs;
}

/** compromise's notIf: whether its tokens match from any term of the match. */
function notIfMatches(span: readonly StartTerm[], notIf: { regs: unknown[] }, methods: Methods): boolean {
  for (let k = 0; k < span.length; k++) {
    if ((methods.one.match([span.slice(k) as Term[]], notIf as Pattern) as MatchResult).ptrs.length > 0) return true;
  }
  return false;
}

/** Whether the second token fits the term after the start, or the one after that across a contraction's implicit halves. */
function secondFits(terms: readonly MatchTerm[], i: number, second: PlainToken): boolean {
  if (i + 1 < terms.length && mayMatch(terms[i + 1], second)) return true;
  return Boolean(terms[i].implicit && terms[i + 1]?.implicit && i + 2 < terms.length && mayMatch(terms[i + 2], second));
}

/**
 * One sentence's terms by what a plain token asks of them, so a pattern looks up where it may start
 * instead of testing every term: the places (ascending) of each tag, each word form a word token
 * compares, each switch; a fast list's places are found once and kept for the other patterns with it.
 */
export class Starters {
  private readonly byTag = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly bySwitch = new Map<string, number[]>();
  private readonly byToken = new Map<object, readonly number[]>();

  constructor(private readonly terms: readonly MatchTerm[]) {
    terms.forEach((term, i) => {
      for (const tag of term.tags) add(this.byTag, tag, i);
      for (const word of [term.machine, term.normal, term.text, ...(Array.isArray(term.alias) ? term.alias : [])]) if (typeof word === 'string') add(this.byWord, word, i);
      if (typeof term.switch === 'string') add(this.bySwitch, term.switch, i);
    });
  }

  /** The places, ascending, of the terms the test may say yes to. */
  of(test: StartTest): readonly number[] {
    let places = this.byToken.get(test);
    if (!places) {
      places = 'one' in test ? this.ofToken(test.one) : 'anyOf' in test ? union(test.anyOf.map((t) => this.ofToken(t))) : this.ofToken(test.allOf[0]).filter((i) => test.allOf.every((t) => mayMatch(this.terms[i], t)));
      this.byToken.set(test, places);
    }
    return places;
  }

  private ofToken(token: PlainToken): readonly number[] {
    if ('word' in token) return this.byWord.get(token.word) ?? NOWHERE;
    if ('tag' in token) return this.byTag.get(token.tag) ?? NOWHERE;
    if ('switch' in token) return this.bySwitch.get(token.switch) ?? NOWHERE;
    const kept = this.byToken.get(token);
    if (kept) return kept;
    const places: number[] = [];
    for (let i = 0; i < this.terms.length; i++) if (mayMatch(this.terms[i], token)) places.push(i);
    this.byToken.set(token, places);
    return places;
  }
}

const NOWHERE: readonly number[] = [];

/** Adds place i under key once (places come in ascending order, so a repeat is the last one). */
function add(map: Map<string, number[]>, key: string, i: number): void {
  const places = map.get(key);
  if (!places) map.set(key, [i]);
  else if (places[places.length - 1] !== i) places.push(i);
}

function union(lists: readonly (readonly number[])[]): readonly number[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? NOWHERE;
  return [...new Set(nonEmpty.flat())].sort((a, b) => a - b);
}

