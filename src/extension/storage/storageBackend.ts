// The one seam between the extension and the storage layer: the store only sees this interface
// (nodeStorageBackend implements it with src/node, workspaceFsStorageBackend with vscode.workspace.fs).
import type { Loaded as ParsedDocument } from '../../core/storage/document';
import type { ClaimsRegistry, Sidecar } from '../../core/storage/model';

export type Loaded<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T; warnings: string[] }
  /** Unreadable, or readable but not safe to write (newer version, parts not understood); `partial` is what could be read, shown read-only. */
  | { kind: 'invalid'; message: string; partial?: T };

/** What can be shown of a loaded file: its value, or the part of an unwritable file that could be read. */
export const readableValue = <T>(loaded: Loaded<T>): T | undefined => (loaded.kind === 'ok' ? loaded.value : loaded.kind === 'invalid' ? loaded.partial : undefined);

/**
 * True when an unwritable file still gave something to show (annotations, claims): it is read "in
 * part". A file that does not parse comes back with an empty value, which is not reading it.
 */
export function readInPart(loaded: { partial?: unknown }): boolean {
  const p = loaded.partial as { annotations?: unknown[]; claims?: unknown[] } | undefined;
  return (p?.annotations?.length ?? 0) > 0 || (p?.claims?.length ?? 0) > 0;
}

/** The file changed on disk after it was read: the write was refused, read again and retry. */
export class StaleFileError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed on disk while it was being edited`);
  }
}

export interface StorageBackend {
  loadSidecar(file: string): Promise<Loaded<Sidecar>>;
  saveSidecar(file: string, value: Sidecar): Promise<void>;
  loadClaims(file: string): Promise<Loaded<ClaimsRegistry>>;
  saveClaims(file: string, value: ClaimsRegistry): Promise<void>;
  /**
   * The names this platform can find for the person deciding in `folder`: git `user.name` (git is
   * run asynchronously, and only when `runGit`) and the OS account. A web build, which cannot run
   * git, leaves this out.
   */
  authorNames?(folder: string, options: { runGit: boolean }): Promise<{ git?: string; os?: string }>;
}

/** A parsed document as the store sees it: unsafe to write means invalid (never written). */
export function fromParsed<T>(parsed: ParsedDocument<T>): Loaded<T> {
  const messages = parsed.diagnostics.map((d) => d.message);
  if (!parsed.writable) {
    const detail = parsed.diagnostics.find((d) => d.severity === 'error')?.message ?? messages[0];
    return { kind: 'invalid', message: [parsed.readOnlyReason, detail].filter(Boolean).join(' — '), partial: parsed.value };
  }
  return { kind: 'ok', value: parsed.value, warnings: messages };
}
