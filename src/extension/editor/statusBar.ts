// Status bar item for the active article: counts of quotes, entities and evidence; a click
// focuses the Crosscheck views. Hidden when the active file is not an article.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { plainText } from '../text/messageText';
import { sidecarUriFor } from '../storage/sidecarStore';
import { readInPart } from '../storage/storageBackend';

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
    const uri = editor?.document.uri;
    const state = uri && services.analysis.get(uri);
    const refusal = uri && services.analysis.refusal(uri);
    visible = state !== undefined || refusal !== undefined;
    if (!uri || (!state && !refusal)) {
      item.hide();
      return;
    }
    item.command = 'workbench.view.extension.crosscheck';
    item.backgroundColor = undefined;
    if (!state) {
      // A binary or unreadable file: why it is not analysed, instead of nothing at all.
      item.text = '$(circle-slash) not analysed';
      item.tooltip = plainText(`Crosscheck does not analyse this file: ${refusal}.`);
      item.show();
      return;
    }
    const a = state.analysis;
    const unreadable = state.sidecar.kind === 'invalid';
    if (state.skipped) {
      // The way out once the "Analyze Anyway" question has gone: this item asks again, by a click.
      item.text = '$(play) Analyze Anyway';
      item.tooltip = plainText(`Crosscheck: not analysed yet, ${state.skipped}. Click to analyse it anyway (it runs in the background and may take a while).`);
      item.command = { title: 'Analyze Anyway', command: 'crosscheck.analyzeAnyway', arguments: [uri] };
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      item.show();
      return;
    }
    const counts = `$(quote) ${a.quotes.length}  $(symbol-misc) ${a.entities.length}  $(law) ${a.evidence.length}`;
    item.text = unreadable ? `$(warning) ${counts}` : counts;
    item.backgroundColor = unreadable ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    // A sidecar that cannot be read: the click opens it, to fix it.
    if (unreadable) item.command = { title: 'Open File', command: 'vscode.open', arguments: [sidecarUriFor(uri)] };
    // The tooltip quotes the sidecar's error, which holds text from the file: neutralised.
    item.tooltip = plainText(
      `Crosscheck: ${a.quotes.length} quotes, ${a.entities.length} entities, ${a.evidence.length} evidence passages` +
        (a.orphans.length ? `, ${a.orphans.length} decisions whose passage is gone` : '') +
        (state.sidecar.kind === 'invalid'
          ? `. The sidecar cannot be read (${state.sidecar.message}); ${readInPart(state.sidecar) ? 'what could be read is shown, read-only' : 'its decisions are not shown'} and it is never written — click to open it and fix it`
          : ' — click to show the Crosscheck views'),
    );
    item.show();
  };

  const disposables = [item, vscode.window.onDidChangeActiveTextEditor(update), services.analysis.onDidChange(update)];
  update();
  return { text: () => (visible ? item.text : undefined), dispose: () => disposables.forEach((d) => d.dispose()) };
}
