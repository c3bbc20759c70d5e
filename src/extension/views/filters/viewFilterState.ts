// A view's filter and sort for this window (held by the view, never module state). Each change
// redraws the view, shows the filter in its description and sets context keys, so menus (the Clear
// Filter button) and keybindings can react to it. One class for the Claims and Entities views.
import * as vscode from 'vscode';
import { entityTypeLabel, statusLabel } from '../../text/labels';
import { describeClaimFilter, isFiltered, type ClaimFilter, type ClaimFilterWords, type ClaimSort } from './claimFilter';
import { describeEntityFilter, isEntityFiltered, type EntityFilter, type EntityFilterWords } from './entityFilter';
import { describeSourceFilter, isSourceFiltered, type SourceFilter, type SourceFilterWords } from './sourceFilter';

interface FilterRules<F, S extends string> {
  /** Context key: true while a facet is on. */
  filteredKey: string;
  /** Context key holding the sort (omitted when the view has one order only). */
  sortKey?: string;
  defaultSort: S;
  isFiltered(filter: F): boolean;
  describe(filter: F, sort: S): string | undefined;
}

export class ViewFilterState<F extends object, S extends string = 'none'> implements vscode.Disposable {
  private current = {} as F;
  private order: S;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly rules: FilterRules<F, S>) {
    this.order = rules.defaultSort;
    this.publish();
  }

  get filter(): F {
    return this.current;
  }

  get sort(): S {
    return this.order;
  }

  /** Changes part of the filter (a facet set to undefined is cleared) and, when given, the sort. */
  update(changes: Partial<F>, sort?: S): void {
    const next = { ...this.current } as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    this.current = next as F;
    if (sort) this.order = sort;
    this.publish();
  }

  /** One click: every facet off, the default order back. */
  clear(): void {
    this.current = {} as F;
    this.order = this.rules.defaultSort;
    this.publish();
  }

  /** What the view's description says (workspace text inside: neutralised by the view). */
  describe(): string | undefined {
    return this.rules.describe(this.current, this.order);
  }

  /** The view's description: "filtered: …", neutralised by the caller. */
  description(): string | undefined {
    const described = this.describe();
    return described === undefined ? undefined : vscode.l10n.t('filtered: {0}', described);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', this.rules.filteredKey, this.rules.isFiltered(this.current));
    if (this.rules.sortKey) void vscode.commands.executeCommand('setContext', this.rules.sortKey, this.order);
    this.emitter.fire();
  }
}

export type ClaimsFilterState = ViewFilterState<ClaimFilter, ClaimSort>;
export const CLAIMS_FILTERED = 'crosscheck.claimsFiltered';
export const CLAIMS_SORT = 'crosscheck.claimsSort';

const claimFilterWords: ClaimFilterWords = {
  statuses: (statuses) => statuses.map(statusLabel).join(', '),
  text: (text) => vscode.l10n.t('“{0}”', text),
  outlet: (outlet) => vscode.l10n.t('in {0}', outlet),
  entity: (name) => vscode.l10n.t('naming {0}', name),
  sort: (sort) => {
    switch (sort) {
      case 'filed':
        return vscode.l10n.t('in manual order');
      case 'status':
        return vscode.l10n.t('by status');
      case 'outlets':
        return vscode.l10n.t('by outlets');
      case 'modified':
        return vscode.l10n.t('by last change');
    }
  },
};

export const claimsFilterState = (): ClaimsFilterState =>
  new ViewFilterState<ClaimFilter, ClaimSort>({
    filteredKey: CLAIMS_FILTERED,
    sortKey: CLAIMS_SORT,
    defaultSort: 'filed',
    isFiltered,
    describe: (filter, sort) => describeClaimFilter(filter, sort, claimFilterWords),
  });

export type EntitiesFilterState = ViewFilterState<EntityFilter>;
export const ENTITIES_FILTERED = 'crosscheck.entitiesFiltered';

const entityFilterWords: EntityFilterWords = {
  types: (types) => types.map(entityTypeLabel).join(', '),
  name: (name) => vscode.l10n.t('“{0}”', name),
};

export const entitiesFilterState = (): EntitiesFilterState =>
  new ViewFilterState<EntityFilter>({
    filteredKey: ENTITIES_FILTERED,
    defaultSort: 'none',
    isFiltered: isEntityFiltered,
    describe: (filter, sort) => describeEntityFilter(filter, sort, entityFilterWords),
  });

export type SourcesFilterState = ViewFilterState<SourceFilter>;
export const SOURCES_FILTERED = 'crosscheck.sourcesFiltered';

const sourceFilterWords: SourceFilterWords = {
  outlet: (outlet) => outlet,
  date: (date) => date,
  speaker: (speaker) => vscode.l10n.t('quoting {0}', speaker),
};

export const sourcesFilterState = (): SourcesFilterState =>
  new ViewFilterState<SourceFilter>({
    filteredKey: SOURCES_FILTERED,
    defaultSort: 'none',
    isFiltered: isSourceFiltered,
    describe: (filter, sort) => describeSourceFilter(filter, sort, sourceFilterWords),
  });
