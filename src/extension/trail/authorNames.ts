// Who is deciding: the name stamped on every decision and every "checked" mark. In order: git
// `user.name` for the folder (asked of the platform, which runs git off the host's thread; never in
// Restricted Mode, never in a web build), the `crosscheck.authorName` setting, the OS account,
// "unknown". Asked once per folder and kept; a change of the setting or of trust asks again.
import * as vscode from 'vscode';
import { UNKNOWN_AUTHOR } from '../../core/storage/trail';
import type { Config } from '../config';
import type { StorageBackend } from '../storage/storageBackend';
import { folderOf } from '../storage/sidecarStore';


export class AuthorNames implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<string>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly backend: Pick<StorageBackend, 'authorNames'>,
    private readonly config: Pick<Config, 'authorName' | 'onDidChange'>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const forget = () => this.byFolder.clear();
    this.disposables = [config.onDidChange(forget), vscode.workspace.onDidGrantWorkspaceTrust(forget)];
  }

  /** The name for decisions written to `file` (a sidecar, a registry or an article): its workspace folder's. */
  nameFor(file: vscode.Uri): Promise<string> {
    const folder = vscode.workspace.getWorkspaceFolder(file)?.uri ?? folderOf(file);
    const key = folder.toString();
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = this.resolve(folder);
      this.byFolder.set(key, pending);
    }
    return pending;
  }

  private async resolve(folder: vscode.Uri): Promise<string> {
    const setting = this.config.authorName();
    let found: { git?: string; os?: string } = {};
    if (this.backend.authorNames && folder.scheme === 'file') {
      try {
        found = await this.backend.authorNames(folder.fsPath, { runGit: vscode.workspace.isTrusted });
      } catch (e) {
        this.log.warn(`could not read git user.name in ${folder.fsPath}: ${(e as Error).message}`);
      }
    }
    return found.git ?? setting ?? found.os ?? UNKNOWN_AUTHOR;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
