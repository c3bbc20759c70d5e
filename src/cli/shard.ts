// `analyze --shard I/N`: a stable partition of the article files by a hash of their relative path, so
// which shard takes a file depends neither on the order files are found in nor on the machine.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, like `--shard 1/4`. */
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(value ?? '');
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1_000_000) return '--shard takes I/N with 1 ≤ I ≤ N (e.g. --shard 2/4)';
  return { index, count };
}

/** The 1-based shard that takes the file at `relative` (forward slashes). */
export function shardOf(relative: string, count: number): number {
  const head = createHash('sha256').update(relative, 'utf8').digest().readUInt32BE(0);
  return (head % count) + 1;
}
