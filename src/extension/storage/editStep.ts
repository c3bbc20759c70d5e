// One undoable step: every file a user action wrote, each as it was before the action and as the
// action left it. The store records each write into the step it is given; a write that no person
// asked for (re-anchoring after an outside change, undo and redo themselves) is AUTOMATIC and is
// recorded nowhere. The undo history (src/extension/undo) keeps the steps and replays them.
import type * as vscode from 'vscode';
import type { ClaimsRegistry, Sidecar } from '../../core/storage/model';

export type StoredKind = 'sidecar' | 'claims';

export type FileEdit =
  | { kind: 'sidecar'; file: vscode.Uri; before: Sidecar; after: Sidecar }
  | { kind: 'claims'; file: vscode.Uri; before: ClaimsRegistry; after: ClaimsRegistry };

export class EditStep {
  private readonly edits = new Map<string, FileEdit>();

  /** `label` names the action in messages ("delete claim “…”"); it may hold workspace text, neutralised where shown. */
  constructor(readonly label: string) {}

  /** A second write to the same file in one step keeps the first `before` and the latest `after`. */
  record(edit: FileEdit): void {
    const key = edit.file.toString();
    const earlier = this.edits.get(key);
    this.edits.set(key, earlier ? ({ ...edit, before: earlier.before } as FileEdit) : edit);
  }

  get files(): FileEdit[] {
    return [...this.edits.values()];
  }

  get isEmpty(): boolean {
    return this.edits.size === 0;
  }
}

/** A write that is not a person's action: not undoable. */
export const AUTOMATIC = 'automatic';

/** How a write is recorded: into a user's step, or not at all. */
export type WriteStep = EditStep | typeof AUTOMATIC;
