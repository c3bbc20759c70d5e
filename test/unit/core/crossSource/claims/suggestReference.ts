// The claim suggestions as suggest.ts computed them before it indexed its candidates (every figure
// against every cluster, each outlet of a cluster checked per figure): kept here only, as the
// reference the indexed path must equal (suggestEquivalence.test.ts). Otherwise unchanged.
// Claim suggestions: check-worthy figures and statements, lined up across the articles of a
// folder. A figure about the same thing (same kind and unit, similar context) reported by several
// outlets is corroborated when they agree, contradicted when one outlet's figures share no value
// with another's, and single-sourced when only one outlet gives it.
import type { Span } from '../../../../../src/core/model';
import { alignTokens, selfWeight } from '../../../../../src/core/crossSource/align';
import { tokenize } from '../../../../../src/core/crossSource/normalize';
import { findFigures, type Figure } from '../../../../../src/core/crossSource/claims/figures';
import { sentenceSpans } from '../../../../../src/core/crossSource/claims/sentences';
import { statementKind, type StatementKind } from '../../../../../src/core/crossSource/claims/statements';
import type { ClaimSuggestion, SuggestionEvidence, SuggestionSource, SuggestOptions } from '../../../../../src/core/crossSource/claims/suggest';

// The types are suggest.ts's own: the reference must give the very same shape.
type SuggestionStatus = ClaimSuggestion['status'];

interface Mention {
  evidence: SuggestionEvidence;
  context: Set<string>;
}

/**
 * Suggestions sorted with contradictions first, then corroborated, then single-sourced; within
 * each, the most outlets first, then by where the first source states it.
 */
export function referenceSuggestClaims(sources: SuggestionSource[], options: SuggestOptions = {}): ClaimSuggestion[] {
  const figures: Mention[] = [];
  const statements: (Mention & { kind: StatementKind })[] = [];
  for (const source of sources) collect(source, figures, statements);

  const figureSuggestions = clusterFigures(figures);
  // A statement whose sentences all carry a figure already suggested would file the same claim twice.
  const figureSentences = new Set(figureSuggestions.flatMap((s) => s.evidence.map((e) => `${e.file}#${e.sentence.start}`)));
  const statementSuggestions = clusterStatements(statements).filter((s) => !s.evidence.every((e) => figureSentences.has(`${e.file}#${e.sentence.start}`)));
  const dismissed = new Set(options.dismissed ?? []);
  const rank: Record<SuggestionStatus, number> = { contradicted: 0, corroborated: 1, 'single-sourced': 2 };
  const order = new Map(sources.map((s, i) => [s.file, i]));
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

function collect(source: SuggestionSource, figures: Mention[], statements: (Mention & { kind: StatementKind })[]): void {
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
      const context = contentStems(excerpt);
      for (const figure of findFigures(text, sentence).slice(0, MAX_FIGURES_PER_SENTENCE)) {
        if (figureCount++ >= MAX_FIGURES_PER_SOURCE) break;
        figures.push({
          evidence: { file: source.file, start: figure.start, end: figure.end, text: figure.text, sentence, excerpt, figure },
          context,
        });
      }
      const kind = statementCount < MAX_STATEMENTS_PER_SOURCE ? statementKind(excerpt) : null;
      if (kind) {
        statementCount++;
        statements.push({ kind, context, evidence: { file: source.file, start: sentence.start, end: sentence.end, text: excerpt, sentence, excerpt } });
      }
    }
  }
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

function contentStems(sentence: string): Set<string> {
  return new Set(
    tokenize(sentence)
      .filter((t) => t.content && !/^\d/.test(t.stem))
      .map((t) => t.stem),
  );
}

/** Words two sentences share (each sentence's figures share its set): counted once per pair of sentences. */
type SharedWords = (a: Set<string>, b: Set<string>) => number;

function sharedWordsCounter(): SharedWords {
  const counts = new Map<Set<string>, Map<Set<string>, number>>();
  return (a, b) => {
    let row = counts.get(a);
    if (!row) counts.set(a, (row = new Map()));
    let n = row.get(b);
    if (n === undefined) {
      n = 0;
      for (const s of a) if (b.has(s)) n++;
      row.set(b, n);
    }
    return n;
  };
}

function shared(a: Set<string>, b: Set<string>, except: string, sharedWords: SharedWords): number {
  return sharedWords(a, b) - (a.has(except) && b.has(except) ? 1 : 0);
}

/** Two figures measure the same thing: same kind and unit, and their sentences talk about the same. */
function sameMeasure(a: Mention, b: Mention, sharedWords: SharedWords): boolean {
  const fa = a.evidence.figure!;
  const fb = b.evidence.figure!;
  if (fa.kind !== fb.kind) return false;
  const overlap = shared(a.context, b.context, fa.unit, sharedWords);
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

/** Values agree exactly, or within 15% when either writer hedged ("about 90,000" / "94,000"). */
function agree(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return true;
  if (a.kind === 'date') return a.value % 10000 === b.value % 10000 && (a.value < 10000 || b.value < 10000);
  if (!a.qualifier && !b.qualifier) return false;
  return Math.abs(a.value - b.value) <= 0.15 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function clusterFigures(mentions: Mention[]): ClaimSuggestion[] {
  const clusters: Mention[][] = [];
  const seen = new Set<string>();
  const sharedWords = sharedWordsCounter();
  // Every other outlet in the cluster must report m's measure in at least one of its sentences (the
  // first member's outlet only through the first member itself, which must match): one pass over c.
  const fits = (c: Mention[], m: Mention): boolean => {
    if (!sameMeasure(c[0], m, sharedWords)) return false;
    const needed = new Set<string>();
    const reported = new Set<string>();
    for (let i = 1; i < c.length; i++) if (c[i].evidence.file !== m.evidence.file) needed.add(c[i].evidence.file);
    for (const y of c) if (needed.has(y.evidence.file) && !reported.has(y.evidence.file) && sameMeasure(y, m, sharedWords)) reported.add(y.evidence.file);
    return reported.size === needed.size;
  };
  for (const m of mentions) {
    // The same figure twice in one sentence ("14 people … of the 14 people") is one piece of evidence.
    const f = m.evidence.figure!;
    const once = `${m.evidence.file}#${m.evidence.sentence.start}#${f.kind}:${f.unit}:${f.value}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const home = clusters.find((c) => fits(c, m));
    if (home) home.push(m);
    else clusters.push([m]);
  }
  const out: ClaimSuggestion[] = [];
  for (const cluster of clusters) {
    const files = distinct(cluster.map((m) => m.evidence.file));
    const first = cluster[0].evidence.figure!;
    // A lone date in one article is everywhere in news; only dates reported by several outlets are worth a check.
    if (first.kind === 'date' && files.length < 2) continue;
    const byFile = files.map((file) => ({ file, figures: cluster.filter((m) => m.evidence.file === file).map((m) => m.evidence.figure!) }));
    let status: SuggestionStatus = files.length < 2 ? 'single-sourced' : 'corroborated';
    for (let i = 0; i < byFile.length && status === 'corroborated'; i++) {
      for (let j = i + 1; j < byFile.length; j++) {
        if (!byFile[i].figures.some((x) => byFile[j].figures.some((y) => agree(x, y)))) status = 'contradicted';
      }
    }
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
  return out;
}

function clusterStatements(mentions: (Mention & { kind: StatementKind })[]): ClaimSuggestion[] {
  const tokens = mentions.map((m) => tokenize(m.evidence.excerpt).slice(0, MAX_STATEMENT_TOKENS));
  const clusters: number[][] = [];
  mentions.forEach((m, i) => {
    const home = clusters.find((c) => {
      const seed = c[0];
      if (mentions[seed].kind !== m.kind || mentions[seed].evidence.file === m.evidence.file) return false;
      const alignment = alignTokens(tokens[seed], tokens[i]);
      const shorter = Math.min(selfWeight(tokens[seed]), selfWeight(tokens[i]));
      return alignment.contentMatches >= 3 && alignment.score >= 0.4 * shorter;
    });
    if (home) home.push(i);
    else clusters.push([i]);
  });
  return clusters.map((c) => {
    const members = c.map((i) => mentions[i]);
    const files = distinct(members.map((m) => m.evidence.file));
    // Keyed by the wording that sorts first, so the key does not depend on the order of the files.
    const canonical = members.map((m) => tokenize(m.evidence.excerpt).filter((t) => t.content).map((t) => t.stem).join(' ')).sort()[0];
    return {
      key: `stmt:${members[0].kind}:${hash(canonical)}`,
      kind: members[0].kind,
      status: files.length < 2 ? 'single-sourced' : 'corroborated',
      text: claimText(members[0].evidence.excerpt),
      subject: members[0].kind,
      files,
      evidence: members.map((m) => m.evidence),
    };
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
