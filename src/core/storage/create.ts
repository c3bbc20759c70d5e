// Builders for new annotations and claims: fresh random id, both selectors, timestamps. The clock
// and the random source are injectable so tests and the merge fuzzing are repeatable.
import { makeAnchor } from '../anchoring/selectors';
import { defaultRandomSource, newAnnotationId, newClaimId, type RandomSource } from './ids';
import type { Annotation, Claim } from './model';

export interface CreateOptions {
  random?: RandomSource;
  now?: () => Date;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the caller decides for a new annotation; id, target and timestamps are filled in. */
export type AnnotationFields = DistributiveOmit<Annotation, 'id' | 'target' | 'created' | 'modified'>;

export function timestamp(now: () => Date = () => new Date()): string {
  return now().toISOString();
}

/** A new annotation on text[start, end) of the article as the editor shows it. */
export function createAnnotation(text: string, start: number, end: number, fields: AnnotationFields, options: CreateOptions = {}): Annotation {
  const when = timestamp(options.now);
  return {
    ...fields,
    id: newAnnotationId(options.random ?? defaultRandomSource()),
    target: makeAnchor(text, start, end),
    created: when,
    modified: when,
  } as Annotation;
}

export function createClaim(text: string, fields: Partial<Pick<Claim, 'status' | 'claimant' | 'notes'>> = {}, options: CreateOptions = {}): Claim {
  const when = timestamp(options.now);
  const claim: Claim = { id: newClaimId(options.random ?? defaultRandomSource()), text, status: fields.status ?? 'unverified', created: when, modified: when };
  if (fields.claimant !== undefined) claim.claimant = fields.claimant;
  if (fields.notes !== undefined) claim.notes = fields.notes;
  return claim;
}

/** The same item with `modified` set to now (every human edit goes through this, so merges see it). */
export function touched<T extends { modified: string }>(item: T, changes: Partial<T>, options: CreateOptions = {}): T {
  return { ...item, ...changes, modified: timestamp(options.now) };
}
