// Human decisions (a sidecar and the folder's alias overrides) applied on top of an analysis.
// The editor and the CLI both call this, so a corrected speaker reads the same everywhere.
// Order matters: identity first (alias merges/splits), then removals (suppress), then additions
// (entities, quotes), then speaker corrections, so a correction also wins over an added quote.
import { needsConfirmation, reanchor } from '../anchoring/reanchor';
import { applyAliasOverrides } from '../entities/overrides';
import type { ArticleAnalysis, Diagnostic, Entity, EntityType, Mention, Quote, Span } from '../model';
import { lastChange } from './trail';
import type {
  AliasOverride,
  Annotation,
  EntityAnnotation,
  EvidenceAnnotation,
  NoteAnnotation,
  QuoteAnnotation,
  Sidecar,
  SpeakerAnnotation,
  TextAnchor,
} from './model';

/**
 * Finds where an anchor's passage is in the current text, or null when it is gone. `unconfirmed`
 * marks a place a person has to confirm (the text there differs from `exact`, or only the quote
 * survived, far from its old surroundings); a span whose text differs from `exact` is always unconfirmed.
 */
export type AnchorResolver = (text: string, anchor: TextAnchor) => (Span & { unconfirmed?: boolean }) | null;

/**
 * A decision placed where its passage seems to be now, waiting for a person to confirm ("moved —
 * confirm?"): it is applied there meanwhile, but its stored anchor (and `exact`) stay as they were.
 */
export interface MovedDecision {
  annotation: Annotation;
  span: Span;
  /** text.slice(span.start, span.end): the words there now (annotation.target.exact holds the old ones). */
  current: string;
}

export interface Placed<A extends Annotation> {
  annotation: A;
  span: Span;
}

export interface DecidedAnalysis extends ArticleAnalysis {
  evidence: Placed<EvidenceAnnotation>[];
  notes: Placed<NoteAnnotation>[];
  /** Decisions whose passage is no longer in the text (edited away): kept in the sidecar, shown as orphans. */
  orphans: Annotation[];
  /** Decisions placed by a fuzzy or far re-anchor, pending confirmation; each is also in its kind's list. */
  moved: MovedDecision[];
}

export interface DecisionOptions {
  aliasOverrides?: readonly AliasOverride[];
  resolve?: AnchorResolver;
}

/** Two highlights are "the same" when they overlap by at least half of their union (the eval's rule). */
const SAME_SPAN_IOU = 0.5;

export function applyDecisions(analysis: ArticleAnalysis, sidecar: Sidecar | undefined, options: DecisionOptions = {}): DecidedAnalysis {
  const text = analysis.article.text;
  const resolve = options.resolve ?? resolveWithReanchor;
  const diagnostics: Diagnostic[] = [...analysis.diagnostics];
  let entities = applyAliasOverrides(analysis.entities, options.aliasOverrides ?? []);
  let quotes = analysis.quotes.map((q) => ({ ...q, speaker: canonicalSpeaker(q.speaker, entities) }));

  const placed = new Map<Annotation, Span>();
  const orphans: Annotation[] = [];
  const moved: MovedDecision[] = [];
  for (const a of sidecar?.annotations ?? []) {
    const found = safeResolve(resolve, text, a.target);
    if (!found) {
      orphans.push(a);
      continue;
    }
    const span = { start: found.start, end: found.end };
    placed.set(a, span);
    const current = text.slice(span.start, span.end);
    if (found.unconfirmed || current !== a.target.exact) moved.push({ annotation: a, span, current });
  }
  const ofKind = <K extends Annotation['kind']>(kind: K) =>
    [...placed].filter(([a]) => a.kind === kind).map(([a, span]) => ({ annotation: a as Extract<Annotation, { kind: K }>, span }));

  for (const { annotation, span } of ofKind('suppress')) {
    if (annotation.layer === 'quote') quotes = quotes.filter((q) => !sameSpan(q, span));
    else entities = removeMentions(entities, span);
  }
  for (const p of ofKind('entity')) entities = addEntityMention(entities, p, text);
  for (const p of ofKind('quote')) quotes = addQuote(quotes, p, text);
  for (const p of ofKind('speaker')) quotes = correctSpeaker(quotes, p, text);
  for (const { annotation, span } of ofKind('check')) quotes = quotes.map((q) => (sameSpan(q, span) ? { ...q, checked: annotation.checked } : q));

  if (orphans.length > 0) {
    diagnostics.push({ severity: 'warning', message: `${orphans.length} decision(s) could not be placed: their passage is no longer in the text` });
  }
  return {
    ...analysis,
    quotes: quotes.sort(bySpan),
    entities,
    diagnostics,
    evidence: ofKind('evidence').sort((a, b) => bySpan(a.span, b.span)),
    notes: ofKind('note').sort((a, b) => bySpan(a.span, b.span)),
    orphans,
    moved,
  };
}

/** The anchoring layer's cascade (position, exact text, context, bounded fuzzy); an orphan is null. */
export function resolveWithReanchor(text: string, anchor: TextAnchor): (Span & { unconfirmed?: boolean }) | null {
  const result = reanchor(text, anchor);
  if (result.status === 'orphan') return null;
  return needsConfirmation(result.status) ? { start: result.start, end: result.end, unconfirmed: true } : { start: result.start, end: result.end };
}

/** Former name, kept for callers written against it. */
export const resolveByPositionOrText = resolveWithReanchor;

function safeResolve(resolve: AnchorResolver, text: string, anchor: TextAnchor | undefined): (Span & { unconfirmed?: boolean }) | null {
  if (!anchor) return null;
  try {
    const span = resolve(text, anchor);
    return span && span.start >= 0 && span.end <= text.length && span.start < span.end ? span : null;
  } catch {
    return null;
  }
}

function sameSpan(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return false;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return overlap / union >= SAME_SPAN_IOU;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

const fold = (s: string) => s.trim().toLocaleLowerCase();

function namesOf(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases].map(fold));
}

function withMentions(e: Entity, mentions: Mention[]): Entity {
  const sorted = [...mentions].sort(bySpan);
  const aliases = [...new Set([e.name, ...sorted.map((m) => m.text)])];
  return { ...e, mentions: sorted, aliases };
}

/** A speaker named by an alias of a merged entity takes the entity's canonical name. */
function canonicalSpeaker(speaker: string | null, entities: Entity[]): string | null {
  if (speaker === null) return null;
  const key = fold(speaker);
  const match = entities.find((e) => e.type === 'person' && e.origin === 'human' && namesOf(e).has(key));
  return match ? match.name : speaker;
}

function removeMentions(entities: Entity[], span: Span): Entity[] {
  return entities
    .map((e) => (e.mentions.some((m) => sameSpan(m, span)) ? withMentions(e, e.mentions.filter((m) => !sameSpan(m, span))) : e))
    .filter((e) => e.mentions.length > 0);
}

function addEntityMention(entities: Entity[], { annotation, span }: Placed<EntityAnnotation>, text: string): Entity[] {
  const mention: Mention = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  // The human's typing wins over whatever the analysis said about this stretch of text.
  const cleared = entities
    .map((e) => (e.mentions.some((m) => overlaps(m, span)) ? withMentions(e, e.mentions.filter((m) => !overlaps(m, span))) : e))
    .filter((e) => e.mentions.length > 0);
  const type: EntityType = annotation.entityType;
  const key = fold(annotation.name);
  // "Tidewater Lines is an organisation" holds for every mention of that name, not only this one:
  // the same name analysed as another type is retyped into the human's entity.
  const mistyped = cleared.filter((e) => e.type !== type && namesOf(e).has(key));
  const rest = cleared.filter((e) => !mistyped.includes(e));
  const moved = mistyped.flatMap((e) => e.mentions);
  const target = rest.find((e) => e.type === type && namesOf(e).has(key));
  const change = lastChange(annotation);
  const marked = change ? { ...change, action: 'marked' as const } : undefined;
  // The latest decision is the one a hover names (the trail's rule: by time, the first on a tie).
  const decided = (e: Entity): Pick<Entity, 'decided'> => {
    const latest = !marked || (e.decided && e.decided.at >= marked.at) ? e.decided : marked;
    return latest ? { decided: latest } : {};
  };
  if (target) return rest.map((e) => (e === target ? withMentions({ ...e, ...decided(e) }, [...e.mentions, ...moved, mention]) : e));
  return [...rest, withMentions({ name: annotation.name, type, mentions: [], aliases: [], origin: 'human', ...(marked ? { decided: marked } : {}) }, [...moved, mention])];
}

function addQuote(quotes: Quote[], { annotation, span }: Placed<QuoteAnnotation>, text: string): Quote[] {
  const quote: Quote = { start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: annotation.speaker, origin: 'human', ...decidedBy(annotation) };
  return [...quotes.filter((q) => !overlaps(q, span)), quote];
}

/** A correction on a passage the analysis no longer sees as a quote still says "this is a quote by X". */
function correctSpeaker(quotes: Quote[], { annotation, span }: Placed<SpeakerAnnotation>, text: string): Quote[] {
  const target = quotes.find((q) => sameSpan(q, span));
  if (!target) return addQuote(quotes, { annotation: { ...annotation, kind: 'quote' }, span }, text);
  return quotes.map((q) => (q === target ? { ...q, speaker: annotation.speaker, speakerMention: undefined, origin: 'human' as const, ...decidedBy(annotation) } : q));
}

/** `{ decided }` when the decision says who made it (files from before the trail do not). */
function decidedBy(annotation: Annotation): Pick<Quote, 'decided'> {
  const decided = lastChange(annotation);
  return decided ? { decided } : {};
}
