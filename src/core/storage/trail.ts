// The verification trail: who decided each stored item and when. A person's write (a step the
// editor records for undo) is stamped here, item by item, from the file before and after it: a new
// item gets `createdBy`, a changed one `modifiedBy` and, when the writer did not set it, `modified`.
// Writes no person asked for (re-anchoring, undo and redo replaying a file) are never stamped, so
// undo brings back the authors and times that were there. Merges keep both authors (merge.ts).
import { canonicalJson, ownValue } from './jsonText';
import { MAX_ALSO_CHANGED_BY } from './limits';
import { dismissalsOf } from './claims';
import type { AliasOverride, Annotation, Authorship, Claim, ClaimsRegistry, Decision, Dismissal, Sidecar, SourceMeta } from './model';

/** The name stamped when nothing names the person (no git user.name, setting, --author or OS account). */
export const UNKNOWN_AUTHOR = 'unknown';

/** Fields that say who and when, not what: left out when telling whether an item's content changed. */
export const TRAIL_FIELDS: readonly string[] = ['created', 'createdBy', 'modified', 'modifiedBy', 'alsoChangedBy'];

type Stampable = { id: string; created?: string; modified?: string } & Authorship;

function content(item: object): string {
  return canonicalJson(Object.fromEntries(Object.entries(item).filter(([key]) => !TRAIL_FIELDS.includes(key))));
}

/** `item` as `after` holds it, with the person's name (and time) where this write decided it. */
function stampItem<T extends Stampable>(before: T | undefined, item: T, decision: Decision): T {
  if (!before) {
    // New here; an item brought back with its own authors (undo of a delete goes unstamped anyway) keeps them.
    if (item.createdBy !== undefined) return item;
    return { ...item, created: item.created ?? decision.at, createdBy: decision.by, modified: item.modified ?? decision.at, modifiedBy: decision.by };
  }
  const touched = ownValue(before, 'modified') !== ownValue(item, 'modified');
  if (!touched && content(before) === content(item)) return item;
  // The writer set the author itself (a merge of someone else's work): kept.
  if (ownValue(before, 'modifiedBy') !== ownValue(item, 'modifiedBy')) return item;
  return { ...item, modified: touched && item.modified !== undefined ? item.modified : decision.at, modifiedBy: decision.by };
}

function stampList<T extends Stampable>(before: readonly T[], after: readonly T[], decision: Decision): T[] {
  const old = new Map(before.map((item) => [item.id, item]));
  return after.map((item) => stampItem(old.get(item.id), item, decision));
}

function stampSource(before: SourceMeta, after: SourceMeta, decision: Decision): SourceMeta {
  const withoutTrail = (s: SourceMeta) => content(s);
  if (withoutTrail(before) === withoutTrail(after)) return after;
  if (before.modified !== after.modified || before.modifiedBy !== after.modifiedBy) return after;
  return { ...after, modified: decision.at, modifiedBy: decision.by };
}

/** A person's write to a sidecar, with who decided each changed annotation and the source details. */
export function stampSidecar(before: Sidecar, after: Sidecar, decision: Decision): Sidecar {
  return {
    ...after,
    source: stampSource(before.source, after.source, decision),
    annotations: stampList<Annotation>(before.annotations, after.annotations, decision),
  };
}

/**
 * A person's write to a claims registry, with who decided each changed claim and alias override,
 * and who dismissed each suggestion this write dismissed (a restored one's record goes with it).
 */
export function stampRegistry(before: ClaimsRegistry, after: ClaimsRegistry, decision: Decision): ClaimsRegistry {
  const { dismissals: _unstamped, ...rest } = after;
  const dismissals = stampDismissals(before, after, decision);
  return {
    ...rest,
    claims: stampList<Claim>(before.claims, after.claims, decision),
    aliasOverrides: stampList<AliasOverride>(before.aliasOverrides, after.aliasOverrides, decision),
    ...(dismissals.length > 0 ? { dismissals } : {}),
  };
}

function stampDismissals(before: ClaimsRegistry, after: ClaimsRegistry, decision: Decision): Dismissal[] {
  const kept = dismissalsOf(after);
  const known = new Set([...before.dismissedSuggestions, ...kept.map((d) => d.key)]);
  const fresh = [...new Set(after.dismissedSuggestions)].filter((key) => !known.has(key)).map((key) => ({ key, by: decision.by, at: decision.at }));
  return fresh.length === 0 ? kept : dismissalsOf({ dismissedSuggestions: after.dismissedSuggestions, dismissals: [...kept, ...fresh] });
}

/** The latest of two `{ by, at }` (by time; on a tie, the first). */
export function laterDecision(a: Decision | undefined, b: Decision | undefined): Decision | undefined {
  if (!a || !b) return a ?? b;
  return b.at > a.at ? b : a;
}

/** Both lists of earlier changes and any `extra`, once each, oldest first, the latest MAX_ALSO_CHANGED_BY. */
export function joinChanges(...lists: Array<readonly Decision[] | undefined>): Decision[] {
  const seen = new Map<string, Decision>();
  for (const d of lists.flatMap((l) => l ?? [])) seen.set(canonicalJson([d.by, d.at]), { by: d.by, at: d.at });
  return [...seen.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-MAX_ALSO_CHANGED_BY);
}

/** An item's latest change as `{ by, at }`, when it says who made it. */
export function lastChange(item: { modified?: string; modifiedBy?: string }): Decision | undefined {
  return item.modifiedBy !== undefined && item.modified !== undefined ? { by: item.modifiedBy, at: item.modified } : undefined;
}
