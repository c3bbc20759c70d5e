// The sidecar beside each article (`report.txt.crosscheck.json`): parse + validate, and serialize
// with stable key order and sorted annotations so git diffs stay one item wide.
import type { DiagnosticSink } from './diagnostics';
import { loadDocument, readItems, type DocumentSpec, type Loaded, type Migration } from './document';
import { FieldReader, type JsonObject } from './fields';
import { prettyJson, withKeyOrder } from './jsonText';
import { SIDECAR_VERSION, type Annotation, type Sidecar, type SidecarConflict } from './model';
import { readAnnotation, readSidecarConflict, readSource } from './readSidecar';

/** Upgrades from older sidecar versions, keyed by the version they start from (none yet: v1 is the first). */
export const SIDECAR_MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, source: {}, annotations: [] };
}

export function sidecarSpec(currentVersion = SIDECAR_VERSION, migrations = SIDECAR_MIGRATIONS): DocumentSpec<Sidecar> {
  return {
    label: 'sidecar',
    currentVersion,
    migrations,
    empty: emptySidecar,
    read: (doc: JsonObject, sink: DiagnosticSink): Sidecar => {
      const r = new FieldReader(doc, '$', sink);
      const version = r.raw('version') as number;
      r.raw('$schema', false); // editor hint, kept through extras below without a warning
      const source = readSource(r.raw('source', false), '$.source', sink);
      const annotations = readItems(r.raw('annotations', false), '$.annotations', sink, readAnnotation);
      const conflicts = readItems(r.raw('conflicts', false), '$.conflicts', sink, readSidecarConflict, false);
      const sidecar: Sidecar = { ...r.extras(), version, source, annotations };
      if (conflicts.length > 0) sidecar.conflicts = conflicts;
      return sidecar;
    },
  };
}

/** Parses and validates a sidecar's text; never throws. Empty text is an empty sidecar. */
export function parseSidecar(text: string): Loaded<Sidecar> {
  return loadDocument(text, sidecarSpec());
}

const TOP_ORDER = ['$schema', 'version', 'source', 'annotations', 'conflicts'];
const SOURCE_ORDER = ['title', 'outlet', 'byline', 'date', 'url', 'language', 'modified', 'modifiedBy'];
const ANNOTATION_ORDER = ['id', 'kind', 'claimId', 'stance', 'speaker', 'name', 'entityType', 'layer', 'note', 'tags', 'author', 'origin', 'checked', 'created', 'createdBy', 'modified', 'modifiedBy', 'alsoChangedBy', 'target'];
const DECISION_ORDER = ['by', 'at'];
const TARGET_ORDER = ['exact', 'prefix', 'suffix', 'start', 'end'];
const ORIGIN_ORDER = ['format', 'id'];
const CONFLICT_ORDER = ['kind', 'id', 'base', 'ours', 'theirs'];

function sidecarKeyOrder(keyPath: string[]): readonly string[] {
  const path = keyPath.join('.');
  if (path === '') return TOP_ORDER;
  if (path === 'source') return SOURCE_ORDER;
  if (path === 'annotations.[]' || /^conflicts\.\[\]\.(base|ours|theirs)$/.test(path)) return ANNOTATION_ORDER;
  if (path.endsWith('.target')) return TARGET_ORDER;
  if (path.endsWith('.origin')) return ORIGIN_ORDER;
  if (path.endsWith('.checked') || path.endsWith('.alsoChangedBy.[]')) return DECISION_ORDER;
  if (path === 'conflicts.[]') return CONFLICT_ORDER;
  return [];
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || compareStrings(a.id, b.id);
}

function compareConflicts(a: SidecarConflict, b: SidecarConflict): number {
  return compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sidecar as written to disk, always in the current version. */
export function serializeSidecar(sidecar: Sidecar): string {
  const ordered: Sidecar = {
    ...sidecar,
    version: SIDECAR_VERSION,
    annotations: [...sidecar.annotations].sort(compareAnnotations),
  };
  if (sidecar.conflicts && sidecar.conflicts.length > 0) ordered.conflicts = [...sidecar.conflicts].sort(compareConflicts);
  else delete ordered.conflicts;
  return prettyJson(withKeyOrder(ordered, sidecarKeyOrder));
}
