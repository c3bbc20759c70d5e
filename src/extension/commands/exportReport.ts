// "Crosscheck: Export Report…": a folder's claims, evidence, quotes and suggestions in one of the
// core's export formats, analysed and rendered exactly as `crosscheck export` does.
import * as path from 'path';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat, type Sidecar } from '../../core';
import { EXPORTS_FOLDER, GENERATED_NAME_PART } from '../../core/articleFileNames';
import { articlesIn } from '../storage/articleFiles';
import { emptyRegistry } from '../storage/sidecarStore';
import { claimsFolderFor, type CommandContext } from './targets';
import { plainText, showInformation, showPick } from '../text/messageText';

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
function exportFormats(): Record<ExportFormat, { label: string; detail: string; extension: string }> {
  return {
    md: { label: vscode.l10n.t('Markdown'), detail: vscode.l10n.t('A readable report: claims with their evidence, quotes by speaker'), extension: 'md' },
    html: { label: vscode.l10n.t('HTML'), detail: vscode.l10n.t('The same report as a standalone web page'), extension: 'html' },
    csv: { label: vscode.l10n.t('CSV'), detail: vscode.l10n.t('One row per evidence passage, for a spreadsheet'), extension: 'csv' },
    w3c: { label: vscode.l10n.t('W3C Web Annotation'), detail: vscode.l10n.t('JSON-LD annotations other tools can import'), extension: 'jsonld' },
    claimreview: { label: vscode.l10n.t('ClaimReview'), detail: vscode.l10n.t('schema.org ClaimReview JSON-LD for publishing fact-checks'), extension: 'json' },
  };
}

/** Writes the export and returns where (undefined when cancelled). */
export async function exportReport(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = arg instanceof vscode.Uri ? arg : undefined;
  const folder = given && (await vscode.workspace.fs.stat(given)).type === vscode.FileType.Directory ? given : await claimsFolderFor(ctx, given);
  if (!folder) return undefined;
  const pick = await showPick(
    EXPORT_FORMATS.map((format) => ({ label: exportFormats()[format].label, description: format, detail: exportFormats()[format].detail, format })),
    { placeHolder: vscode.l10n.t('Export {0} as…', path.posix.basename(folder.path)) },
  );
  if (!pick) return undefined;
  const name = path.posix.basename(folder.path) || 'crosscheck';
  const into = await exportFolder(ctx, folder);
  const target = await vscode.window.showSaveDialog({
    // "<story>.crosscheck-report.<ext>": the name (and the marker inside) keep the export from ever counting as an article.
    defaultUri: vscode.Uri.joinPath(into.uri, `${name}${GENERATED_NAME_PART}.${exportFormats()[pick.format].extension}`),
    filters: { [exportFormats()[pick.format].label]: [exportFormats()[pick.format].extension] },
    saveLabel: 'Export',
  });
  if (!target) {
    if (into.created) await vscode.workspace.fs.delete(into.uri, { recursive: false }).then(undefined, () => undefined);
    return undefined;
  }
  const output = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: plainText(vscode.l10n.t('Crosscheck: exporting {0}…', name)) }, () =>
    renderFolder(ctx, folder, pick.format),
  );
  // workspace.fs.writeFile follows links: a committed symlink named like the report must not redirect it.
  await ctx.platform.refuseSymlink(target);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(output));
  if (into.created && !sameFolder(folderOfFile(target), into.uri)) await vscode.workspace.fs.delete(into.uri, { recursive: false }).then(undefined, () => undefined);
  await ctx.context.workspaceState.update(LAST_EXPORT_FOLDER_KEY, folderOfFile(target).toString());
  void offerToOpen(name, target);
  return target;
}

/** Where the last export went (workspace state), so the next one proposes the same folder. */
export const LAST_EXPORT_FOLDER_KEY = 'crosscheck.lastExportFolder';

const folderOfFile = (file: vscode.Uri) => vscode.Uri.joinPath(file, '..');
const sameFolder = (a: vscode.Uri, b: vscode.Uri) => a.toString().replace(/\/$/, '') === b.toString().replace(/\/$/, '');

/**
 * The folder the save dialog opens in: the one the user chose last time (if it still exists and is
 * not a story folder), else "crosscheck-exports" at the root of the story's workspace folder, made
 * for the dialog (and removed again when nothing is saved into it). Never the story folder itself.
 */
async function exportFolder(ctx: CommandContext, story: vscode.Uri): Promise<{ uri: vscode.Uri; created: boolean }> {
  const last = ctx.context.workspaceState.get<string>(LAST_EXPORT_FOLDER_KEY);
  if (last) {
    const uri = vscode.Uri.parse(last);
    const isDirectory = await vscode.workspace.fs.stat(uri).then(
      (s) => s.type === vscode.FileType.Directory,
      () => false,
    );
    if (isDirectory && !sameFolder(uri, story) && (await articlesIn(uri)).length === 0) return { uri, created: false };
  }
  const root = vscode.workspace.getWorkspaceFolder(story)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? folderOfFile(story);
  const uri = vscode.Uri.joinPath(root, EXPORTS_FOLDER);
  const existed = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!existed) {
    try {
      await vscode.workspace.fs.createDirectory(uri);
    } catch {
      return { uri: root, created: false };
    }
  }
  return { uri, created: !existed };
}

/** "Exported …" with Open and Reveal in Explorer (Reveal in the system's file manager outside the workspace). */
async function offerToOpen(name: string, target: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const choice = await showInformation(vscode.l10n.t('Crosscheck: exported {0} to {1}.', name, vscode.workspace.asRelativePath(target)), open, reveal);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
  else if (choice === reveal) {
    const inWorkspace = vscode.workspace.getWorkspaceFolder(target) !== undefined;
    await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', target);
  }
}

/**
 * The export text of a folder: its articles as the editor shows them, their sidecars, its registry;
 * analysed and rendered on the analysis worker, never on the extension host.
 */
export async function renderFolder(ctx: CommandContext, folder: vscode.Uri, format: ExportFormat): Promise<string> {
  const sources: { file: string; uri: string; text: string; sidecar?: Sidecar }[] = [];
  for (const uri of await articlesIn(folder)) {
    // Closed and analysed already (the background pass): as the editor shows it, without a corpus pass per article.
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    const state = (!open && ctx.analysis.get(uri)) || (await ctx.analysis.ensure(uri));
    if (!state || state.skipped) continue;
    const sidecar = await ctx.store.sidecar(uri);
    sources.push({ file: path.posix.basename(uri.path), uri: uri.toString(), text: state.analysis.article.text, ...(sidecar.kind === 'ok' ? { sidecar: sidecar.value } : {}) });
  }
  const registry = await ctx.store.registry(folder);
  return ctx.analysis.renderExport({
    format,
    title: path.posix.basename(folder.path),
    folderUri: folder.toString().replace(/\/?$/, '/'),
    generated: new Date().toISOString(),
    sources,
    registry: registry.kind === 'ok' ? registry.value : emptyRegistry(),
    // ClaimReview's author and review URLs are the user's organisation's, not a constant.
    publishing: ctx.config.claimReviewPublishing(),
  });
}
