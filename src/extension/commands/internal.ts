// Commands used by links in hovers and by tree items; not in the palette (ids start with `_`).
import * as vscode from 'vscode';
import type { CommandContext } from './targets';

/** Opens an article and selects text[start, end). */
export async function revealSpan(_ctx: CommandContext, uri?: unknown, start?: unknown, end?: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return false;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Reveals evidence where its passage is now (it may have moved since the sidecar was written). */
export async function revealEvidence(ctx: CommandContext, uri?: unknown, annotationId?: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof annotationId !== 'string') return false;
  const article = vscode.Uri.parse(uri);
  const state = await ctx.analysis.ensure(article);
  const placed = state?.analysis.evidence.find((e) => e.annotation.id === annotationId);
  if (!placed) {
    void vscode.window.showWarningMessage('The passage of this evidence is no longer in the article: it was edited away. The evidence is kept in the sidecar.');
    await vscode.window.showTextDocument(article);
    return false;
  }
  return revealSpan(ctx, uri, placed.span.start, placed.span.end);
}
