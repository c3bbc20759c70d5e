// Claims as a codebook, by command and keyboard as well as by drag: Move Evidence to Another Claim… and
// Change Evidence Stance…, on the evidence selected in the Claims view or under the cursor. Each is
// one undoable step.
import type { Stance } from '../../core/storage/model';
import { evidenceTargets, stanceChoices } from '../commands/claims';
import { allClaims, claimItems, tell, type CommandContext } from '../commands/targets';
import { excerpt } from '../text/markdown';
import { stanceLabel } from '../text/labels';
import * as vscode from 'vscode';
import { showPick } from '../text/messageText';
import { moveEvidence } from '../views/claimsTree';

/** crosscheck.moveEvidence: re-files the selected evidence (or the one at the cursor) under a claim picked from its folder. */
export async function moveEvidenceToClaim(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<number> {
  const nodes = await evidenceTargets(ctx, arg, selected);
  if (nodes.length === 0) return Number(Boolean(tell(vscode.l10n.t('Pick the evidence in the Claims view, or put the cursor in a passage filed as evidence.'))));
  const folder = nodes[0].folder;
  const current = new Set(nodes.map((n) => n.annotation.claimId));
  const items = claimItems((await allClaims(ctx, folder)).filter((ref) => !(current.size === 1 && current.has(ref.claim.id))));
  const pick = await showPick(items, { placeHolder: nodes.length === 1 ? vscode.l10n.t('Move this evidence to which claim?') : vscode.l10n.t('Move {0} evidence passages to which claim?', nodes.length), matchOnDescription: true });
  if (!pick?.ref) return 0;
  return moveEvidence(
    ctx,
    nodes.map((n) => ({ article: n.article.toString(), folder: n.folder.toString(), id: n.annotation.id })),
    pick.ref.folder,
    pick.ref.claim.id,
  );
}

/** crosscheck.setEvidenceStance: supports, disputes or mentions, changed in place. */
export async function setEvidenceStance(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<boolean> {
  const nodes = await evidenceTargets(ctx, arg, selected);
  if (nodes.length === 0) return Boolean(tell(vscode.l10n.t('Pick the evidence in the Claims view, or put the cursor in a passage filed as evidence.')));
  const now = nodes.length === 1 ? nodes[0].annotation.stance : undefined;
  const pick = await showPick(
    stanceChoices().map((s) => ({ ...s, description: s.stance === now ? vscode.l10n.t('{0} (now)', s.description) : s.description })),
    { placeHolder: vscode.l10n.t('How does the passage bear on its claim?') },
  );
  if (!pick) return false;
  const stance: Stance = pick.stance;
  const label =
    nodes.length === 1
      ? vscode.l10n.t('set the stance of “{0}” to {1}', excerpt(nodes[0].annotation.target.exact, 50), stanceLabel(stance))
      : vscode.l10n.t('set the stance of {0} evidence passages to {1}', nodes.length, stanceLabel(stance));
  return ctx.history.run(label, async (step) => {
    let changed = false;
    for (const n of nodes) {
      const written = await ctx.store.updateSidecar(
        n.article,
        (s) => {
          const found = s.annotations.find((a) => a.id === n.annotation.id);
          if (!found || found.kind !== 'evidence' || found.stance === stance) return undefined;
          return { ...s, annotations: s.annotations.map((a) => (a === found ? { ...found, stance, modified: new Date().toISOString() } : a)) };
        },
        step,
      );
      changed ||= written;
    }
    return changed;
  });
}
