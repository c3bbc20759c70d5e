// Commands on claims and their evidence: add, attach, set status, edit, delete, remove, reveal.
import * as vscode from 'vscode';
import { createAnnotation, createClaim } from '../../core/storage/create';
import type { Claim, Sidecar, Stance } from '../../core/storage/model';
import type { EditStep } from '../storage/editStep';
import { offerUndo } from '../undo/undoCommands';
import { articlesIn } from '../storage/articleFiles';
import type { ClaimsNode, EvidenceNode } from '../views/claimsTree';
import { excerpt } from '../text/markdown';
import { statusLabel } from '../text/labels';
import { folderOf } from '../storage/sidecarStore';
import {
  allClaims,
  claimFrom,
  claimItems,
  claimsFolderFor,
  ensureArticle,
  passageFrom,
  pickStatus,
  tell,
  trimmed,
  type ClaimRef,
  type CommandContext,
} from './targets';
import { showPick } from '../text/messageText';
import { isWorkspaceFile } from '../storage/workspaceFile';

const now = () => new Date().toISOString();

/** How a claim is named in undo messages: “its text”, shortened. */
export const claimName = (claim: Claim) => `“${excerpt(claim.text, 60)}”`;

async function saveClaim(ctx: CommandContext, folder: vscode.Uri, claim: Claim, step: EditStep): Promise<boolean> {
  return ctx.store.updateRegistry(folder, (r) => ({ ...r, claims: [...r.claims, claim] }), step);
}

async function changeClaim(ctx: CommandContext, label: string, folder: vscode.Uri, id: string, change: (c: Claim) => Claim): Promise<boolean> {
  return ctx.history.run(label, (step) =>
    ctx.store.updateRegistry(
      folder,
      (r) => {
        if (!r.claims.some((c) => c.id === id)) return undefined;
        return { ...r, claims: r.claims.map((c) => (c.id === id ? { ...change(c), modified: now() } : c)) };
      },
      step,
    ),
  );
}

/**
 * The claim text: the selection (trimmed) when there is one, else typed in. The selection is also
 * the first evidence, with the stance asked as Attach Selection asks it (not stored as "mentions").
 */
export async function addClaimFromSelection(ctx: CommandContext, arg?: unknown): Promise<Claim | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = arg instanceof vscode.Uri ? arg : editor?.document.uri;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim() : '';
  const text = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('The claim to check, as one statement'),
    value: selected,
    placeHolder: vscode.l10n.t('e.g. The plant had passed its last safety inspection'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A claim needs some text')),
  });
  if (!text?.trim()) return undefined;
  const inWorkspace = uri !== undefined && isWorkspaceFile(uri);
  const folder = await claimsFolderFor(ctx, inWorkspace ? uri : undefined);
  if (!folder) return undefined;
  const withEvidence = editor && !editor.selection.isEmpty && inWorkspace;
  const stance = withEvidence ? (await showPick(stanceChoices(), { placeHolder: vscode.l10n.t('How does the selected passage bear on “{0}”?', excerpt(text.trim(), 60)) }))?.stance : undefined;
  if (withEvidence && !stance) return undefined;
  const claim = createClaim(text.trim());
  const saved = await ctx.history.run(vscode.l10n.t('add claim {0}', claimName(claim)), async (step) => {
    if (!(await saveClaim(ctx, folder, claim, step))) return false;
    // The selected passage is also the first evidence: where the claim was found.
    if (editor && !editor.selection.isEmpty && inWorkspace) {
      const doc = editor.document;
      const span = trimmed(doc.getText(), doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
      await ensureArticle(ctx, doc.uri);
      const evidence = createAnnotation(doc.getText(), span.start, span.end, { kind: 'evidence', claimId: claim.id, stance: stance ?? 'mentions' });
      await ctx.store.updateSidecar(doc.uri, (s) => ({ ...s, annotations: [...s.annotations, evidence] }), step);
    }
    return true;
  });
  if (!saved) return undefined;
  void revealClaimNode(ctx, { claimId: claim.id });
  return claim;
}

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
export function stanceChoices(): { stance: Stance; label: string; description: string }[] {
  return [
    { stance: 'supports', label: vscode.l10n.t('$(thumbsup) supports'), description: vscode.l10n.t('the passage backs the claim') },
    { stance: 'disputes', label: vscode.l10n.t('$(thumbsdown) disputes'), description: vscode.l10n.t('the passage contradicts the claim') },
    { stance: 'mentions', label: vscode.l10n.t('$(comment) mentions'), description: vscode.l10n.t('the passage reports the claim without taking a side') },
  ];
}

export async function attachEvidence(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const passage = await passageFrom(arg, { needSelection: true, what: vscode.l10n.t('the passage that supports or disputes a claim') });
  if (!passage) return false;
  const span = trimmed(passage.text, passage.start, passage.end);
  if (span.start === span.end) return Boolean(tell(vscode.l10n.t('Select some text (not only spaces) to attach as evidence.')));
  // A sidecar that cannot be read is refused now, before the pickers, not after the user answered them.
  if (!(await ctx.store.checkWritable({ article: passage.uri }))) return false;
  const ref = await pickOrCreateClaim(ctx, folderOf(passage.uri));
  if (!ref) return false;
  const stance = await showPick(stanceChoices(), { placeHolder: vscode.l10n.t('How does it bear on “{0}”?', excerpt(ref.claim.text, 60)) });
  if (!stance) return false;
  const annotation = createAnnotation(passage.text, span.start, span.end, { kind: 'evidence', claimId: ref.claim.id, stance: stance.stance });
  await ensureArticle(ctx, passage.uri);
  const label = ref.isNew ? vscode.l10n.t('add claim and attach evidence to {0}', claimName(ref.claim)) : vscode.l10n.t('attach evidence to {0}', claimName(ref.claim));
  const saved = await ctx.history.run(label, async (step) => {
    // A claim typed in on the spot is written with its first evidence, in the same step.
    if (ref.isNew && !(await saveClaim(ctx, ref.folder, ref.claim, step))) return false;
    return ctx.store.updateSidecar(passage.uri, (s) => ({ ...s, annotations: [...s.annotations, annotation] }), step);
  });
  if (saved) void revealClaimNode(ctx, { annotationId: annotation.id });
  return saved;
}

/** A claim of the folder, or a new one typed in on the spot (evidence often comes before the claim is written down). */
async function pickOrCreateClaim(ctx: CommandContext, folder: vscode.Uri): Promise<(ClaimRef & { isNew: boolean }) | undefined> {
  const NEW = `$(add) ${vscode.l10n.t('New claim…')}`;
  const items = [...claimItems(await allClaims(ctx, folder)), { label: NEW, description: vscode.l10n.t('type the claim this passage bears on') }];
  const pick = await showPick(items, { placeHolder: vscode.l10n.t('Which claim does this passage bear on?'), matchOnDescription: true });
  if (!pick) return undefined;
  if ('ref' in pick && pick.ref) return { ...pick.ref, isNew: false };
  const text = await vscode.window.showInputBox({ prompt: vscode.l10n.t('The claim to check, as one statement'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A claim needs some text')) });
  if (!text?.trim()) return undefined;
  return { folder, claim: createClaim(text.trim()), isNew: true };
}

export async function setClaimStatus(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await claimFrom(ctx, arg, vscode.l10n.t('Set the status of which claim?'));
  if (!ref) return false;
  const status = await pickStatus(ref.claim.status);
  if (!status || status === ref.claim.status) return false;
  return changeClaim(ctx, vscode.l10n.t('set the status of {0} to {1}', claimName(ref.claim), statusLabel(status)), ref.folder, ref.claim.id, (c) => ({ ...c, status }));
}

export async function editClaim(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await claimFrom(ctx, arg, vscode.l10n.t('Edit which claim?'));
  if (!ref) return false;
  const text = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Claim text'),
    value: ref.claim.text,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A claim needs some text')),
  });
  if (!text?.trim() || text.trim() === ref.claim.text) return false;
  return changeClaim(ctx, vscode.l10n.t('edit claim {0}', claimName(ref.claim)), ref.folder, ref.claim.id, (c) => ({ ...c, text: text.trim() }));
}

/**
 * Deletes a claim with the evidence filed under it, at once: no question first. It is one undoable
 * step, and the message that says what went offers Undo.
 */
export async function deleteClaim(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await claimFrom(ctx, arg, vscode.l10n.t('Delete which claim?'));
  if (!ref) return false;
  const articles = await articlesIn(ref.folder);
  let evidence = 0;
  let deletedStep: EditStep | undefined;
  const deleted = await ctx.history.run(vscode.l10n.t('delete claim {0}', claimName(ref.claim)), async (step) => {
    deletedStep = step;
    const removed = await ctx.store.updateRegistry(ref.folder, (r) => ({ ...r, claims: r.claims.filter((c) => c.id !== ref.claim.id) }), step);
    if (!removed) return false;
    for (const a of articles) {
      await ctx.store.updateSidecar(
        a,
        (s) => {
          const kept = s.annotations.filter((x) => !(x.kind === 'evidence' && x.claimId === ref.claim.id));
          evidence += s.annotations.length - kept.length;
          return kept.length === s.annotations.length ? undefined : { ...s, annotations: kept };
        },
        step,
      );
    }
    return true;
  });
  if (!deleted || !deletedStep) return false;
  const message =
    evidence === 0
      ? vscode.l10n.t('Deleted the claim {0}.', claimName(ref.claim))
      : evidence === 1
        ? vscode.l10n.t('Deleted the claim {0} and its 1 evidence passage.', claimName(ref.claim))
        : vscode.l10n.t('Deleted the claim {0} and its {1} evidence passages.', claimName(ref.claim), evidence);
  offerUndo(ctx.history, message, deletedStep);
  return true;
}

/** The evidence a command acts on: the nodes selected in the Claims view, else the evidence under the cursor. */
export async function evidenceTargets(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<EvidenceNode[]> {
  const nodes = (Array.isArray(selected) ? (selected as ClaimsNode[]) : [arg as ClaimsNode]).filter(
    (n): n is EvidenceNode => typeof n === 'object' && n !== null && n.kind === 'evidence',
  );
  if (nodes.length > 0) return nodes;
  const here = await evidenceAtCursor(ctx);
  return here ? [here] : [];
}

/** Removes evidence: the nodes selected in the view, or the evidence under the cursor. */
export async function removeEvidence(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<boolean> {
  const nodes = await evidenceTargets(ctx, arg, selected);
  if (nodes.length === 0) return Boolean(tell(vscode.l10n.t('Put the cursor in a passage filed as evidence, or pick the evidence in the Claims view.')));
  const label = nodes.length === 1 ? vscode.l10n.t('remove evidence “{0}”', excerpt(nodes[0].annotation.target.exact, 50)) : vscode.l10n.t('remove {0} evidence passages', nodes.length);
  return ctx.history.run(label, async (step) => {
    let removed = false;
    for (const n of nodes) {
      const kept = (s: Sidecar) => s.annotations.filter((a) => a.id !== n.annotation.id);
      removed = (await ctx.store.updateSidecar(n.article, (s) => (kept(s).length === s.annotations.length ? undefined : { ...s, annotations: kept(s) }), step)) || removed;
    }
    return removed;
  });
}

async function evidenceAtCursor(ctx: CommandContext): Promise<EvidenceNode | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const state = await ctx.analysis.ensure(editor.document.uri);
  const offset = editor.document.offsetAt(editor.selection.active);
  const placed = state?.analysis.evidence.find((e) => e.span.start <= offset && offset <= e.span.end);
  if (!state || !placed) return undefined;
  return { kind: 'evidence', folder: folderOf(editor.document.uri), article: state.uri, annotation: placed.annotation, placed: true };
}

/** Shows the claim (or the evidence) in the Claims view: from a hover link, or the evidence at the cursor. */
export async function revealInClaims(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const a = arg as { annotationId?: unknown; claimId?: unknown } | undefined;
  if (a && typeof a === 'object' && (typeof a.annotationId === 'string' || typeof a.claimId === 'string')) {
    return revealClaimNode(ctx, { annotationId: a.annotationId as string | undefined, claimId: a.claimId as string | undefined });
  }
  const here = await evidenceAtCursor(ctx);
  if (!here) return Boolean(tell(vscode.l10n.t('There is no evidence at the cursor. Put the cursor in a passage filed as evidence (it has a mark in the gutter).')));
  return revealClaimNode(ctx, { annotationId: here.annotation.id });
}

export async function revealClaimNode(ctx: CommandContext, match: { claimId?: string; annotationId?: string }, options: { expand?: boolean } = {}): Promise<boolean> {
  const node = await ctx.claims.find(match);
  if (!node) return false;
  await ctx.claims.view.reveal(node, { select: true, focus: true, expand: options.expand ?? true });
  return true;
}
