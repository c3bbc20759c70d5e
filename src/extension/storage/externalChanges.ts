// Changes that arrive from outside the editor. The store already re-reads a sidecar or registry
// when the watcher sees it change, and a write whose file changed on disk since it was read is
// refused and the user's change applied again to the new content (never a stale overwrite). What
// is left here: a merge (git, the merge driver) can leave conflict records in the file, with both
// versions kept. Those are surfaced the moment the file is read, never dropped silently.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimsConflict, SidecarConflict } from '../../core/storage/model';
import type { SidecarStore } from './sidecarStore';
import { readableValue } from './storageBackend';
import { showWarning } from '../text/messageText';


/** Warns once per file and set of conflicts: which file, which items, and how to resolve them. */
export function registerConflictNotices(store: SidecarStore): vscode.Disposable {
  const told = new Map<string, string>();
  return store.onDidRead(({ kind, file, loaded }) => {
    const conflicts: (SidecarConflict | ClaimsConflict)[] = readableValue(loaded)?.conflicts ?? [];
    const key = file.toString();
    const signature = conflicts.map((c) => `${c.kind}:${c.id}`).join(',');
    if (conflicts.length === 0 || told.get(key) === signature) {
      if (conflicts.length === 0) told.delete(key);
      return;
    }
    told.set(key, signature);
    const action = kind === 'sidecar' ? vscode.l10n.t('Open Sidecar') : vscode.l10n.t('Open Registry');
    const items = conflicts.slice(0, 3).map((c) => `${c.kind} ${c.id}`).join(', ') + (conflicts.length > 3 ? ', …' : '');
    void showWarning(
        conflicts.length === 1
          ? vscode.l10n.t('{0} has 1 unresolved merge conflict ({1}): both versions are kept under "conflicts". Keep the one you want and delete the record.', path.posix.basename(file.path), items)
          : vscode.l10n.t('{0} has {1} unresolved merge conflicts ({2}): both versions are kept under "conflicts". Keep the one you want and delete the record.', path.posix.basename(file.path), conflicts.length, items),
        action,
      )
      .then((choice) => (choice === action ? vscode.window.showTextDocument(file, { preview: false }) : undefined));
  });
}
