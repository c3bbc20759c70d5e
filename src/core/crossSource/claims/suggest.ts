// Claim suggestions: check-worthy figures and statements, lined up across the articles of a
// folder. A figure about the same thing (same kind and unit, similar context) reported by several
// outlets is corroborated when they agree, contradicted when one outlet's figures share no value
// with another's, and single-sourced when only one outlet gives it.
import type { ArticleAnalysis, Span } from '../../model';
import { AlignScratch, alignTokens, selfWeight } from '../align';
import { tokenize, type Token } from '../normalize';
import { findFigures, type Figure, type FigureKind } from './figures';
import { sentenceSpans } from './sentences';
import { statementKind, type StatementKind } from './statements';

export type SuggestionStatus = 'corroborated' | 'single-sourced' | 'contradicted';

export interface SuggestionEvidence extends Span {
  file: string;
  /** The figure or statement as written. */
  text: string;
  /** The sentence around it. */
  sentence: Span;
  excerpt: string;
  figure?: Figure;
}

export interface ClaimSuggestion {
  /** Stable across runs for the same content: what ClaimsRegistry.dismissedSuggestions stores. */
  key: string;
  kind: FigureKind | StatementKind;
  status: SuggestionStatus;
  /** A proposed claim text: the sentence that states it, from the first source. */
  text: string;
  /** What is measured ("Russian troops"), or the statement's kind when there is no figure. */
  subject: string;
  files: string[];
  evidence: SuggestionEvidence[];
  /** Distinct values per file, for figures: what a contradiction is made of. */
  values?: { file: string; values: number[] }[];
}

export interface SuggestionSource {
  file: string;
  analysis: ArticleAnalysis;
}

export interface SuggestOptions {
  /** Keys the user dismissed: left out of the result. */
  dismissed?: readonly string[];
}

interface FigureMention {
  evidence: SuggestionEvidence;
  /** The content words of its sentence (the sentence's figures share the set). */
  context: Set<string>;
  /** The figure's unit and the same words sorted: figures whose sentences are worded alike have the same key. */
  contextKey: string;
  /** The figure's sentence, kind, unit and value: a figure again in one sentence is counted once. */
  onceKey: string;
  /** The file and sentence. */
  sentenceKey: string;
  /** The clusters it may join: bucketOf its figure. */
  bucket: string;
}

interface StatementMention {
  kind: StatementKind;
  evidence: SuggestionEvidence;
  /** The sentence's tokens, as many as are aligned (MAX_STATEMENT_TOKENS). */
  tokens: Token[];
  /** Its content words in order: the wording a cluster's key is made from. */
  wording: string;
  /** What aligning the tokens reads of them (stems, content and name flags): equal keys align alike. */
  alignKey: string;
  sentenceKey: string;
}

/**
 * What one article gives the suggestions: its figures and statements, each with what comparing it
 * reads. A function of the article and its file name alone, so a story's articles can keep theirs
 * while another article changes (SuggestionIndex).
 */
export interface ArticleMentions {
  file: string;
  figures: FigureMention[];
  statements: StatementMention[];
}

/**
 * Suggestions sorted with contradictions first, then corroborated, then single-sourced; within
 * each, the most outlets first, then by where the first source states it.
 */
export function suggestClaims(sources: SuggestionSource[], options: SuggestOptions = {}): ClaimSuggestion[] {
  return suggestFromMentions(sources.map(articleMentions), options);
}

/**
 * suggestClaims over the articles' mentions (articleMentions of each source, in the sources' order).
 * `memo` remembers what was compared, across calls over one story (SuggestionIndex).
 */
export function suggestFromMentions(articles: readonly ArticleMentions[], options: SuggestOptions = {}, memo = suggestionMemo()): ClaimSuggestion[] {
  const figures = clusterFigures(articles.flatMap((a) => a.figures), memo);
  // A statement whose sentences all carry a figure already suggested would file the same claim twice.
  const statementSuggestions = clusterStatements(articles.flatMap((a) => a.statements), memo)
    .filter((c) => !c.members.every((m) => figures.sentences.has(m.sentenceKey)))
    .map((c) => c.suggestion);
  const figureSuggestions = figures.suggestions;
  const dismissed = new Set(options.dismissed ?? []);
  const rank: Record<SuggestionStatus, number> = { contradicted: 0, corroborated: 1, 'single-sourced': 2 };
  const order = new Map(articles.map((a, i) => [a.file, i]));
  const position = (s: ClaimSuggestion) => s.evidence[0];
  return [...figureSuggestions, ...statementSuggestions]
    .filter((s) => !dismissed.has(s.key))
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        b.files.length - a.files.length ||
        (order.get(position(a).file) ?? 0) - (order.get(position(b).file) ?? 0) ||
        position(a).start - position(b).start ||
        a.key.localeCompare(b.key),
    );
}

/**
 * Lining figures and statements up compares each with the others, so an article gives at most this
 * many of each (and a sentence this many figures): more is a table or a data dump, where suggestions
 * would be noise, and the comparisons would grow with the square of the text.
 */
const MAX_FIGURES_PER_SOURCE = 400;
const MAX_FIGURES_PER_SENTENCE = 24;
const MAX_STATEMENTS_PER_SOURCE = 100;
/** Words of a statement aligned with another's (as quotes are, at most): a longer "sentence" is a list or a detection gone wrong. */
const MAX_STATEMENT_TOKENS = 200;

/** The figures and statements of one article's prose (its furniture, byline and dateline left out). */
export function articleMentions(source: SuggestionSource): ArticleMentions {
  const figures: FigureMention[] = [];
  const statements: StatementMention[] = [];
  const { article } = source.analysis;
  const text = article.text;
  // Boilerplate spans sorted and merged, passed once in step with the sentences (which come in text order).
  const boilerplate = mergedSpans(article.boilerplate);
  const ends = [article.byline, article.dateline].filter((s): s is Span => !!s);
  let b = 0;
  const end = trailingFurnitureStart(text, article.paragraphs);
  const prose = article.paragraphs.length > 0 ? article.paragraphs.filter((p) => !p.boilerplate && p.start < end) : [{ start: 0, end: text.length }];
  let figureCount = 0;
  let statementCount = 0;
  for (const paragraph of prose) {
    for (const sentence of sentenceSpans(text, paragraph)) {
      while (b < boilerplate.length && boilerplate[b].end <= sentence.start) b++;
      const inBoilerplate = b < boilerplate.length && boilerplate[b].start < sentence.end;
      if (inBoilerplate || ends.some((e) => sentence.start < e.end && sentence.end > e.start)) continue;
      const excerpt = text.slice(sentence.start, sentence.end);
      const tokens = tokenize(excerpt);
      const context = contentStems(tokens);
      const words = [...context].sort().join(' ');
      const sentenceKey = `${source.file}#${sentence.start}`;
      for (const figure of findFigures(text, sentence).slice(0, MAX_FIGURES_PER_SENTENCE)) {
        if (figureCount++ >= MAX_FIGURES_PER_SOURCE) break;
        figures.push({
          evidence: { file: source.file, start: figure.start, end: figure.end, text: figure.text, sentence, excerpt, figure },
          context,
          contextKey: `${figure.unit}\u0000${words}`,
          onceKey: `${sentenceKey}#${figure.kind}:${figure.unit}:${figure.value}`,
          sentenceKey,
          bucket: bucketOf(figure),
        });
      }
      const kind = statementCount < MAX_STATEMENTS_PER_SOURCE ? statementKind(excerpt) : null;
      if (kind) {
        statementCount++;
        const wording = tokens
          .filter((t) => t.content)
          .map((t) => t.stem)
          .join(' ');
        const aligned = tokens.slice(0, MAX_STATEMENT_TOKENS);
        const alignKey = aligned.map((t) => `${t.stem}\u0001${t.content ? 'c' : ''}${t.name ? 'n' : ''}`).join('\u0002');
        statements.push({ kind, tokens: aligned, wording, alignKey, sentenceKey, evidence: { file: source.file, start: sentence.start, end: sentence.end, text: excerpt, sentence, excerpt } });
      }
    }
  }
  return { file: source.file, figures, statements };
}

/** Spans sorted by start, overlapping ones joined. */
function mergedSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

// Headings that open the page furniture after a story: related links, "About <the sender>", notes to editors.
const FURNITURE_HEADING = /^(?:related(?:\s+(?:articles?|stories|coverage|content|reading|links))?|read more|more on this(?:\s+story)?|see also|about (?:the |us\b)?[\p{Lu}][\p{L}\s&.'’-]{0,40}|notes? (?:to|for) editors|-?\s*ends\s*-?|#{3})\s*:?$/iu;

/** Where the furniture after the story starts (the text's end when there is none). */
export function trailingFurnitureStart(text: string, paragraphs: readonly Span[]): number {
  const heading = paragraphs.find((p) => FURNITURE_HEADING.test(text.slice(p.start, p.end).trim()));
  return heading ? heading.start : text.length;
}

/** The sentence's content words, numbers left out (each figure's value is compared on its own). */
function contentStems(tokens: readonly Token[]): Set<string> {
  return new Set(
    tokens
      .filter((t) => t.content && !/^\d/.test(t.stem))
      .map((t) => t.stem),
  );
}

/** Words two sentences share, less `except` (the unit, which a figure's own words put in both). */
function shared(a: Set<string>, b: Set<string>, except: string): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n - (a.has(except) && b.has(except) ? 1 : 0);
}

/**
 * Two figures measure the same thing: same kind and unit, and their sentences talk about the same
 * (`overlap`: the words they share, shared(a.context, b.context, a's unit)).
 */
function sameMeasure(fa: Figure, fb: Figure, overlap: number): boolean {
  if (fa.kind !== fb.kind) return false;
  // Rival reports of one number rarely differ threefold ("17 people" hurt vs "1,500 people" evacuated).
  if (fa.kind !== 'date' && Math.max(fa.value, fb.value) > 3 * Math.min(fa.value, fb.value) && overlap < 4) return false;
  switch (fa.kind) {
    case 'count':
      // Agreeing figures need less context in common than a contradiction does: calling two
      // outlets at odds is the stronger claim ("lived here for forty years" / "for 41 years").
      return fa.unit === fb.unit && (overlap >= 2 || (overlap >= 1 && agree(fa, fb)));
    case 'percent':
      return (fa.unit !== '' && fa.unit === fb.unit) || overlap >= 3;
    case 'money':
      return fa.unit === fb.unit && overlap >= 2;
    case 'date':
      return overlap >= 3;
  }
}

/**
 * Words in common from which sameMeasure holds whatever the values, once kind and unit are the
 * same (a cluster's members all share its seed's): a sentence that close measures the same thing.
 */
const settledOverlap = (kind: FigureKind): number => (kind === 'date' ? 3 : 4);

/** Values agree exactly, or within 15% when either writer hedged ("about 90,000" / "94,000"). */
function agree(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return true;
  if (a.kind === 'date') return a.value % 10000 === b.value % 10000 && (a.value < 10000 || b.value < 10000);
  if (!a.qualifier && !b.qualifier) return false;
  return Math.abs(a.value - b.value) <= 0.15 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** The members of a cluster whose sentences have the same content words and whose figures the same unit: one word count serves them all. */
interface ContextClass {
  /** The members' contextKey. */
  key: string;
  context: Set<string>;
  unit: string;
  members: FigureMention[];
}

/**
 * A cluster as newcomers with one wording (contextKey) see it: the words they share with each of
 * its classes, counted once, and the classes they share too few with to settle (settledOverlap).
 */
interface ClusterView {
  /** How many of the cluster's classes (in order) have been counted. */
  counted: number;
  unsettled: Map<ContextClass, number>;
}

/** A figure's cluster: its first member (the seed) and the others, by outlet and by sentence wording. */
interface FigureCluster {
  members: FigureMention[];
  /** Every member (the seed too) by file, files in order of first appearance. */
  byFile: Map<string, FigureMention[]>;
  /** The files of the members after the seed: each must report a newcomer's measure. */
  needed: Set<string>;
  /** By unit and context key (FigureMention.contextKey), in order of appearance. */
  classes: Map<string, ContextClass>;
  classList: ContextClass[];
  classOf: Map<FigureMention, ContextClass>;
  /** By the newcomers' context key: made once a newcomer with that wording passes the seed. */
  views: Map<string, ClusterView>;
}

/**
 * Only clusters whose seed can measure the same thing are tried: counts and money of one unit, or
 * percentages, or dates (sameMeasure's first conditions). Within a bucket they are tried in the
 * order they were made, so a figure joins the cluster it would join trying them all.
 */
function bucketOf(figure: Figure): string {
  return figure.kind === 'count' || figure.kind === 'money' ? `${figure.kind}:${figure.unit}` : figure.kind;
}

/** The words m's sentence shares with a class's wording (remembered by wording pair). */
function overlapOf(cls: ContextClass, m: FigureMention, memo: SuggestionMemo): number {
  let row = memo.overlaps.get(cls.key);
  if (!row) memo.overlaps.set(cls.key, (row = new Map()));
  let n = row.get(m.contextKey);
  if (n === undefined) {
    row.set(m.contextKey, (n = shared(cls.context, m.context, cls.unit)));
    memo.count++;
  }
  return n;
}

/**
 * Every other outlet in the cluster must report m's measure in at least one of its sentences (the
 * seed's outlet only through the seed itself, which must match). The words m shares are counted once
 * per wording in the cluster and per wording of m (ClusterView), not per member; an outlet with a
 * member whose wording is close enough (settledOverlap) reports it whatever the values, so only
 * outlets whose members all have other wordings are looked at one by one. A story's big cluster (one
 * sentence carried by hundreds of outlets) costs a newcomer a few look-ups, not one per outlet.
 */
function fits(c: FigureCluster, m: FigureMention, memo: SuggestionMemo): boolean {
  const seed = c.members[0];
  const fm = m.evidence.figure!;
  let view = c.views.get(m.contextKey);
  if (!view) {
    if (!sameMeasure(seed.evidence.figure!, fm, overlapOf(c.classOf.get(seed)!, m, memo))) return false;
    c.views.set(m.contextKey, (view = { counted: 0, unsettled: new Map() }));
  }
  const settled = settledOverlap(fm.kind);
  while (view.counted < c.classList.length) {
    const cls = c.classList[view.counted++];
    const overlap = overlapOf(cls, m, memo);
    if (overlap < settled) view.unsettled.set(cls, overlap);
  }
  const overlapWith = (cls: ContextClass): number => view.unsettled.get(cls) ?? settled;
  if (!sameMeasure(seed.evidence.figure!, fm, overlapWith(c.classOf.get(seed)!))) return false;
  if (view.unsettled.size === 0) return true;
  const file = m.evidence.file;
  const checked = new Set<string>([file]);
  for (const cls of view.unsettled.keys()) {
    for (const y of cls.members) {
      const f = y.evidence.file;
      if (checked.has(f) || !c.needed.has(f)) continue;
      checked.add(f);
      const reports = c.byFile.get(f)!.some((z) => {
        const overlap = overlapWith(c.classOf.get(z)!);
        return overlap >= settled || sameMeasure(z.evidence.figure!, fm, overlap);
      });
      if (!reports) return false;
    }
  }
  return true;
}

/**
 * Whether two outlets share no agreeing figures. Outlets reporting the same values with the same
 * hedging agree with each other and answer alike against the rest, so each such reading is compared
 * once: a figure carried by hundreds of outlets is not hundreds squared comparisons.
 */
function disagree(outlets: Figure[][]): boolean {
  const readings = new Map<string, Figure[]>();
  for (const figures of outlets) {
    const key = distinct(figures.map((f) => `${f.value}${f.qualifier ? '~' : ''}`))
      .sort()
      .join(' ');
    if (!readings.has(key)) readings.set(key, figures);
  }
  const list = [...readings.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) if (!list[i].some((x) => list[j].some((y) => agree(x, y)))) return true;
  }
  return false;
}

function addMember(c: FigureCluster, m: FigureMention): void {
  const file = m.evidence.file;
  const unit = m.evidence.figure!.unit;
  c.members.push(m);
  const ofFile = c.byFile.get(file);
  if (ofFile) ofFile.push(m);
  else c.byFile.set(file, [m]);
  if (c.members.length > 1) c.needed.add(file);
  let cls = c.classes.get(m.contextKey);
  if (!cls) {
    c.classes.set(m.contextKey, (cls = { key: m.contextKey, context: m.context, unit, members: [] }));
    c.classList.push(cls);
  }
  cls.members.push(m);
  c.classOf.set(m, cls);
}

/** The figures' suggestions, and the sentences (sentenceKey) of their evidence. */
function clusterFigures(mentions: FigureMention[], memo: SuggestionMemo): { suggestions: ClaimSuggestion[]; sentences: Set<string> } {
  const clusters: FigureCluster[] = [];
  const buckets = new Map<string, FigureCluster[]>();
  const seen = new Set<string>();
  for (const m of mentions) {
    // The same figure twice in one sentence ("14 people … of the 14 people") is one piece of evidence.
    if (seen.has(m.onceKey)) continue;
    seen.add(m.onceKey);
    let candidates = buckets.get(m.bucket);
    if (!candidates) buckets.set(m.bucket, (candidates = []));
    let home = candidates.find((c) => fits(c, m, memo));
    if (!home) {
      home = { members: [], byFile: new Map(), needed: new Set(), classes: new Map(), classList: [], classOf: new Map(), views: new Map() };
      clusters.push(home);
      candidates.push(home);
    }
    addMember(home, m);
  }
  const out: ClaimSuggestion[] = [];
  const sentences = new Set<string>();
  for (const { members: cluster, byFile: members } of clusters) {
    const files = [...members.keys()];
    const first = cluster[0].evidence.figure!;
    // A lone date in one article is everywhere in news; only dates reported by several outlets are worth a check.
    if (first.kind === 'date' && files.length < 2) continue;
    for (const m of cluster) sentences.add(m.sentenceKey);
    const byFile = files.map((file) => ({ file, figures: members.get(file)!.map((m) => m.evidence.figure!) }));
    const status: SuggestionStatus = files.length < 2 ? 'single-sourced' : disagree(byFile.map((f) => f.figures)) ? 'contradicted' : 'corroborated';
    const values = byFile.map((f) => ({ file: f.file, values: distinct(f.figures.map((x) => x.value)).sort((a, b) => a - b) }));
    const allValues = distinct(values.flatMap((v) => v.values)).sort((a, b) => a - b);
    out.push({
      key: `fig:${first.kind}:${first.unit}:${allValues.join('|')}`,
      kind: first.kind,
      status,
      text: claimText(cluster[0].evidence.excerpt),
      subject: first.kind === 'date' ? 'date' : first.kind === 'money' ? `money (${first.unit.toUpperCase()})` : first.unitPhrase || first.unit,
      files,
      evidence: cluster.map((m) => m.evidence),
      values,
    });
  }
  return { suggestions: out, sentences };
}

/**
 * What lining mentions up computes by pair of wordings, remembered across calls over one story
 * (SuggestionIndex): whether two statements align (StatementMention.alignKey; the alignment is the
 * costly step), and the words a figure's sentence shares with a cluster's wording (by contextKey).
 * A story repeats its sentences from outlet to outlet, and an edit changes few of them.
 */
export interface SuggestionMemo {
  links: Map<string, Map<string, boolean>>;
  overlaps: Map<string, Map<string, number>>;
  /** Pairs remembered. */
  count: number;
}

export const suggestionMemo = (): SuggestionMemo => ({ links: new Map(), overlaps: new Map(), count: 0 });

function clusterStatements(mentions: StatementMention[], memo: SuggestionMemo): { suggestion: ClaimSuggestion; members: StatementMention[] }[] {
  const clusters: number[][] = [];
  const scratch = new AlignScratch();
  const aligned = (seed: StatementMention, m: StatementMention): boolean => {
    let row = memo.links.get(seed.alignKey);
    if (!row) memo.links.set(seed.alignKey, (row = new Map()));
    let linked = row.get(m.alignKey);
    if (linked === undefined) {
      const alignment = alignTokens(seed.tokens, m.tokens, scratch);
      const shorter = Math.min(selfWeight(seed.tokens), selfWeight(m.tokens));
      linked = alignment.contentMatches >= 3 && alignment.score >= 0.4 * shorter;
      row.set(m.alignKey, linked);
      memo.count++;
    }
    return linked;
  };
  mentions.forEach((m, i) => {
    const home = clusters.find((c) => {
      const seed = mentions[c[0]];
      return seed.kind === m.kind && seed.evidence.file !== m.evidence.file && aligned(seed, m);
    });
    if (home) home.push(i);
    else clusters.push([i]);
  });
  return clusters.map((c) => {
    const members = c.map((i) => mentions[i]);
    const files = distinct(members.map((m) => m.evidence.file));
    // Keyed by the wording that sorts first, so the key does not depend on the order of the files.
    const canonical = members.map((m) => m.wording).sort()[0];
    const suggestion: ClaimSuggestion = {
      key: `stmt:${members[0].kind}:${hash(canonical)}`,
      kind: members[0].kind,
      status: files.length < 2 ? 'single-sourced' : 'corroborated',
      text: claimText(members[0].evidence.excerpt),
      subject: members[0].kind,
      files,
      evidence: members.map((m) => m.evidence),
    };
    return { suggestion, members };
  });
}

/** The sentence as a claim: single line, at most 240 characters. */
function claimText(sentence: string): string {
  const line = sentence.replace(/\s+/g, ' ').trim();
  return line.length <= 240 ? line : line.slice(0, 239).replace(/\s\S*$/, '') + '…';
}

function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** FNV-1a, 32 bits, base 36: short, stable keys. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
