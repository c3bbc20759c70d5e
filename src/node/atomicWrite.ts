// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it over the
// target, fsync the folder. A reader (or a process killed mid-save) sees the old file or the new one,
// never a torn mix. Same folder, because rename is only atomic within one file system.
import { randomBytes } from 'node:crypto';
import * as fsSync from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { refuseSymlink, refuseSymlinkSync } from './noSymlink';

const TEMP_MARK = '.crosscheck-tmp';

/** The temp name for `target`: hidden, unique per attempt, recognisable for cleanup. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_MARK}`);
}

export interface AtomicWriteOptions {
  /**
   * False skips both fsyncs: still atomic (readers see the old file or the new one, never a torn mix),
   * but a power cut may lose the write. For caches, whose entries are validated on read anyway.
   */
  durable?: boolean;
}

export async function atomicWriteFile(target: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const durable = options.durable ?? true;
  // rename() would replace a symlinked target with a regular file, silently: refused instead.
  await refuseSymlink(target);
  const temp = tempPathFor(target);
  const mode = await fs.stat(target).then((s) => s.mode & 0o777, () => 0o644);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(content, 'utf8');
    if (durable) await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (durable) await syncDirectory(path.dirname(target));
}

/**
 * The same replacement for a new file nobody else edits (cache entries), synchronously and without
 * fsync, from one string or a piece at a time: for worker threads, where the promise API's hops through the thread pool cost more than
 * the write itself (about ten times, measured on small entries). Never on the extension host.
 */
export function atomicWriteNewFileSync(target: string, content: string | Iterable<string>): void {
  refuseSymlinkSync(target);
  const temp = tempPathFor(target);
  try {
    if (typeof content === 'string') fsSync.writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
    else writeChunksSync(temp, content);
    fsSync.renameSync(temp, target);
  } catch (error) {
    try {
      fsSync.unlinkSync(temp);
    } catch {
      // The temp file was never made, or is already gone.
    }
    throw error;
  }
}

/** Writes a new file a piece at a time (content too large to hold as one string). */
function writeChunksSync(file: string, chunks: Iterable<string>): void {
  const fd = fsSync.openSync(file, 'wx', 0o644);
  try {
    for (const chunk of chunks) fsSync.writeSync(fd, chunk, null, 'utf8');
  } finally {
    fsSync.closeSync(fd);
  }
}

/** Makes the rename itself durable; not possible on every platform (Windows), where it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on platforms that cannot fsync a directory: the data itself is synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Removes temp files a killed process left beside `target` (older than `minAgeMs`). Returns how many. */
export async function removeStaleTempFiles(target: string, minAgeMs = 60_000, now = Date.now()): Promise<number> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let removed = 0;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_MARK)) continue;
    const full = path.join(dir, name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat && now - stat.mtimeMs >= minAgeMs && (await fs.unlink(full).then(() => true, () => false))) removed++;
  }
  return removed;
}
