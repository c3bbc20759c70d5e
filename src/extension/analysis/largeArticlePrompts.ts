// The question asked once per session for each skipped (too large) article: "Analyze Anyway" analyses it now.
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnalysisGate } from './analysisGate';
import type { DocumentAnalysis } from './documentAnalysis';
import { showWarning } from '../text/messageText';

/** Asks about each skipped (too large) article once; "Analyze Anyway" analyses it now. */
export function registerLargeArticlePrompts(gate: AnalysisGate, analysis: DocumentAnalysis): vscode.Disposable {
  return analysis.onDidChange((uri) => {
    const state = analysis.get(uri);
    if (!state?.skipped || !gate.shouldAsk(uri)) return;
    const size = state.analysis.article.text.length.toLocaleString(vscode.env.language);
    const analyzeAnyway = vscode.l10n.t('Analyze Anyway');
    void showWarning(vscode.l10n.t('{0} is {1} characters long, {2}. Analysing it may take a while (it runs in the background). You can also start it later from the status bar or the Sources view.', path.posix.basename(uri.path), size, state.skipped), analyzeAnyway)
      .then((choice) => {
        if (choice !== analyzeAnyway) return;
        gate.allow(uri);
        return analysis.reanalyze(uri);
      });
  });
}
