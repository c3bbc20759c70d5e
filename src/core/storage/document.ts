// What every stored file shares: JSON parsing, the version rule and arrays of items keyed by id.
// Version rule: a newer version than this build knows is read as far as possible and marked
// read-only (never written, so a newer Crosscheck's data survives); an older one is migrated step by
// step in memory and written in the current version on the next save.
import { childPath, DiagnosticSink, type StorageDiagnostic } from './diagnostics';
import { describe, isObject, type JsonObject } from './fields';
import { parseJsonText } from './jsonText';
import { jsonNestingDepth, MAX_NESTING_DEPTH, MAX_STORED_FILE_CHARS } from './limits';

export interface Loaded<T> {
  value: T;
  diagnostics: StorageDiagnostic[];
  /** False when saving would lose data (a newer version, or parts that could not be read). */
  writable: boolean;
  /** Why the document must not be written (absent when writable). */
  readOnlyReason?: string;
  /** The file's version when it was older than this build's: it is upgraded on the next write. */
  migratedFrom?: number;
}

/** Upgrades a document from version n to n + 1. */
export type Migration = (doc: JsonObject) => JsonObject;

export interface DocumentSpec<T> {
  /** For messages: "sidecar", "claims registry". */
  label: string;
  currentVersion: number;
  /** Keyed by the version they upgrade from. */
  migrations: Readonly<Record<number, Migration>>;
  empty(): T;
  /** Reads the (migrated) top-level object. */
  read(doc: JsonObject, sink: DiagnosticSink): T;
}

export function loadDocument<T>(text: string, spec: DocumentSpec<T>): Loaded<T> {
  const sink = new DiagnosticSink();
  if (text.trim() === '') return { value: spec.empty(), diagnostics: [], writable: true };
  // Caps before parsing: an oversized or absurdly nested file is reported, never read (see limits.ts).
  if (text.length > MAX_STORED_FILE_CHARS) {
    sink.error('$', `the ${spec.label} is too large (${text.length} characters; at most ${MAX_STORED_FILE_CHARS} are read)`);
    return readOnly(spec.empty(), sink, `the ${spec.label} is too large`);
  }
  if (jsonNestingDepth(text) > MAX_NESTING_DEPTH) {
    sink.error('$', `the ${spec.label} is nested more than ${MAX_NESTING_DEPTH} levels deep; a Crosscheck file needs far fewer`);
    return readOnly(spec.empty(), sink, `the ${spec.label} is nested too deeply`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    sink.error('$', `the ${spec.label} is ${parsed.message}`);
    return readOnly(spec.empty(), sink, `the ${spec.label} is not valid JSON`);
  }
  if (!isObject(parsed.value)) {
    sink.error('$', `the ${spec.label} must be a JSON object, found ${describe(parsed.value)}`);
    return readOnly(spec.empty(), sink, `the ${spec.label} is not a JSON object`);
  }
  let doc = parsed.value;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    sink.error('$.version', `must be a whole number ≥ 1, found ${describe(version)}`);
    const value = spec.read({ ...doc, version: spec.currentVersion }, sink);
    return readOnly(value, sink, `the ${spec.label} has no valid version`);
  }
  if (version > spec.currentVersion) {
    sink.warning('$.version', `is ${version}, newer than this Crosscheck understands (${spec.currentVersion}); the file is shown read-only — update Crosscheck to edit it`);
    const value = spec.read(doc, sink);
    return readOnly(value, sink, `the ${spec.label} was written by a newer Crosscheck (version ${version})`);
  }
  let migratedFrom: number | undefined;
  for (let v = version; v < spec.currentVersion; v++) {
    const step = spec.migrations[v];
    if (!step) {
      sink.error('$.version', `is ${version}, but there is no upgrade from version ${v}`);
      return readOnly(spec.read(doc, sink), sink, `the ${spec.label} has an unsupported old version ${version}`);
    }
    doc = { ...step(doc), version: v + 1 };
    migratedFrom = version;
  }
  if (migratedFrom !== undefined) sink.report('info', '$.version', `upgraded from version ${migratedFrom} to ${spec.currentVersion}; saved in the new version on the next write`);
  const value = spec.read(doc, sink);
  if (sink.hasErrors) return { ...readOnly(value, sink, `parts of the ${spec.label} could not be read`), ...(migratedFrom !== undefined ? { migratedFrom } : {}) };
  return { value, diagnostics: sink.items, writable: true, ...(migratedFrom !== undefined ? { migratedFrom } : {}) };
}

function readOnly<T>(value: T, sink: DiagnosticSink, reason: string): Loaded<T> {
  return { value, diagnostics: sink.items, writable: false, readOnlyReason: reason };
}

/** Reads an array of items, reporting non-arrays, unreadable items and repeated ids. */
export function readItems<T extends { id: string }>(
  raw: unknown,
  path: string,
  sink: DiagnosticSink,
  readItem: (item: unknown, itemPath: string, sink: DiagnosticSink) => T | undefined,
  required = true,
): T[] {
  if (raw === undefined) {
    if (required) sink.error(path, 'is missing');
    return [];
  }
  if (!Array.isArray(raw)) {
    sink.error(path, `must be an array, found ${describe(raw)}`);
    return [];
  }
  const out: T[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((item, i) => {
    const itemPath = childPath(path, i);
    const value = readItem(item, itemPath, sink);
    if (!value) return;
    const earlier = firstIndex.get(value.id);
    if (earlier !== undefined) {
      sink.error(childPath(itemPath, 'id'), `repeats the id of ${childPath(path, earlier)} (${value.id}); ids must be unique`);
      return;
    }
    firstIndex.set(value.id, i);
    out.push(value);
  });
  return out;
}
