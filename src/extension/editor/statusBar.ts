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

const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();

export function registerStatusBar(services: Services): StatusBarHandle {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Crosscheck');
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
    item.accessibilityInformation = undefined;
    if (!state) {
      // A binary or unreadable file: why it is not analysed, instead of nothing at all.
      item.text = `$(circle-slash) ${vscode.l10n.t('not analysed')}`;
      item.tooltip = plainText(vscode.l10n.t('Crosscheck does not analyse this file: {0}.', refusal ?? ''));
      item.show();
      return;
    }
    const a = state.analysis;
    const unreadable = state.sidecar.kind === 'invalid';
    if (state.skipped) {
      // The way out once the "Analyze Anyway" question has gone: this item asks again, by a click.
      item.text = `$(play) ${vscode.l10n.t('Analyze Anyway')}`;
      item.tooltip = plainText(vscode.l10n.t('Crosscheck: not analysed yet, {0}. Click to analyse it anyway (it runs in the background and may take a while).', state.skipped));
      item.command = { title: vscode.l10n.t('Analyze Anyway'), command: 'crosscheck.analyzeAnyway', arguments: [uri] };
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      item.show();
      return;
    }
    const counts = `$(quote) ${a.quotes.length}  $(symbol-misc) ${a.entities.length}  $(law) ${a.evidence.length}`;
    item.text = unreadable ? `$(warning) ${counts}` : counts;
    item.backgroundColor = unreadable ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    // A sidecar that cannot be read: the click opens it, to fix it.
    if (unreadable) item.command = { title: vscode.l10n.t('Open File'), command: 'vscode.open', arguments: [sidecarUriFor(uri)] };
    // The tooltip quotes the sidecar's error, which holds text from the file: neutralised.
    item.tooltip = plainText(
      vscode.l10n.t('Crosscheck: {0} quotes, {1} entities, {2} evidence passages', a.quotes.length, a.entities.length, a.evidence.length) +
        (a.orphans.length ? vscode.l10n.t(', {0} decisions whose passage is gone', a.orphans.length) : '') +
        (a.moved.length ? vscode.l10n.t(', {0} moved — confirm?', a.moved.length) : '') +
        (state.sidecar.kind === 'invalid'
          ? readInPart(state.sidecar)
            ? vscode.l10n.t('. The sidecar cannot be read ({0}); what could be read is shown, read-only and it is never written — click to open it and fix it', state.sidecar.message)
            : vscode.l10n.t('. The sidecar cannot be read ({0}); its decisions are not shown and it is never written — click to open it and fix it', state.sidecar.message)
          : vscode.l10n.t(' — click to show the Crosscheck views')),
    );
    // Screen readers read the counts as words, not as the icons' names.
    item.accessibilityInformation = { label: plainText(vscode.l10n.t('Crosscheck: {0} quotes, {1} entities, {2} evidence passages', a.quotes.length, a.entities.length, a.evidence.length)) };
    item.show();
  };

  // A background pass changes hundreds of articles: only the active one's change shows here.
  const disposables = [item, vscode.window.onDidChangeActiveTextEditor(update), services.analysis.onDidChange((uri) => isActive(uri) && update())];
  update();
  return { text: () => (visible ? item.text : undefined), dispose: () => disposables.forEach((d) => d.dispose()) };
}
