// A small file's bytes read synchronously. On the desktop extension host an asynchronous read
// (vscode.workspace.fs, fs.promises) is four thread-pool trips (open, stat, read, close) queued
// behind every other read, digest and compression there: a reload reading a folder of 300 news
// articles 16 at a time waited ~45 ms per file for a few microseconds of I/O each. Read in place,
// the same folder takes milliseconds of the host's time. Only small regular files: anything
// larger, or anything that goes wrong, is left to the asynchronous read (and its error messages).
import * as fs from 'node:fs';

/** The file's bytes when it is a regular file of at most `maxBytes`; undefined otherwise (missing, larger, a folder, unreadable). */
export function readSmallFileSync(file: string, maxBytes: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    const bytes = fs.readFileSync(fd);
    // Grown past the bound since the stat: the asynchronous read takes it.
    return bytes.length > maxBytes ? undefined : bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
