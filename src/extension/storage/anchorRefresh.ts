// Decisions follow the text: when an article is saved, every annotation whose passage only moved
// (same words, same surroundings) gets its position and context refreshed in the sidecar. One found
// only approximately (its words changed, or only the words survived far away) waits for a person's
// confirmation ("moved — confirm?") and keeps its stored anchor, as orphans do (anchorAfter).
import * as vscode from 'vscode';
import { anchorAfter, reanchor } from '../../core/anchoring/reanchor';
import type { Sidecar } from '../../core/storage/model';
import type { Services } from '../services';
import { AUTOMATIC } from './editStep';

export function registerAnchorRefresh(services: Services): vscode.Disposable {
  return vscode.workspace.onDidSaveTextDocument(async (document) => {
    if (!(await services.articles.isArticle(document.uri))) return;
    const sidecar = await services.store.sidecar(document.uri);
    if (sidecar.kind !== 'ok' || sidecar.value.annotations.length === 0) return;
    const text = document.getText();
    await services.store.updateSidecar(document.uri, (current) => refreshAnchors(current, text), AUTOMATIC);
  });
}

/** The sidecar with anchors moved to where their passages are now; undefined when none moved. */
export function refreshAnchors(sidecar: Sidecar, text: string): Sidecar | undefined {
  let moved = false;
  const annotations = sidecar.annotations.map((a) => {
    const target = anchorAfter(text, a.target, reanchor(text, a.target));
    if (target === a.target) return a;
    moved = true;
    return { ...a, target };
  });
  return moved ? { ...sidecar, annotations } : undefined;
}
