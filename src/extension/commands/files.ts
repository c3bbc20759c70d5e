// Commands on article files: analyse one, add a folder of them, re-analyse, open a sidecar.
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourceMeta } from '../../core/storage/model';
import { emptyRegistry, sidecarUriFor } from '../storage/sidecarStore';
import { AUTOMATIC } from '../storage/editStep';
import type { SourcesNode } from '../views/sourcesTree';
import { tell, type CommandContext } from './targets';
import { showInformation, showPick } from '../text/messageText';
import { isWorkspaceFile } from '../storage/workspaceFile';

/** The article a command is about: a menu's Uri, a Sources node, the active editor, or a pick. */
export async function articleFrom(ctx: CommandContext, arg: unknown, placeHolder: string): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as SourcesNode | undefined;
  if (node && typeof node === 'object' && 'uri' in node && node.uri instanceof vscode.Uri) return node.uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && (await ctx.articles.isArticle(active))) return active;
  const all = await ctx.articles.all();
  if (all.length === 0) return tell(vscode.l10n.t('There are no articles yet. Open one and run "Crosscheck: Analyze This File", or run "Crosscheck: Add Folder as Sources".'));
  const pick = await showPick(all.map((uri) => ({ label: path.posix.basename(uri.path), description: vscode.workspace.asRelativePath(uri), uri })), { placeHolder });
  return pick?.uri;
}

export async function analyzeFile(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return Boolean(tell(vscode.l10n.t('Open the article to analyse first (a .txt or .md file).')));
  if (uri.scheme !== 'untitled' && !isWorkspaceFile(uri)) return Boolean(tell(vscode.l10n.t('Crosscheck analyses files on disk; save this one first.')));
  await ctx.articles.add(uri);
  // Asked for by name: a large article is analysed (the user's consent), a binary one is refused once.
  ctx.gate.allow(uri);
  const toldBefore = ctx.gate.hasReportedBinary(uri);
  const state = await ctx.analysis.ensure(uri, { force: true });
  if (!state) {
    const why = ctx.analysis.refusal(uri);
    // The gate has just said why (first time for a binary file): no second message.
    if (why?.startsWith('a binary file') && !toldBefore) return false;
    return Boolean(tell(vscode.l10n.t('{0} is not analysed: {1}.', path.posix.basename(uri.path), why ?? vscode.l10n.t('it cannot be read as text'))));
  }
  if (!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString())) await vscode.window.showTextDocument(uri);
  const a = state.analysis;
  void vscode.window.setStatusBarMessage(
    state.skipped ? vscode.l10n.t('Crosscheck: {0}', state.skipped) : vscode.l10n.t('Crosscheck: {0} quotes, {1} entities in {2}', a.quotes.length, a.entities.length, path.posix.basename(uri.path)),
    5000,
  );
  return true;
}

/** Makes a folder a story: a claims registry in it makes every .txt/.md file there an article. */
export async function addFolderAsSources(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  let folder = arg instanceof vscode.Uri ? arg : undefined;
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: vscode.l10n.t('Add as Sources'),
      title: vscode.l10n.t('Folder of articles on one story'),
    });
    folder = picked?.[0];
  }
  if (!folder) return false;
  const articles = await ctx.articles.articlesIn(folder);
  if (articles.length === 0) return Boolean(tell(vscode.l10n.t('{0} holds no .txt or .md files.', path.posix.basename(folder.path))));
  const existing = await ctx.store.registry(folder);
  if (existing.kind === 'invalid') return false;
  // An empty registry holds no decision, so creating it is not an undoable step.
  if (existing.kind === 'missing' && !(await ctx.store.updateRegistry(folder, () => emptyRegistry(), AUTOMATIC))) return false;
  await ctx.articles.add(...articles);
  // One background pass for the folder (progress with Cancel when it is large), not one corpus pass per article.
  ctx.analysis.analyzeWorkspace();
  await ctx.analysis.whenBackgroundDone();
  await Promise.all(articles.filter((a) => !ctx.analysis.get(a) && !ctx.analysis.isDeferred(a)).map((a) => ctx.analysis.ensure(a)));
  void vscode.commands.executeCommand('crosscheck.sources.focus');
  void vscode.window.setStatusBarMessage(articles.length === 1 ? vscode.l10n.t('Crosscheck: 1 article added from {0}', path.posix.basename(folder.path)) : vscode.l10n.t('Crosscheck: {0} articles added from {1}', articles.length, path.posix.basename(folder.path)), 5000);
  return true;
}

/** Analyses again, ignoring the cache: the given article, or every article known so far. */
export async function reanalyze(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const node = arg as SourcesNode | undefined;
  const uri = arg instanceof vscode.Uri ? arg : node && typeof node === 'object' && 'uri' in node ? node.uri : undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  // Re-analysing one article is asking for it: a large one waiting for "Analyze Anyway" is analysed now.
  const one = async (target: vscode.Uri) => {
    if (ctx.analysis.get(target)?.skipped) ctx.gate.allow(target);
    await ctx.analysis.reanalyze(target);
  };
  if (uri) await one(uri);
  else if (active && (await ctx.articles.isArticle(active))) await one(active);
  else if (ctx.analysis.all().length > 0) await ctx.analysis.reanalyze();
  else return Boolean(tell(vscode.l10n.t('There is nothing to analyse yet: open an article and run "Crosscheck: Analyze This File".')));
  return true;
}

/**
 * "Analyze Anyway": analyses an article larger than crosscheck.maxArticleSize now (consent for this
 * session). Run from the large-article question, the status bar item and the Sources view, so the
 * way out stays once the question has gone.
 */
export async function analyzeAnyway(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const node = arg as SourcesNode | undefined;
  const given = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : node && typeof node === 'object' && 'uri' in node ? node.uri : undefined;
  const uri = given ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri || !(await ctx.articles.isArticle(uri))) return Boolean(tell(vscode.l10n.t('Open the large article first, or pick it in the Sources view.')));
  ctx.gate.allow(uri);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Crosscheck: analysing {0}…', path.posix.basename(uri.path)) }, () => ctx.analysis.reanalyze(uri));
  return ctx.analysis.get(uri)?.skipped === undefined && ctx.analysis.get(uri) !== undefined;
}

/** Opens the article's sidecar; offers to create one (with the source details read from the article) when there is none. */
export async function openSidecar(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const article = await articleFrom(ctx, arg, vscode.l10n.t('Open the sidecar of which article?'));
  if (!article) return false;
  const sidecar = await ctx.store.sidecar(article);
  if (sidecar.kind === 'missing') {
    const create = vscode.l10n.t('Create Sidecar');
    const choice = await showInformation(
      vscode.l10n.t('{0} has no sidecar yet: it is created with the first decision you record (evidence, a corrected speaker…).', path.posix.basename(article.path)),
      create,
    );
    if (choice !== create) return false;
    const meta = (await ctx.analysis.ensure(article))?.analysis.article.meta ?? {};
    const source: SourceMeta = {};
    for (const key of ['title', 'outlet', 'byline', 'date', 'url'] as const) if (meta[key]) source[key] = meta[key];
    const created = await ctx.history.run(vscode.l10n.t('create the sidecar of {0}', path.posix.basename(article.path)), (step) =>
      ctx.store.updateSidecar(article, (s) => ({ ...s, source: { ...source, ...s.source } }), step),
    );
    if (!created) return false;
  }
  await vscode.window.showTextDocument(sidecarUriFor(article), { preview: false, viewColumn: vscode.ViewColumn.Beside });
  return true;
}
