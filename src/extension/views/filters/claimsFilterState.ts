// The Claims view's filter and sort for this window (held by the view, never module state). Each
// change redraws the view, shows the filter in its description and sets context keys, so menus
// (the Clear Filter button) and keybindings can react to it.
import * as vscode from 'vscode';
import { describeClaimFilter, isFiltered, type ClaimFilter, type ClaimSort } from './claimFilter';

export const CLAIMS_FILTERED = 'crosscheck.claimsFiltered';
export const CLAIMS_SORT = 'crosscheck.claimsSort';

export class ClaimsFilterState implements vscode.Disposable {
  private current: ClaimFilter = {};
  private order: ClaimSort = 'filed';
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.publish();
  }

  get filter(): ClaimFilter {
    return this.current;
  }

  get sort(): ClaimSort {
    return this.order;
  }

  /** Changes part of the filter (a facet set to undefined is cleared) and, when given, the sort. */
  update(changes: Partial<ClaimFilter>, sort?: ClaimSort): void {
    const next: ClaimFilter = { ...this.current };
    for (const key of Object.keys(changes) as (keyof ClaimFilter)[]) {
      if (changes[key] === undefined) delete next[key];
      else (next as Record<string, unknown>)[key] = changes[key];
    }
    this.current = next;
    if (sort) this.order = sort;
    this.publish();
  }

  /** One click: every facet off, the order back to as filed. */
  clear(): void {
    this.current = {};
    this.order = 'filed';
    this.publish();
  }

  /** What the view's description says (workspace text inside: neutralised by the view). */
  describe(): string | undefined {
    return describeClaimFilter(this.current, this.order);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', CLAIMS_FILTERED, isFiltered(this.current));
    void vscode.commands.executeCommand('setContext', CLAIMS_SORT, this.order);
    this.emitter.fire();
  }
}
