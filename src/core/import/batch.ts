// An import is computed first, as one batch of additions (new claims for the registry, new
// annotations per sidecar), and applied afterwards by the CLI or the editor. Applying is idempotent:
// an annotation or claim already in the file (by id, by origin, or the same evidence on the same
// passage) is not added again, so a batch can be re-applied to a file that changed meanwhile, and
// an undo later only has to remove the batch's ids.
import { makeAnchor } from '../anchoring/selectors';
import { timestamp, type CreateOptions } from '../storage/create';
import { defaultRandomSource, newAnnotationId, newClaimId, type RandomSource } from '../storage/ids';
import type { Annotation, AnnotationOrigin, Claim, ClaimsRegistry, ClaimStatus, Sidecar } from '../storage/model';

export const IMPORT_FORMATS = ['hypothesis', 'claimreview', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export function isImportFormat(s: string): s is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(s);
}

/** One article of the folder imported into, as it is now. */
export interface ImportArticle {
  /** Path relative to the folder, with forward slashes ("report.txt", "wires/a.md"). */
  file: string;
  /** The article's text as the editor shows it (byte-order mark removed). */
  text: string;
  /** Its sidecar (empty when it has none); undefined when it cannot be read: nothing is placed there. */
  sidecar: Sidecar | undefined;
  /** Why the sidecar must not be written (a damaged or newer file), when it must not. */
  readOnly?: string;
}

export interface ImportInput {
  articles: ImportArticle[];
  /** The folder's claims registry (empty when it has none); undefined when it cannot be read. */
  registry: ClaimsRegistry | undefined;
  registryReadOnly?: string;
}

export interface ImportOptions extends CreateOptions {
  /** ClaimReview rating (alternateName or ratingValue, any case) → claim status, over the defaults. */
  ratings?: Readonly<Record<string, string>>;
}

/** Something in the imported file that did not land anywhere, and why. Texts are untrusted. */
export interface NotPlaced {
  /** What it is: a short excerpt of its quote, its note or its claim. */
  item: string;
  /** Its id in the imported file, when it has one. */
  id?: string;
  reason: string;
}

export interface ImportBatch {
  format: ImportFormat;
  /** Items found in the file (annotations, reviews or evidence rows). */
  read: number;
  /** New claims for the folder's registry. */
  claims: Claim[];
  /** New annotations, by article file. */
  annotations: { file: string; annotation: Annotation }[];
  /** Items already in the folder (an earlier import of the same file): not added again. */
  duplicates: number;
  notPlaced: NotPlaced[];
  /** Problems with the file itself, or choices made that the user should know about. */
  warnings: string[];
  /** Set when the file could not be read at all. */
  error?: string;
}

export function emptyBatch(format: ImportFormat): ImportBatch {
  return { format, read: 0, claims: [], annotations: [], duplicates: 0, notPlaced: [], warnings: [] };
}

/** Sidecars the batch changes, each with its new value (undefined: nothing new for it). */
export function applyToSidecar(sidecar: Sidecar, added: readonly Annotation[]): Sidecar | undefined {
  const fresh = added.filter((a) => !alreadyIn(sidecar.annotations, a));
  if (fresh.length === 0) return undefined;
  return { ...sidecar, annotations: [...sidecar.annotations, ...dedupe(fresh)] };
}

/** The registry with the batch's claims added (undefined: nothing new). */
export function applyToRegistry(registry: ClaimsRegistry, claims: readonly Claim[]): ClaimsRegistry | undefined {
  const ids = new Set(registry.claims.map((c) => c.id));
  const fresh = claims.filter((c) => !ids.has(c.id) && (ids.add(c.id), true));
  if (fresh.length === 0) return undefined;
  return { ...registry, claims: [...registry.claims, ...fresh] };
}

/** The annotations the batch adds to one article. */
export function annotationsFor(batch: ImportBatch, file: string): Annotation[] {
  return batch.annotations.filter((a) => a.file === file).map((a) => a.annotation);
}

function dedupe(list: Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (const a of list) if (!alreadyIn(out, a)) out.push(a);
  return out;
}

/** The same annotation is already there: same id, same origin, or the same evidence on the same passage. */
export function alreadyIn(annotations: readonly Annotation[], a: Annotation): boolean {
  return annotations.some(
    (b) =>
      b.id === a.id ||
      (a.origin !== undefined && b.origin !== undefined && b.origin.format === a.origin.format && b.origin.id === a.origin.id) ||
      (a.kind === 'evidence' && b.kind === 'evidence' && b.claimId === a.claimId && b.target.start === a.target.start && b.target.end === a.target.end && b.target.exact === a.target.exact),
  );
}

/** Builds one batch: ids, timestamps and the duplicate checks against what is already stored. */
export class BatchBuilder {
  readonly batch: ImportBatch;
  private readonly random: RandomSource;
  private readonly now: () => Date;
  private readonly claimIds: Set<string>;

  constructor(
    format: ImportFormat,
    readonly input: ImportInput,
    options: ImportOptions,
  ) {
    this.batch = emptyBatch(format);
    this.random = options.random ?? defaultRandomSource();
    this.now = options.now ?? (() => new Date());
    this.claimIds = new Set(input.registry?.claims.map((c) => c.id) ?? []);
  }

  /** Why nothing can be written to this article's sidecar, or undefined when it can. */
  blocked(article: ImportArticle): string | undefined {
    if (!article.sidecar) return `the sidecar of ${article.file} cannot be read; fix it first`;
    if (article.readOnly) return `the sidecar of ${article.file} is read-only (${article.readOnly})`;
    return undefined;
  }

  registryBlocked(): string | undefined {
    if (!this.input.registry) return 'the claims registry cannot be read; fix it first';
    if (this.input.registryReadOnly) return `the claims registry is read-only (${this.input.registryReadOnly})`;
    return undefined;
  }

  /** Was an item with this origin imported before (in any article, or earlier in this batch)? */
  seenOrigin(origin: AnnotationOrigin): boolean {
    const same = (a: Annotation) => a.origin?.format === origin.format && a.origin.id === origin.id;
    return this.input.articles.some((art) => art.sidecar?.annotations.some(same)) || this.batch.annotations.some((a) => same(a.annotation));
  }

  /**
   * Adds an annotation on text[start, end) of the article unless the same one is there already;
   * returns false for a duplicate.
   */
  annotate(article: ImportArticle, start: number, end: number, fields: Record<string, unknown>, when?: { created?: string; modified?: string }): boolean {
    const created = when?.created ?? timestamp(this.now);
    const annotation = {
      ...fields,
      id: newAnnotationId(this.random),
      target: makeAnchor(article.text, start, end),
      created,
      modified: when?.modified ?? created,
    } as unknown as Annotation;
    const existing = [...(article.sidecar?.annotations ?? []), ...annotationsFor(this.batch, article.file)];
    if (alreadyIn(existing, annotation)) {
      this.batch.duplicates++;
      return false;
    }
    this.batch.annotations.push({ file: article.file, annotation });
    return true;
  }

  /** A new claim (keeping `preferredId` when it is a claim id not used yet). */
  claim(text: string, status: ClaimStatus, extra: { claimant?: string; context?: string; notes?: string; preferredId?: string }): Claim {
    const when = timestamp(this.now);
    let id = extra.preferredId && /^c_[0-9a-z]{12}$/.test(extra.preferredId) && !this.claimIds.has(extra.preferredId) ? extra.preferredId : undefined;
    while (!id || this.claimIds.has(id)) id = newClaimId(this.random);
    this.claimIds.add(id);
    const claim: Claim = { id, text, status, created: when, modified: when };
    if (extra.claimant) claim.claimant = extra.claimant;
    if (extra.context) claim.context = extra.context;
    if (extra.notes) claim.notes = extra.notes;
    this.batch.claims.push(claim);
    return claim;
  }

  /** A claim already in the registry or in this batch: same id, or the same words. */
  existingClaim(text: string, id?: string): Claim | undefined {
    const all = [...(this.input.registry?.claims ?? []), ...this.batch.claims];
    if (id) {
      const byId = all.find((c) => c.id === id);
      if (byId && sameWords(byId.text, text)) return byId;
    }
    return all.find((c) => sameWords(c.text, text));
  }

  notPlaced(item: string, reason: string, id?: string): void {
    this.batch.notPlaced.push({ item: shortItem(item), reason, ...(id !== undefined ? { id } : {}) });
  }
}

export function sameWords(a: string, b: string): boolean {
  return normalizeWords(a) === normalizeWords(b);
}

function normalizeWords(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function shortItem(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** The first non-blank line of the text: where a note about the whole article is anchored. */
export function firstLine(text: string): { start: number; end: number } | undefined {
  const m = /\S[^\r\n]*/.exec(text);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}
