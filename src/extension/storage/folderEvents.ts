// Folders created or deleted in the workspace. The file watcher reports the folder itself but not
// always the files inside it: the first file written into a new folder can land before the watcher
// watches that folder (measured in code-server: 2 of 30 new folders lost their first file's event),
// and a folder deleted at once is reported as the folder alone. Whoever keeps what the workspace holds
// (the article listing, the sidecars read) listens here too, and looks again under those folders.
import * as path from 'path';
import * as vscode from 'vscode';

/** Paths no listing looks at: their churn (git, package installs) says nothing about articles. */
const IGNORED_SEGMENTS = new Set(['.git', 'node_modules']);
/** Events arriving within this long are told as one batch (a checkout or a build makes many at once). */
const BATCH_MS = 100;

export class FolderEvents implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri[]>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly pending = new Map<string, vscode.Uri>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Fires with the folders created or deleted lately (for a deletion: a path that may have been a folder). */
  readonly onDidChangeFolders = this.emitter.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.created(uri)),
      watcher.onDidDelete((uri) => mayBeFolder(uri) && this.note(uri)),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private async created(uri: vscode.Uri): Promise<void> {
    if (!mayBeFolder(uri)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) this.note(uri);
    } catch {
      // Gone already: its deletion is reported on its own.
    }
  }

  private note(folder: vscode.Uri): void {
    this.pending.set(folder.toString(), folder);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const folders = [...this.pending.values()];
      this.pending.clear();
      this.emitter.fire(folders);
    }, BATCH_MS);
  }
}

/**
 * Whether the path may be a folder: its name has no extension (a deleted path cannot be asked, and a
 * created file need not be), and it is not under an ignored tree. A folder named like a file
 * ("story.v2") is left to its files' own events.
 */
export function mayBeFolder(uri: vscode.Uri): boolean {
  const segments = uri.path.split('/');
  if (segments.some((segment) => IGNORED_SEGMENTS.has(segment))) return false;
  return !/^.+\.[^.]+$/.test(path.posix.basename(uri.path));
}

/** Whether the file named `key` (a URI's string form) is `folder` or lies under it. */
export function isUnder(key: string, folder: vscode.Uri): boolean {
  const root = folder.toString();
  return key === root || key.startsWith(root.endsWith('/') ? root : root + '/');
}
