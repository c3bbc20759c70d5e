// `Crosscheck: Undo` and `Redo` (Ctrl+Z / Ctrl+Shift+Z while a Crosscheck view has focus), the
// messages that name the step, and the context keys that say whether there is anything to replay.
import * as vscode from 'vscode';
import { showInformation, showWarning } from '../text/messageText';
import type { EditStep } from '../storage/editStep';
import type { Direction, ReplayOutcome, UndoHistory } from './undoHistory';

export const CAN_UNDO = 'crosscheck.canUndo';
export const CAN_REDO = 'crosscheck.canRedo';

const VERB: Record<Direction, { done: string; infinitive: string; other: Direction }> = {
  undo: { done: 'Undid', infinitive: 'undo', other: 'redo' },
  redo: { done: 'Redid', infinitive: 'redo', other: 'undo' },
};

/** Says what happened (the step's name is workspace text: the message functions neutralise it). */
export function reportReplay(history: UndoHistory, direction: Direction, outcome: ReplayOutcome): ReplayOutcome {
  const verb = VERB[direction];
  switch (outcome.kind) {
    case 'nothing':
      void showInformation(`Crosscheck has nothing to ${verb.infinitive} in this window.`);
      break;
    case 'done': {
      const kept = outcome.outsideChanges ? ' Changes made since (outside or by other actions) are kept.' : '';
      const again = verb.other === 'undo' ? 'Undo' : 'Redo';
      void showInformation(`${verb.done}: ${outcome.step.label}.${kept}`, again).then((choice) =>
        choice === again ? replayAndReport(history, verb.other) : undefined,
      );
      break;
    }
    case 'conflict':
      void showWarning(
        `Cannot ${verb.infinitive} “${outcome.step.label}”: ${outcome.file} has changed since in the same ${outcome.items.length === 1 ? 'item' : 'items'} (${outcome.items.join(', ')}). Nothing was changed, and the step is removed from the history.`,
      );
      break;
    case 'unreadable':
      void showWarning(`Cannot ${verb.infinitive} “${outcome.step.label}” now: ${outcome.file} cannot be read. Nothing was changed; fix the file, then ${verb.infinitive} again.`);
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
  void showInformation(message, 'Undo').then((choice) => (choice === 'Undo' ? replayAndReport(history, 'undo', step) : undefined));
}

export function registerUndoContextKeys(history: UndoHistory): vscode.Disposable {
  const update = () => {
    void vscode.commands.executeCommand('setContext', CAN_UNDO, history.peek('undo') !== undefined);
    void vscode.commands.executeCommand('setContext', CAN_REDO, history.peek('redo') !== undefined);
  };
  update();
  return history.onDidChange(update);
}
