// Validation of the claims registry's items (claims, alias overrides, conflict records).
import type { DiagnosticSink } from './diagnostics';
import { describe, FieldReader, isObject, ISO_DATE_TIME } from './fields';
import { ALIAS_OVERRIDE_ID_PATTERN, CLAIM_ID_PATTERN } from './ids';
import type { AliasOverride, AliasOverrideTrail, Claim, ClaimsConflict } from './model';
import { readConflictParts } from './readConflict';
import { readAuthorship } from './readTrail';
import { ENTITY_TYPES } from './readSidecar';

const CLAIM_ID = { pattern: CLAIM_ID_PATTERN, patternName: 'a claim id ("c_" followed by 12 characters 0-9a-z)' };
const ALIAS_ID = { pattern: ALIAS_OVERRIDE_ID_PATTERN, patternName: 'an alias override id (at most 64 characters 0-9A-Za-z_-)' };

export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'false', 'needs-context'] as const;

export function readClaim(raw: unknown, path: string, sink: DiagnosticSink): Claim | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const id = r.string('id', { pattern: CLAIM_ID_PATTERN, patternName: '"c_" followed by 12 characters 0-9a-z' });
  const text = r.string('text', { nonEmpty: true });
  const status = r.oneOf('status', CLAIM_STATUSES);
  const claimant = r.string('claimant', { required: false });
  const context = r.string('context', { required: false });
  const notes = r.string('notes', { required: false });
  const rank = r.has('rank') ? r.offset('rank') : undefined;
  const created = r.string('created', { pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' });
  const modified = r.string('modified', { pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' });
  const authorship = readAuthorship(r);
  const extras = r.extras();
  if (id === undefined || text === undefined || status === undefined || created === undefined || modified === undefined) return undefined;
  const claim: Claim = { ...extras, id, text, status, created, modified, ...authorship };
  if (claimant !== undefined) claim.claimant = claimant;
  if (context !== undefined) claim.context = context;
  if (notes !== undefined) claim.notes = notes;
  if (rank !== undefined) claim.rank = rank;
  return claim;
}

export function readAliasOverride(raw: unknown, path: string, sink: DiagnosticSink): AliasOverride | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const id = r.string('id', ALIAS_ID);
  const kind = r.oneOf('kind', ['merge', 'split'] as const);
  const trail = readAliasTrail(r);
  if (kind === 'merge') {
    const canonical = r.string('canonical', { nonEmpty: true });
    const aliases = r.stringArray('aliases');
    const type = r.oneOf('type', ENTITY_TYPES, false);
    const extras = r.extras();
    if (id === undefined || canonical === undefined || aliases === undefined) return undefined;
    const merge: AliasOverride = { ...extras, id, kind, canonical, aliases, ...trail };
    if (type !== undefined) merge.type = type;
    return merge;
  }
  const name = kind === 'split' ? r.string('name', { nonEmpty: true }) : undefined;
  const from = kind === 'split' ? r.string('from', { nonEmpty: true }) : undefined;
  const extras = r.extras();
  if (id === undefined || kind === undefined || name === undefined || from === undefined) return undefined;
  return { ...extras, id, kind, name, from, ...trail };
}

/** Times and people of an alias override: all optional (overrides had no times before the trail). */
function readAliasTrail(r: FieldReader): AliasOverrideTrail {
  const out: AliasOverrideTrail = {};
  for (const key of ['created', 'modified'] as const) {
    const time = r.string(key, { required: false, pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' });
    if (time !== undefined) out[key] = time;
  }
  return { ...out, ...readAuthorship(r) };
}

export function readClaimsConflict(raw: unknown, path: string, sink: DiagnosticSink): ClaimsConflict | undefined {
  const parts = readConflictParts(raw, path, sink, ['claim', 'aliasOverride'] as const, (kind, value, at) =>
    kind === 'claim' ? readClaim(value, at, sink) : readAliasOverride(value, at, sink), (kind) => (kind === 'claim' ? CLAIM_ID : ALIAS_ID));
  if (!parts) return undefined;
  return { ...parts.extras, kind: parts.kind, id: parts.id, ...parts.sides } as ClaimsConflict;
}
