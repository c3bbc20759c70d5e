// Claims as a codebook, on the claims themselves: Merge Claims…, Split Claim…, Edit Claim Details…
// (claimant, context, notes) and Move Claim Up / Down. Each is one undoable step, named for the
// message ("Undid: merge claim “…” into “…”"). The changes themselves are the core's
// (core/storage/codebook.ts); this module asks, and writes every file of the step.
import * as vscode from 'vscode';
import { addClaimAfter, mergeClaimInto, refileEvidence, setClaimDetails, type ClaimDetails } from '../../core/storage/codebook';
import { createClaim } from '../../core/storage/create';
import type { Claim } from '../../core/storage/model';
import { claimName, evidenceTargets, revealClaimNode } from '../commands/claims';
import { allClaims, claimFrom, claimItems, tell, type ClaimRef, type CommandContext } from '../commands/targets';
import { articlesIn } from '../storage/articleFiles';
import { excerpt, quoted } from '../text/markdown';
import { showPick } from '../text/messageText';
import { stanceLabel } from '../text/labels';
import { reorderClaim } from '../views/claimOrder';
import type { ClaimsNode, EvidenceNode } from '../views/claimsTree';

const now = () => new Date().toISOString();

const isClaimNode = (n: unknown): n is Extract<ClaimsNode, { kind: 'claim' }> =>
  typeof n === 'object' && n !== null && (n as ClaimsNode).kind === 'claim' && 'claim' in n;

/** The claims selected in the Claims view (the clicked one first), as refs. */
function selectedClaims(arg: unknown, selected: unknown): ClaimRef[] {
  const nodes = [arg, ...(Array.isArray(selected) ? selected : [])].filter(isClaimNode);
  const seen = new Set<string>();
  return nodes.filter((n) => !seen.has(n.claim.id) && seen.add(n.claim.id)).map((n) => ({ folder: n.folder, claim: n.claim }));
}

/** Every sidecar of the folder can be written (else says which cannot, and nothing is asked or written). */
async function folderWritable(ctx: CommandContext, folder: vscode.Uri): Promise<boolean> {
  if (!(await ctx.store.checkWritable({ folder }))) return false;
  for (const article of await articlesIn(folder)) if (!(await ctx.store.checkWritable({ article }))) return false;
  return true;
}

/**
 * crosscheck.mergeClaims: two claims selected in the Claims view (asks which one's text to keep),
 * or one claim and a second picked from its folder. The other claim's evidence is re-filed, its
 * notes, claimant and context kept, and its text kept as a note.
 */
export async function mergeClaims(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<boolean> {
  const chosen = selectedClaims(arg, selected);
  if (chosen.length > 2) return Boolean(tell(vscode.l10n.t('Select two claims to merge (or one, then pick the other).')));
  let target: ClaimRef | undefined;
  let other: ClaimRef | undefined;
  if (chosen.length === 2) {
    if (chosen[0].folder.toString() !== chosen[1].folder.toString()) return Boolean(tell(vscode.l10n.t('Only claims of the same folder can be merged: each folder keeps its own claims.')));
    const keep = await showPick(
      chosen.map((ref, i) => ({ label: ref.claim.text, description: vscode.l10n.t('keep this text'), index: i })),
      { placeHolder: vscode.l10n.t('Keep which claim’s text? The other’s text is kept as a note, and its evidence moves over.') },
    );
    if (!keep) return false;
    [target, other] = keep.index === 0 ? [chosen[0], chosen[1]] : [chosen[1], chosen[0]];
  } else {
    other = chosen[0] ?? (await claimFrom(ctx, arg, vscode.l10n.t('Merge which claim into another?')));
    if (!other) return false;
    const others = (await allClaims(ctx, other.folder)).filter((ref) => ref.claim.id !== other!.claim.id);
    if (others.length === 0) return Boolean(tell(vscode.l10n.t('There is no other claim in this folder to merge with.')));
    const pick = await showPick(claimItems(others), {
      placeHolder: vscode.l10n.t('Merge “{0}” into which claim? Its text is kept there as a note, and its evidence moves over.', excerpt(other.claim.text, 60)),
      matchOnDescription: true,
    });
    target = pick?.ref;
  }
  if (!target || !other) return false;
  if (!(await folderWritable(ctx, target.folder))) return false;
  const [into, from] = [target, other];
  const note = vscode.l10n.t('Merged from the claim “{0}”.', from.claim.text);
  const merged = await ctx.history.run(vscode.l10n.t('merge claim {0} into {1}', claimName(from.claim), claimName(into.claim)), async (step) => {
    const when = now();
    if (!(await ctx.store.updateRegistry(into.folder, (r) => mergeClaimInto(r, into.claim.id, from.claim.id, note, when), step))) return false;
    for (const article of await articlesIn(into.folder)) {
      await ctx.store.updateSidecar(article, (s) => refileEvidence(s, (e) => e.claimId === from.claim.id, into.claim.id, when), step);
    }
    return true;
  });
  if (merged) void revealClaimNode(ctx, { claimId: into.claim.id });
  return merged;
}

/** Evidence of one claim, picked in a list (from the palette, or a claim's context menu). */
async function pickEvidenceOf(ctx: CommandContext, ref: ClaimRef): Promise<EvidenceNode[] | undefined> {
  const node = await ctx.claims.find({ claimId: ref.claim.id });
  const evidence = isClaimNode(node) ? node.evidence : [];
  if (evidence.length < 2) return tell(vscode.l10n.t('A claim needs two evidence passages or more to split: some stay, the ones you pick move to the new claim.'));
  const picked = await showPick(
    evidence.map((e) => ({ label: quoted(e.annotation.target.exact, 100), description: stanceLabel(e.annotation.stance), node: e })),
    { canPickMany: true, placeHolder: vscode.l10n.t('Which passages move to the new claim?') },
  );
  return picked?.map((p) => p.node);
}

/**
 * crosscheck.splitClaim: the evidence selected in the Claims view (all of one claim), or picked
 * from a claim's evidence, moves to a new claim typed in; it keeps the claimant and context and
 * sits right after the claim it came from.
 */
export async function splitClaim(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<boolean> {
  let evidence = isClaimNode(arg) ? [] : await evidenceTargets(ctx, arg, selected);
  if (evidence.length === 0) {
    const ref = await claimFrom(ctx, arg, vscode.l10n.t('Split which claim?'));
    if (!ref) return false;
    evidence = (await pickEvidenceOf(ctx, ref)) ?? [];
    if (evidence.length === 0) return false;
  }
  const claimIds = new Set(evidence.map((e) => `${e.folder.toString()} ${e.annotation.claimId}`));
  if (claimIds.size > 1) return Boolean(tell(vscode.l10n.t('Select evidence of one claim to split it: the passages picked belong to different claims.')));
  const folder = evidence[0].folder;
  const source = (await allClaims(ctx, folder)).find((ref) => ref.claim.id === evidence[0].annotation.claimId)?.claim;
  if (!source) return Boolean(tell(vscode.l10n.t('That claim is no longer in the registry.')));
  if (!(await folderWritable(ctx, folder))) return false;
  const text = await vscode.window.showInputBox({
    prompt: evidence.length === 1
      ? vscode.l10n.t('The new claim for the passage split off “{0}”', excerpt(source.text, 60))
      : vscode.l10n.t('The new claim for the {0} passages split off “{1}”', evidence.length, excerpt(source.text, 60)),
    value: source.text,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A claim needs some text')),
  });
  if (!text?.trim()) return false;
  const fresh: Claim = createClaim(text.trim(), { ...(source.claimant ? { claimant: source.claimant } : {}) });
  if (source.context) fresh.context = source.context;
  const ids = new Set(evidence.map((e) => e.annotation.id));
  const articles = [...new Set(evidence.map((e) => e.article.toString()))].map((a) => vscode.Uri.parse(a));
  const split = await ctx.history.run(vscode.l10n.t('split {0} off {1}', claimName(fresh), claimName(source)), async (step) => {
    if (!(await ctx.store.updateRegistry(folder, (r) => (r.claims.some((c) => c.id === source.id) ? addClaimAfter(r, fresh, source.id) : undefined), step))) return false;
    const when = now();
    for (const article of articles) await ctx.store.updateSidecar(article, (s) => refileEvidence(s, (e) => ids.has(e.id) && e.claimId === source.id, fresh.id, when), step);
    return true;
  });
  if (split) void revealClaimNode(ctx, { claimId: fresh.id });
  return split;
}

/**
 * crosscheck.editClaimDetails: claimant, context and notes, one box after another, each prefilled
 * with what is stored; Escape in any box leaves the claim as it was. Saved as one step.
 */
export async function editClaimDetails(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await claimFrom(ctx, arg, vscode.l10n.t('Edit the details of which claim?'));
  if (!ref) return false;
  const { claim } = ref;
  const fields: { key: keyof ClaimDetails; prompt: string; placeHolder: string }[] = [
    { key: 'claimant', prompt: vscode.l10n.t('Who made the claim: a person or an organisation (empty: nobody named)'), placeHolder: vscode.l10n.t('e.g. the harbour authority') },
    { key: 'context', prompt: vscode.l10n.t('Where and when the claim was made (empty: none)'), placeHolder: vscode.l10n.t('e.g. a radio interview on 3 May') },
    { key: 'notes', prompt: vscode.l10n.t('Your notes on the claim; exports carry them as the verdict’s explanation (empty: none)'), placeHolder: vscode.l10n.t('e.g. the port office confirmed the dates by phone') },
  ];
  const details: ClaimDetails = { claimant: claim.claimant ?? '', context: claim.context ?? '', notes: claim.notes ?? '' };
  for (const [i, field] of fields.entries()) {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Details of {0} ({1}/{2})', claimName(claim), i + 1, fields.length),
      prompt: field.prompt,
      placeHolder: field.placeHolder,
      value: details[field.key],
    });
    if (value === undefined) return false;
    details[field.key] = value.replace(/\s+/g, ' ');
  }
  return ctx.history.run(vscode.l10n.t('edit the details of {0}', claimName(claim)), (step) =>
    ctx.store.updateRegistry(ref.folder, (r) => setClaimDetails(r, claim.id, details, now()), step),
  );
}

async function moveClaimBy(ctx: CommandContext, kind: 'up' | 'down', arg?: unknown): Promise<boolean> {
  // A keybinding passes no claim: the one selected in the Claims view is the one to move. A hover
  // link's `{ claimId, folder }` names its claim itself.
  const named = typeof arg === 'object' && arg !== null && 'claimId' in arg;
  const chosen = isClaimNode(arg) || named ? [] : ctx.claims.view.selection.filter(isClaimNode);
  if (chosen.length === 1) arg = chosen[0];
  const ref = isClaimNode(arg) ? { folder: arg.folder, claim: arg.claim } : await claimFrom(ctx, arg, kind === 'up' ? vscode.l10n.t('Move which claim up?') : vscode.l10n.t('Move which claim down?'));
  if (!ref) return false;
  const moved = await reorderClaim(ctx, ctx.claims.filter, ref.folder, ref.claim, { kind });
  // Kept selected, so the key can be pressed again to move it further; left closed or open as it was,
  // since a claim opened at each step would push its neighbours out of the view while it travels.
  if (moved) void revealClaimNode(ctx, { claimId: ref.claim.id }, { expand: false });
  return moved;
}

/** crosscheck.moveClaimUp: one place up in the folder's manual order. */
export const moveClaimUp = (ctx: CommandContext, arg?: unknown) => moveClaimBy(ctx, 'up', arg);

/** crosscheck.moveClaimDown: one place down in the folder's manual order. */
export const moveClaimDown = (ctx: CommandContext, arg?: unknown) => moveClaimBy(ctx, 'down', arg);
