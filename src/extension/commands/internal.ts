// Commands used by links in hovers and by tree items; not in the palette (ids start with `_`).
import * as vscode from 'vscode';
import type { CommandContext } from './targets';
import { showWarning } from '../text/messageText';

/** How a reveal opens the article: `beside` (from the Claims Matrix) keeps the caller in view and focused. */
interface RevealOptions {
  beside?: boolean;
}
const besideOf = (options: unknown) => typeof options === 'object' && options !== null && (options as RevealOptions).beside === true;

/** Opens an article and selects text[start, end). */
export async function revealSpan(_ctx: CommandContext, uri?: unknown, start?: unknown, end?: unknown, options?: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return false;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const beside = besideOf(options);
  const editor = await vscode.window.showTextDocument(document, {
    selection: range,
    // From the matrix: the passage opens next to it, which stays in view (and keeps the keyboard).
    ...(beside ? { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true } : { preserveFocus: false }),
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Reveals evidence where its passage is now (it may have moved since the sidecar was written). */
export async function revealEvidence(ctx: CommandContext, uri?: unknown, annotationId?: unknown, options?: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof annotationId !== 'string') return false;
  const article = vscode.Uri.parse(uri);
  const state = await ctx.analysis.ensure(article);
  const placed = state?.analysis.evidence.find((e) => e.annotation.id === annotationId);
  if (!placed) {
    void showWarning(vscode.l10n.t('The passage of this evidence is no longer in the article: it was edited away. The evidence is kept in the sidecar.'));
    await vscode.window.showTextDocument(article, besideOf(options) ? { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true } : {});
    return false;
  }
  return revealSpan(ctx, uri, placed.span.start, placed.span.end, options);
}
