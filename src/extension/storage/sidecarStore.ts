// Sidecars (one per article) and claims registries (one per folder), kept in memory, re-read when
// they change on disk, and written through the storage backend. Every update re-reads the file
// first so an edit made outside the editor (git pull, a colleague) is never overwritten by a stale
// copy; a file that does not parse is reported and never written, so it stays byte-identical.
import * as path from 'path';
import * as vscode from 'vscode';
import { CLAIMS_FILE, CLAIMS_VERSION, SIDECAR_SUFFIX, SIDECAR_VERSION, type ClaimsRegistry, type Sidecar } from '../../core/storage/model';
import { readInPart, StaleFileError, type Loaded, type StorageBackend } from './storageBackend';
import { showError } from '../text/messageText';
import { AUTOMATIC, type FileEdit, type StoredKind, type WriteStep } from './editStep';
import { stampRegistry, stampSidecar } from '../../core/storage/trail';
import { isUnder } from './folderEvents';

export type { StoredKind } from './editStep';

export interface StoreChange {
  kind: StoredKind;
  /** The sidecar or registry file. */
  file: vscode.Uri;
}

export interface StoreRead extends StoreChange {
  loaded: Loaded<Sidecar | ClaimsRegistry>;
}

/** What an update function returns: the new value, or undefined to leave the file as it is. */
export type Mutation<T> = (current: T) => T | undefined;

export const sidecarUriFor = (article: vscode.Uri) => article.with({ path: article.path + SIDECAR_SUFFIX });
export const claimsUriFor = (folder: vscode.Uri) => vscode.Uri.joinPath(folder, CLAIMS_FILE);
export const folderOf = (file: vscode.Uri) => file.with({ path: path.posix.dirname(file.path) });
export const isSidecarUri = (uri: vscode.Uri) => uri.path.endsWith(SIDECAR_SUFFIX);
export const isClaimsUri = (uri: vscode.Uri) => path.posix.basename(uri.path) === CLAIMS_FILE;
export const articleUriForSidecar = (sidecar: vscode.Uri) => sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });

export const emptySidecar = (): Sidecar => ({ version: SIDECAR_VERSION, source: {}, annotations: [] });
export const emptyRegistry = (): ClaimsRegistry => ({ version: CLAIMS_VERSION, claims: [], aliasOverrides: [], dismissedSuggestions: [] });

export class SidecarStore implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Loaded<Sidecar | ClaimsRegistry>>>();
  /** Per-file chain of updates: read-modify-write never interleaves for one file. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Files whose parse error the user has already been told about (cleared when the file changes). */
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<StoreChange>();
  private readonly readEmitter = new vscode.EventEmitter<StoreRead>();
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.readEmitter];
  readonly onDidChange = this.emitter.event;
  /** Fires each time a file is read from disk (conflict records are surfaced from here). */
  readonly onDidRead = this.readEmitter.event;

  constructor(
    private readonly backend: StorageBackend,
    private readonly log: vscode.LogOutputChannel,
    /** Who decides what a person writes to `file` (the trail); without it, writes are not stamped. */
    private readonly authorOf?: (file: vscode.Uri) => Promise<string>,
    /** Folders created or deleted: the watcher may not report each file in them (folderEvents.ts). */
    onDidChangeFolders?: vscode.Event<vscode.Uri[]>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{*${SIDECAR_SUFFIX},${CLAIMS_FILE}}`);
    const changed = (uri: vscode.Uri) => this.invalidate(uri);
    this.disposables.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
    if (onDidChangeFolders) this.disposables.push(onDidChangeFolders((folders) => this.invalidateUnder(folders)));
  }

  sidecar(article: vscode.Uri): Promise<Loaded<Sidecar>> {
    return this.load(sidecarUriFor(article), 'sidecar') as Promise<Loaded<Sidecar>>;
  }

  registry(folder: vscode.Uri): Promise<Loaded<ClaimsRegistry>> {
    return this.load(claimsUriFor(folder), 'claims') as Promise<Loaded<ClaimsRegistry>>;
  }

  /**
   * Applies `mutate` to the sidecar as it is on disk now; resolves false when nothing was written.
   * The write is recorded into `step` (the user's undoable action), unless it is AUTOMATIC.
   */
  updateSidecar(article: vscode.Uri, mutate: Mutation<Sidecar>, step: WriteStep): Promise<boolean> {
    return this.update(sidecarUriFor(article), 'sidecar', emptySidecar, mutate, step);
  }

  updateRegistry(folder: vscode.Uri, mutate: Mutation<ClaimsRegistry>, step: WriteStep): Promise<boolean> {
    return this.update(claimsUriFor(folder), 'claims', emptyRegistry, mutate, step);
  }

  /** Updates a sidecar or registry by its own file name (undo and redo replay files, not articles). */
  updateFile(kind: StoredKind, file: vscode.Uri, mutate: Mutation<Sidecar | ClaimsRegistry>, step: WriteStep): Promise<boolean> {
    return kind === 'sidecar'
      ? this.update(file, 'sidecar', emptySidecar, mutate as Mutation<Sidecar>, step)
      : this.update(file, 'claims', emptyRegistry, mutate as Mutation<ClaimsRegistry>, step);
  }

  /** The file as it is on disk now (read again, not from memory), after any queued write to it. */
  async readFresh(kind: StoredKind, file: vscode.Uri): Promise<Loaded<Sidecar | ClaimsRegistry>> {
    const key = file.toString();
    await this.queues.get(key);
    this.cache.delete(key);
    return this.load(file, kind);
  }

  /** Forgets everything read so far: the next read goes to disk (after a restart, or on request). */
  reload(): void {
    const files = [...this.cache.keys()];
    this.cache.clear();
    this.reported.clear();
    for (const key of files) {
      const uri = vscode.Uri.parse(key);
      this.emitter.fire({ kind: isClaimsUri(uri) ? 'claims' : 'sidecar', file: uri });
    }
  }

  /** Resolves when every queued write has finished. */
  async whenIdle(): Promise<void> {
    while (this.queues.size > 0) await Promise.allSettled([...this.queues.values()]);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private invalidate(file: vscode.Uri): void {
    const key = file.toString();
    this.cache.delete(key);
    this.reported.delete(key);
    this.emitter.fire({ kind: isClaimsUri(file) ? 'claims' : 'sidecar', file });
  }

  /** Forgets what was read under `folders`: a file there may have appeared or gone unreported. */
  private invalidateUnder(folders: readonly vscode.Uri[]): void {
    for (const key of [...this.cache.keys()]) if (folders.some((folder) => isUnder(key, folder))) this.invalidate(vscode.Uri.parse(key));
  }

  private load(file: vscode.Uri, kind: StoredKind): Promise<Loaded<Sidecar | ClaimsRegistry>> {
    const key = file.toString();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.read(file, kind);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async read(file: vscode.Uri, kind: StoredKind): Promise<Loaded<Sidecar | ClaimsRegistry>> {
    let result: Loaded<Sidecar | ClaimsRegistry>;
    try {
      result = kind === 'sidecar' ? await this.backend.loadSidecar(file.fsPath) : await this.backend.loadClaims(file.fsPath);
    } catch (e) {
      result = { kind: 'invalid', message: (e as Error).message };
    }
    if (result.kind === 'invalid') this.reportInvalid(file, result);
    if (result.kind === 'ok') for (const w of result.warnings) this.log.warn(`${file.fsPath}: ${w}`);
    this.readEmitter.fire({ kind, file, loaded: result });
    return result;
  }

  private reportInvalid(file: vscode.Uri, loaded: { message: string; partial?: unknown }): void {
    const key = file.toString();
    this.log.error(`${file.fsPath}: ${loaded.message}`);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const name = path.basename(file.fsPath);
    // Said once, when the file is read: nothing was saved, so the words are "cannot read", never "cannot save".
    void this.offerToOpen(
      file,
      !readInPart(loaded)
        ? vscode.l10n.t('Crosscheck cannot read {0}: {1}. The file is left untouched and its decisions are not shown; new decisions there are refused until it is fixed.', name, loaded.message)
        : vscode.l10n.t('Crosscheck can read only part of {0}: {1}. What it could read is shown read-only; the file is left untouched, and new decisions there are refused until it is fixed.', name, loaded.message),
    );
  }

  private offerToOpen(file: vscode.Uri, message: string): Thenable<unknown> {
    const open = vscode.l10n.t('Open File');
    return showError(message, open).then((choice) => (choice === open ? vscode.window.showTextDocument(file) : undefined));
  }

  /**
   * Whether a decision can be written to the article's sidecar (or the folder's registry). When it
   * cannot (the file cannot be read, or only in part), says so now, with Open File, so a command
   * refuses before asking anything rather than after the user has answered every question.
   */
  async checkWritable(target: { article: vscode.Uri } | { folder: vscode.Uri }): Promise<boolean> {
    const file = 'article' in target ? sidecarUriFor(target.article) : claimsUriFor(target.folder);
    const loaded = await this.load(file, 'article' in target ? 'sidecar' : 'claims');
    if (loaded.kind !== 'invalid') return true;
    void this.offerToOpen(file, refusal(file, loaded.message));
    return false;
  }

  private update<T extends Sidecar | ClaimsRegistry>(file: vscode.Uri, kind: StoredKind, empty: () => T, mutate: Mutation<T>, step: WriteStep): Promise<boolean> {
    const key = file.toString();
    // A person's write is stamped with who decided it (core storage/trail.ts); an automatic one
    // (re-anchoring, undo and redo replaying a file) keeps the authors and times it finds.
    const author = step !== AUTOMATIC && this.authorOf ? this.authorOf(file) : undefined;
    const run = async (): Promise<boolean> => {
      const by = await author;
      this.cache.delete(key);
      const current = (await this.load(file, kind)) as Loaded<T>;
      if (current.kind === 'invalid') {
        void this.offerToOpen(file, refusal(file, current.message));
        return false;
      }
      const before = current.kind === 'ok' ? current.value : empty();
      const mutated = mutate(before);
      if (mutated === undefined) return false;
      const decision = by === undefined ? undefined : { by, at: new Date().toISOString() };
      const next = (!decision ? mutated : kind === 'sidecar' ? stampSidecar(before as Sidecar, mutated as Sidecar, decision) : stampRegistry(before as ClaimsRegistry, mutated as ClaimsRegistry, decision)) as T;
      if (kind === 'sidecar') await this.backend.saveSidecar(file.fsPath, next as Sidecar);
      else await this.backend.saveClaims(file.fsPath, next as ClaimsRegistry);
      // Recorded only once the write succeeded (a stale write is retried and recorded then).
      if (step !== AUTOMATIC) step.record({ kind, file, before, after: next } as FileEdit);
      this.cache.set(key, Promise.resolve({ kind: 'ok', value: next, warnings: [] }));
      this.emitter.fire({ kind, file });
      return true;
    };
    // A file changed on disk between our read and our write (a pull, another window) is read again
    // and the user's change applied to the new content, once; never a stale overwrite.
    const runWithRetry = () => run().catch((e: unknown) => (e instanceof StaleFileError ? run() : Promise.reject(e)));
    const previous = this.queues.get(key) ?? Promise.resolve();
    const result = previous.then(runWithRetry, runWithRetry);
    const settled = result.catch((e: unknown) => {
      void showError(vscode.l10n.t('Crosscheck could not save {0}: {1}', path.basename(file.fsPath), (e as Error).message));
      return false;
    });
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return settled;
  }
}

/** A decision refused because its file cannot be read: nothing was written. */
function refusal(file: vscode.Uri, message: string): string {
  return vscode.l10n.t('Not saved: Crosscheck cannot read {0} ({1}), so it writes nothing to it. Fix the file (Open File), then try again.', path.basename(file.fsPath), message);
}
