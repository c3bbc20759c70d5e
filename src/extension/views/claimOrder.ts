// Moving a claim in the folder's manual order (Move Claim Up/Down, and dragging a claim in the
// Claims view), as one undoable step. The manual order is the view's "manual order" sort: while
// another sort is on, a move would not show, so the user is asked to switch back first.
import * as vscode from 'vscode';
import { moveClaim, type ClaimPlace } from '../../core/storage/codebook';
import type { Claim } from '../../core/storage/model';
import type { Services } from '../services';
import { excerpt } from '../text/markdown';
import { showInformation } from '../text/messageText';
import type { ClaimsFilterState } from './filters/viewFilterState';

/** Whether the view shows the manual order, switching to it when the user agrees. */
async function manualOrderShown(filter: ClaimsFilterState): Promise<boolean> {
  if (filter.sort === 'filed') return true;
  const use = vscode.l10n.t('Use Manual Order');
  const choice = await showInformation(vscode.l10n.t('The Claims view is sorted, so a claim moved by hand would not show where you put it. Switch the view to manual order, then move it?'), use);
  if (choice !== use) return false;
  filter.update({}, 'filed');
  return true;
}

/** How a move is named in the undo message. */
function moveLabel(claim: Claim, place: ClaimPlace): string {
  const name = excerpt(claim.text, 60);
  switch (place.kind) {
    case 'up':
      return vscode.l10n.t('move claim “{0}” up', name);
    case 'down':
      return vscode.l10n.t('move claim “{0}” down', name);
    default:
      return vscode.l10n.t('move claim “{0}”', name);
  }
}

/** Moves one claim of `folder`; false when it did not move (already there, declined, or gone). */
export async function reorderClaim(services: Services, filter: ClaimsFilterState, folder: vscode.Uri, claim: Claim, place: ClaimPlace): Promise<boolean> {
  if (!(await manualOrderShown(filter))) return false;
  return services.history.run(moveLabel(claim, place), (step) => services.store.updateRegistry(folder, (r) => moveClaim(r, claim.id, place), step));
}
