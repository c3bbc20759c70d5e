// "Move Evidence to Another Claim…": the keyboard path for dragging evidence onto a claim in the
// Claims view. It acts on the evidence the context menu was opened on (or the view's selection)
// and asks for a claim of the same folder.
import * as vscode from 'vscode';
import { moveEvidence as refile, type ClaimsNode, type EvidenceNode } from '../views/claimsTree';
import { allClaims, pickClaim, tell, type CommandContext } from './targets';

const isEvidence = (n: unknown): n is EvidenceNode => typeof n === 'object' && n !== null && (n as ClaimsNode).kind === 'evidence';

export async function moveEvidence(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<number> {
  const chosen = Array.isArray(selected) ? selected.filter(isEvidence) : isEvidence(arg) ? [arg] : ctx.claims.view.selection.filter(isEvidence);
  if (chosen.length === 0) return tell(vscode.l10n.t('Pick the evidence to move in the Claims view first.')) ?? 0;
  const folder = chosen[0].folder;
  const current = new Set(chosen.map((e) => e.annotation.claimId));
  // Each folder keeps its own claims: evidence can only move to a claim of its folder.
  const candidates = (await allClaims(ctx, folder)).filter((ref) => !(current.size === 1 && current.has(ref.claim.id)));
  const target = await pickClaim(ctx, candidates, vscode.l10n.t('Move the evidence to which claim?'));
  if (!target) return 0;
  const items = chosen.map((e) => ({ article: e.article.toString(), folder: e.folder.toString(), id: e.annotation.id }));
  return refile(ctx, items, target.folder, target.claim.id);
}
