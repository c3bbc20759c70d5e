// The content every export shares, assembled once: human decisions applied to each article, claims
// with their evidence passages, quotes by speaker with the wordings the outlets use, and figures
// only one outlet gives. Renderers (Markdown, HTML, CSV, W3C, ClaimReview) only format this.
import type { ArticleAnalysis, Quote, Span } from '../model';
import { applyDecisions, type DecidedAnalysis } from '../storage/applyDecisions';
import { claimsInOrder } from '../storage/codebook';
import type { Annotation, Claim, ClaimsRegistry, EvidenceAnnotation, Sidecar, SourceMeta, Stance, TextAnchor } from '../storage/model';
import { needsConfirmation, reanchor } from '../anchoring/reanchor';
import { httpUrl } from '../untrustedText';
import { groupQuotes, type QuoteGroup, type QuoteRef } from '../crossSource/quoteGroups';
import { summarizeGroup, type QuoteGroupSummary } from '../crossSource/groupSummary';
import { suggestClaims, type ClaimSuggestion } from '../crossSource/claims/suggest';

export interface ExportSource {
  /** Path relative to the folder, shown to readers. */
  file: string;
  /** IRI of the article (a file:// URI from the CLI). */
  uri: string;
  analysis: ArticleAnalysis;
  sidecar?: Sidecar;
}

export interface ExportInput {
  /** A name for the collection, e.g. the folder's name. */
  title: string;
  /** IRI of the folder, ending in "/": the base of the ids of everything exported. */
  folderUri: string;
  /** When the export was made: ISO 8601 with a time zone. */
  generated: string;
  sources: ExportSource[];
  registry: ClaimsRegistry;
}

export interface ReportSource {
  file: string;
  uri: string;
  text: string;
  /** The sidecar's source fields over what the article says about itself. */
  meta: SourceMeta;
  /** The sidecar's annotations that could be placed in the current text, in sidecar order. */
  placed: { annotation: Annotation; span: Span }[];
  decided: DecidedAnalysis;
}

export interface ReportEvidence extends Span {
  file: string;
  stance: Stance;
  /** The passage: text.slice(start, end) of the current article text. */
  exact: string;
  annotation: EvidenceAnnotation;
  /** Set while the passage was found only by a fuzzy or far re-anchor ("moved — confirm?"): the words a person marked. */
  unconfirmed?: { stored: string };
}

export interface ReportClaim {
  claim: Claim;
  evidence: ReportEvidence[];
}

export interface ReportQuoteItem {
  /** Set when several outlets carry this utterance. */
  group?: { key: string; summary: QuoteGroupSummary };
  quotes: QuoteRef[];
}

export interface SpeakerQuotes {
  /** null: quotes the articles do not attribute. */
  speaker: string | null;
  items: ReportQuoteItem[];
}

export interface Report {
  title: string;
  folderUri: string;
  generated: string;
  sources: ReportSource[];
  claims: ReportClaim[];
  /** Evidence that names a claim missing from the registry (deleted, or a merge gone wrong). */
  strayEvidence: ReportEvidence[];
  speakers: SpeakerQuotes[];
  groups: QuoteGroup[];
  suggestions: ClaimSuggestion[];
  /** Decisions whose passage is no longer in the article. */
  orphans: { file: string; annotation: Annotation }[];
  /** Quotes a person checked against the source (the trail's mark), in source then text order. */
  checkedQuotes: { file: string; quote: Quote & { checked: { by: string; at: string } } }[];
  /** Decisions placed where their passage seems to be now, waiting for a person's confirmation. */
  moved: { file: string; annotation: Annotation; current: string }[];
}

export function buildReport(input: ExportInput): Report {
  const sources: ReportSource[] = input.sources.map((s) => {
    const text = s.analysis.article.text;
    // One placement per anchor, shared by applyDecisions and the exports so they never disagree.
    const placements = new Map<TextAnchor, Placement | null>();
    const resolve = (t: string, anchor: TextAnchor): Placement | null => {
      if (!placements.has(anchor)) placements.set(anchor, place(t, anchor));
      return placements.get(anchor) ?? null;
    };
    const decided = applyDecisions(s.analysis, s.sidecar, { aliasOverrides: input.registry.aliasOverrides, resolve });
    const placed: ReportSource['placed'] = [];
    for (const annotation of s.sidecar?.annotations ?? []) {
      const span = annotation.target ? resolve(text, annotation.target) : null;
      if (span) placed.push({ annotation, span: { start: span.start, end: span.end } });
    }
    return {
      file: s.file,
      uri: s.uri,
      text,
      meta: webOnlyUrl({ ...stripUndefined(s.analysis.article.meta), ...stripUndefined(s.sidecar?.source ?? {}) }),
      placed,
      decided,
    };
  });

  // Claims in the folder's manual order (as filed until someone reorders them).
  const claimsById = new Map(claimsInOrder(input.registry.claims).map((c) => [c.id, { claim: c, evidence: [] as ReportEvidence[] }]));
  const strayEvidence: ReportEvidence[] = [];
  for (const s of sources) {
    const unconfirmed = new Set(s.decided.moved.map((m) => m.annotation));
    for (const { annotation, span } of s.decided.evidence) {
      const item: ReportEvidence = { file: s.file, start: span.start, end: span.end, stance: annotation.stance, exact: s.text.slice(span.start, span.end), annotation };
      if (unconfirmed.has(annotation)) item.unconfirmed = { stored: annotation.target.exact };
      const home = claimsById.get(annotation.claimId);
      if (home) home.evidence.push(item);
      else strayEvidence.push(item);
    }
  }

  const groups = groupQuotes(sources.map((s) => ({ file: s.file, quotes: s.decided.quotes })));
  const suggestions = suggestClaims(
    sources.map((s) => ({ file: s.file, analysis: s.decided })),
    { dismissed: input.registry.dismissedSuggestions },
  );
  return {
    title: input.title,
    folderUri: input.folderUri,
    generated: input.generated,
    sources,
    claims: [...claimsById.values()],
    strayEvidence,
    speakers: quotesBySpeaker(sources, groups),
    groups,
    suggestions,
    orphans: sources.flatMap((s) => s.decided.orphans.map((annotation) => ({ file: s.file, annotation }))),
    checkedQuotes: sources.flatMap((s) =>
      s.decided.quotes.flatMap((quote) => (quote.checked ? [{ file: s.file, quote: { ...quote, checked: quote.checked } }] : [])),
    ),
    moved: sources.flatMap((s) => s.decided.moved.map((m) => ({ file: s.file, annotation: m.annotation, current: m.current }))),
  };
}

/** A source's display name: its outlet, else its title, else its file. */
export function sourceLabel(source: ReportSource): string {
  return source.meta.outlet || source.meta.title || source.file;
}

/** Speakers with the most quotes first; unattributed quotes last. A group goes to the speaker most outlets credit. */
function quotesBySpeaker(sources: ReportSource[], groups: QuoteGroup[]): SpeakerQuotes[] {
  const bySpeaker = new Map<string | null, ReportQuoteItem[]>();
  const add = (speaker: string | null, item: ReportQuoteItem) => {
    const list = bySpeaker.get(speaker);
    if (list) list.push(item);
    else bySpeaker.set(speaker, [item]);
  };
  const grouped = new Set<string>();
  for (const g of groups) {
    const summary = summarizeGroup(g);
    add(summary.likelySpeaker, { group: { key: g.key, summary }, quotes: g.members });
    for (const m of g.members) grouped.add(`${m.file}@${m.start}`);
  }
  for (const s of sources) {
    for (const q of s.decided.quotes) {
      if (grouped.has(`${s.file}@${q.start}`)) continue;
      add(q.speaker, { quotes: [toRef(s.file, q)] });
    }
  }
  return [...bySpeaker]
    .map(([speaker, items]) => ({ speaker, items }))
    .sort((a, b) => (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || count(b) - count(a) || (a.speaker ?? '').localeCompare(b.speaker ?? ''));
}

const count = (s: SpeakerQuotes) => s.items.reduce((n, i) => n + i.quotes.length, 0);

function toRef(file: string, q: Quote): QuoteRef {
  return q.kind === 'reported' ? { file, start: q.start, end: q.end, text: q.text, speaker: q.speaker, kind: q.kind } : { file, start: q.start, end: q.end, text: q.text, speaker: q.speaker };
}

type Placement = Span & { unconfirmed?: boolean };

/** The anchoring cascade (position, exact text, context, bounded fuzzy); null for an orphan or a bad span. */
function place(text: string, anchor: TextAnchor): Placement | null {
  try {
    const r = reanchor(text, anchor);
    if (r.status === 'orphan' || r.start < 0 || r.start >= r.end || r.end > text.length) return null;
    return needsConfirmation(r.status) ? { start: r.start, end: r.end, unconfirmed: true } : { start: r.start, end: r.end };
  } catch {
    return null;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** A source's url leaves the machine in every export, where it may become a link: http(s) only (never javascript:, data:, file:). */
function webOnlyUrl(meta: SourceMeta): SourceMeta {
  if (meta.url === undefined || httpUrl(meta.url)) return meta;
  const { url: _dropped, ...rest } = meta;
  return rest;
}
