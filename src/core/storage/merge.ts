// Three-way merge of sidecars and claims registries by item id, for the git merge driver.
// Items are merged field by field: a field changed on one side only takes that change; the same
// field changed differently on both sides (or an edit on one side and a deletion on the other) is a
// conflict. A conflicting item keeps our version in place (or the surviving edit, if we deleted it)
// and all versions go into `conflicts`, so the file stays valid JSON and nothing is lost.
// `modified` never conflicts: the later time wins, and `modifiedBy` goes with it. When both sides
// changed the same item, the merged item also keeps the other side's author and time in
// `alsoChangedBy` (the verification trail: both people stay visible), and two `checked` marks keep
// the later one.
import { canonicalJson, ownValue, setOwn } from './jsonText';
import { dismissalsOf } from './claims';
import type { AliasOverride, Annotation, Authorship, Claim, ClaimsConflict, ClaimsRegistry, ConflictRecord, Decision, Dismissal, Sidecar, SidecarConflict, SourceMeta } from './model';
import { joinChanges, lastChange, laterDecision } from './trail';

export interface MergeOptions {
  /**
   * Whether an item both sides changed records the other side's author in `alsoChangedBy` (the git
   * merge driver: two people's work). Undo replays one person's own step, so it leaves this off.
   */
  recordAuthors?: boolean;
}

export interface MergeOutcome<T> {
  value: T;
  /** New conflicts found by this merge (existing unresolved ones are carried over, not counted). */
  conflicts: number;
  /** One line per item merged from both sides or in conflict, for the driver's summary. */
  notes: string[];
}

type Item = { id: string; modified?: string } & Authorship;

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** Field-level three-way merge of one item; undefined when some field conflicts. */
function mergeFields<T extends Item>(base: T, ours: T, theirs: T): T | undefined {
  const out: Record<string, unknown> = {};
  // Keys come from the files: only own properties count ("constructor" absent on one side is absent).
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])) {
    const [b, o, t] = [ownValue(base, key), ownValue(ours, key), ownValue(theirs, key)];
    if (key === 'modified') {
      const later = [o, t].filter((v): v is string => typeof v === 'string').sort().pop();
      if (later !== undefined) out[key] = later;
      continue;
    }
    if (key === 'alsoChangedBy') {
      const joined = joinChanges(o as Decision[] | undefined, t as Decision[] | undefined);
      if (joined.length > 0) out[key] = joined;
      continue;
    }
    let value: unknown;
    // Both sides changed the item: its latest author is the one who changed it last.
    if (key === 'modifiedBy') value = latestSide(ours, theirs) === theirs ? t : o;
    else if (same(o, t)) value = o;
    else if (same(o, b)) value = t;
    else if (same(t, b)) value = o;
    else if (key === 'checked' && o !== undefined && t !== undefined) value = laterDecision(o as Decision, t as Decision);
    else return undefined;
    if (value !== undefined) setOwn(out, key, value);
  }
  return out as T;
}

/** The side changed last (by `modified`; ours on a tie or when neither says). */
function latestSide<T extends Item>(ours: T, theirs: T): T {
  return (theirs.modified ?? '') > (ours.modified ?? '') ? theirs : ours;
}

/**
 * `item` (what the merge kept) with the other side's latest change in `alsoChangedBy`, when that
 * side's change says who made it and is neither the base's nor the one kept.
 */
function withOtherAuthor<T extends Item>(item: T, base: T | undefined, ours: T, theirs: T): T {
  const kept = lastChange(item);
  const other = [lastChange(ours), lastChange(theirs)].find(
    (d) => d !== undefined && !same(d, kept) && !same(d, base ? lastChange(base) : undefined),
  );
  if (!other) return item;
  return { ...item, alsoChangedBy: joinChanges(item.alsoChangedBy, [other]) };
}

function mergeItems<K extends string, T extends Item>(
  kind: K,
  label: string,
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  options: MergeOptions,
): { items: T[]; conflicts: Array<ConflictRecord<K, T>>; notes: string[] } {
  const byId = (list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const items: T[] = [];
  const conflicts: Array<ConflictRecord<K, T>> = [];
  const notes: string[] = [];
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  for (const id of ids) {
    const [bi, oi, ti] = [b.get(id), o.get(id), t.get(id)];
    if (same(oi, ti)) {
      if (oi) items.push(oi);
    } else if (same(oi, bi)) {
      if (ti) items.push(ti);
    } else if (same(ti, bi)) {
      if (oi) items.push(oi);
    } else {
      const merged = bi && oi && ti ? mergeFields(bi, oi, ti) : undefined;
      if (merged) {
        items.push(options.recordAuthors ? withOtherAuthor(merged, bi, oi as T, ti as T) : merged);
        notes.push(`${label} ${id}: changes from both sides combined`);
      } else {
        const kept = oi && ti && options.recordAuthors ? withOtherAuthor(oi, bi, oi, ti) : oi ?? ti;
        if (kept) items.push(kept);
        conflicts.push({ kind, id, base: bi ?? null, ours: oi ?? null, theirs: ti ?? null });
        const what = !oi ? 'deleted on our side, changed on theirs' : !ti ? 'changed on our side, deleted on theirs' : bi ? 'changed differently on both sides' : 'added on both sides with different content';
        notes.push(`conflict: ${label} ${id} ${what}; ours kept, both versions recorded under "conflicts"`);
      }
    }
  }
  return { items, conflicts, notes };
}

function mergeSource(base: SourceMeta, ours: SourceMeta, theirs: SourceMeta): { source: SourceMeta; conflicts: SidecarConflict[] } {
  const source: Record<string, unknown> = {};
  const conflicts: SidecarConflict[] = [];
  // Who last decided the details goes with the later decision, never a conflict.
  const later = (theirs.modified ?? '') > (ours.modified ?? '') ? theirs : ours;
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])) {
    const [b, o, t] = [ownValue(base, key), ownValue(ours, key), ownValue(theirs, key)];
    let value: unknown;
    if (key === 'modified' || key === 'modifiedBy') value = ownValue(later, key);
    else if (same(o, t) || same(t, b)) value = o;
    else if (same(o, b)) value = t;
    else {
      value = o ?? t;
      const side = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? null : JSON.stringify(v));
      conflicts.push({ kind: 'source', id: key, base: side(b), ours: side(o), theirs: side(t) });
    }
    if (value !== undefined) setOwn(source, key, value);
  }
  return { source: source as SourceMeta, conflicts };
}

/** Unresolved conflicts from both sides, one per kind+id (ours first). */
function carryConflicts<C extends { kind: string; id: string }>(ours: readonly C[] = [], theirs: readonly C[] = [], fresh: readonly C[]): C[] {
  const seen = new Map<string, C>();
  for (const c of [...fresh, ...ours, ...theirs]) if (!seen.has(`${c.kind} ${c.id}`)) seen.set(`${c.kind} ${c.id}`, c);
  return [...seen.values()];
}

/** Top-level properties this build does not know (kept from whichever side has them; ours wins). */
function otherProperties(known: string[], base: object, ours: object, theirs: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const side of [base, theirs, ours] as Array<Record<string, unknown>>) {
    for (const [key, value] of Object.entries(side)) if (!known.includes(key)) setOwn(out, key, value);
  }
  return out;
}

export function mergeSidecars(base: Sidecar, ours: Sidecar, theirs: Sidecar, options: MergeOptions = { recordAuthors: true }): MergeOutcome<Sidecar> {
  const annotations = mergeItems<'annotation', Annotation>('annotation', 'annotation', base.annotations, ours.annotations, theirs.annotations, options);
  const source = mergeSource(base.source, ours.source, theirs.source);
  const fresh: SidecarConflict[] = [...annotations.conflicts, ...source.conflicts];
  const conflicts = carryConflicts(ours.conflicts, theirs.conflicts, fresh);
  const value: Sidecar = {
    ...otherProperties(['version', 'source', 'annotations', 'conflicts'], base, ours, theirs),
    version: Math.max(ours.version, theirs.version),
    source: source.source,
    annotations: annotations.items,
  };
  if (conflicts.length > 0) value.conflicts = conflicts;
  const notes = [...annotations.notes, ...source.conflicts.map((c) => `conflict: source.${c.id} changed differently on both sides; ours kept`)];
  return { value, conflicts: fresh.length, notes };
}

function mergeStringSets(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const removed = new Set(base.filter((k) => !ours.includes(k) || !theirs.includes(k)));
  return [...new Set([...ours, ...theirs])].filter((k) => !removed.has(k));
}

/**
 * Who dismissed each suggestion still dismissed: the side that has a record; when both dismissed it,
 * the first to do so, with the other named in alsoChangedBy (the merge driver keeps both authors).
 */
function mergeDismissals(keys: readonly string[], ours: ClaimsRegistry, theirs: ClaimsRegistry, options: MergeOptions): Dismissal[] {
  const mine = new Map(dismissalsOf(ours).map((d) => [d.key, d]));
  const other = new Map(dismissalsOf(theirs).map((d) => [d.key, d]));
  const out: Dismissal[] = [];
  for (const key of keys) {
    const o = mine.get(key);
    const t = other.get(key);
    if (!o || !t || (o.by === t.by && o.at === t.at) || !options.recordAuthors) {
      const kept = o ?? t;
      if (kept) out.push(kept);
      continue;
    }
    const [first, second] = t.at < o.at ? [t, o] : [o, t];
    const also = joinChanges(o.alsoChangedBy, t.alsoChangedBy, [{ by: second.by, at: second.at }]).filter((d) => d.by !== first.by || d.at !== first.at);
    out.push({ ...first, alsoChangedBy: also });
  }
  return out;
}

export function mergeClaimsRegistries(base: ClaimsRegistry, ours: ClaimsRegistry, theirs: ClaimsRegistry, options: MergeOptions = { recordAuthors: true }): MergeOutcome<ClaimsRegistry> {
  const claims = mergeItems<'claim', Claim>('claim', 'claim', base.claims, ours.claims, theirs.claims, options);
  const aliases = mergeItems<'aliasOverride', AliasOverride>('aliasOverride', 'alias override', base.aliasOverrides, ours.aliasOverrides, theirs.aliasOverrides, options);
  const fresh: ClaimsConflict[] = [...claims.conflicts, ...aliases.conflicts];
  const conflicts = carryConflicts(ours.conflicts, theirs.conflicts, fresh);
  const value: ClaimsRegistry = {
    ...otherProperties(['version', 'claims', 'aliasOverrides', 'dismissedSuggestions', 'dismissals', 'conflicts'], base, ours, theirs),
    version: Math.max(ours.version, theirs.version),
    claims: claims.items,
    aliasOverrides: aliases.items,
    dismissedSuggestions: mergeStringSets(base.dismissedSuggestions, ours.dismissedSuggestions, theirs.dismissedSuggestions),
  };
  const dismissals = mergeDismissals(value.dismissedSuggestions, ours, theirs, options);
  if (dismissals.length > 0) value.dismissals = dismissals;
  if (conflicts.length > 0) value.conflicts = conflicts;
  return { value, conflicts: fresh.length, notes: [...claims.notes, ...aliases.notes] };
}
