// Repairs a person makes when the text or the files moved under the decisions: re-attach an
// orphaned annotation to the passage the user selects, relink a source whose article file is
// missing, or delete the sidecar of a source that is gone for good. Nothing here guesses.
import * as path from 'path';
import * as vscode from 'vscode';
import { makeAnchor } from '../../core/anchoring/selectors';
import { touched } from '../../core/storage/create';
import type { Annotation } from '../../core/storage/model';
import { refreshAnchors } from '../storage/anchorRefresh';
import { exists } from '../storage/articleFiles';
import { allMissingSources, isMissingSourceNode } from '../storage/missingSources';
import { sidecarUriFor } from '../storage/sidecarStore';
import { AUTOMATIC } from '../storage/editStep';
import { editorFor, tell, trimmed, type CommandContext } from './targets';
import { showPick, showWarning } from '../text/messageText';

interface OrphanArg {
  article: vscode.Uri;
  annotation: Annotation;
}

/** An orphan from the Claims view (`article`) or the Sources view (`uri`). */
function orphanFromNode(arg: unknown): OrphanArg | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const node = arg as { kind?: string; article?: unknown; uri?: unknown; annotation?: Annotation };
  if (!node.annotation || (node.kind !== 'orphanedAnnotation' && node.kind !== 'orphan')) return undefined;
  const article = node.article instanceof vscode.Uri ? node.article : node.uri instanceof vscode.Uri ? node.uri : undefined;
  return article ? { article, annotation: node.annotation } : undefined;
}

async function pickOrphan(ctx: CommandContext): Promise<OrphanArg | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const states = ctx.analysis.all().filter((s) => s.analysis.orphans.length > 0);
  // The active article's orphans first: the selection the user made is in that article.
  states.sort((a, b) => Number(b.uri.toString() === active?.toString()) - Number(a.uri.toString() === active?.toString()));
  const items = states.flatMap((s) =>
    s.analysis.orphans.map((annotation) => ({ label: `“${annotation.target.exact.slice(0, 90)}”`, description: `${annotation.kind} · ${path.posix.basename(s.uri.path)}`, orphan: { article: s.uri, annotation } })),
  );
  if (items.length === 0) return tell(vscode.l10n.t('No annotation is orphaned: every decision is placed in its article.'));
  return (await showPick(items, { placeHolder: vscode.l10n.t('Re-attach which orphaned annotation to the selection?'), matchOnDescription: true }))?.orphan;
}

/** crosscheck.reattachAnnotation: the orphan's target becomes the passage selected in its article. */
export async function reattachAnnotation(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const orphan = orphanFromNode(arg) ?? (await pickOrphan(ctx));
  if (!orphan) return false;
  const name = path.posix.basename(orphan.article.path);
  const editor = editorFor(orphan.article);
  if (!editor || editor.selection.isEmpty) {
    await vscode.window.showTextDocument(orphan.article, { preview: false });
    return Boolean(tell(vscode.l10n.t('Select the passage in {0} where “{1}” belongs, then run "Re-attach Annotation to Selection" again.', name, orphan.annotation.target.exact.slice(0, 60))));
  }
  const text = editor.document.getText();
  const { start, end } = trimmed(text, editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end));
  if (start === end) return Boolean(tell(vscode.l10n.t('The selection holds only white space: select the passage itself.')));
  const target = makeAnchor(text, start, end);
  const saved = await ctx.history.run(vscode.l10n.t('re-attach “{0}” in {1}', orphan.annotation.target.exact.slice(0, 50), name), (step) =>
    ctx.store.updateSidecar(
      orphan.article,
      (sidecar) => {
        const found = sidecar.annotations.find((a) => a.id === orphan.annotation.id);
        if (!found) return undefined;
        return { ...sidecar, annotations: sidecar.annotations.map((a) => (a === found ? touched(found, { target }) : a)) };
      },
      step,
    ),
  );
  if (!saved) return Boolean(tell(vscode.l10n.t('The annotation is no longer in the sidecar of {0}, or the sidecar cannot be written (see the earlier message).', name)));
  await ctx.analysis.ensure(orphan.article);
  return true;
}

async function missingFrom(arg: unknown, placeHolder: string): Promise<vscode.Uri | undefined> {
  if (isMissingSourceNode(arg)) return arg.article;
  if (arg instanceof vscode.Uri) return arg;
  const missing = await allMissingSources();
  if (missing.length === 0) return tell(vscode.l10n.t('No source is missing: every sidecar has its article.'));
  const pick = await showPick(
    missing.map((uri) => ({ label: path.posix.basename(uri.path), description: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder },
  );
  return pick?.uri;
}

/** crosscheck.relinkSource: moves the sidecar beside the article's new file and re-anchors it there. */
export async function relinkSource(ctx: CommandContext, arg?: unknown, pickedFile?: unknown): Promise<boolean> {
  const missing = await missingFrom(arg, vscode.l10n.t('Relink which missing source?'));
  if (!missing) return false;
  if (await exists(missing)) return Boolean(tell(vscode.l10n.t('{0} is on disk again: nothing to relink.', path.posix.basename(missing.path))));
  let target = pickedFile instanceof vscode.Uri ? pickedFile : undefined;
  if (!target) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: false,
      canSelectMany: false,
      defaultUri: vscode.Uri.joinPath(missing, '..'),
      openLabel: 'Relink',
      title: vscode.l10n.t('The new file of {0}', path.posix.basename(missing.path)),
      filters: { Articles: ['txt', 'md', 'markdown'] },
    });
    target = picked?.[0];
  }
  if (!target) return false;
  const from = sidecarUriFor(missing);
  const to = sidecarUriFor(target);
  if (await exists(to)) return Boolean(tell(vscode.l10n.t('{0} already has a sidecar; open both and merge them by hand, or delete one.', path.posix.basename(target.path))));
  await ctx.store.whenIdle();
  await vscode.workspace.fs.rename(from, to, { overwrite: false });
  await ctx.articles.add(target);
  // The new file may differ from the old one: move anchors that can be placed, keep the rest as orphans.
  const document = await vscode.workspace.openTextDocument(target);
  const text = document.getText();
  // Part of moving the file, which undo does not reverse: not an undoable step of its own.
  await ctx.store.updateSidecar(target, (sidecar) => refreshAnchors(sidecar, text), AUTOMATIC);
  await ctx.analysis.ensure(target, { force: true });
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Crosscheck: {0} relinked to {1}', path.posix.basename(missing.path), path.posix.basename(target.path)), 5000);
  return true;
}

/** crosscheck.deleteSidecarOfMissingSource: after confirmation, the sidecar goes to the trash. */
export async function deleteSidecarOfMissingSource(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const missing = await missingFrom(arg, vscode.l10n.t('Delete the sidecar of which missing source?'));
  if (!missing) return false;
  if (await exists(missing)) return Boolean(tell(vscode.l10n.t('{0} is on disk: its sidecar is not deleted.', path.posix.basename(missing.path))));
  const sidecar = sidecarUriFor(missing);
  const remove = vscode.l10n.t('Delete Sidecar');
  const choice = await showWarning(
    vscode.l10n.t('Delete the sidecar of {0}? Every decision recorded on that article (evidence, corrections, notes) is lost.', path.posix.basename(missing.path)),
    { modal: true },
    remove,
  );
  if (choice !== remove) return false;
  await ctx.store.whenIdle();
  await vscode.workspace.fs.delete(sidecar, { useTrash: true }).then(undefined, () => vscode.workspace.fs.delete(sidecar, { useTrash: false }));
  ctx.log.info(`deleted ${sidecar.fsPath} (its article was missing)`);
  return true;
}
