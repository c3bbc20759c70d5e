// The `crosscheck.activeIsArticle` context key, which shows the editor menu items and enables the
// keybindings only where they apply.
import * as vscode from 'vscode';
import type { Services } from './services';

export const ACTIVE_IS_ARTICLE = 'crosscheck.activeIsArticle';

export function registerContextKeys(services: Services): vscode.Disposable {
  // Each update waits for the answer about its own editor; a late answer for an editor that is no
  // longer active is dropped.
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const isArticle = editor ? await services.articles.isArticle(editor.document.uri) : false;
    if (editor !== vscode.window.activeTextEditor) return;
    await vscode.commands.executeCommand('setContext', ACTIVE_IS_ARTICLE, isArticle);
  };
  const run = () => void update();
  const disposables = [
    vscode.window.onDidChangeActiveTextEditor(run),
    services.articles.onDidChange(run),
    services.analysis.onDidChange((uri) => {
      // A background pass changes hundreds of articles: only the active one's change can change the key.
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) run();
    }),
  ];
  run();
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}
