// The on-disk model: human decisions only. Derived analysis never goes into these files.
// Two files: a sidecar beside each article (`report.txt.crosscheck.json`) and one claims registry
// per folder (`crosscheck.claims.json`). Both are pretty-printed with stable key order and sorted
// arrays so git diffs stay small and concurrent work merges by id.

export const SIDECAR_SUFFIX = '.crosscheck.json';
export const CLAIMS_FILE = 'crosscheck.claims.json';
export const SIDECAR_VERSION = 1;
export const CLAIMS_VERSION = 1;

/** W3C TextQuoteSelector + TextPositionSelector in one object. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface SourceMeta {
  title?: string;
  outlet?: string;
  byline?: string;
  /** yyyy-mm-dd when known */
  date?: string;
  /** http(s) address of the published article: ClaimReview `appearance`, Hypothesis `uri` matching. */
  url?: string;
  /** BCP 47 language tag, e.g. "en", "pt-PT". */
  language?: string;
  /** When and by whom these details were last decided (absent in older files and for parsed-only details). */
  modified?: string;
  modifiedBy?: string;
}

export type Stance = 'supports' | 'disputes' | 'mentions';
export type ClaimStatus = 'unverified' | 'supported' | 'disputed' | 'false' | 'needs-context';
export type EntityTypeName = 'person' | 'organization' | 'place';

/**
 * Who made a decision and when (the verification trail). `by` is the person's name as they gave it
 * (git `user.name`, else the `crosscheck.authorName` setting): untrusted text like any other.
 */
export interface Decision {
  by: string;
  /** ISO 8601 with time zone. */
  at: string;
}

/**
 * Who decided an item, kept on every annotation, claim and alias override (all optional: files
 * written before the trail have none). `created`/`modified` are the times; these are the people.
 */
export interface Authorship {
  /** Who first decided the item. */
  createdBy?: string;
  /** Who made its latest change (at `modified`). */
  modifiedBy?: string;
  /**
   * Other people's changes to the same item that a merge combined with the latest one (the git
   * merge driver adds one when both branches changed the item), oldest first.
   */
  alsoChangedBy?: Decision[];
}

interface AnnotationBase extends Authorship {
  /** Random, stable id ("a_" + 12 base-36 chars): the merge key. */
  id: string;
  target: TextAnchor;
  /** ISO 8601 with time zone. */
  created: string;
  modified: string;
  /** Someone read the passage against the source (evidence, and `check` annotations on quotes). */
  checked?: Decision;
  note?: string;
  /** Tags (imported from Hypothesis, or a person's own). */
  tags?: string[];
  /** Who wrote it, when it came from another tool ("acct:jane@hypothes.is"). */
  author?: string;
  /** Where an imported annotation came from: re-importing the same item adds nothing twice. */
  origin?: AnnotationOrigin;
}

export interface AnnotationOrigin {
  /** "hypothesis", "claimreview" or "csv". */
  format: string;
  /** The item's id in that format (a Hypothesis id; a review url and appearance). */
  id: string;
}

/** A passage of the article that supports, disputes or mentions a claim in the folder's registry. */
export interface EvidenceAnnotation extends AnnotationBase {
  kind: 'evidence';
  claimId: string;
  stance: Stance;
}

/** The human's speaker for the quote at target (null: the article does not say who). */
export interface SpeakerAnnotation extends AnnotationBase {
  kind: 'speaker';
  speaker: string | null;
}

/** A quote the analysis missed. */
export interface QuoteAnnotation extends AnnotationBase {
  kind: 'quote';
  speaker: string | null;
}

/** An entity mention the analysis missed (or typed wrongly). */
export interface EntityAnnotation extends AnnotationBase {
  kind: 'entity';
  name: string;
  entityType: EntityTypeName;
}

/** A false positive: the quote or entity highlight at target is not one. */
export interface SuppressAnnotation extends AnnotationBase {
  kind: 'suppress';
  layer: 'quote' | 'entity';
}

/** A quote at target that a person checked against the source (`checked` says who and when). */
export interface CheckAnnotation extends AnnotationBase {
  kind: 'check';
  layer: 'quote';
  checked: Decision;
}

/** A free note on a passage. */
export interface NoteAnnotation extends AnnotationBase {
  kind: 'note';
}

export type Annotation =
  | EvidenceAnnotation
  | SpeakerAnnotation
  | QuoteAnnotation
  | EntityAnnotation
  | SuppressAnnotation
  | CheckAnnotation
  | NoteAnnotation;

/**
 * What a three-way merge could not decide: the same item changed differently on both branches (or
 * changed on one and deleted on the other). The merged file keeps `ours` in place (or the surviving
 * edit) and records all versions here until a person picks one; nothing is lost and the file stays
 * valid JSON. `null` means "absent on that side".
 */
export interface ConflictRecord<K extends string, T> {
  kind: K;
  /** Id of the item (for 'source': the field name). */
  id: string;
  base: T | null;
  ours: T | null;
  theirs: T | null;
}

export type SidecarConflict =
  | ConflictRecord<'annotation', Annotation>
  | ConflictRecord<'source', string>;

export type ClaimsConflict =
  | ConflictRecord<'claim', Claim>
  | ConflictRecord<'aliasOverride', AliasOverride>;

export interface Sidecar {
  version: number;
  source: SourceMeta;
  annotations: Annotation[];
  /** Unresolved merge conflicts (absent when there are none). */
  conflicts?: SidecarConflict[];
}

export interface Claim extends Authorship {
  /** "c_" + 12 base-36 chars */
  id: string;
  text: string;
  status: ClaimStatus;
  claimant?: string;
  /** Where and when the claim was made ("a press conference on the harbour", "a radio interview"). */
  context?: string;
  notes?: string;
  /**
   * The claim's place in the folder's manual order (whole number ≥ 0, lower first). Absent until a
   * person reorders: unranked claims follow ranked ones, as filed (core storage/codebook.ts).
   */
  rank?: number;
  created: string;
  modified: string;
}

/** Human corrections to entity identity, applied by the editor and the CLI alike. */
export type AliasOverride = AliasOverrideTrail &
  ({ id: string; kind: 'merge'; canonical: string; aliases: string[]; type?: EntityTypeName } | { id: string; kind: 'split'; name: string; from: string });

/** Alias overrides gained times with the trail, so unlike claims they may lack them. */
export interface AliasOverrideTrail extends Authorship {
  created?: string;
  modified?: string;
}

/** A dismissed suggestion's trail: who dismissed it and when; others who dismissed it too, after a merge. */
export interface Dismissal extends Decision {
  key: string;
  alsoChangedBy?: Decision[];
}

export interface ClaimsRegistry {
  version: number;
  claims: Claim[];
  aliasOverrides: AliasOverride[];
  /** Keys of claim suggestions the user dismissed. */
  dismissedSuggestions: string[];
  /**
   * Who dismissed each suggestion and when, one per key of dismissedSuggestions (the verification
   * trail; absent in files from before it, and for keys dismissed before it).
   */
  dismissals?: Dismissal[];
  /** Unresolved merge conflicts (absent when there are none). */
  conflicts?: ClaimsConflict[];
}
