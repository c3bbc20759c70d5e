// The Entities view: people, organisations and places across every analysed article, one node per
// real-world entity (outlets name it differently: "Mara Quill", "Ms Quill"), with its mentions
// counted per article. Merges and splits made here are stored as aliasOverrides in the folder's
// crosscheck.claims.json, so the CLI applies them too.
import * as vscode from 'vscode';
import { sourceName } from '../analysis/sourceName';
import type { Entity } from '../../core';
import type { EntityTypeName } from '../../core/storage/model';
import { namesOf } from '../analysis/crossArticle';
import type { ArticleState } from '../analysis/documentAnalysis';
import { escapeMarkdown } from '../text/markdown';
import type { Services } from '../services';
import { snapshotTree, type TreeSnapshot } from './treeSnapshot';
import { plainText, safeTreeItem } from '../text/messageText';
import { matchesEntity } from './filters/entityFilter';
import { entitiesFilterState, type EntitiesFilterState } from './filters/viewFilterState';
import { ENTITY_CODICON, ENTITY_TYPES } from '../editor/decorationStyles';
import { articlesCount, entityTypeHeading, entityTypeLabel, mentionsCount } from '../text/labels';
import { runAtOnce, runInTurns } from './hostTurns';

export interface EntityOccurrence {
  state: ArticleState;
  entity: Entity;
}

export interface StoryEntity {
  /** The name most articles use (the longest on a tie). */
  name: string;
  type: EntityTypeName;
  /** Every name and surface form, across articles. */
  names: string[];
  occurrences: EntityOccurrence[];
  /** Mentions across its occurrences, counted once (the view sorts and labels by it). */
  mentions: number;
}

export type EntitiesNode =
  | { kind: 'entityType'; type: EntityTypeName; entities: StoryEntity[] }
  | { kind: 'storyEntity'; entity: StoryEntity }
  | { kind: 'entityArticle'; entity: StoryEntity; occurrence: EntityOccurrence }
  | { kind: 'moreEntities'; type: EntityTypeName; listed: number; total: number };

/**
 * Entities listed under a type at first and added per "Show more": a story of hundreds of articles
 * names thousands, and sending every row of an expanded type at once held the host.
 */
export const ENTITIES_PAGE = 200;
export const SHOW_MORE_ENTITIES_COMMAND = 'crosscheck._showMoreEntities';

const fold = (s: string) => s.trim().toLocaleLowerCase();

/**
 * Entities of several articles joined into story entities: two are one when they have the same
 * type and one's canonical name is a name of the other (an alias-to-alias match is too loose:
 * "Quill" may be two people).
 */
export function storyEntities(states: readonly ArticleState[]): StoryEntity[] {
  return runAtOnce(storyEntitySteps(states));
}

/** Items looked at between two chances to pause (see storyEntitySteps). */
const ITEMS_PER_STEP = 256;

/**
 * storyEntities as steps: it yields every few hundred items, so the view can spread the join of a
 * story of hundreds of articles (tens of milliseconds) over several turns of the host's event loop.
 */
export function* storyEntitySteps(states: readonly ArticleState[]): Generator<void, StoryEntity[], void> {
  const items: EntityOccurrence[] = states.flatMap((state) => state.analysis.entities.map((entity) => ({ state, entity })));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Appended in place: a story of hundreds of articles names the same people hundreds of times.
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const known = map.get(key);
    if (known) known.push(value);
    else map.set(key, [value]);
  };
  const byName = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    for (const n of namesOf(items[i].entity)) push(byName, `${items[i].entity.type}:${n}`, i);
    if (i % ITEMS_PER_STEP === 0) yield;
  }
  // Each item joins every item that has its canonical name among its names. Joined once per name
  // (the bucket's items together, then the item with the bucket's first): the same groups, without
  // going over a name shared by hundreds of articles once per article that uses it.
  const joined = new Set<number[]>();
  for (let i = 0; i < items.length; i++) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const o = items[i];
    const bucket = byName.get(`${o.entity.type}:${fold(o.entity.name)}`);
    if (!bucket) continue;
    if (!joined.has(bucket)) {
      joined.add(bucket);
      for (const j of bucket) parent[find(j)] = find(bucket[0]);
    }
    parent[find(bucket[0])] = find(i);
  }
  const groups = new Map<number, EntityOccurrence[]>();
  items.forEach((o, i) => push(groups, find(i), o));
  const entities: StoryEntity[] = [];
  for (const occurrences of groups.values()) {
    if (entities.length % ITEMS_PER_STEP === 0) yield;
    entities.push(storyEntity(occurrences));
  }
  // Counted before sorting: a story of hundreds of articles has thousands of entities, and counting in
  // the comparison held the host for hundreds of milliseconds on every refresh.
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

function storyEntity(occurrences: EntityOccurrence[]): StoryEntity {
  const votes = new Map<string, number>();
  for (const o of occurrences) votes.set(o.entity.name, (votes.get(o.entity.name) ?? 0) + 1);
  const name = [...votes].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
  const names = [...new Set(occurrences.flatMap((o) => [o.entity.name, ...o.entity.aliases]))].sort((a, b) => a.localeCompare(b));
  const mentions = occurrences.reduce((n, o) => n + o.entity.mentions.length, 0);
  return { name, type: occurrences[0].entity.type, names, occurrences, mentions };
}

export const mentionCount = (e: StoryEntity) => e.mentions;

export interface EntitiesViewHandle extends vscode.Disposable {
  view: vscode.TreeView<EntitiesNode>;
  snapshot(maxDepth?: number): Promise<TreeSnapshot[]>;
  /** The story entities now (for commands run from the palette). */
  entities(): StoryEntity[];
  /** Which entities the view shows (by type, by name). */
  filter: EntitiesFilterState;
}

export function registerEntitiesView(services: Services): EntitiesViewHandle {
  const changed = new vscode.EventEmitter<EntitiesNode | undefined>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const filter = entitiesFilterState();
  const joined = new JoinedEntities(() => services.analysis.all());
  const provider = new EntitiesProvider(joined, changed.event, filter);
  const view = vscode.window.createTreeView('crosscheck.entities', { treeDataProvider: provider, canSelectMany: true, showCollapseAll: true });
  // Background analysis fires once per article: refresh once it settles.
  const refresh = () => {
    joined.forget();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => changed.fire(undefined), 200);
  };
  const disposables = [
    changed,
    view,
    services.analysis.onDidChange(refresh),
    filter,
    filter.onDidChange(() => {
      const described = filter.description();
      view.description = described === undefined ? undefined : plainText(described);
      changed.fire(undefined);
    }),
    vscode.commands.registerCommand(SHOW_MORE_ENTITIES_COMMAND, (type: unknown) => {
      if (provider.showMore(type)) changed.fire(undefined);
    }),
  ];
  return {
    view,
    filter,
    snapshot: (maxDepth) => snapshotTree(provider, maxDepth),
    entities: () => joined.now(),
    dispose: () => {
      if (timer) clearTimeout(timer);
      disposables.forEach((d) => d.dispose());
    },
  };
}

/**
 * The story entities of the analyses now, joined once per change: the view's refreshes, its filter
 * and the commands share one join, which the view runs over several turns of the event loop.
 */
class JoinedEntities {
  private value: StoryEntity[] | undefined;
  private pending: Promise<StoryEntity[]> | undefined;
  private generation = 0;

  constructor(private readonly states: () => ArticleState[]) {}

  forget(): void {
    this.value = undefined;
    this.pending = undefined;
    this.generation++;
  }

  now(): StoryEntity[] {
    this.value ??= storyEntities(this.states());
    return this.value;
  }

  inTurns(): Promise<StoryEntity[]> {
    if (this.value) return Promise.resolve(this.value);
    if (!this.pending) {
      const generation = this.generation;
      this.pending = runInTurns(storyEntitySteps(this.states())).then((entities) => {
        // A change while joining: this answer is for the analyses before it, and is not kept.
        if (generation === this.generation) this.value = entities;
        return entities;
      });
    }
    return this.pending;
  }
}

class EntitiesProvider implements vscode.TreeDataProvider<EntitiesNode> {
  /** How many entities of each type are listed (pages of ENTITIES_PAGE). */
  private readonly listed = new Map<EntityTypeName, number>();

  constructor(
    private readonly joined: JoinedEntities,
    readonly onDidChangeTreeData: vscode.Event<EntitiesNode | undefined>,
    private readonly filter: EntitiesFilterState,
  ) {}

  /** Lists another page of a type's entities; false for anything but a type. */
  showMore(type: unknown): boolean {
    const known = ENTITY_TYPES.find((t) => t === type);
    if (!known) return false;
    this.listed.set(known, (this.listed.get(known) ?? ENTITIES_PAGE) + ENTITIES_PAGE);
    return true;
  }

  async getChildren(node?: EntitiesNode): Promise<EntitiesNode[]> {
    if (!node) {
      const all = (await this.joined.inTurns()).filter((e) => matchesEntity(this.filter.filter, e));
      return ENTITY_TYPES
        .map((type) => ({ kind: 'entityType' as const, type, entities: all.filter((e) => e.type === type) }))
        .filter((n) => n.entities.length > 0);
    }
    if (node.kind === 'entityType') {
      const listed = this.listed.get(node.type) ?? ENTITIES_PAGE;
      const rows: EntitiesNode[] = node.entities.slice(0, listed).map((entity) => ({ kind: 'storyEntity', entity }));
      if (node.entities.length > listed) rows.push({ kind: 'moreEntities', type: node.type, listed, total: node.entities.length });
      return rows;
    }
    if (node.kind === 'storyEntity') {
      return [...node.entity.occurrences]
        .sort((a, b) => a.state.uri.path.localeCompare(b.state.uri.path))
        .map((occurrence) => ({ kind: 'entityArticle', entity: node.entity, occurrence }));
    }
    return [];
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    // Labels, descriptions and tooltips hold file names and passages: neutralised in one place.
    return safeTreeItem(this.treeItem(node));
  }

  private treeItem(node: EntitiesNode): vscode.TreeItem {
    if (node.kind === 'moreEntities') {
      const item = new vscode.TreeItem(vscode.l10n.t('Show more'), vscode.TreeItemCollapsibleState.None);
      item.id = `moreEntities:${node.type}`;
      item.description = vscode.l10n.t('{0} of {1} listed', node.listed, node.total);
      item.iconPath = new vscode.ThemeIcon('more');
      item.contextValue = 'moreEntities';
      item.command = { title: vscode.l10n.t('Show more'), command: SHOW_MORE_ENTITIES_COMMAND, arguments: [node.type] };
      return item;
    }
    if (node.kind === 'entityType') {
      const item = new vscode.TreeItem(entityTypeHeading(node.type), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `entityType:${node.type}`;
      item.description = String(node.entities.length);
      item.iconPath = new vscode.ThemeIcon(ENTITY_CODICON[node.type]);
      item.contextValue = 'entityType';
      return item;
    }
    if (node.kind === 'storyEntity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `storyEntity:${entity.type}:${entity.name}`;
      const articles = new Set(entity.occurrences.map((o) => o.state.uri.toString())).size;
      item.description = `${mentionsCount(mentionCount(entity))} · ${articlesCount(articles)}`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_CODICON[entity.type]);
      item.accessibilityInformation = { label: plainText(vscode.l10n.t('{0}, {1}, {2} in {3}', entity.name, entityTypeLabel(entity.type), mentionsCount(mentionCount(entity)), articlesCount(articles))) };
      item.contextValue = entity.names.length > 1 ? 'storyEntity.aliased' : 'storyEntity';
      const others = entity.names.filter((n) => n !== entity.name);
      const aliases = others.length ? `\n\n${vscode.l10n.t('Also written: {0}', others.map((n) => `*${escapeMarkdown(n)}*`).join(', '))}` : '';
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(entity.name)}**${aliases}`);
      return item;
    }
    const { occurrence } = node;
    const mentions = occurrence.entity.mentions.filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
    const item = new vscode.TreeItem(sourceName(occurrence.state.uri, occurrence.state), vscode.TreeItemCollapsibleState.None);
    item.id = `entityArticle:${node.entity.type}:${node.entity.name}:${occurrence.state.uri.toString()}:${occurrence.entity.name}`;
    item.resourceUri = occurrence.state.uri;
    item.description = `${mentionsCount(occurrence.entity.mentions.length)}${occurrence.entity.name !== node.entity.name ? vscode.l10n.t(' · as {0}', occurrence.entity.name) : ''}`;
    item.contextValue = 'entityArticle';
    const first = mentions[0];
    if (first) item.command = { title: vscode.l10n.t('Reveal first mention'), command: 'crosscheck._revealSpan', arguments: [occurrence.state.uri.toString(), first.start, first.end] };
    return item;
  }
}
