// Undo and redo of a stored decision, as a three-way merge by item id. A step is remembered as the
// file before and after it; undoing it applies the change after → before to the file as it is now
// (and redoing applies before → after). Anything changed outside since (a colleague, a pull, another
// command) is kept; when the same item changed since, the step no longer applies and nothing is
// written. The merge is the merge driver's, so undo and git agree on what "the same item" means.
import { canonicalJson } from './jsonText';
import { mergeClaimsRegistries, mergeSidecars, type MergeOutcome } from './merge';
import type { ClaimsRegistry, Sidecar } from './model';

export type Reapplied<T> =
  /** `outsideChanges`: the file had changed since the step; those changes are kept. */
  | { kind: 'applied'; value: T; outsideChanges: boolean }
  /** The items (ids, or `source.<field>`) changed since the step in a way the step would overwrite. */
  | { kind: 'conflict'; items: string[] };

function reapply<T extends Sidecar | ClaimsRegistry>(from: T, to: T, current: T, merge: (b: T, o: T, t: T) => MergeOutcome<T>): Reapplied<T> {
  const outcome = merge(from, to, current);
  if (outcome.conflicts > 0) {
    // The merge lists this merge's own conflicts first, before those carried over from the files.
    const fresh = (outcome.value.conflicts ?? []).slice(0, outcome.conflicts);
    return { kind: 'conflict', items: fresh.map((c) => (c.kind === 'source' ? `source.${c.id}` : c.id)) };
  }
  return { kind: 'applied', value: outcome.value, outsideChanges: !sameContent(current, from) };
}

/** Equal as stored decisions: lists compared as sets (a file read back is sorted; one in memory may not be). */
function sameContent(a: object, b: object): boolean {
  const normal = (value: object) =>
    canonicalJson(
      Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, Array.isArray(v) ? v.map((item) => canonicalJson(item)).sort() : v]),
      ),
    );
  return normal(a) === normal(b);
}

/** Applies the change `from` → `to` of a sidecar to `current`. */
export const reapplySidecar = (from: Sidecar, to: Sidecar, current: Sidecar): Reapplied<Sidecar> =>
  reapply(from, to, current, (b, o, t) => mergeSidecars(b, o, t, { recordAuthors: false }));

/** Applies the change `from` → `to` of a claims registry to `current`. */
export const reapplyRegistry = (from: ClaimsRegistry, to: ClaimsRegistry, current: ClaimsRegistry): Reapplied<ClaimsRegistry> =>
  reapply(from, to, current, (b, o, t) => mergeClaimsRegistries(b, o, t, { recordAuthors: false }));
