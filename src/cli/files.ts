// Finding and reading article files for the CLI. All file-system access of the CLI lives here.
import * as fs from 'fs';
import * as path from 'path';

import { GENERATED_MARKER_WINDOW, isArticleFileName, isGeneratedFileName, isGeneratedText, isSkippedFolderName } from '../core/articleFileNames';

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the folder it was found under (or the bare file name), with forward slashes. */
  relative: string;
}

/** Expands files and folders into article files, recursively, in a stable order. */
export function collectArticleFiles(inputs: string[]): { files: ArticleFile[]; errors: string[] } {
  const files: ArticleFile[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      errors.push(`${input}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(path.resolve(input), path.resolve(input), files, errors);
    else if (isGeneratedFileName(path.basename(input)) || isGeneratedFile(input)) errors.push(`${input}: written by Crosscheck (an export), not an article; skipped`);
    else files.push({ path: path.resolve(input), relative: path.basename(input) });
  }
  return { files, errors };
}

function walk(root: string, dir: string, out: ArticleFile[], errors: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`${dir}: ${(e as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (isSkippedFolderName(entry.name)) continue;
      walk(root, full, out, errors);
    } else if (entry.isFile()) {
      if (!isArticleFileName(entry.name) || isGeneratedFile(full)) continue;
      out.push({ path: full, relative: path.relative(root, full).split(path.sep).join('/') });
    }
  }
}

/** Whether a file starts with Crosscheck's generated-file marker (reads only its first bytes). */
function isGeneratedFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(GENERATED_MARKER_WINDOW * 2);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return isGeneratedText(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export type ReadResult = { kind: 'text'; text: string } | { kind: 'binary' } | { kind: 'error'; message: string };

/** Reads a file as UTF-8; a NUL byte in it means binary. */
export function readArticle(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  if (bytes.includes(0)) return { kind: 'binary' };
  return { kind: 'text', text: bytes.toString('utf8') };
}
