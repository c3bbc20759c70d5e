// Repairs a person makes when the text or the files moved under the decisions: re-attach an
// orphaned (or moved) annotation to the passage the user selects, confirm a moved one where it was
// found, relink a source whose article file is missing, or delete the sidecar of a source that is
// gone for good. Nothing here guesses.
import * as path from 'path';
import * as vscode from 'vscode';
import { confirmedAnchor } from '../../core/anchoring/reanchor';
import { makeAnchor } from '../../core/anchoring/selectors';
import { touched } from '../../core/storage/create';
import type { Annotation, TextAnchor } from '../../core/storage/model';
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

/**
 * An orphaned or moved annotation from the Claims view (`article`), the Sources view (`uri`), or a
 * hover link (`{ uri, annotationId }`, looked up in the article's analysis).
 */
function orphanFromNode(ctx: CommandContext, arg: unknown): OrphanArg | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const node = arg as { kind?: string; article?: unknown; uri?: unknown; annotation?: Annotation; moved?: { annotation?: Annotation }; annotationId?: unknown };
  if (typeof node.uri === 'string' && typeof node.annotationId === 'string') {
    const article = vscode.Uri.parse(node.uri);
    const analysis = ctx.analysis.get(article)?.analysis;
    const annotation = analysis?.orphans.find((a) => a.id === node.annotationId) ?? analysis?.moved.find((m) => m.annotation.id === node.annotationId)?.annotation;
    return annotation ? { article, annotation } : undefined;
  }
  const annotation = node.kind === 'movedDecision' ? node.moved?.annotation : node.annotation;
  if (!annotation || (node.kind !== 'orphanedAnnotation' && node.kind !== 'orphan' && node.kind !== 'movedDecision')) return undefined;
  const article = node.article instanceof vscode.Uri ? node.article : node.uri instanceof vscode.Uri ? node.uri : undefined;
  return article ? { article, annotation } : undefined;
}

async function pickOrphan(ctx: CommandContext): Promise<OrphanArg | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const states = ctx.analysis.all().filter((s) => s.analysis.orphans.length > 0 || s.analysis.moved.length > 0);
  // The active article's orphans first: the selection the user made is in that article.
  states.sort((a, b) => Number(b.uri.toString() === active?.toString()) - Number(a.uri.toString() === active?.toString()));
  const movedLabel = vscode.l10n.t('moved — confirm?');
  const items = states.flatMap((s) => [
    ...s.analysis.orphans.map((annotation) => ({ label: `“${annotation.target.exact.slice(0, 90)}”`, description: `${annotation.kind} · ${path.posix.basename(s.uri.path)}`, orphan: { article: s.uri, annotation } })),
    ...s.analysis.moved.map(({ annotation }) => ({ label: `“${annotation.target.exact.slice(0, 90)}”`, description: `${annotation.kind} · ${movedLabel} · ${path.posix.basename(s.uri.path)}`, orphan: { article: s.uri, annotation } })),
  ]);
  if (items.length === 0) return tell(vscode.l10n.t('No annotation is orphaned: every decision is placed in its article.'));
  return (await showPick(items, { placeHolder: vscode.l10n.t('Re-attach which orphaned annotation to the selection?'), matchOnDescription: true }))?.orphan;
}

/** crosscheck.reattachAnnotation: the orphan's (or moved annotation's) target becomes the passage selected in its article. */
export async function reattachAnnotation(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const orphan = orphanFromNode(ctx, arg) ?? (await pickOrphan(ctx));
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

interface MovedArg {
  article: vscode.Uri;
  annotationId: string;
}

/** A moved annotation from the Claims view's "Moved — confirm?" node or a hover link (`{ uri, annotationId }`). */
function movedFromArg(arg: unknown): MovedArg | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const node = arg as { kind?: string; article?: unknown; moved?: { annotation?: Annotation }; uri?: unknown; annotationId?: unknown };
  if (node.kind === 'movedDecision' && node.article instanceof vscode.Uri && node.moved?.annotation) return { article: node.article, annotationId: node.moved.annotation.id };
  if (typeof node.uri === 'string' && typeof node.annotationId === 'string') return { article: vscode.Uri.parse(node.uri), annotationId: node.annotationId };
  return undefined;
}

async function pickMoved(ctx: CommandContext): Promise<MovedArg | undefined> {
  const items = ctx.analysis.all().flatMap((s) =>
    s.analysis.moved.map((m) => ({
      label: `“${m.current.slice(0, 90)}”`,
      description: `${m.annotation.kind} · ${path.posix.basename(s.uri.path)}`,
      detail: vscode.l10n.t('was “{0}”', m.annotation.target.exact.slice(0, 120)),
      ref: { article: s.uri, annotationId: m.annotation.id },
    })),
  );
  if (items.length === 0) return tell(vscode.l10n.t('No decision is waiting for confirmation: every passage is where and as it was marked.'));
  return (await showPick(items, { placeHolder: vscode.l10n.t('Confirm which moved passage?'), matchOnDescription: true, matchOnDetail: true }))?.ref;
}

const sameAnchor = (a: TextAnchor, b: TextAnchor) => a.exact === b.exact && a.start === b.start && a.end === b.end && a.prefix === b.prefix && a.suffix === b.suffix;

/**
 * crosscheck.confirmMovedAnnotation: a decision found only by a fuzzy or far re-anchor ("moved —
 * confirm?") is accepted where it was found; its anchor, `exact` included, takes the text there now.
 */
export async function confirmMovedAnnotation(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = movedFromArg(arg) ?? (await pickMoved(ctx));
  if (!ref) return false;
  const name = path.posix.basename(ref.article.path);
  const state = await ctx.analysis.ensure(ref.article);
  const moved = state?.analysis.moved.find((m) => m.annotation.id === ref.annotationId);
  if (!state || !moved) return Boolean(tell(vscode.l10n.t('This decision in {0} is no longer waiting for confirmation (it was confirmed, re-attached or removed, or the article changed again).', name)));
  const text = state.analysis.article.text;
  const saved = await ctx.history.run(vscode.l10n.t('confirm moved passage “{0}” in {1}', moved.current.slice(0, 50), name), (step) =>
    ctx.store.updateSidecar(
      ref.article,
      (sidecar) => {
        // Only the anchor that was shown as moved is confirmed: a sidecar changed meanwhile is left alone.
        const found = sidecar.annotations.find((a) => a.id === ref.annotationId && sameAnchor(a.target, moved.annotation.target));
        if (!found) return undefined;
        const target = confirmedAnchor(text, found.target, moved.span);
        return { ...sidecar, annotations: sidecar.annotations.map((a) => (a === found ? touched(found, { target }) : a)) };
      },
      step,
    ),
  );
  if (!saved) return Boolean(tell(vscode.l10n.t('The decision changed in the sidecar of {0} since it was shown, or the sidecar cannot be written (see the earlier message): nothing was confirmed.', name)));
  await ctx.analysis.ensure(ref.article);
  return true;
}

async function missingFrom(ctx: CommandContext, arg: unknown, placeHolder: string): Promise<vscode.Uri | undefined> {
  if (isMissingSourceNode(arg)) return arg.article;
  if (arg instanceof vscode.Uri) return arg;
  const missing = await allMissingSources(ctx.articles);
  if (missing.length === 0) return tell(vscode.l10n.t('No source is missing: every sidecar has its article.'));
  const pick = await showPick(
    missing.map((uri) => ({ label: path.posix.basename(uri.path), description: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder },
  );
  return pick?.uri;
}

/** crosscheck.relinkSource: moves the sidecar beside the article's new file and re-anchors it there. */
export async function relinkSource(ctx: CommandContext, arg?: unknown, pickedFile?: unknown): Promise<boolean> {
  const missing = await missingFrom(ctx, arg, vscode.l10n.t('Relink which missing source?'));
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
  const missing = await missingFrom(ctx, arg, vscode.l10n.t('Delete the sidecar of which missing source?'));
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
