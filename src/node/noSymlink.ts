// Crosscheck never writes through a symbolic link: a repository can commit a link named like a
// sidecar, a report or .gitattributes that points outside the workspace (~/.bashrc, say), and
// following it would let a clone overwrite any file the user can write.
import * as fsSync from 'node:fs';
import { promises as fs } from 'node:fs';

export class SymlinkRefusedError extends Error {
  constructor(readonly file: string) {
    super(`${file} is a symbolic link; Crosscheck never writes through a link (replace it with a regular file, or write to the file it points to)`);
    this.name = 'SymlinkRefusedError';
  }
}

/** Rejects with SymlinkRefusedError when `file` is a symbolic link (dangling ones included); a missing file is fine. */
export async function refuseSymlink(file: string): Promise<void> {
  const stat = await fs.lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (stat?.isSymbolicLink()) throw new SymlinkRefusedError(file);
}

/** refuseSymlink, synchronously (worker threads only). */
export function refuseSymlinkSync(file: string): void {
  let stat: fsSync.Stats | undefined;
  try {
    stat = fsSync.lstatSync(file, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
  }
  if (stat?.isSymbolicLink()) throw new SymlinkRefusedError(file);
}
