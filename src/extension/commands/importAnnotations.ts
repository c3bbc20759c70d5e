// "Crosscheck: Import Annotations…": Hypothesis JSON, ClaimReview JSON-LD or Crosscheck's CSV into
// a folder's sidecars and claims registry, exactly as `crosscheck import` does. The core computes
// one batch of additions from the articles as the editor has them; it is then applied through the
// store (registry first, so no evidence names a missing claim), each file re-read before its write.
// What could not be placed is listed in the output channel and, on request, in a quick pick.
import * as path from 'path';
import * as vscode from 'vscode';
import { applyToRegistry, applyToSidecar, annotationsFor, planImport, stripBom, type ImportArticle, type ImportBatch, type ImportFormat, type NotPlaced } from '../../core';
import type { EditStep } from '../storage/editStep';
import { articlesIn } from '../storage/articleFiles';
import { emptyRegistry, emptySidecar, folderOf } from '../storage/sidecarStore';
import type { CommandContext } from './targets';
import { plainText, showError, showInformation, showPick } from '../text/messageText';

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
function importFormats(): Record<ImportFormat, { label: string; detail: string; filters: Record<string, string[]> }> {
  return {
    hypothesis: { label: vscode.l10n.t('Hypothesis'), detail: vscode.l10n.t('JSON export or API result: notes on the passages annotated'), filters: { [vscode.l10n.t('Hypothesis JSON')]: ['json', 'jsonld'] } },
    claimreview: { label: vscode.l10n.t('ClaimReview'), detail: vscode.l10n.t('schema.org JSON-LD: claims with a status, evidence where they appear'), filters: { [vscode.l10n.t('ClaimReview JSON-LD')]: ['json', 'jsonld'] } },
    csv: { label: vscode.l10n.t('CSV'), detail: vscode.l10n.t('A Crosscheck CSV export: its claims and evidence passages'), filters: { CSV: ['csv'] } },
  };
}

const MAX_IMPORT_BYTES = 50_000_000;

export interface ImportResult {
  folder: string;
  claims: number;
  annotations: number;
  duplicates: number;
  notPlaced: NotPlaced[];
  warnings: string[];
}

/** Runs the import; resolves with what it did (undefined when cancelled or the file was refused). */
export async function importAnnotations(ctx: CommandContext): Promise<ImportResult | undefined> {
  const pick = await showPick(
    (Object.keys(importFormats()) as ImportFormat[]).map((format) => ({ label: importFormats()[format].label, description: format, detail: importFormats()[format].detail, format })),
    { placeHolder: vscode.l10n.t('Import which kind of file?') },
  );
  if (!pick) return undefined;
  const files = await vscode.window.showOpenDialog({ canSelectMany: false, canSelectFiles: true, canSelectFolders: false, filters: importFormats()[pick.format].filters, openLabel: 'Import' });
  const file = files?.[0];
  if (!file) return undefined;
  const folder = await importFolder(ctx);
  if (!folder) return undefined;

  let fileText: string;
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      void showError(vscode.l10n.t('Crosscheck: {0} is larger than {1} MB; import it with the command line (crosscheck import).', path.posix.basename(file.path), MAX_IMPORT_BYTES / 1_000_000));
      return undefined;
    }
    fileText = stripBom(new TextDecoder().decode(bytes));
  } catch (e) {
    void showError(vscode.l10n.t('Crosscheck cannot read {0}: {1}', path.posix.basename(file.path), (e as Error).message));
    return undefined;
  }

  const uris = await articlesIn(folder);
  const articles: (ImportArticle & { uri: vscode.Uri })[] = [];
  for (const uri of uris) {
    const text = await articleText(uri, ctx.config.maxArticleSize());
    if (text === undefined) continue;
    const sidecar = await ctx.store.sidecar(uri);
    articles.push({
      uri,
      file: path.posix.basename(uri.path),
      text,
      sidecar: sidecar.kind === 'ok' ? sidecar.value : sidecar.kind === 'missing' ? emptySidecar() : undefined,
      ...(sidecar.kind === 'invalid' ? { readOnly: sidecar.message } : {}),
    });
  }
  const registry = await ctx.store.registry(folder);
  const batch = planImport(
    pick.format,
    fileText,
    {
      articles,
      registry: registry.kind === 'ok' ? registry.value : registry.kind === 'missing' ? emptyRegistry() : undefined,
      ...(registry.kind === 'invalid' ? { registryReadOnly: registry.message } : {}),
    },
    { ratings: ctx.config.claimReviewRatings() },
  );
  const name = path.posix.basename(file.path);
  if (batch.error) {
    void showError(vscode.l10n.t('Crosscheck cannot import {0}: {1}.', name, batch.error));
    return undefined;
  }

  // One batch, applied as one undoable step: the registry first, then each sidecar (each re-read from disk by the store).
  const annotations = await ctx.history.run(vscode.l10n.t('import {0}', name), (step) => applyBatch(ctx, folder, name, batch, articles, step));
  if (annotations === undefined) return undefined;
  await ctx.store.whenIdle();

  const result: ImportResult = { folder: folder.toString(), claims: batch.claims.length, annotations, duplicates: batch.duplicates, notPlaced: batch.notPlaced, warnings: batch.warnings };
  report(ctx, name, folder, result);
  return result;
}

async function applyBatch(ctx: CommandContext, folder: vscode.Uri, name: string, batch: ImportBatch, articles: (ImportArticle & { uri: vscode.Uri })[], step: EditStep): Promise<number | undefined> {
  if (batch.claims.length > 0) {
    await ctx.store.updateRegistry(folder, (current) => applyToRegistry(current, batch.claims), step);
    const after = await ctx.store.registry(folder);
    const ids = new Set(after.kind === 'ok' ? after.value.claims.map((c) => c.id) : []);
    if (!batch.claims.every((c) => ids.has(c.id))) {
      void showError(vscode.l10n.t('Crosscheck could not add the claims of {0} to the claims registry; nothing was imported.', name));
      return undefined;
    }
  }
  let annotations = 0;
  for (const article of articles) {
    const added = annotationsFor(batch, article.file);
    if (added.length === 0) continue;
    let fresh = 0;
    const written = await ctx.store.updateSidecar(
      article.uri,
      (current) => {
        const next = applyToSidecar(current, added);
        fresh = next ? next.annotations.length - current.annotations.length : 0;
        return next;
      },
      step,
    );
    if (written) annotations += fresh;
  }
  return annotations;
}

/** The folder to import into: the only folder with articles or a registry, or the one picked. */
async function importFolder(ctx: CommandContext): Promise<vscode.Uri | undefined> {
  const byKey = new Map<string, vscode.Uri>();
  await ctx.articles.verify();
  for (const uri of [...(await ctx.articles.registryFolders()), ...(await ctx.articles.all()).map(folderOf)]) byKey.set(uri.toString(), uri);
  const candidates = [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path));
  if (candidates.length === 1) return candidates[0];
  const other = { label: vscode.l10n.t('$(folder-opened) Another folder…'), description: '', uri: undefined as vscode.Uri | undefined };
  const choice = await showPick(
    [...candidates.map((uri) => ({ label: path.posix.basename(uri.path) || uri.path, description: vscode.workspace.asRelativePath(uri), uri })), other],
    { placeHolder: vscode.l10n.t('Import into which folder of articles?') },
  );
  if (!choice) return undefined;
  if (choice.uri) return choice.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: vscode.l10n.t('Import Here') });
  return picked?.[0];
}

/** The article's text as the editor shows it (an open document's unsaved edits included); undefined for binary or oversized files. */
async function articleText(uri: vscode.Uri, maxSize: number): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText().length > maxSize ? undefined : stripBom(open.getText());
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.includes(0) || bytes.byteLength > maxSize * 4) return undefined;
    const text = stripBom(new TextDecoder().decode(bytes));
    return text.length > maxSize ? undefined : text;
  } catch {
    return undefined;
  }
}

function report(ctx: CommandContext, name: string, folder: vscode.Uri, r: ImportResult): void {
  const where = path.posix.basename(folder.path);
  ctx.log.info(`import of ${plainText(name)} into ${plainText(where)}: ${r.claims} claims, ${r.annotations} annotations added; ${r.duplicates} already there; ${r.notPlaced.length} not placed`);
  for (const w of r.warnings) ctx.log.warn(plainText(w));
  for (const n of r.notPlaced) ctx.log.warn(`not placed${n.id ? ` [${plainText(n.id, 80)}]` : ''}: “${plainText(n.item, 200)}” — ${plainText(n.reason)}`);
  const claims = r.claims === 1 ? vscode.l10n.t('1 new claim') : vscode.l10n.t('{0} new claims', r.claims);
  const annotations = r.annotations === 1 ? vscode.l10n.t('1 new annotation') : vscode.l10n.t('{0} new annotations', r.annotations);
  const notPlaced = r.notPlaced.length ? vscode.l10n.t('; {0} could not be placed', r.notPlaced.length) : '';
  const message = vscode.l10n.t('Crosscheck: imported {0} into {1}: {2}, {3}; {4} already there{5}.', name, where, claims, annotations, r.duplicates, notPlaced);
  const show = vscode.l10n.t('Show Not Placed');
  const output = vscode.l10n.t('Open Log');
  void (r.notPlaced.length ? showInformation(message, show, output) : showInformation(message)).then(async (choice) => {
    if (choice === output) ctx.log.show(true);
    if (choice !== show) return;
    await showPick(
      r.notPlaced.map((n) => ({ label: n.item, description: n.id ?? '', detail: n.reason })),
      { placeHolder: vscode.l10n.t('Not placed from {0} (listed in the Crosscheck output too)', name), matchOnDetail: true },
    );
  });
}
