// The storage backend through vscode.workspace.fs: the web build's, and the desktop's in a virtual
// workspace (a GitHub repository opened remotely), where Node's file system cannot reach the files. The same rules as the
// desktop's (src/node/storedFiles.ts): every load validates; a read-only document is never written;
// a file changed since it was loaded is never overwritten (StaleFileError: the store re-reads and
// re-applies); writes of one file never overlap; each write goes to a temp file renamed over the
// target, so a reader sees the old file or the new one.
import * as vscode from 'vscode';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../core/storage/claims';
import type { Loaded as ParsedDocument } from '../../core/storage/document';
import type { ClaimsRegistry, Sidecar } from '../../core/storage/model';
import { parseSidecar, serializeSidecar } from '../../core/storage/sidecar';
import { fromParsed, StaleFileError, type Loaded, type StorageBackend } from './storageBackend';

interface Baseline {
  /** The file's text when last loaded or written; null when it did not exist. */
  diskText: string | null;
  writable: boolean;
  readOnlyReason?: string;
}

/** The Uri of a path the store names by its fsPath: inside the workspace folder it came from (any scheme). */
export function uriOfPath(file: string, folders: readonly vscode.WorkspaceFolder[] = vscode.workspace.workspaceFolders ?? []): vscode.Uri {
  for (const folder of [...folders].sort((a, b) => b.uri.fsPath.length - a.uri.fsPath.length)) {
    const root = folder.uri.fsPath.replace(/[/\\]$/, '');
    const inside = file === root || file.startsWith(`${root}/`) || file.startsWith(`${root}\\`);
    if (!inside) continue;
    const parts = file.slice(root.length).split(/[/\\]/).filter((part) => part.length > 0);
    return parts.length > 0 ? vscode.Uri.joinPath(folder.uri, ...parts) : folder.uri;
  }
  return vscode.Uri.file(file);
}

async function readTextOrNull(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
    throw error;
  }
}

async function writeReplacing(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
  const temp = vscode.Uri.joinPath(uri, '..', `.${name}.${random}.crosscheck-tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

export function workspaceFsStorageBackend(uriOf: (file: string) => vscode.Uri = (file) => uriOfPath(file)): StorageBackend {
  const baselines = new Map<string, Baseline>();
  /** The last write of each file: the next one waits for it, so writes never overlap. */
  const writing = new Map<string, Promise<unknown>>();

  const load = async <T>(file: string, parse: (text: string) => ParsedDocument<T>): Promise<Loaded<T>> => {
    const diskText = await readTextOrNull(uriOf(file));
    const parsed = parse(diskText ?? '');
    baselines.set(file, { diskText, writable: parsed.writable, readOnlyReason: parsed.readOnlyReason });
    return diskText === null ? { kind: 'missing' } : fromParsed(parsed);
  };

  const save = async <T>(file: string, value: T, parse: (text: string) => ParsedDocument<T>, serialize: (value: T) => string): Promise<void> => {
    const uri = uriOf(file);
    const run = async () => {
      let baseline = baselines.get(file);
      if (!baseline) {
        await load(file, parse);
        baseline = baselines.get(file) as Baseline;
      }
      if (!baseline.writable) throw new Error(baseline.readOnlyReason ?? 'the file could not be fully read');
      const text = serialize(value);
      const current = await readTextOrNull(uri);
      if (current !== baseline.diskText) {
        baselines.delete(file);
        throw new StaleFileError(file);
      }
      if (current !== text) await writeReplacing(uri, text);
      const written = parse(text);
      baselines.set(file, { diskText: text, writable: written.writable, readOnlyReason: written.readOnlyReason });
    };
    const next = (writing.get(file) ?? Promise.resolve()).then(run, run);
    writing.set(file, next);
    try {
      await next;
    } finally {
      if (writing.get(file) === next) writing.delete(file);
    }
  };

  return {
    loadSidecar: (file) => load(file, parseSidecar),
    saveSidecar: (file, value: Sidecar) => save(file, value, parseSidecar, serializeSidecar),
    loadClaims: (file) => load(file, parseClaimsRegistry),
    saveClaims: (file, value: ClaimsRegistry) => save(file, value, parseClaimsRegistry, serializeClaimsRegistry),
  };
}
