// Loading and saving the sidecar and claims files from Node (CLI, extension host). Every load
// validates; every save is atomic, goes through the file's queue, refuses read-only documents and
// refuses to overwrite a file that changed on disk since it was loaded (a pull, a checkout, another
// window) — the caller reloads and re-applies instead of clobbering (vscode-bookmarks#891).
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../core/storage/claims';
import type { Loaded } from '../core/storage/document';
import { CLAIMS_FILE, SIDECAR_SUFFIX, type ClaimsRegistry, type Sidecar } from '../core/storage/model';
import { parseSidecar, serializeSidecar } from '../core/storage/sidecar';
import type { FileWriteQueue } from './writeQueue';

export interface StoredFile<T> extends Loaded<T> {
  path: string;
  /** The file's text when loaded; null when it did not exist. The baseline for stale checks. */
  diskText: string | null;
}

export type SaveOutcome<T> =
  | { status: 'written'; file: StoredFile<T> }
  | { status: 'unchanged'; file: StoredFile<T> }
  | { status: 'read-only'; reason: string }
  | { status: 'stale'; diskText: string | null };

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function claimsPathFor(folder: string): string {
  return path.join(folder, CLAIMS_FILE);
}

async function readTextOrNull(file: string): Promise<string | null> {
  // Most articles have no sidecar yet: one stat in place answers that, where a failed read waits
  // behind the thread pool (a reload of 300 articles queued 300 of them behind its other reads).
  if (!existsSync(file)) return null;
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function load<T>(file: string, parse: (text: string) => Loaded<T>): Promise<StoredFile<T>> {
  const diskText = await readTextOrNull(file);
  return { ...parse(diskText ?? ''), path: file, diskText };
}

async function save<T>(file: StoredFile<T>, value: T, serialize: (value: T) => string, parse: (text: string) => Loaded<T>, queue: FileWriteQueue): Promise<SaveOutcome<T>> {
  if (!file.writable) return { status: 'read-only', reason: file.readOnlyReason ?? 'the file could not be fully read' };
  const text = serialize(value);
  const current = await readTextOrNull(file.path);
  if (current !== file.diskText) return { status: 'stale', diskText: current };
  const next: StoredFile<T> = { ...parse(text), path: file.path, diskText: text };
  if (current === text) return { status: 'unchanged', file: next };
  await queue.write(file.path, text);
  return { status: 'written', file: next };
}

export function loadSidecarFile(file: string): Promise<StoredFile<Sidecar>> {
  return load(file, parseSidecar);
}

export function saveSidecarFile(file: StoredFile<Sidecar>, value: Sidecar, queue: FileWriteQueue): Promise<SaveOutcome<Sidecar>> {
  return save(file, value, serializeSidecar, parseSidecar, queue);
}

export function loadClaimsFile(file: string): Promise<StoredFile<ClaimsRegistry>> {
  return load(file, parseClaimsRegistry);
}

export function saveClaimsFile(file: StoredFile<ClaimsRegistry>, value: ClaimsRegistry, queue: FileWriteQueue): Promise<SaveOutcome<ClaimsRegistry>> {
  return save(file, value, serializeClaimsRegistry, parseClaimsRegistry, queue);
}
