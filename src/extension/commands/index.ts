// The command table: every palette command, keyed by its id without the `crosscheck.` prefix,
// which is added in one place below. test/unit/extension/manifest.test.ts checks that this table
// and package.json's contributes.commands list exactly the same ids.
import * as vscode from 'vscode';
import { REVEAL_EVIDENCE_COMMAND } from '../views/claimsTree';
import { REVEAL_SPAN_COMMAND } from '../text/markdown';
import { acceptSuggestion, dismissSuggestion, mergeEntities, openMatrix, restoreSuggestion, splitEntity } from './acrossSources';
import { addClaimFromSelection, attachEvidence, deleteClaim, editClaim, removeEvidence, revealInClaims, setClaimStatus } from './claims';
import { addNote, correctSpeaker, markEntity, markQuote, suppressHighlight } from './corrections';
import { exportReport } from './exportReport';
import { importAnnotations } from './importAnnotations';
import { editSourceDetails } from './sourceDetails';
import { confirmMovedAnnotation, deleteSidecarOfMissingSource, reattachAnnotation, relinkSource } from './repair';
import { addFolderAsSources, analyzeAnyway, analyzeFile, openSidecar, reanalyze } from './files';
import { revealEvidence, revealSpan } from './internal';
import { setupMergeDriverCommand } from './mergeDriverCommand';
import { toggleLayer } from './layers';
import type { CommandContext } from './targets';
import { showError } from '../text/messageText';
import { redo, undo } from '../undo/undoCommands';
import { moveEvidenceToClaim, setEvidenceStance } from '../codebook/evidenceCommands';
import { markChecked, unmarkChecked } from '../trail/checkCommands';
import { editClaimDetails, mergeClaims, moveClaimDown, moveClaimUp, splitClaim } from '../codebook/claimCommands';
import { findMentionsOfEntity, findQuotesBySpeaker } from '../find/findCommands';
import { clearClaimsFilter, clearEntitiesFilter, clearSourcesFilter, filterClaims, filterEntities, filterSources } from '../views/filters/filterCommands';

export type CommandHandler = (ctx: CommandContext, ...args: unknown[]) => unknown;

const PREFIX = 'crosscheck.';

export const COMMANDS = {
  addClaimFromSelection,
  attachEvidence,
  setClaimStatus,
  editClaim,
  deleteClaim,
  removeEvidence,
  correctSpeaker,
  markQuote,
  markEntity,
  suppressHighlight,
  reanalyze,
  toggleQuotes: toggleLayer('quotes'),
  toggleEntities: toggleLayer('entities'),
  toggleEvidence: toggleLayer('evidence'),
  toggleBoilerplate: toggleLayer('boilerplate'),
  openSidecar,
  revealInClaims,
  analyzeFile,
  analyzeAnyway,
  addFolderAsSources,
  addNote,
  openMatrix,
  acceptSuggestion,
  dismissSuggestion,
  restoreSuggestion,
  mergeEntities,
  splitEntity,
  exportReport,
  reattachAnnotation,
  confirmMovedAnnotation,
  relinkSource,
  deleteSidecarOfMissingSource,
  setupMergeDriver: setupMergeDriverCommand,
  importAnnotations,
  editSourceDetails,
  undo,
  redo,
  findQuotesBySpeaker,
  findMentionsOfEntity,
  filterClaims,
  clearClaimsFilter,
  filterEntities,
  clearEntitiesFilter,
  filterSources,
  clearSourcesFilter,
  moveEvidence: moveEvidenceToClaim,
  setEvidenceStance,
  markChecked,
  unmarkChecked,
  mergeClaims,
  splitClaim,
  editClaimDetails,
  moveClaimUp,
  moveClaimDown,
} satisfies Record<string, CommandHandler>;

/** Not contributed: run by hover links and tree items only. */
const INTERNAL_COMMANDS: Record<string, CommandHandler> = {
  [REVEAL_SPAN_COMMAND]: revealSpan,
  [REVEAL_EVIDENCE_COMMAND]: revealEvidence,
};

export function registerCommands(ctx: CommandContext): vscode.Disposable {
  const register = (id: string, handler: CommandHandler) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(ctx, ...args);
      } catch (e) {
        ctx.log.error(`${id} failed: ${(e as Error).stack ?? String(e)}`);
        void showError(vscode.l10n.t('Crosscheck: {0} failed: {1}', id.slice(PREFIX.length), (e as Error).message));
        return undefined;
      }
    });
  const disposables = [
    ...Object.entries(COMMANDS).map(([name, handler]) => register(PREFIX + name, handler as CommandHandler)),
    ...Object.entries(INTERNAL_COMMANDS).map(([id, handler]) => register(id, handler)),
  ];
  return vscode.Disposable.from(...disposables);
}
