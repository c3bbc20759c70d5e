// Validation of a sidecar's JSON value into typed data. Items that fail are left out of the value
// and reported with an error (the document then becomes read-only, so the file is never overwritten
// with less than it held).
import { childPath, type DiagnosticSink } from './diagnostics';
import { describe, FieldReader, isObject, ISO_DATE, ISO_DATE_TIME, type JsonObject } from './fields';
import { ANNOTATION_ID_PATTERN, CLAIM_ID_PATTERN, SOURCE_FIELD_PATTERN } from './ids';
import { MAX_CONTEXT_LENGTH, MAX_EXACT_LENGTH } from './limits';
import type { Annotation, AnnotationOrigin, SidecarConflict, SourceMeta, TextAnchor } from './model';
import { readConflictParts } from './readConflict';
import { readAuthorName, readAuthorship, readOptionalDecision } from './readTrail';

export const ANNOTATION_KINDS = ['evidence', 'speaker', 'quote', 'entity', 'suppress', 'note', 'check'] as const;
export const STANCES = ['supports', 'disputes', 'mentions'] as const;
export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;
export const SUPPRESS_LAYERS = ['quote', 'entity'] as const;
export const CHECK_LAYERS = ['quote'] as const;

export function readTarget(raw: unknown, path: string, sink: DiagnosticSink): TextAnchor | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object with exact, prefix, suffix, start and end, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  let exact = r.string('exact', { nonEmpty: true });
  let prefix = r.string('prefix');
  let suffix = r.string('suffix');
  const start = r.offset('start');
  const end = r.offset('end');
  const extras = r.extras();
  // Caps (limits.ts): re-anchoring work grows with these lengths, and the file may be hostile.
  if (exact !== undefined && exact.length > MAX_EXACT_LENGTH) {
    sink.error(childPath(path, 'exact'), `is ${exact.length} characters long; a passage may have at most ${MAX_EXACT_LENGTH}`);
    exact = undefined;
  }
  if (prefix !== undefined && prefix.length > MAX_CONTEXT_LENGTH) {
    sink.warning(childPath(path, 'prefix'), `is ${prefix.length} characters long: shortened, only the ${MAX_CONTEXT_LENGTH} nearest the passage are kept`);
    prefix = prefix.slice(-MAX_CONTEXT_LENGTH);
  }
  if (suffix !== undefined && suffix.length > MAX_CONTEXT_LENGTH) {
    sink.warning(childPath(path, 'suffix'), `is ${suffix.length} characters long: shortened, only the ${MAX_CONTEXT_LENGTH} nearest the passage are kept`);
    suffix = suffix.slice(0, MAX_CONTEXT_LENGTH);
  }
  if (exact === undefined || prefix === undefined || suffix === undefined || start === undefined || end === undefined) return undefined;
  if (end < start) {
    sink.error(childPath(path, 'end'), `must not be before start (${start}), found ${end}`);
    return undefined;
  }
  if (end - start !== exact.length) {
    sink.warning(path, `start..end spans ${end - start} characters but exact has ${exact.length}; the passage will be found again by its text`);
  }
  return { ...extras, exact, prefix, suffix, start, end };
}

export function readAnnotation(raw: unknown, path: string, sink: DiagnosticSink): Annotation | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const id = r.string('id', { pattern: ANNOTATION_ID_PATTERN, patternName: '"a_" followed by 12 characters 0-9a-z' });
  const kind = r.oneOf('kind', ANNOTATION_KINDS);
  const target = r.has('target') ? readTarget(r.raw('target'), childPath(path, 'target'), sink) : void r.raw('target');
  const created = r.string('created', { pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' });
  const modified = r.string('modified', { pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' });
  const note = r.string('note', { required: kind === 'note' });
  const tags = r.stringArray('tags', false);
  const author = r.string('author', { required: false });
  const origin = r.has('origin') ? readOrigin(r.raw('origin'), childPath(path, 'origin'), sink) : void r.raw('origin', false);
  const authorship = readAuthorship(r);
  // A `check` annotation is nothing but its mark; on other kinds the mark is optional.
  const checked = readOptionalDecision(r, 'checked', kind === 'check');
  let specific: JsonObject | undefined;
  switch (kind) {
    case 'evidence': {
      const claimId = r.string('claimId', { pattern: CLAIM_ID_PATTERN, patternName: 'a claim id ("c_" followed by 12 characters 0-9a-z)' });
      const stance = r.oneOf('stance', STANCES);
      if (claimId !== undefined && stance !== undefined) specific = { claimId, stance };
      break;
    }
    case 'speaker':
    case 'quote': {
      const speaker = r.nullableString('speaker');
      if (speaker !== undefined) specific = { speaker };
      break;
    }
    case 'entity': {
      const name = r.string('name', { nonEmpty: true });
      const entityType = r.oneOf('entityType', ENTITY_TYPES);
      if (name !== undefined && entityType !== undefined) specific = { name, entityType };
      break;
    }
    case 'suppress': {
      const layer = r.oneOf('layer', SUPPRESS_LAYERS);
      if (layer !== undefined) specific = { layer };
      break;
    }
    case 'check': {
      const layer = r.oneOf('layer', CHECK_LAYERS);
      if (layer !== undefined && checked !== undefined) specific = { layer };
      break;
    }
    case 'note':
      specific = {};
      break;
    default:
      break;
  }
  const extras = r.extras();
  if (id === undefined || kind === undefined || target === undefined || created === undefined || modified === undefined || specific === undefined) {
    return undefined;
  }
  const base: JsonObject = { ...extras, id, kind, target, created, modified, ...specific, ...authorship };
  if (checked !== undefined) base.checked = checked;
  if (note !== undefined) base.note = note;
  if (tags !== undefined) base.tags = tags;
  if (author !== undefined) base.author = author;
  if (origin !== undefined) base.origin = origin;
  return base as unknown as Annotation;
}

/** Where an imported annotation came from: `{ format, id }`, both non-empty strings. */
function readOrigin(raw: unknown, path: string, sink: DiagnosticSink): AnnotationOrigin | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object with format and id, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const format = r.string('format', { nonEmpty: true });
  const id = r.string('id', { nonEmpty: true });
  const extras = r.extras();
  return format === undefined || id === undefined ? undefined : { ...extras, format, id };
}

export function readSource(raw: unknown, path: string, sink: DiagnosticSink): SourceMeta {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    sink.error(path, `must be an object, found ${describe(raw)}`);
    return {};
  }
  const r = new FieldReader(raw, path, sink);
  const out: SourceMeta = {};
  for (const key of ['title', 'outlet', 'byline', 'url', 'language'] as const) {
    const value = r.string(key, { required: false });
    if (value !== undefined) out[key] = value;
  }
  const date = r.string('date', { required: false, pattern: ISO_DATE, patternName: 'a date yyyy-mm-dd' });
  if (date !== undefined) out.date = date;
  const modified = r.string('modified', { required: false, pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' });
  if (modified !== undefined) out.modified = modified;
  const modifiedBy = readAuthorName(r, 'modifiedBy');
  if (modifiedBy !== undefined) out.modifiedBy = modifiedBy;
  return { ...r.extras(), ...out };
}

const SOURCE_FIELDS = ['title', 'outlet', 'byline', 'date', 'url', 'language'];

export function readSidecarConflict(raw: unknown, path: string, sink: DiagnosticSink): SidecarConflict | undefined {
  const parts = readConflictParts(raw, path, sink, ['annotation', 'source'] as const, (kind, value, at) => {
    if (kind === 'annotation') return readAnnotation(value, at, sink);
    if (typeof value === 'string') return value;
    sink.error(at, `must be a string or null, found ${describe(value)}`);
    return undefined;
  }, (kind) => kind === 'annotation'
    ? { pattern: ANNOTATION_ID_PATTERN, patternName: 'an annotation id ("a_" followed by 12 characters 0-9a-z)' }
    : { pattern: SOURCE_FIELD_PATTERN, patternName: 'a source field name (letters, digits, _ or $; at most 64)' });
  if (!parts) return undefined;
  if (parts.kind === 'source' && !SOURCE_FIELDS.includes(parts.id)) sink.warning(childPath(path, 'id'), `is not a source field (${SOURCE_FIELDS.join(', ')})`);
  return { ...parts.extras, kind: parts.kind, id: parts.id, ...parts.sides } as SidecarConflict;
}
