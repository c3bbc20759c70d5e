// The one seam between the extension and the storage layer: validated parse/serialize from the
// core, bytes through the editor's file system. The store only sees this interface.
import * as vscode from 'vscode';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../core/storage/claims';
import type { Loaded as ParsedDocument } from '../core/storage/document';
import type { ClaimsRegistry, Sidecar } from '../core/storage/model';
import { parseSidecar, serializeSidecar } from '../core/storage/sidecar';

export type Loaded<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T; warnings: string[] }
  /** Unreadable, or readable but not safe to write (newer version, parts not understood). */
  | { kind: 'invalid'; message: string };

export interface StorageBackend {
  loadSidecar(file: string): Promise<Loaded<Sidecar>>;
  saveSidecar(file: string, value: Sidecar): Promise<void>;
  loadClaims(file: string): Promise<Loaded<ClaimsRegistry>>;
  saveClaims(file: string, value: ClaimsRegistry): Promise<void>;
}

export function workspaceFsBackend(): StorageBackend {
  const load = async <T>(file: string, parse: (text: string) => ParsedDocument<T>): Promise<Loaded<T>> => {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(file));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { kind: 'missing' };
      return { kind: 'invalid', message: (e as Error).message };
    }
    const parsed = parse(new TextDecoder('utf-8').decode(bytes));
    const messages = parsed.diagnostics.map((d) => d.message);
    if (!parsed.writable) {
      const detail = parsed.diagnostics.find((d) => d.severity === 'error')?.message ?? messages[0];
      return { kind: 'invalid', message: [parsed.readOnlyReason, detail].filter(Boolean).join(' — ') };
    }
    return { kind: 'ok', value: parsed.value, warnings: messages };
  };
  const save = async (file: string, text: string) => {
    await vscode.workspace.fs.writeFile(vscode.Uri.file(file), new TextEncoder().encode(text));
  };
  return {
    loadSidecar: (file) => load(file, parseSidecar),
    saveSidecar: (file, value) => save(file, serializeSidecar(value)),
    loadClaims: (file) => load(file, parseClaimsRegistry),
    saveClaims: (file, value) => save(file, serializeClaimsRegistry(value)),
  };
}
