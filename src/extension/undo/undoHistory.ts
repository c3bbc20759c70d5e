// The window's undo and redo stacks of user actions on sidecars and claims registries. Each action
// runs inside `run(label, body)`: every write it makes through the store is recorded into one
// EditStep, pushed when the action ends. Undo replays a step's files after → before onto the files
// as they are now (src/core/storage/reapply.ts), redo before → after; both are all or nothing: every
// file is checked first, and a step that no longer applies to one of them writes nothing.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimsRegistry, Sidecar } from '../../core/storage/model';
import { reapplyRegistry, reapplySidecar, type Reapplied } from '../../core/storage/reapply';
import { AUTOMATIC, EditStep, type FileEdit } from '../storage/editStep';
import type { SidecarStore } from '../storage/sidecarStore';
import { emptyRegistry, emptySidecar } from '../storage/sidecarStore';

export type Direction = 'undo' | 'redo';

export type ReplayOutcome =
  | { kind: 'nothing' }
  /** `outsideChanges`: some file had changed since the step; those changes were kept. */
  | { kind: 'done'; step: EditStep; outsideChanges: boolean }
  /** The step no longer applies: `file` changed since in the items listed; nothing was written. */
  | { kind: 'conflict'; step: EditStep; file: string; items: string[] }
  | { kind: 'unreadable'; step: EditStep; file: string };

/** How many steps each stack keeps (the oldest are forgotten first). */
const DEPTH = 200;

export class UndoHistory implements vscode.Disposable {
  private readonly undoable: EditStep[] = [];
  private readonly redoable: EditStep[] = [];
  /** Undo and redo run one at a time, in the order asked. */
  private replaying: Promise<unknown> = Promise.resolve();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly store: SidecarStore) {}

  /** Runs a user action; what it writes becomes one undoable step named `label`. */
  async run<T>(label: string, body: (step: EditStep) => Promise<T>): Promise<T> {
    const step = new EditStep(label);
    try {
      return await body(step);
    } finally {
      if (!step.isEmpty) this.push(step);
    }
  }

  /** The step the next undo (or redo) would replay. */
  peek(direction: Direction): EditStep | undefined {
    const stack = direction === 'undo' ? this.undoable : this.redoable;
    return stack[stack.length - 1];
  }

  /** Undoes the latest step, or `step` when given (a notification's Undo, even after later steps). */
  undo(step?: EditStep): Promise<ReplayOutcome> {
    return this.queue(() => this.replay('undo', step));
  }

  redo(): Promise<ReplayOutcome> {
    return this.queue(() => this.replay('redo'));
  }

  dispose(): void {
    this.emitter.dispose();
  }

  private push(step: EditStep): void {
    this.undoable.push(step);
    if (this.undoable.length > DEPTH) this.undoable.shift();
    // A new action makes the undone ones unreachable, as in any editor.
    this.redoable.length = 0;
    this.emitter.fire();
  }

  private queue(work: () => Promise<ReplayOutcome>): Promise<ReplayOutcome> {
    const next = this.replaying.then(work, work);
    this.replaying = next.catch(() => undefined);
    return next;
  }

  private async replay(direction: Direction, wanted?: EditStep): Promise<ReplayOutcome> {
    const [from, to] = direction === 'undo' ? [this.undoable, this.redoable] : [this.redoable, this.undoable];
    const index = wanted ? from.indexOf(wanted) : from.length - 1;
    if (index < 0) return { kind: 'nothing' };
    const step = from[index];
    // First every file is read as it is now and checked, so a step applies to all its files or to none.
    let outsideChanges = false;
    for (const edit of step.files) {
      const checked = await this.check(direction, edit);
      if (checked.kind === 'unreadable') return { kind: 'unreadable', step, file: fileName(edit) };
      if (checked.kind === 'conflict') {
        // A step overtaken by a later change to the same item will not apply later either: it leaves the history.
        from.splice(index, 1);
        this.emitter.fire();
        return { kind: 'conflict', step, file: fileName(edit), items: checked.items };
      }
      outsideChanges ||= checked.outsideChanges;
    }
    for (const edit of step.files) {
      await this.store.updateFile(edit.kind, edit.file, (current) => {
        const result = reapplyEdit(direction, edit, current);
        return result.kind === 'applied' ? result.value : undefined;
      }, AUTOMATIC);
    }
    from.splice(index, 1);
    to.push(step);
    this.emitter.fire();
    return { kind: 'done', step, outsideChanges };
  }

  private async check(direction: Direction, edit: FileEdit): Promise<Reapplied<Sidecar | ClaimsRegistry> | { kind: 'unreadable' }> {
    const loaded = await this.store.readFresh(edit.kind, edit.file);
    if (loaded.kind === 'invalid') return { kind: 'unreadable' };
    const current = loaded.kind === 'ok' ? loaded.value : edit.kind === 'sidecar' ? emptySidecar() : emptyRegistry();
    return reapplyEdit(direction, edit, current);
  }
}

function reapplyEdit(direction: Direction, edit: FileEdit, current: Sidecar | ClaimsRegistry): Reapplied<Sidecar | ClaimsRegistry> {
  const [from, to] = direction === 'undo' ? [edit.after, edit.before] : [edit.before, edit.after];
  return edit.kind === 'sidecar'
    ? reapplySidecar(from as Sidecar, to as Sidecar, current as Sidecar)
    : reapplyRegistry(from as ClaimsRegistry, to as ClaimsRegistry, current as ClaimsRegistry);
}

const fileName = (edit: FileEdit) => path.posix.basename(edit.file.path);
