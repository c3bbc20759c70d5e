// The question asked once per session for each skipped (too large) article: "Analyze Anyway" analyses it now.
import * as path from 'path';
import * as vscode from 'vscode';
import { ANALYZE_ANYWAY, type AnalysisGate } from './analysisGate';
import type { DocumentAnalysis } from './documentAnalysis';
import { showWarning } from '../text/messageText';

/** Asks about each skipped (too large) article once; "Analyze Anyway" analyses it now. */
export function registerLargeArticlePrompts(gate: AnalysisGate, analysis: DocumentAnalysis): vscode.Disposable {
  return analysis.onDidChange((uri) => {
    const state = analysis.get(uri);
    if (!state?.skipped || !gate.shouldAsk(uri)) return;
    const size = state.analysis.article.text.length.toLocaleString('en');
    void showWarning(`${path.posix.basename(uri.path)} is ${size} characters long, ${state.skipped}. Analysing it may take a while (it runs in the background). You can also start it later from the status bar or the Sources view.`, ANALYZE_ANYWAY)
      .then((choice) => {
        if (choice !== ANALYZE_ANYWAY) return;
        gate.allow(uri);
        return analysis.reanalyze(uri);
      });
  });
}
