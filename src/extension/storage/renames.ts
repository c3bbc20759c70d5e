// Decisions follow their article: renaming or moving an article in the editor moves its sidecar
// with it (a sidecar left behind would orphan every decision; Bookmarks #209).
import * as vscode from 'vscode';
import { exists } from './articleFiles';
import type { Services } from '../services';
import { sidecarUriFor } from './sidecarStore';
import { showWarning } from '../text/messageText';

export function registerRenameFollowing(services: Services): vscode.Disposable {
  return vscode.workspace.onDidRenameFiles(async (event) => {
    for (const { oldUri, newUri } of event.files) {
      const from = sidecarUriFor(oldUri);
      const to = sidecarUriFor(newUri);
      if (!(await exists(from)) || (await exists(to))) continue;
      try {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
        await services.articles.add(newUri);
        services.log.info(`moved ${from.fsPath} → ${to.fsPath} with its article`);
      } catch (e) {
        void showWarning(vscode.l10n.t('Crosscheck could not move the sidecar of {0}: {1}', oldUri.fsPath, (e as Error).message));
      }
    }
  });
}
