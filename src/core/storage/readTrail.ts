// Validation of the verification trail's fields: who decided an item and when. Every field is
// optional (files written before the trail have none); a malformed one is an error like any other.
import { childPath, type DiagnosticSink } from './diagnostics';
import { describe, FieldReader, isObject, ISO_DATE_TIME } from './fields';
import { MAX_ALSO_CHANGED_BY, MAX_AUTHOR_LENGTH } from './limits';
import type { Authorship, Decision, Dismissal } from './model';

const TIME = { pattern: ISO_DATE_TIME, patternName: 'an ISO 8601 date-time with time zone' };

/** A person's name, shortened past the cap (a hostile file must not bloat every hover and export). */
function capped(name: string | undefined, path: string, sink: DiagnosticSink): string | undefined {
  if (name === undefined || name.length <= MAX_AUTHOR_LENGTH) return name;
  sink.warning(path, `is ${name.length} characters long: shortened to ${MAX_AUTHOR_LENGTH}`);
  return name.slice(0, MAX_AUTHOR_LENGTH);
}

export function readAuthorName(r: FieldReader, key: string): string | undefined {
  return capped(r.string(key, { required: false, nonEmpty: true }), childPath(r.path, key), r.sink);
}

/** `{ by, at }`: who decided and when. */
export function readDecision(raw: unknown, path: string, sink: DiagnosticSink): Decision | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object with by and at, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const by = capped(r.string('by', { nonEmpty: true }), childPath(path, 'by'), sink);
  const at = r.string('at', TIME);
  const extras = r.extras();
  return by === undefined || at === undefined ? undefined : { ...extras, by, at };
}

/** createdBy, modifiedBy and alsoChangedBy of an item, whichever are there. */
export function readAuthorship(r: FieldReader): Authorship {
  const out: Authorship = {};
  const createdBy = readAuthorName(r, 'createdBy');
  const modifiedBy = readAuthorName(r, 'modifiedBy');
  if (createdBy !== undefined) out.createdBy = createdBy;
  if (modifiedBy !== undefined) out.modifiedBy = modifiedBy;
  if (!r.has('alsoChangedBy')) {
    r.raw('alsoChangedBy', false);
    return out;
  }
  const raw = r.raw('alsoChangedBy');
  const at = childPath(r.path, 'alsoChangedBy');
  if (!Array.isArray(raw)) {
    r.sink.error(at, `must be an array of { by, at }, found ${describe(raw)}`);
    return out;
  }
  const list = raw.map((item, i) => readDecision(item, childPath(at, i), r.sink)).filter((d): d is Decision => d !== undefined);
  if (list.length > MAX_ALSO_CHANGED_BY) r.sink.warning(at, `holds ${list.length} changes: only the latest ${MAX_ALSO_CHANGED_BY} are kept`);
  if (list.length > 0) out.alsoChangedBy = list.slice(-MAX_ALSO_CHANGED_BY);
  return out;
}

/** An optional `{ by, at }` under `key` (`checked`). */
export function readOptionalDecision(r: FieldReader, key: string, required = false): Decision | undefined {
  if (!r.has(key)) {
    r.raw(key, required);
    return undefined;
  }
  return readDecision(r.raw(key), childPath(r.path, key), r.sink);
}

/** `{ key, by, at }`: who dismissed the claim suggestion `key` and when (and others, after a merge). */
export function readDismissal(raw: unknown, path: string, sink: DiagnosticSink): Dismissal | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object with key, by and at, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const key = r.string('key', { nonEmpty: true });
  const by = capped(r.string('by', { nonEmpty: true }), childPath(path, 'by'), sink);
  const at = r.string('at', TIME);
  const { alsoChangedBy } = readAuthorship(r);
  const extras = r.extras();
  if (key === undefined || by === undefined || at === undefined) return undefined;
  return { ...extras, key, by, at, ...(alsoChangedBy ? { alsoChangedBy } : {}) };
}
