// "Crosscheck: Export Report…": a folder's claims, evidence, quotes and suggestions in one of the
// core's export formats, analysed and rendered exactly as `crosscheck export` does.
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzeCorpus, EXPORT_FORMATS, renderExport, type ExportFormat, type ExportSource } from '../../core';
import { articlesIn } from '../storage/articleFiles';
import { emptyRegistry } from '../storage/sidecarStore';
import { claimsFolderFor, type CommandContext } from './targets';

const FORMATS: Record<ExportFormat, { label: string; detail: string; extension: string }> = {
  md: { label: 'Markdown', detail: 'A readable report: claims with their evidence, quotes by speaker', extension: 'md' },
  html: { label: 'HTML', detail: 'The same report as a standalone web page', extension: 'html' },
  csv: { label: 'CSV', detail: 'One row per evidence passage, for a spreadsheet', extension: 'csv' },
  w3c: { label: 'W3C Web Annotation', detail: 'JSON-LD annotations other tools can import', extension: 'jsonld' },
  claimreview: { label: 'ClaimReview', detail: 'schema.org ClaimReview JSON-LD for publishing fact-checks', extension: 'json' },
};

/** Writes the export and returns where (undefined when cancelled). */
export async function exportReport(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = arg instanceof vscode.Uri ? arg : undefined;
  const folder = given && (await vscode.workspace.fs.stat(given)).type === vscode.FileType.Directory ? given : await claimsFolderFor(ctx, given);
  if (!folder) return undefined;
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((format) => ({ label: FORMATS[format].label, description: format, detail: FORMATS[format].detail, format })),
    { placeHolder: `Export ${path.posix.basename(folder.path)} as…` },
  );
  if (!pick) return undefined;
  const name = path.posix.basename(folder.path) || 'crosscheck';
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, `${name}-report.${FORMATS[pick.format].extension}`),
    filters: { [FORMATS[pick.format].label]: [FORMATS[pick.format].extension] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  const output = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Crosscheck: exporting ${name}…` }, () =>
    renderFolder(ctx, folder, pick.format),
  );
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(output));
  void vscode.window.showInformationMessage(`Crosscheck: exported ${name} to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

/** The export text of a folder: its articles as the editor shows them, their sidecars, its registry. */
export async function renderFolder(ctx: CommandContext, folder: vscode.Uri, format: ExportFormat): Promise<string> {
  const articles: { uri: vscode.Uri; text: string }[] = [];
  for (const uri of await articlesIn(folder)) {
    const state = await ctx.analysis.ensure(uri);
    if (state && !state.skipped) articles.push({ uri, text: state.analysis.article.text });
  }
  const analyses = await analyzeCorpus(articles.map((a) => a.text));
  const sources: ExportSource[] = [];
  for (const [i, a] of articles.entries()) {
    const sidecar = await ctx.store.sidecar(a.uri);
    sources.push({ file: path.posix.basename(a.uri.path), uri: a.uri.toString(), analysis: analyses[i], ...(sidecar.kind === 'ok' ? { sidecar: sidecar.value } : {}) });
  }
  const registry = await ctx.store.registry(folder);
  return renderExport(
    {
      title: path.posix.basename(folder.path),
      folderUri: folder.toString().replace(/\/?$/, '/'),
      generated: new Date().toISOString(),
      sources,
      registry: registry.kind === 'ok' ? registry.value : emptyRegistry(),
    },
    format,
  );
}
