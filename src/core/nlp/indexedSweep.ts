// compromise's bulk matcher (methods.one.bulkMatch), with the same answers in the same order, found
// from an index. compromise's post-tagger runs a few hundred match patterns over every sentence; its
// bulk matcher first picks the patterns a sentence could satisfy by walking every key of the pattern
// index (hundreds of words and tags) and asking the sentence's word set for each, concatenating and
// de-duplicating lists as it goes: about a quarter of a whole parse. Here a sentence's own words (tens)
// are looked up in the index instead, ordered by the index's key order, so the patterns tried, their
// order and therefore every tag come out exactly as before (checked over whole corpora in the tests).
// Then a pattern whose first two tokens are plain is run only where two neighbouring terms fit them
// (mayStartIn): most runs found nothing, and those cannot find anything.

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
    for (let n = 0; n < todo.length; n++) {
      for (const pattern of todo[n]) {
        // Most patterns tried find nothing; where the first two tokens match no two neighbouring terms, none can.
        const lead = index.leads.get(pattern);
        if (lead && !mayStartIn(document[n] as MatchTerm[], lead)) continue;
        const found = methods.one.match([document[n]], pattern);
        if (found.ptrs.length === 0) continue;
        for (const ptr of found.ptrs) {
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
      if (words < pattern.minWords || !applies(pattern, has)) continue;
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

function applies(pattern: Pattern, has: Cache): boolean {
  for (const need of pattern.needs) if (!has.has(need)) return false;
  if (pattern.ifNo !== undefined) for (const no of pattern.ifNo) if (has.has(no)) return false;
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (has.has(want)) found++;
  return found >= pattern.minWant;
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
  for (const pattern of patterns) {
    const lead = leadOf(pattern);
    if (lead) leads.set(pattern, lead);
  }
  return { rank, patterns, triggers, places, sameText, leads };
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
  tags: ReadonlySet<string>;
}

/**
 * A match token that consumes exactly one term and says yes by that term alone: a word, a #Tag, or a
 * fast (a|b|c) list, with no optional, negative, greedy, anchor, choice or case flag. Any other key
 * makes the token something else, and then the pattern is not checked ahead (matched as before).
 */
type PlainToken = { word: string } | { tag: string } | { fastOr: ReadonlySet<string>; pos?: string };
export type Lead = readonly [PlainToken, PlainToken];

const WORD_OR_TAG_KEYS = new Set(['word', 'tag', 'group', 'groupStart', 'groupEnd']);
const FAST_OR_KEYS = new Set(['operator', 'fastOr', 'pos', 'group', 'groupStart', 'groupEnd']);

function plainToken(token: unknown): PlainToken | undefined {
  if (typeof token !== 'object' || token === null) return undefined;
  const t = token as Record<string, unknown>;
  const keys = Object.keys(t).filter((k) => t[k] !== undefined);
  if (keys.every((k) => WORD_OR_TAG_KEYS.has(k))) {
    if (typeof t.word === 'string' && t.tag === undefined) return { word: t.word };
    if (typeof t.tag === 'string' && t.word === undefined) return { tag: t.tag };
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
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!mayMatch(terms[i], first)) continue;
    if (mayMatch(terms[i + 1], second)) return true;
    if (terms[i].implicit && terms[i + 1].implicit && i + 2 < terms.length && mayMatch(terms[i + 2], second)) return true;
  }
  return false;
}

