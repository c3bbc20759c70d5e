// The editor's persistent cache keeps one file per story folder (a pack) instead of one file per
// entry: a reload of a folder of a thousand articles reads one file, not two thousand. A pack is a
// one-line JSON index (each entry's stage, key, byte length and when it was last used) followed by
// the entries' texts, each in the CLI's entry format (src/core/analysisCacheEntry.ts), back to back.
// The host reads only the index; each entry's text still goes to the analysis worker to be checked
// there. A pack that is not ours, not this version's, or whose index does not add up is ignored as
// a whole (and replaced at the next write). No vscode import: unit-tested on its own.
import type { CacheStage } from '../../core/analysisCacheEntry';

/** Marks a file as one of our packs. */
export const PACK_FORMAT = 'crosscheck-analysis-pack/1';

export interface PackEntry {
  stage: CacheStage;
  /** The entry's key (sha256 hex, as the CLI keys its entries). */
  key: string;
  /** The entry's text, UTF-8. */
  bytes: Uint8Array;
  /** When the entry was last read or written (ms since the epoch): the least recently used go first. */
  usedAt: number;
}

/** What a pack keeps when it is written: entries unused for longer, or beyond the size, are dropped. */
export interface PackLimits {
  maxAgeMs: number;
  maxBytes: number;
}

export const DEFAULT_PACK_LIMITS: PackLimits = { maxAgeMs: 30 * 24 * 3600 * 1000, maxBytes: 48 * 1024 * 1024 };

/** An entry's place in a pack's map. */
export const packEntryId = (stage: CacheStage, key: string): string => `${stage}:${key}`;

const KEY = /^[0-9a-f]{64}$/;
const PACK_STAGES: ReadonlySet<unknown> = new Set<CacheStage>(['raw', 'corpus', 'names', 'article']);
const isPackStage = (v: unknown): v is CacheStage => PACK_STAGES.has(v);
const NEWLINE = 0x0a;

/** The pack's entries by packEntryId; empty when the bytes are not a pack of this version (foreign, damaged, truncated). */
export function decodePack(bytes: Uint8Array, version: string): Map<string, PackEntry> {
  const entries = new Map<string, PackEntry>();
  const end = bytes.indexOf(NEWLINE);
  if (end < 0) return entries;
  let index: unknown;
  try {
    index = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end)));
  } catch {
    return entries;
  }
  if (typeof index !== 'object' || index === null) return entries;
  const { format, version: packVersion, entries: rows } = index as Record<string, unknown>;
  if (format !== PACK_FORMAT || packVersion !== version || !Array.isArray(rows)) return entries;
  let offset = end + 1;
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== 4) return new Map();
    const [stage, key, length, usedAt] = row as unknown[];
    if (!isPackStage(stage) || typeof key !== 'string' || !KEY.test(key)) return new Map();
    if (!Number.isSafeInteger(length) || (length as number) < 0 || !Number.isFinite(usedAt)) return new Map();
    const next = offset + (length as number);
    if (next > bytes.length) return new Map();
    entries.set(packEntryId(stage, key), { stage, key, bytes: bytes.subarray(offset, next), usedAt: usedAt as number });
    offset = next;
  }
  // Bytes left over: not the file this index describes.
  return offset === bytes.length ? entries : new Map();
}

/** The pack's bytes for these entries (in this order). */
export function encodePack(entries: readonly PackEntry[], version: string): Uint8Array {
  const copying = encodingPack(entries, version);
  for (let step = copying.next(); !step.done; step = copying.next());
  return copying.out;
}

/**
 * The same, copied a step at a time (each step copies about `stepBytes`), so the host can let other
 * work run between steps while a pack of a 1 MB article's entries (tens of MB) is put together.
 */
export function encodingPack(entries: readonly PackEntry[], version: string, stepBytes = 4 * 1024 * 1024): Generator<void, void, void> & { out: Uint8Array } {
  const index = new TextEncoder().encode(`${JSON.stringify({ format: PACK_FORMAT, version, entries: entries.map((e) => [e.stage, e.key, e.bytes.length, e.usedAt]) })}\n`);
  const out = new Uint8Array(index.length + entries.reduce((sum, e) => sum + e.bytes.length, 0));
  function* copy(): Generator<void, void, void> {
    out.set(index, 0);
    let offset = index.length;
    let sinceStep = 0;
    for (const e of entries) {
      for (let from = 0; from < e.bytes.length; from += stepBytes) {
        const part = e.bytes.subarray(from, from + stepBytes);
        out.set(part, offset);
        offset += part.length;
        sinceStep += part.length;
        if (sinceStep >= stepBytes) {
          sinceStep = 0;
          yield;
        }
      }
    }
  }
  return Object.assign(copy(), { out });
}

/** The entries a pack keeps: those used within maxAgeMs, the most recently used first, up to maxBytes. */
export function retainedEntries(entries: Iterable<PackEntry>, now: number, limits: PackLimits = DEFAULT_PACK_LIMITS): PackEntry[] {
  const recent = [...entries].filter((e) => now - e.usedAt <= limits.maxAgeMs).sort((a, b) => b.usedAt - a.usedAt);
  const kept: PackEntry[] = [];
  let bytes = 0;
  for (const e of recent) {
    if (bytes + e.bytes.length > limits.maxBytes) continue;
    bytes += e.bytes.length;
    kept.push(e);
  }
  return kept;
}
