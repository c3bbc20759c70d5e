// Sources whose article file is gone (deleted, or moved outside the editor) while their sidecar is
// still there. The sidecar is kept: its decisions are the user's work. Both trees show the source
// as missing, and the user either relinks it to the article's new file or deletes the sidecar.
import * as path from 'path';
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/storage/model';
import { exists, type ArticleFiles } from './articleFiles';
import type { Services } from '../services';
import { articleUriForSidecar } from './sidecarStore';
import { readableValue } from './storageBackend';

export interface MissingSourceNode {
  kind: 'missingSource';
  /** The article the sidecar belongs to (no longer on disk). */
  article: vscode.Uri;
  /** For the tree API: sources tree nodes are keyed by `uri`. */
  uri: vscode.Uri;
}

export const isMissingSourceNode = (n: unknown): n is MissingSourceNode =>
  typeof n === 'object' && n !== null && (n as { kind?: string }).kind === 'missingSource' && (n as { article?: unknown }).article instanceof vscode.Uri;

/** Articles (not on disk) whose sidecar is still in `folder`. */
export async function missingSourcesIn(folder: vscode.Uri): Promise<vscode.Uri[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const sidecars = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith(SIDECAR_SUFFIX)).map(([name]) => vscode.Uri.joinPath(folder, name));
  return withoutArticle(sidecars);
}

/** Every article of the workspace whose sidecar is there but whose file is not. */
export async function allMissingSources(articles: Pick<ArticleFiles, 'sidecarFiles'>): Promise<vscode.Uri[]> {
  return withoutArticle(await articles.sidecarFiles());
}

async function withoutArticle(sidecars: vscode.Uri[]): Promise<vscode.Uri[]> {
  const missing: vscode.Uri[] = [];
  for (const sidecar of sidecars) {
    const article = articleUriForSidecar(sidecar);
    if (!(await exists(article))) missing.push(article);
  }
  return missing.sort((a, b) => a.path.localeCompare(b.path));
}

export const missingNode = (article: vscode.Uri): MissingSourceNode => ({ kind: 'missingSource', article, uri: article });

/** The tree item of a missing source, the same in the Sources and the Claims view. */
export async function missingSourceItem(services: Services, node: MissingSourceNode): Promise<vscode.TreeItem> {
  const it = new vscode.TreeItem(path.posix.basename(node.article.path), vscode.TreeItemCollapsibleState.None);
  it.id = `missing:${node.article.toString()}`;
  const sidecar = readableValue(await services.store.sidecar(node.article));
  const decisions = sidecar?.annotations.length ?? 0;
  it.description = decisions === 1 ? vscode.l10n.t('missing · 1 decision kept') : vscode.l10n.t('missing · {0} decisions kept', decisions);
  it.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  it.contextValue = 'missingSource';
  it.tooltip = vscode.l10n.t('{0} is no longer on disk. Its sidecar is kept: use "Relink Source…" to point it at the article\'s new file, or "Delete Sidecar of Missing Source".', vscode.workspace.asRelativePath(node.article));
  return it;
}
