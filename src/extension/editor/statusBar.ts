// Status bar item for the active article: counts of quotes, entities and evidence; a click
// focuses the Crosscheck views. Hidden when the active file is not an article.
import * as vscode from 'vscode';
import type { Services } from '../services';

export interface StatusBarHandle extends vscode.Disposable {
  /** The text shown, or undefined when hidden (for the test API). */
  text(): string | undefined;
}

export function registerStatusBar(services: Services): StatusBarHandle {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Crosscheck';
  item.command = 'workbench.view.extension.crosscheck';
  let visible = false;

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && services.analysis.get(editor.document.uri);
    visible = state !== undefined;
    if (!state) {
      item.hide();
      return;
    }
    const a = state.analysis;
    const unreadable = state.sidecar.kind === 'invalid';
    const counts = state.skipped ? '$(checklist) not analysed' : `$(quote) ${a.quotes.length}  $(symbol-misc) ${a.entities.length}  $(law) ${a.evidence.length}`;
    item.text = unreadable ? `$(warning) ${counts}` : counts;
    item.backgroundColor = unreadable ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.tooltip = state.skipped
      ? `Crosscheck: ${state.skipped}`
      : `Crosscheck: ${a.quotes.length} quotes, ${a.entities.length} entities, ${a.evidence.length} evidence passages` +
        (a.orphans.length ? `, ${a.orphans.length} decisions whose passage is gone` : '') +
        (state.sidecar.kind === 'invalid' ? `. The sidecar cannot be read (${state.sidecar.message}); its decisions are not shown and it is never written` : '') +
        ' — click to show the Crosscheck views';
    item.show();
  };

  const disposables = [item, vscode.window.onDidChangeActiveTextEditor(update), services.analysis.onDidChange(update)];
  update();
  return { text: () => (visible ? item.text : undefined), dispose: () => disposables.forEach((d) => d.dispose()) };
}
