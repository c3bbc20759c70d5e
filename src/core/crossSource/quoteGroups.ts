// Quote groups: the same utterance as reported by different sources. Two quotes are linked when a
// local word alignment covers most of the shorter one; how much evidence is needed depends on how
// many content words the match rests on, and whether the outlets credit the same speaker. Speaker
// agreement is supporting evidence, not a requirement: a long shared wording credited to two
// different people is exactly what a fact-checker wants to see flagged. Quotes are compared sentence
// by sentence (utterances.ts), candidates come from an index (candidates.ts), and groups form by
// average linkage (clusters.ts), so one shared fragment cannot chain different sentences together.
// Word-for-word copies of a quote are compared once (copies.ts).
import { AlignScratch, alignTokens, selfWeight, type Alignment } from './align';
import { candidatePairKeys } from './candidates';
import { COMMON_STEMS } from './commonWords';
import { averageLinkage, type LinkList } from './clusters';
import { tokenize, type Token } from './normalize';
import { splitClauses, splitUtterances } from './utterances';
import { storyCopies, type StoryCopies } from './copies';
import { compareRefs, groupedRefs, refKey, type QuoteGroup, type QuoteRef, type SourceQuotes } from './quoteRefs';

export { compareRefs, groupedRefs, type QuoteGroup, type QuoteRef, type SourceQuotes } from './quoteRefs';

export type SpeakerRelation = 'same' | 'different' | 'unknown';

export interface QuoteLink {
  score: number;
  contentMatches: number;
  /** contentMatches with everyday words ("want", "keep", "people") counted half: the evidence the match carries. */
  evidence: number;
  /** Score relative to the longer rendering (1: both say the same and nothing more). */
  mutualCoverage: number;
  /** Score relative to the shorter rendering (1: the shorter one is wholly inside the longer). */
  coverage: number;
  /** Share of the content words in the aligned stretches that match (see Alignment.density). */
  density: number;
  speakers: SpeakerRelation;
}

export interface Node {
  ref: QuoteRef;
  tokens: Token[];
  weight: number;
  stems: Set<string>;
}

/** Compares speaker names loosely: "Mara Quill" and "Quill" are the same person. */
export function speakerRelation(a: string | null, b: string | null): SpeakerRelation {
  if (!a || !b) return 'unknown';
  const na = a.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const nb = b.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
  if (na === nb) return 'same';
  // A lower-case speaker is an unnamed source in one outlet's words ("a spokesperson"): no name to tell apart.
  if (/^\p{Ll}/u.test(a) || /^\p{Ll}/u.test(b)) return 'unknown';
  const lastA = na.split(/\s+/).pop();
  const lastB = nb.split(/\s+/).pop();
  const shorter = na.length < nb.length ? na : nb;
  const longer = na.length < nb.length ? nb : na;
  if (lastA === lastB && longer.endsWith(shorter)) return 'same';
  return 'different';
}

/** Measures how strongly two renderings look like one utterance. */
export function compareRenderings(a: QuoteRef, b: QuoteRef): QuoteLink {
  return linkOf(toNode(a), toNode(b));
}

const SAME_SPEAKER_EVIDENCE = 0.5;

/** Whether a link is strong enough to put two quotes in one group. */
export function isSameUtterance(link: QuoteLink): boolean {
  const { coverage, score, speakers, density, mutualCoverage } = link;
  // Everyday words count half (link.evidence); the outlets crediting the same speaker is worth half a word.
  const c = link.evidence + (speakers === 'same' ? SAME_SPEAKER_EVIDENCE : 0);
  // A long shared stretch inside two long quotes (a translated statement rendered twice).
  if (c >= 4 && score >= 4) return true;
  if (c >= 3) {
    // Three content words are enough when little else differs around them: "depend upon what the rest
    // of the NATO countries" / "depend on what other NATO countries", but not "needs investment, not
    // slogans" / "needs cranes, not promises".
    if (c < 4 && density < 0.8) return false;
    // Three words said by two different people are a shared phrase, not a shared utterance; a longer
    // or whole shared wording credited to two people is still one utterance (and flagged as a conflict).
    if (c < 4 && speakers === 'different' && coverage < 0.9) return false;
    if (coverage >= 0.5) return true;
    return score >= 2.5 && (speakers === 'same' || (speakers === 'unknown' && coverage >= 0.35));
  }
  // Short fragments ("minced words", "red lines") are common phrases: the speakers must not disagree.
  if (c >= 2) return coverage >= 0.8 && speakers !== 'different';
  // Fragments of everyday words ("paid for all this") and one-word quotes ("provocative") need the
  // same speaker credited; one word only matches about the same word, since inside a longer quote it
  // is a coincidence as often as a citation.
  if (c >= 1) return coverage >= 0.9 && speakers === 'same' && (link.contentMatches >= 2 || mutualCoverage >= 0.75);
  return false;
}

// A "quote" longer than this is a detection gone wrong (a whole article between stray marks);
// aligning only its head keeps the cost of a pair bounded.
const MAX_TOKENS = 600;

function toNode(ref: QuoteRef, text: string = ref.text): Node {
  return { ref, ...wordsOf(text) };
}

/** What a node holds of its text: its tokens (the head of a runaway quote), their weight, its content words. */
function wordsOf(text: string): Omit<Node, 'ref'> {
  const tokens = tokenize(text).slice(0, MAX_TOKENS);
  return { tokens, weight: selfWeight(tokens), stems: new Set(tokens.filter((t) => t.content).map((t) => t.stem)) };
}

/**
 * `of` with its answers kept for one grouping: outlets and headlines repeat sentences word for word,
 * so a corpus holds the same sentence many times. The answers are shared, and nothing changes them.
 */
function memoByText<T>(of: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = of(text);
      known.set(text, value);
    }
    return value;
  };
}

function linkOf(a: Node, b: Node, alignment: Alignment = alignTokens(a.tokens, b.tokens)): QuoteLink {
  const shorter = Math.min(a.weight, b.weight);
  const longer = Math.max(a.weight, b.weight);
  return {
    score: alignment.score,
    contentMatches: alignment.contentMatches,
    evidence: evidenceOf(a.tokens, b.tokens, alignment),
    coverage: shorter > 0 ? Math.min(1, alignment.score / shorter) : 0,
    mutualCoverage: longer > 0 ? Math.min(1, alignment.score / longer) : 0,
    density: alignment.density,
    speakers: speakerRelation(a.ref.speaker, b.ref.speaker),
  };
}

/** The alignment's content matches, everyday words counting half (a name of several words still counts once). */
function evidenceOf(a: Token[], b: Token[], alignment: Alignment): number {
  let common = 0;
  for (const s of matchedStems(a, b, alignment)) if (COMMON_STEMS.has(s)) common++;
  return Math.max(0, alignment.contentMatches - common / 2);
}

/** One sentence of one quote, or one clause of a long sentence: the units matched across outlets. */
interface Sentence extends Node {
  quote: number;
  file: number;
  /** For a clause: the index of its sentence (the two overlap, so they are never compared or counted together). */
  within?: number;
}

/** What links two units of different quotes judged one utterance, with the content words the alignment matched. */
export interface UnitLink {
  /** Higher merges earlier (see clusters.ts). */
  strength: number;
  matched: Set<string>;
  /** Share of the shorter sentence the alignment covers. */
  coverage: number;
  /** The words alone make one utterance; `linked` adds what the credited speakers say. */
  linked: boolean;
}

// Half of the pairs between two groups must be linked for them to merge (average linkage).
export const MIN_LINKED_SHARE = 0.5;
// Within one article the same utterance comes back nearly verbatim (a headline over the body quote);
// looser matches there are two sentences on one topic.
const MIN_SAME_FILE_COVERAGE = 0.8;
// How much more of a sentence one reading must cover to win over another (see splitReadings).
const CLEARLY_BETTER = 0.3;
// A word in more than this share of all sentences cannot by itself make two sentences candidates.
const COMMON_WORD_SHARE = 0.03;
const MIN_POSTINGS = 64;

/** How many sentences a word may be in and still propose pairs (candidates.ts), for a corpus of `count` sentences. */
export function maxPostingsFor(count: number): number {
  return Math.max(MIN_POSTINGS, Math.ceil(COMMON_WORD_SHARE * count));
}
// A clause is matched on its own only when it carries this many content words (shorter ones match by chance).
const MIN_CLAUSE_WORDS = 4;

function contentStems(text: string): number {
  return new Set(tokenize(text).filter((t) => t.content).map((t) => t.stem)).size;
}

/**
 * Groups quotes of several sources into utterances reported by at least two of them. Quotes are
 * compared sentence by sentence, and a group is one sentence as the outlets render it: a quote that
 * runs over two sentences belongs to the group of each. Groups may therefore share members, and two
 * groups with the same members (sentences always quoted together) are reported once.
 */
export function groupQuotes(sources: SourceQuotes[]): QuoteGroup[] {
  const memo = wordsMemo();
  const { words, stemCount } = memo;
  const copies = copiesOfStory(sources, memo);
  const refs: QuoteRef[] = [];
  const sentences: Sentence[] = [];
  copies.reduced.forEach((s, file) => {
    for (const ref of groupedRefs(s)) {
      const quote = refs.push(ref) - 1;
      const first = sentences.length;
      for (const unit of unitsOf(ref, words, stemCount)) {
        sentences.push({ ...unit.node, quote, file, ...(unit.within === undefined ? {} : { within: first + unit.within }) });
      }
    }
  });

  const links = linkSentences(sentences);
  const ambiguous = splitReadings(sentences, links);
  // An ambiguous sentence stays out of every group of the other quote, whichever of its sentences.
  const apart = new Set([...ambiguous].map((k) => quotePairKey(sentences[links.first(k)].quote, sentences[links.second(k)].quote)));
  const kept = keptLinks(links, (k) => links.links[k].linked && !ambiguous.has(k));
  // A clause and its own sentence say the same words: that pair says nothing for or against a merge.
  const uncounted = sentences.flatMap((s, i) => (s.within === undefined ? [] : [[i, s.within] as const]));
  const clusters = averageLinkage(sentences.length, kept, MIN_LINKED_SHARE, { uncounted, forbidden: sentencePairsOf(apart, sentences) });
  // A sentence of a quote with copies is a group with them even when nothing else joined it.
  const clustered = new Set(clusters.flat());
  const alone = sentences.flatMap((s, i) => (!clustered.has(i) && copies.copiesOf.has(refKey(refs[s.quote])) ? [[i]] : []));
  const quotesOf = (cluster: number[]) => [...new Set(cluster.map((i) => sentences[i].quote))].map((q) => refs[q]);
  return groupsOf([...clusters, ...alone].map(quotesOf), copies.copiesOf);
}

/**
 * storyCopies, with what says whether a quote groups with itself (each of its units linked to itself
 * in another article); `known` keeps those answers by text and speaker (the index keeps them from one
 * update to the next).
 */
export function copiesOfStory(sources: readonly SourceQuotes[], memo: WordsOf, known = new Map<string, boolean>(), scratch = new AlignScratch()): StoryCopies {
  const align: Aligner = (a, b) => alignTokens(a, b, scratch);
  return storyCopies(sources, (ref) => {
    const key = JSON.stringify([ref.text, ref.speaker]);
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = unitsOf(ref, memo.words, memo.stemCount).every((u) => sentenceLink(u.node, u.node, false, align)?.linked === true)));
    return answer;
  });
}

/**
 * The groups of a story from its clusters (each the quotes of one cluster), every quote with its
 * copies: a group has members in two articles at least, and clusters with the same members (the
 * sentences of quotes always reported together) are one group.
 */
export function groupsOf(clusters: Iterable<readonly QuoteRef[]>, copiesOf: StoryCopies['copiesOf']): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const quotes of clusters) {
    const members = quotes.flatMap((q) => [q, ...(copiesOf.get(refKey(q)) ?? [])]);
    if (new Set(members.map((m) => m.file)).size < 2) continue;
    members.sort(compareRefs);
    const id = members.map(refKey).join('|');
    if (!groups.has(id)) groups.set(id, { key: `g:${members[0].file}@${members[0].start}`, members });
  }
  return disambiguateKeys([...groups.values()].sort((g, h) => compareRefs(g.members[0], h.members[0]) || g.members.length - h.members.length));
}

/** One unit of a quote: a sentence, or a clause of it (`within`: the index of its sentence among the quote's units). */
export interface QuoteUnit {
  node: Node;
  within?: number;
}

/** What the words of a text are, shared by every unit of one grouping or index (see memoByText). */
export interface WordsOf {
  words: (text: string) => Omit<Node, 'ref'>;
  stemCount: (text: string) => number;
}

/** Memoised word functions for one grouping or one index. */
export function wordsMemo(): WordsOf {
  return { words: memoByText(wordsOf), stemCount: memoByText(contentStems) };
}

/** The units a quote is matched by, in order: each sentence with content words, then its clauses. */
export function unitsOf(ref: QuoteRef, words: WordsOf['words'], stemCount: WordsOf['stemCount']): QuoteUnit[] {
  const out: QuoteUnit[] = [];
  const q = ref.text;
  for (const u of splitUtterances(q)) {
    const node = { ref, ...words(q.slice(u.start, u.end)) };
    if (node.stems.size === 0) continue;
    const within = out.push({ node }) - 1;
    // Another outlet may render this sentence's clauses as sentences of their own.
    const longEnough = (start: number, end: number) => stemCount(q.slice(start, end)) >= MIN_CLAUSE_WORDS;
    for (const c of splitClauses(q, u, longEnough)) out.push({ node: { ref, ...words(q.slice(c.start, c.end)) }, within });
  }
  return out;
}

/** The key of a pair of quotes, either way round ("x:y", x < y). */
function quotePairKey(x: number, y: number): string {
  return x < y ? `${x}:${y}` : `${y}:${x}`;
}

/** Every pair of sentences between two quotes named in `quotePairs` ("x:y"). */
function sentencePairsOf(quotePairs: ReadonlySet<string>, sentences: readonly Sentence[]): [number, number][] {
  const ofQuote = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const list = ofQuote.get(s.quote);
    if (list) list.push(i);
    else ofQuote.set(s.quote, [i]);
  });
  const out: [number, number][] = [];
  for (const pair of quotePairs) {
    const [x, y] = pair.split(':').map(Number);
    for (const i of ofQuote.get(x) ?? []) for (const j of ofQuote.get(y) ?? []) out.push([i, j]);
  }
  return out;
}

/**
 * The sentence pairs that read as one utterance: each pair as a number (first × count + second,
 * ascending) and its link, which pairs of repeated texts share. A story where outlets repeat a
 * sentence hundreds of times has hundreds of thousands of such pairs: a table of numbers, not an
 * object per pair, keeps the grouping's memory near what the distinct links need.
 */
interface LinkTable {
  count: number;
  keys: Float64Array;
  links: UnitLink[];
  first(k: number): number;
  second(k: number): number;
}

function linkTable(count: number, keys: Float64Array, links: UnitLink[]): LinkTable {
  return { count, keys, links, first: (k) => Math.floor(keys[k] / count), second: (k) => keys[k] % count };
}

/** The links of `table` that `keep` accepts, as clusters.ts reads them. */
function keptLinks(table: LinkTable, keep: (k: number) => boolean): LinkList {
  const chosen: number[] = [];
  for (let k = 0; k < table.keys.length; k++) if (keep(k)) chosen.push(k);
  const at = Uint32Array.from(chosen);
  return { length: at.length, a: (x) => table.first(at[x]), b: (x) => table.second(at[x]), strength: (x) => table.links[at[x]].strength };
}

/** The link between two sentences, if the table holds one (binary search: the keys ascend). */
function findLink(table: LinkTable, i: number, j: number): UnitLink | undefined {
  const key = i < j ? i * table.count + j : j * table.count + i;
  const { keys } = table;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid] < key) low = mid + 1;
    else high = mid;
  }
  return keys[low] === key ? table.links[low] : undefined;
}

/** Every pair of sentences (of different quotes) that reads as one utterance. */
function linkSentences(sentences: Sentence[]): LinkTable {
  const count = sentences.length;
  const pairs = candidatePairKeys(
    sentences.map((s) => s.stems),
    { maxPostings: maxPostingsFor(count) },
    (i, j) => sentences[i].quote === sentences[j].quote,
  );
  const link = repeatedPairsLinker(sentences.map((s) => s.tokens));
  const keys: number[] = [];
  const links: UnitLink[] = [];
  for (const key of pairs) {
    const i = Math.floor(key / count);
    const j = key % count;
    const found = link(sentences[i], sentences[j], sentences[i].file === sentences[j].file);
    if (!found) continue;
    keys.push(key);
    links.push(found);
  }
  return linkTable(count, Float64Array.from(keys), links);
}

/** How two units' tokens are aligned: alignTokens, or the same answers kept (repeatedPairsAligner). */
export type Aligner = (a: Token[], b: Token[]) => Alignment;

/**
 * alignTokens, with the answers kept for pairs of texts that both come back: outlets carry the same
 * sentence word for word (wire copy, a headline over its body quote), the words memo then gives
 * every copy the same tokens, and a thousand articles repeating two sentences would align the same
 * two texts hundreds of thousands of times. Only pairs of repeated texts are kept, so a corpus
 * without repeats keeps nothing. `units` are the tokens of every unit that will be compared.
 */
export function repeatedPairsAligner(units: readonly Token[][], scratch: AlignScratch = new AlignScratch()): Aligner {
  const uses = new Map<Token[], number>();
  for (const tokens of units) uses.set(tokens, (uses.get(tokens) ?? 0) + 1);
  const known = new Map<Token[], Map<Token[], Alignment>>();
  return (a, b) => {
    if ((uses.get(a) ?? 0) < 2 || (uses.get(b) ?? 0) < 2) return alignTokens(a, b, scratch);
    let row = known.get(a);
    if (!row) known.set(a, (row = new Map()));
    let alignment = row.get(b);
    if (!alignment) row.set(b, (alignment = alignTokens(a, b, scratch)));
    return alignment;
  };
}

/** How two units of different quotes are linked: sentenceLink, or the same answers kept (repeatedPairsLinker). */
export type Linker = (a: Node, b: Node, sameFile: boolean) => UnitLink | undefined;

/**
 * sentenceLink, with the answers kept for pairs of repeated texts as repeatedPairsAligner keeps
 * alignments: a link depends on the two texts, how the credited speakers relate and whether the units
 * share an article, so the copies of a sentence carried by hundreds of outlets share one answer (and
 * one set of matched words) instead of holding one each.
 */
export function repeatedPairsLinker(units: readonly Token[][], scratch?: AlignScratch): Linker {
  const align = repeatedPairsAligner(units, scratch);
  const uses = new Map<Token[], number>();
  for (const tokens of units) uses.set(tokens, (uses.get(tokens) ?? 0) + 1);
  const known = new Map<Token[], Map<Token[], Map<string, UnitLink | null>>>();
  return (a, b, sameFile) => {
    if ((uses.get(a.tokens) ?? 0) < 2 || (uses.get(b.tokens) ?? 0) < 2) return sentenceLink(a, b, sameFile, align);
    let row = known.get(a.tokens);
    if (!row) known.set(a.tokens, (row = new Map()));
    let answers = row.get(b.tokens);
    if (!answers) row.set(b.tokens, (answers = new Map()));
    const how = `${speakerRelation(a.ref.speaker, b.ref.speaker)}:${sameFile}`;
    let answer = answers.get(how);
    if (answer === undefined) answers.set(how, (answer = sentenceLink(a, b, sameFile, align) ?? null));
    return answer ?? undefined;
  };
}

/** The link between two units of different quotes (a pure function of the two and whether they share an article). */
export function sentenceLink(a: Node, b: Node, sameFile: boolean, align: Aligner = alignTokens): UnitLink | undefined {
  if (!worthAligning(a, b)) return undefined;
  const alignment = align(a.tokens, b.tokens);
  const link = linkOf(a, b, alignment);
  const linked = isSameUtterance(link) && (!sameFile || link.coverage >= MIN_SAME_FILE_COVERAGE);
  if (!linked && !isSameUtterance({ ...link, speakers: 'same' })) return undefined;
  // Stronger when the match covers both sentences, not only the shorter one.
  return { strength: link.coverage + link.mutualCoverage, coverage: link.coverage, matched: matchedStems(a.tokens, b.tokens, alignment), linked };
}

/** Content words found in both aligned stretches. */
function matchedStems(a: Token[], b: Token[], alignment: Alignment): Set<string> {
  const inB = new Set<string>();
  for (let k = alignment.b.start; k < alignment.b.end; k++) if (b[k].content) inB.add(b[k].stem);
  const out = new Set<string>();
  for (let k = alignment.a.start; k < alignment.a.end; k++) if (a[k].content && inB.has(a[k].stem)) out.add(a[k].stem);
  return out;
}

/**
 * The links that must not hold a group together: a sentence that matches two different quotes of
 * one other article on different words ("a great day for science and humanity" against “a great day
 * for science,” and “a great day for humanity”). That article reports two utterances where this one
 * reports one, so which of them the sentence renders cannot be told, and joining all three would
 * chain two utterances together. A headline fragment and the body sentence it comes from match on the
 * same words and are not affected.
 */
function splitReadings(sentences: Sentence[], table: LinkTable): Set<number> {
  const n = sentences.length;
  const isLinked = (i: number, j: number) => findLink(table, i, j)?.linked === true;
  // Each sentence's links into other articles, as link index × 2 + which end is the sentence,
  // bucketed by sentence (a counting sort: a list or key per link would outweigh the links).
  const { first, second } = table;
  const crossFile = (k: number) => sentences[first(k)].file !== sentences[second(k)].file;
  const starts = new Int32Array(n + 1);
  for (let k = 0; k < table.keys.length; k++) {
    if (!crossFile(k)) continue;
    starts[first(k) + 1]++;
    starts[second(k) + 1]++;
  }
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const ends = new Int32Array(starts[n]);
  const filled = starts.slice(0, n);
  for (let k = 0; k < table.keys.length; k++) {
    if (!crossFile(k)) continue;
    ends[filled[first(k)]++] = k * 2;
    ends[filled[second(k)]++] = k * 2 + 1;
  }
  const dropped = new Set<number>();
  const quoteOf = (i: number) => sentences[i].quote;
  const stemsOf = (i: number) => sentences[i].stems;
  for (let self = 0; self < n; self++) {
    if (starts[self + 1] - starts[self] < 2) continue;
    // The sentence's links into each other article (one article's readings are weighed together).
    const byFile = new Map<number, { link: UnitLink; other: number; index: number }[]>();
    for (let e = starts[self]; e < starts[self + 1]; e++) {
      const index = ends[e] >> 1;
      const other = ends[e] % 2 === 0 ? second(index) : first(index);
      const entry = { link: table.links[index], other, index };
      const list = byFile.get(sentences[other].file);
      if (list) list.push(entry);
      else byFile.set(sentences[other].file, [entry]);
    }
    for (const list of byFile.values()) if (list.length > 1) for (const entry of readingsToDrop(list, quoteOf, stemsOf, isLinked)) dropped.add(entry.index);
  }
  return dropped;
}

/**
 * Of one sentence's links into one other article (`other`: the far end), those splitReadings drops:
 * the two readings of a sentence that matches two quotes of that article on different words.
 */
export function readingsToDrop<T, E extends { link: Pick<UnitLink, 'matched' | 'coverage'>; other: T }>(
  list: readonly E[],
  quoteOf: (t: T) => unknown,
  stemsOf: (t: T) => ReadonlySet<string>,
  isLinked: (t: T, u: T) => boolean,
): Set<E> {
  const dropped = new Set<E>();
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const p = list[x];
      const q = list[y];
      if (quoteOf(p.other) === quoteOf(q.other) || isLinked(p.other, q.other)) continue;
      const pOwn = [...p.link.matched].some((w) => !stemsOf(q.other).has(w));
      const qOwn = [...q.link.matched].some((w) => !stemsOf(p.other).has(w));
      if (!pOwn || !qOwn) continue;
      // One reading clearly better than the other is kept ("thank you from the bottom of my heart"
      // inside a sentence that also reorders another quote's words); two as good are both dropped.
      const pCoverage = p.link.coverage;
      const qCoverage = q.link.coverage;
      if (pCoverage < qCoverage + CLEARLY_BETTER) dropped.add(p);
      if (qCoverage < pCoverage + CLEARLY_BETTER) dropped.add(q);
    }
  }
  return dropped;
}

/** Two groups can start at the same quote (its first and its second sentence): keys stay unique. */
export function disambiguateKeys(groups: QuoteGroup[]): QuoteGroup[] {
  const seen = new Map<string, number>();
  return groups.map((g) => {
    const n = seen.get(g.key) ?? 0;
    seen.set(g.key, n + 1);
    return n === 0 ? g : { ...g, key: `${g.key}#${n + 1}` };
  });
}

/**
 * A cheap bound before the alignment: one or two shared words can only link quotes that are
 * themselves that short (isSameUtterance wants high coverage then), so longer pairs are skipped.
 */
function worthAligning(a: Node, b: Node): boolean {
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared >= 3 || small.size <= shared + 1;
}

/** Finds the groups a position of a file belongs to (for hovers): a quote may sit in several. */
export function indexGroups(groups: QuoteGroup[]): (file: string, offset: number) => QuoteGroup[] {
  const byFile = new Map<string, { member: QuoteRef; group: QuoteGroup }[]>();
  for (const group of groups) {
    for (const member of group.members) {
      const list = byFile.get(member.file);
      if (list) list.push({ member, group });
      else byFile.set(member.file, [{ member, group }]);
    }
  }
  return (file, offset) => {
    const found: QuoteGroup[] = [];
    for (const { member, group } of byFile.get(file) ?? []) {
      if (offset >= member.start && offset <= member.end && !found.includes(group)) found.push(group);
    }
    return found;
  };
}
