// The shape every merge-conflict record shares, in sidecars and registries alike:
// { kind, id, base, ours, theirs } where each side is an item of that kind or null.
import { childPath, type DiagnosticSink } from './diagnostics';
import { describe, FieldReader, isObject } from './fields';

export const CONFLICT_SIDES = ['base', 'ours', 'theirs'] as const;

export interface ConflictParts<K extends string> {
  kind: K;
  id: string;
  /** base, ours and theirs, each read by the caller's reader (null when absent or unreadable). */
  sides: Record<(typeof CONFLICT_SIDES)[number], unknown>;
  extras: Record<string, unknown>;
}

/**
 * Reads a conflict record, leaving each side to `readSide` (which reports its own errors and
 * returns undefined for a side it cannot read). Undefined when kind or id is unusable.
 */
export function readConflictParts<K extends string>(
  raw: unknown,
  path: string,
  sink: DiagnosticSink,
  kinds: readonly K[],
  readSide: (kind: K, value: unknown, at: string) => unknown,
  idPattern: (kind: K) => { pattern: RegExp; patternName: string },
): ConflictParts<K> | undefined {
  if (!isObject(raw)) {
    sink.error(path, `must be an object, found ${describe(raw)}`);
    return undefined;
  }
  const r = new FieldReader(raw, path, sink);
  const kind = r.oneOf('kind', kinds);
  // The id is shown in messages and views: it must be an id of its kind, never free text (a link).
  const id = kind === undefined ? r.string('id', { nonEmpty: true }) : r.string('id', idPattern(kind));
  const sides = { base: null, ours: null, theirs: null } as Record<(typeof CONFLICT_SIDES)[number], unknown>;
  for (const side of CONFLICT_SIDES) {
    const value = r.raw(side);
    if (value === null || value === undefined || kind === undefined) continue;
    sides[side] = readSide(kind, value, childPath(path, side)) ?? null;
  }
  const extras = r.extras();
  if (kind === undefined || id === undefined) return undefined;
  return { kind, id, sides, extras };
}
