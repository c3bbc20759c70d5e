// The folder's claims registry (`crosscheck.claims.json`): parse + validate and serialize with
// stable key order, claims sorted by creation then id, so concurrent work merges by id.
import { childPath, type DiagnosticSink } from './diagnostics';
import { loadDocument, readItems, type DocumentSpec, type Loaded, type Migration } from './document';
import { describe, FieldReader, type JsonObject } from './fields';
import { prettyJson, withKeyOrder } from './jsonText';
import { CLAIMS_VERSION, type Claim, type ClaimsConflict, type ClaimsRegistry, type Dismissal } from './model';
import { readAliasOverride, readClaim, readClaimsConflict } from './readClaims';
import { readDismissal } from './readTrail';
import { compareStrings } from './sidecar';

/** Upgrades from older registry versions, keyed by the version they start from (none yet). */
export const CLAIMS_MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function emptyClaimsRegistry(): ClaimsRegistry {
  return { version: CLAIMS_VERSION, claims: [], aliasOverrides: [], dismissedSuggestions: [] };
}

export function claimsSpec(currentVersion = CLAIMS_VERSION, migrations = CLAIMS_MIGRATIONS): DocumentSpec<ClaimsRegistry> {
  return {
    label: 'claims registry',
    currentVersion,
    migrations,
    empty: emptyClaimsRegistry,
    read: (doc: JsonObject, sink: DiagnosticSink): ClaimsRegistry => {
      const r = new FieldReader(doc, '$', sink);
      const version = r.raw('version') as number;
      r.raw('$schema', false); // editor hint, kept through extras below without a warning
      const claims = readItems(r.raw('claims', false), '$.claims', sink, readClaim);
      const aliasOverrides = readItems(r.raw('aliasOverrides', false), '$.aliasOverrides', sink, readAliasOverride, false);
      const dismissedSuggestions = r.has('dismissedSuggestions') ? r.stringArray('dismissedSuggestions') ?? [] : [];
      const dismissals = readDismissals(r.raw('dismissals', false), sink);
      const conflicts = readItems(r.raw('conflicts', false), '$.conflicts', sink, readClaimsConflict, false);
      const registry: ClaimsRegistry = { ...r.extras(), version, claims, aliasOverrides, dismissedSuggestions };
      if (dismissals.length > 0) registry.dismissals = dismissals;
      if (conflicts.length > 0) registry.conflicts = conflicts;
      return registry;
    },
  };
}

/** The trail of dismissed suggestions, when the file has one (files from before it do not). */
function readDismissals(raw: unknown, sink: DiagnosticSink): Dismissal[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    sink.error('$.dismissals', `must be an array, found ${describe(raw)}`);
    return [];
  }
  return raw.map((item, i) => readDismissal(item, childPath('$.dismissals', i), sink)).filter((d): d is Dismissal => d !== undefined);
}

/** Parses and validates a claims registry's text; never throws. Empty text is an empty registry. */
export function parseClaimsRegistry(text: string): Loaded<ClaimsRegistry> {
  return loadDocument(text, claimsSpec());
}

const TOP_ORDER = ['$schema', 'version', 'claims', 'aliasOverrides', 'dismissedSuggestions', 'dismissals', 'conflicts'];
const TRAIL_ORDER = ['created', 'createdBy', 'modified', 'modifiedBy', 'alsoChangedBy'];
const CLAIM_ORDER = ['id', 'text', 'status', 'claimant', 'context', 'notes', 'rank', ...TRAIL_ORDER];
const ALIAS_ORDER = ['id', 'kind', 'canonical', 'aliases', 'type', 'name', 'from', ...TRAIL_ORDER];
const DECISION_ORDER = ['by', 'at'];
const DISMISSAL_ORDER = ['key', 'by', 'at', 'alsoChangedBy'];
const CONFLICT_ORDER = ['kind', 'id', 'base', 'ours', 'theirs'];

function claimsKeyOrder(keyPath: string[]): readonly string[] {
  const path = keyPath.join('.');
  if (path === '') return TOP_ORDER;
  if (path === 'claims.[]') return CLAIM_ORDER;
  if (path === 'aliasOverrides.[]') return ALIAS_ORDER;
  if (path === 'conflicts.[]') return CONFLICT_ORDER;
  if (path === 'dismissals.[]') return DISMISSAL_ORDER;
  if (path.endsWith('.alsoChangedBy.[]')) return DECISION_ORDER;
  if (/^conflicts\.\[\]\.(base|ours|theirs)$/.test(path)) return [...new Set([...CLAIM_ORDER, ...ALIAS_ORDER])];
  return [];
}

export function compareClaims(a: Claim, b: Claim): number {
  return compareStrings(a.created, b.created) || compareStrings(a.id, b.id);
}

function compareConflicts(a: ClaimsConflict, b: ClaimsConflict): number {
  return compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

/** The registry as written to disk, always in the current version. */
export function serializeClaimsRegistry(registry: ClaimsRegistry): string {
  const ordered: ClaimsRegistry = {
    ...registry,
    version: CLAIMS_VERSION,
    claims: [...registry.claims].sort(compareClaims),
    aliasOverrides: [...registry.aliasOverrides].sort((a, b) => compareStrings(a.id, b.id)),
    dismissedSuggestions: [...new Set(registry.dismissedSuggestions)].sort(compareStrings),
  };
  const dismissals = dismissalsOf(registry);
  if (dismissals.length > 0) ordered.dismissals = dismissals;
  else delete ordered.dismissals;
  if (registry.conflicts && registry.conflicts.length > 0) ordered.conflicts = [...registry.conflicts].sort(compareConflicts);
  else delete ordered.conflicts;
  return prettyJson(withKeyOrder(ordered, claimsKeyOrder));
}

/**
 * The registry's dismissal trail as stored: one per key still dismissed (a restored suggestion's
 * record goes with it; the first record of a key wins), sorted by key.
 */
export function dismissalsOf(registry: Pick<ClaimsRegistry, 'dismissedSuggestions' | 'dismissals'>): Dismissal[] {
  const dismissed = new Set(registry.dismissedSuggestions);
  const byKey = new Map<string, Dismissal>();
  for (const d of registry.dismissals ?? []) if (dismissed.has(d.key) && !byKey.has(d.key)) byKey.set(d.key, d);
  return [...byKey.values()].sort((a, b) => compareStrings(a.key, b.key));
}
