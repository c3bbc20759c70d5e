// Commands on claims and their evidence: add, attach, set status, edit, delete, remove, reveal.
import * as vscode from 'vscode';
import { createAnnotation, createClaim } from '../../core/storage/create';
import type { Claim, Stance } from '../../core/storage/model';
import { articlesIn } from '../storage/articleFiles';
import type { ClaimsNode, EvidenceNode } from '../views/claimsTree';
import { excerpt } from '../text/markdown';
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
import { showPick, showWarning } from '../text/messageText';

const now = () => new Date().toISOString();

async function saveClaim(ctx: CommandContext, folder: vscode.Uri, claim: Claim): Promise<boolean> {
  return ctx.store.updateRegistry(folder, (r) => ({ ...r, claims: [...r.claims, claim] }));
}

async function changeClaim(ctx: CommandContext, folder: vscode.Uri, id: string, change: (c: Claim) => Claim): Promise<boolean> {
  return ctx.store.updateRegistry(folder, (r) => {
    if (!r.claims.some((c) => c.id === id)) return undefined;
    return { ...r, claims: r.claims.map((c) => (c.id === id ? { ...change(c), modified: now() } : c)) };
  });
}

/** The claim text: the selection (trimmed) when there is one, else typed in. */
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
  const folder = await claimsFolderFor(ctx, uri?.scheme === 'file' ? uri : undefined);
  if (!folder) return undefined;
  const claim = createClaim(text.trim());
  if (!(await saveClaim(ctx, folder, claim))) return undefined;
  // The selected passage is also the first evidence: where the claim was found.
  if (editor && !editor.selection.isEmpty && uri?.scheme === 'file') {
    const doc = editor.document;
    const span = trimmed(doc.getText(), doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    await ensureArticle(ctx, doc.uri);
    await ctx.store.updateSidecar(doc.uri, (s) => ({
      ...s,
      annotations: [...s.annotations, createAnnotation(doc.getText(), span.start, span.end, { kind: 'evidence', claimId: claim.id, stance: 'mentions' })],
    }));
  }
  void revealClaimNode(ctx, { claimId: claim.id });
  return claim;
}

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
function stanceChoices(): { stance: Stance; label: string; description: string }[] {
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
  const saved = await ctx.store.updateSidecar(passage.uri, (s) => ({ ...s, annotations: [...s.annotations, annotation] }));
  if (saved) void revealClaimNode(ctx, { annotationId: annotation.id });
  return saved;
}

/** A claim of the folder, or a new one typed in on the spot (evidence often comes before the claim is written down). */
async function pickOrCreateClaim(ctx: CommandContext, folder: vscode.Uri): Promise<ClaimRef | undefined> {
  const NEW = `$(add) ${vscode.l10n.t('New claim…')}`;
  const items = [...claimItems(await allClaims(ctx, folder)), { label: NEW, description: vscode.l10n.t('type the claim this passage bears on') }];
  const pick = await showPick(items, { placeHolder: vscode.l10n.t('Which claim does this passage bear on?'), matchOnDescription: true });
  if (!pick) return undefined;
  if ('ref' in pick && pick.ref) return pick.ref;
  const text = await vscode.window.showInputBox({ prompt: vscode.l10n.t('The claim to check, as one statement'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A claim needs some text')) });
  if (!text?.trim()) return undefined;
  const claim = createClaim(text.trim());
  return (await saveClaim(ctx, folder, claim)) ? { folder, claim } : undefined;
}

export async function setClaimStatus(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await claimFrom(ctx, arg, vscode.l10n.t('Set the status of which claim?'));
  if (!ref) return false;
  const status = await pickStatus(ref.claim.status);
  if (!status || status === ref.claim.status) return false;
  return changeClaim(ctx, ref.folder, ref.claim.id, (c) => ({ ...c, status }));
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
  return changeClaim(ctx, ref.folder, ref.claim.id, (c) => ({ ...c, text: text.trim() }));
}

/** Deletes a claim after confirmation, with the evidence filed under it. */
export async function deleteClaim(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await claimFrom(ctx, arg, vscode.l10n.t('Delete which claim?'));
  if (!ref) return false;
  const articles = await articlesIn(ref.folder);
  let evidence = 0;
  for (const a of articles) {
    const s = await ctx.store.sidecar(a);
    if (s.kind === 'ok') evidence += s.value.annotations.filter((x) => x.kind === 'evidence' && x.claimId === ref.claim.id).length;
  }
  const claimText = excerpt(ref.claim.text, 80);
  const remove = vscode.l10n.t('Delete');
  const choice = await showWarning(
    evidence === 0
      ? vscode.l10n.t('Delete the claim “{0}”?', claimText)
      : evidence === 1
        ? vscode.l10n.t('Delete the claim “{0}” and its 1 evidence passage?', claimText)
        : vscode.l10n.t('Delete the claim “{0}” and its {1} evidence passages?', claimText, evidence),
    { modal: true, detail: vscode.l10n.t('The claim is removed from crosscheck.claims.json and its evidence from the sidecars.') },
    remove,
  );
  if (choice !== remove) return false;
  const deleted = await ctx.store.updateRegistry(ref.folder, (r) => ({ ...r, claims: r.claims.filter((c) => c.id !== ref.claim.id) }));
  if (!deleted) return false;
  for (const a of articles) {
    await ctx.store.updateSidecar(a, (s) => {
      const kept = s.annotations.filter((x) => !(x.kind === 'evidence' && x.claimId === ref.claim.id));
      return kept.length === s.annotations.length ? undefined : { ...s, annotations: kept };
    });
  }
  return true;
}

/** Removes evidence: the nodes selected in the view, or the evidence under the cursor. */
export async function removeEvidence(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<boolean> {
  let nodes: EvidenceNode[] = (Array.isArray(selected) ? (selected as ClaimsNode[]) : [arg as ClaimsNode])
    .filter((n): n is EvidenceNode => typeof n === 'object' && n !== null && n.kind === 'evidence');
  if (nodes.length === 0) {
    const here = await evidenceAtCursor(ctx);
    if (!here) return Boolean(tell(vscode.l10n.t('Put the cursor in a passage filed as evidence, or pick the evidence in the Claims view.')));
    nodes = [here];
  }
  let removed = false;
  for (const n of nodes) {
    removed =
      (await ctx.store.updateSidecar(n.article, (s) => {
        const kept = s.annotations.filter((a) => a.id !== n.annotation.id);
        return kept.length === s.annotations.length ? undefined : { ...s, annotations: kept };
      })) || removed;
  }
  return removed;
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

export async function revealClaimNode(ctx: CommandContext, match: { claimId?: string; annotationId?: string }): Promise<boolean> {
  const node = await ctx.claims.find(match);
  if (!node) return false;
  await ctx.claims.view.reveal(node, { select: true, focus: true, expand: true });
  return true;
}
