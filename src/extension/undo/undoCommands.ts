// `Crosscheck: Undo` and `Redo` (Ctrl+Z / Ctrl+Shift+Z while a Crosscheck view has focus), the
// messages that name the step, and the context keys that say whether there is anything to replay.
import * as vscode from 'vscode';
import { showInformation, showWarning } from '../text/messageText';
import type { EditStep } from '../storage/editStep';
import type { Direction, ReplayOutcome, UndoHistory } from './undoHistory';

export const CAN_UNDO = 'crosscheck.canUndo';
export const CAN_REDO = 'crosscheck.canRedo';

/** Whole sentences per direction, so a translator never assembles a verb into a phrase. */
function words(direction: Direction) {
  const undoing = direction === 'undo';
  return {
    nothing: () => (undoing ? vscode.l10n.t('Crosscheck has nothing to undo in this window.') : vscode.l10n.t('Crosscheck has nothing to redo in this window.')),
    done: (label: string, outsideKept: boolean) =>
      undoing
        ? outsideKept
          ? vscode.l10n.t('Undid: {0}. Changes made since (outside or by other actions) are kept.', label)
          : vscode.l10n.t('Undid: {0}.', label)
        : outsideKept
          ? vscode.l10n.t('Redid: {0}. Changes made since (outside or by other actions) are kept.', label)
          : vscode.l10n.t('Redid: {0}.', label),
    conflict: (label: string, file: string, items: readonly string[]) => {
      const list = items.join(', ');
      if (undoing) {
        return items.length === 1
          ? vscode.l10n.t('Cannot undo “{0}”: {1} has changed since in the same item ({2}). Nothing was changed, and the step is removed from the history.', label, file, list)
          : vscode.l10n.t('Cannot undo “{0}”: {1} has changed since in the same items ({2}). Nothing was changed, and the step is removed from the history.', label, file, list);
      }
      return items.length === 1
        ? vscode.l10n.t('Cannot redo “{0}”: {1} has changed since in the same item ({2}). Nothing was changed, and the step is removed from the history.', label, file, list)
        : vscode.l10n.t('Cannot redo “{0}”: {1} has changed since in the same items ({2}). Nothing was changed, and the step is removed from the history.', label, file, list);
    },
    unreadable: (label: string, file: string) =>
      undoing
        ? vscode.l10n.t('Cannot undo “{0}” now: {1} cannot be read. Nothing was changed; fix the file, then undo again.', label, file)
        : vscode.l10n.t('Cannot redo “{0}” now: {1} cannot be read. Nothing was changed; fix the file, then redo again.', label, file),
    // The button offers the opposite replay.
    again: () => (undoing ? vscode.l10n.t('Redo') : vscode.l10n.t('Undo')),
  };
}

const OTHER: Record<Direction, Direction> = { undo: 'redo', redo: 'undo' };

/** Says what happened (the step's name is workspace text: the message functions neutralise it). */
export function reportReplay(history: UndoHistory, direction: Direction, outcome: ReplayOutcome): ReplayOutcome {
  const say = words(direction);
  switch (outcome.kind) {
    case 'nothing':
      void showInformation(say.nothing());
      break;
    case 'done': {
      const again = say.again();
      void showInformation(say.done(outcome.step.label, Boolean(outcome.outsideChanges)), again).then((choice) =>
        choice === again ? replayAndReport(history, OTHER[direction]) : undefined,
      );
      break;
    }
    case 'conflict':
      void showWarning(say.conflict(outcome.step.label, outcome.file, outcome.items));
      break;
    case 'unreadable':
      void showWarning(say.unreadable(outcome.step.label, outcome.file));
      break;
  }
  return outcome;
}

/** crosscheck.undo: undoes this window's latest Crosscheck action. */
export const undo = (ctx: { history: UndoHistory }): Promise<ReplayOutcome> => replayAndReport(ctx.history, 'undo');

/** crosscheck.redo: redoes the action undone last. */
export const redo = (ctx: { history: UndoHistory }): Promise<ReplayOutcome> => replayAndReport(ctx.history, 'redo');

export async function replayAndReport(history: UndoHistory, direction: Direction, step?: EditStep): Promise<ReplayOutcome> {
  const outcome = direction === 'undo' ? await history.undo(step) : await history.redo();
  return reportReplay(history, direction, outcome);
}

/** Tells the user an action is done and offers to undo it at once (in place of asking first). */
export function offerUndo(history: UndoHistory, message: string, step: EditStep): void {
  const undoLabel = vscode.l10n.t('Undo');
  void showInformation(message, undoLabel).then((choice) => (choice === undoLabel ? replayAndReport(history, 'undo', step) : undefined));
}

export function registerUndoContextKeys(history: UndoHistory): vscode.Disposable {
  const update = () => {
    void vscode.commands.executeCommand('setContext', CAN_UNDO, history.peek('undo') !== undefined);
    void vscode.commands.executeCommand('setContext', CAN_REDO, history.peek('redo') !== undefined);
  };
  update();
  return history.onDidChange(update);
}
