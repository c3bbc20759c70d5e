// What a command acts on. A command can be run from the palette (no arguments: the active editor,
// or a prompt), an editor or explorer menu (a Uri), a view (a tree node) or a hover link (a plain
// JSON object). These helpers turn any of them into one shape, or tell the user why they cannot.
import * as path from 'path';
import * as vscode from 'vscode';
import { claimsInOrder } from '../../core/storage/codebook';
import type { Claim, ClaimStatus } from '../../core/storage/model';
import { STATUS_ICONS, type ClaimsNode } from '../views/claimsTree';
import type { ClaimsTreeHandle } from '../views/claimsTree';
import type { EntitiesViewHandle } from '../views/entitiesView';
import type { MatrixHandle } from '../views/matrix/matrixPanel';
import type { Services } from '../services';
import type { SourcesTreeHandle } from '../views/sourcesTree';
import { folderOf } from '../storage/sidecarStore';
import { showInformation, showPick } from '../text/messageText';
import { isWorkspaceFile } from '../storage/workspaceFile';

export { trimmed, withoutQuoteMarks } from './selectionSpans';

export interface CommandContext extends Services {
  claims: ClaimsTreeHandle;
  sources: SourcesTreeHandle;
  matrix: MatrixHandle;
  entities: EntitiesViewHandle;
}

/** A passage of an article, in the text the editor shows now. */
export interface Passage {
  uri: vscode.Uri;
  text: string;
  start: number;
  end: number;
}

/** The shape hover links pass: `{ uri, start, end }` (plus extras such as `layer`). */
interface SpanArg {
  uri: string;
  start: number;
  end: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isSpanArg = (v: unknown): v is SpanArg =>
  isObject(v) && typeof v.uri === 'string' && typeof v.start === 'number' && typeof v.end === 'number';

export function tell(message: string): undefined {
  void showInformation(message);
  return undefined;
}

/** The editor showing `uri`, or the active editor when no uri is given. */
export function editorFor(uri?: vscode.Uri): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (!uri) return active;
  if (active && active.document.uri.toString() === uri.toString()) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
}

/** The current text of an article: the open document's (unsaved edits included), else the file's. */
export async function textOf(uri: vscode.Uri): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  return document.getText();
}

/** A passage from a hover link, or the selection (or cursor) of the editor. */
export async function passageFrom(arg: unknown, options: { needSelection: boolean; what: string }): Promise<Passage | undefined> {
  if (isSpanArg(arg)) {
    const uri = vscode.Uri.parse(arg.uri);
    return { uri, text: await textOf(uri), start: arg.start, end: arg.end };
  }
  const editor = editorFor(arg instanceof vscode.Uri ? arg : undefined);
  if (!editor) return tell(options.needSelection ? vscode.l10n.t('Open an article and select {0} first.', options.what) : vscode.l10n.t('Open an article and put the cursor on {0} first.', options.what));
  const { document, selection } = editor;
  if (options.needSelection && selection.isEmpty) return tell(vscode.l10n.t('Select {0} in the article first.', options.what));
  return { uri: document.uri, text: document.getText(), start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
}

/** The folder whose registry holds claims for this context; asks when it cannot tell. */
export async function claimsFolderFor(ctx: CommandContext, article?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (article) return folderOf(article);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isWorkspaceFile(active)) return folderOf(active);
  await ctx.articles.verify();
  const folders = await ctx.articles.registryFolders();
  if (folders.length === 1) return folders[0];
  const candidates = folders.length > 0 ? folders : (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  if (candidates.length === 0) return tell(vscode.l10n.t('Open a folder of articles first: claims are kept per folder, in crosscheck.claims.json.'));
  if (candidates.length === 1) return candidates[0];
  const pick = await showPick(
    candidates.map((uri) => ({ label: path.posix.basename(uri.path), description: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('Which folder (story) does the claim belong to?') },
  );
  return pick?.uri;
}

export interface ClaimRef {
  folder: vscode.Uri;
  claim: Claim;
}

/** A claim from a tree node, a hover link (`{claimId, folder}`), or a quick pick (from the palette). */
export async function claimFrom(ctx: CommandContext, arg: unknown, placeHolder: string): Promise<ClaimRef | undefined> {
  const node = arg as ClaimsNode | undefined;
  if (isObject(node) && node.kind === 'claim' && 'claim' in node) return { folder: node.folder, claim: node.claim };
  if (isObject(arg) && typeof arg.claimId === 'string' && typeof arg.folder === 'string') {
    const folder = vscode.Uri.parse(arg.folder);
    const registry = await ctx.store.registry(folder);
    const claim = registry.kind === 'ok' ? registry.value.claims.find((c) => c.id === arg.claimId) : undefined;
    return claim ? { folder, claim } : tell(vscode.l10n.t('That claim is no longer in the registry.'));
  }
  return pickClaim(ctx, await allClaims(ctx), placeHolder);
}

export async function allClaims(ctx: CommandContext, onlyFolder?: vscode.Uri): Promise<ClaimRef[]> {
  const folders = onlyFolder ? [onlyFolder] : await ctx.articles.registryFolders();
  const refs: ClaimRef[] = [];
  for (const folder of folders) {
    const registry = await ctx.store.registry(folder);
    // In the folder's manual order, as the Claims view shows them.
    if (registry.kind === 'ok') for (const claim of claimsInOrder(registry.value.claims)) refs.push({ folder, claim });
  }
  return refs;
}

export async function pickClaim(_ctx: CommandContext, refs: ClaimRef[], placeHolder: string): Promise<ClaimRef | undefined> {
  if (refs.length === 0) return tell(vscode.l10n.t('There are no claims yet. Select a sentence in an article and run "Crosscheck: Add Claim from Selection".'));
  const pick = await showPick(claimItems(refs), { placeHolder, matchOnDescription: true });
  return pick?.ref;
}

/** Quick pick items for claims: status icon and text, the status, the folder (story). */
export function claimItems(refs: ClaimRef[]): (vscode.QuickPickItem & { ref?: ClaimRef })[] {
  return refs.map((ref) => ({
    label: `$(${STATUS_ICONS[ref.claim.status]?.[0] ?? 'circle-large-outline'}) ${ref.claim.text}`,
    description: ref.claim.status,
    detail: path.posix.basename(ref.folder.path),
    ref,
  }));
}

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
export function statusChoices(): { status: ClaimStatus; description: string }[] {
  return [
    { status: 'unverified', description: vscode.l10n.t('not checked yet') },
    { status: 'supported', description: vscode.l10n.t('the sources back it') },
    { status: 'disputed', description: vscode.l10n.t('sources disagree') },
    { status: 'false', description: vscode.l10n.t('the sources show it is wrong') },
    { status: 'needs-context', description: vscode.l10n.t('true but misleading without context') },
  ];
}

export async function pickStatus(current?: ClaimStatus): Promise<ClaimStatus | undefined> {
  const pick = await showPick(
    statusChoices().map((c) => ({ label: `$(${STATUS_ICONS[c.status][0]}) ${c.status}`, description: c.status === current ? vscode.l10n.t('{0} (current)', c.description) : c.description, status: c.status })),
    { placeHolder: vscode.l10n.t('Status of the claim') },
  );
  return pick?.status;
}

/** A decision recorded on a file makes it an article at once (not only when the file watcher reports the new sidecar). */
export async function ensureArticle(ctx: CommandContext, uri: vscode.Uri): Promise<void> {
  if (!(await ctx.articles.isArticle(uri))) await ctx.articles.add(uri);
}
