// Folders created or deleted in the workspace. The file watcher reports the folder itself but not
// always the files inside it: the first file written into a new folder can land before the watcher
// watches that folder (measured in code-server: 2 of 30 new folders lost their first file's event),
// and a folder deleted at once is reported as the folder alone. Whoever keeps what the workspace holds
// (the article listing, the sidecars read) listens here too, and looks again under that folder.
import * as path from 'path';
import * as vscode from 'vscode';
import { CLAIMS_FILE, SIDECAR_SUFFIX } from '../../core/storage/model';
import { isArticleFileName } from '../../core/articleFileNames';

/** Paths no listing looks at: their churn (git, package installs) says nothing about articles. */
const IGNORED_SEGMENTS = new Set(['.git', 'node_modules']);

export class FolderEvents implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires with a folder created or deleted (for a deletion: a path that may have been a folder). */
  readonly onDidChangeFolder = this.emitter.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.created(uri)),
      watcher.onDidDelete((uri) => this.deleted(uri)),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async created(uri: vscode.Uri): Promise<void> {
    if (!mayBeFolder(uri)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) this.emitter.fire(uri);
    } catch {
      // Gone already: its deletion is reported on its own.
    }
  }

  /** A deleted path cannot be asked what it was: any that is not a file the other watchers report counts. */
  private deleted(uri: vscode.Uri): void {
    if (mayBeFolder(uri)) this.emitter.fire(uri);
  }
}

/** False for the files the article and sidecar watchers report themselves, and for ignored trees. */
export function mayBeFolder(uri: vscode.Uri): boolean {
  if (uri.path.split('/').some((segment) => IGNORED_SEGMENTS.has(segment))) return false;
  const name = path.posix.basename(uri.path);
  return !(isArticleFileName(name) || name.endsWith(SIDECAR_SUFFIX) || name === CLAIMS_FILE);
}

/** Whether `file` is `folder` or lies under it. */
export function isUnder(file: vscode.Uri, folder: vscode.Uri): boolean {
  if (file.scheme !== folder.scheme || file.authority !== folder.authority) return false;
  const root = folder.path.endsWith('/') ? folder.path : folder.path + '/';
  return file.path === folder.path || file.path.startsWith(root);
}
