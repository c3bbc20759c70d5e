// The Sources view: every article with its outlet, date and counts; under each, quotes grouped by
// speaker and entities grouped by type. Articles are analysed in the background the first time
// the view is shown, one at a time.
import * as path from 'path';
import * as vscode from 'vscode';
import type { Entity, EntityType, Quote } from '../../core';
import type { Annotation } from '../../core/storage/model';
import type { ArticleState } from '../analysis/documentAnalysis';
import { REVEAL_SPAN_COMMAND, escapeMarkdown, quoted } from '../text/markdown';
import { allMissingSources, missingNode, missingSourceItem, type MissingSourceNode } from '../storage/missingSources';
import type { Services } from '../services';
import { snapshotTree, type TreeSnapshot } from './treeSnapshot';
import { plainText, safeTreeItemOf } from '../text/messageText';
import { isSourceFiltered, matchesSource } from './filters/sourceFilter';
import { sourcesFilterState, type SourcesFilterState } from './filters/viewFilterState';
import { ENTITY_CODICON } from '../editor/decorationStyles';
import { entitiesCount, entityTypeHeading, entityTypeLabel, evidenceCount, mentionsCount, quotesCount, stanceLabel } from '../text/labels';
import { httpUrl } from '../../core/untrustedText';
import { sourceName } from '../analysis/sourceName';
import { folderOf } from '../storage/sidecarStore';

export type SourcesNode =
  /** A story folder, when there are many articles: its articles are listed only when it is expanded. */
  | { kind: 'folder'; uri: vscode.Uri }
  | { kind: 'article'; uri: vscode.Uri }
  | { kind: 'quotes'; uri: vscode.Uri }
  | { kind: 'speaker'; uri: vscode.Uri; speaker: string | null }
  | { kind: 'quote'; uri: vscode.Uri; quote: Quote }
  | { kind: 'entities'; uri: vscode.Uri }
  | { kind: 'entityType'; uri: vscode.Uri; type: EntityType }
  | { kind: 'entity'; uri: vscode.Uri; entity: Entity }
  | { kind: 'orphans'; uri: vscode.Uri }
  | { kind: 'orphan'; uri: vscode.Uri; annotation: Annotation }
  /** Under an article too large to analyse without consent: runs Analyze Anyway. */
  | { kind: 'analyzeAnyway'; uri: vscode.Uri }
  | MissingSourceNode;

/** Above this many articles the view groups them by folder, so a large story costs one row until it is opened. */
const GROUP_FROM = 50;

/** A folder row's count of sources, with how many are analysed while some are not. */
function folderDescription(sources: number, analysed: number): string {
  const count = sources === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', sources);
  return analysed < sources ? vscode.l10n.t('{0}, {1} analysed', count, analysed) : count;
}

export interface SourcesTreeHandle extends vscode.Disposable {
  view: vscode.TreeView<SourcesNode>;
  snapshot(): Promise<TreeSnapshot[]>;
  /** Which sources the view shows (outlet, date, speaker). */
  filter: SourcesFilterState;
}

export function registerSourcesTree(services: Services): SourcesTreeHandle {
  const changed = new vscode.EventEmitter<SourcesNode | undefined>();
  const filter = sourcesFilterState();
  const provider = new SourcesTreeProvider(services, changed.event, filter);
  const view = vscode.window.createTreeView('crosscheck.sources', { treeDataProvider: provider, showCollapseAll: true });
  // Analyses arrive one by one in the background: redraw at most a few times a second.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      changed.fire(undefined);
    }, 150);
  };
  const disposables = [
    changed,
    view,
    services.analysis.onDidChange(refresh),
    services.articles.onDidChange(refresh),
    services.store.onDidChange(refresh),
    { dispose: () => pending && clearTimeout(pending) },
    filter,
    filter.onDidChange(() => {
      const described = filter.description();
      view.description = described === undefined ? undefined : plainText(described);
      changed.fire(undefined);
    }),
  ];
  return { view, filter, snapshot: () => snapshotTree(provider), dispose: () => disposables.forEach((d) => d.dispose()) };
}

class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode> {
  /** The rows of each folder as the last listing of the root found them (folder nodes read them, not the disk). */
  private folders = new Map<string, SourcesNode[]>();

  constructor(
    private readonly services: Services,
    readonly onDidChangeTreeData: vscode.Event<SourcesNode | undefined>,
    private readonly filter: SourcesFilterState,
  ) {}

  /** Whether an article passes the filter (one not analysed yet is shown only while no filter is on). */
  private shown(uri: vscode.Uri): boolean {
    const wanted = this.filter.filter;
    if (!isSourceFiltered(wanted)) return true;
    const state = this.services.analysis.get(uri);
    if (!state) return false;
    const source = state.sidecar.kind === 'ok' ? state.sidecar.value.source : {};
    const meta = state.analysis.article.meta;
    const names = [sourceName(uri, state), source.outlet ?? meta.outlet ?? '', path.posix.basename(uri.path)].filter(Boolean);
    return matchesSource(wanted, { names, date: source.date ?? meta.date, speakers: state.analysis.quotes.map((q) => q.speaker) });
  }

  async getChildren(node?: SourcesNode): Promise<SourcesNode[]> {
    const { analysis, articles } = this.services;
    if (!node) {
      analysis.analyzeWorkspace();
      const uris = new Map((await articles.all()).map((u) => [u.toString(), u]));
      for (const s of analysis.all()) uris.set(s.uri.toString(), s.uri);
      const present: SourcesNode[] = [...uris.values()]
        .filter((uri) => this.shown(uri))
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((uri) => ({ kind: 'article', uri }));
      if (isSourceFiltered(this.filter.filter)) return present;
      // Deleted articles whose sidecar is kept: shown as missing, to relink or clean up.
      const rows = [...present, ...(await allMissingSources(articles)).filter((m) => !uris.has(m.toString())).map(missingNode)];
      if (present.length <= GROUP_FROM) return rows;
      const folders = new Map<string, SourcesNode[]>();
      for (const row of rows) {
        const key = folderOf(row.kind === 'missingSource' ? row.article : row.uri).toString();
        const inFolder = folders.get(key);
        if (inFolder) inFolder.push(row);
        else folders.set(key, [row]);
      }
      this.folders = folders;
      return [...folders.values()].map((inFolder) => ({ kind: 'folder' as const, uri: folderOf(inFolder[0].kind === 'missingSource' ? inFolder[0].article : inFolder[0].uri) }))
        .sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
    }
    if (node.kind === 'folder') return this.folders.get(node.uri.toString()) ?? [];
    const state = analysis.get(node.uri);
    if (!state) return [];
    const { quotes, entities } = state.analysis;
    switch (node.kind) {
      case 'article':
        if (state.skipped) return [{ kind: 'analyzeAnyway', uri: node.uri }];
        return [
          { kind: 'quotes', uri: node.uri },
          { kind: 'entities', uri: node.uri },
          ...(state.analysis.orphans.length > 0 ? [{ kind: 'orphans' as const, uri: node.uri }] : []),
        ];
      case 'orphans':
        return state.analysis.orphans.map((annotation) => ({ kind: 'orphan', uri: node.uri, annotation }));
      case 'quotes': {
        const only = this.filter.filter.speaker;
        // Filtered by speaker: that speaker's quotes only.
        const speakers = [...new Set(quotes.map((q) => q.speaker))].filter((s) => only === undefined || s === only);
        const count = (s: string | null) => quotes.filter((q) => q.speaker === s).length;
        // Most-quoted first; the unattributed group last.
        speakers.sort((a, b) => (a === null ? 1 : b === null ? -1 : count(b) - count(a) || a.localeCompare(b)));
        return speakers.map((speaker) => ({ kind: 'speaker', uri: node.uri, speaker }));
      }
      case 'speaker':
        return quotes.filter((q) => q.speaker === node.speaker).map((quote) => ({ kind: 'quote', uri: node.uri, quote }));
      case 'entities':
        return (['person', 'organization', 'place'] as const)
          .filter((type) => entities.some((e) => e.type === type))
          .map((type) => ({ kind: 'entityType', uri: node.uri, type }));
      case 'entityType':
        return entities
          .filter((e) => e.type === node.type)
          .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
          .map((entity) => ({ kind: 'entity', uri: node.uri, entity }));
      default:
        return [];
    }
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // Labels, descriptions and tooltips hold file names and passages: neutralised in one place.
    return safeTreeItemOf(this.treeItem(node));
  }

  private treeItem(node: SourcesNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    const state = this.services.analysis.get(node.uri);
    const { Collapsed, None } = vscode.TreeItemCollapsibleState;
    const id = (suffix: string) => `${node.uri.toString()}#${suffix}`;
    switch (node.kind) {
      case 'folder': {
        // Counted from memory only: the folder's rows were listed with the root, and states are in a map.
        const rows = this.folders.get(node.uri.toString()) ?? [];
        const analysed = rows.filter((r) => r.kind === 'article' && this.services.analysis.get(r.uri)).length;
        const it = item(vscode.workspace.asRelativePath(node.uri), Collapsed, `${node.uri.toString()}#folder`, folderDescription(rows.length, analysed));
        it.resourceUri = node.uri;
        it.contextValue = 'storyFolder';
        return withIcon(it, 'folder');
      }
      case 'article':
        return articleItem(node.uri, state, this.services.analysis.refusal(node.uri), this.services.analysis.isDeferred(node.uri));
      case 'analyzeAnyway': {
        const it = withIcon(item(vscode.l10n.t('Analyze Anyway'), None, id('analyzeAnyway'), vscode.l10n.t('may take a while; runs in the background')), 'play');
        it.tooltip = state?.skipped ? vscode.l10n.t('Not analysed yet: {0}. Analyse it anyway, for this session.', state.skipped) : vscode.l10n.t('Analyse this article now.');
        it.command = { title: vscode.l10n.t('Analyze Anyway'), command: 'crosscheck.analyzeAnyway', arguments: [node.uri] };
        return it;
      }
      case 'missingSource':
        return missingSourceItem(this.services, node);
      case 'quotes': {
        const n = state?.analysis.quotes.length ?? 0;
        return withIcon(item(vscode.l10n.t('Quotes'), n ? Collapsed : None, id('quotes'), `${n}`), 'quote');
      }
      case 'speaker': {
        const n = state?.analysis.quotes.filter((q) => q.speaker === node.speaker).length ?? 0;
        const it = item(node.speaker ?? vscode.l10n.t('Unattributed'), Collapsed, id(`speaker:${node.speaker ?? ''}`), quotesCount(n));
        return withIcon(it, node.speaker ? 'person' : 'question');
      }
      case 'quote': {
        const it = item(quoted(node.quote.text, 90), None, id(`quote:${node.quote.start}`), setBy(node.quote));
        it.contextValue = 'quote';
        it.command = reveal(node.uri, node.quote.start, node.quote.end);
        // The speaker is part of what a screen reader announces and of the tooltip, not only of the tree's nesting.
        const speaker = node.quote.speaker ?? vscode.l10n.t('unattributed');
        it.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(speaker)}**: ${escapeMarkdown(node.quote.text)}`);
        it.accessibilityInformation = { label: plainText(vscode.l10n.t('Quote by {0}: {1}', speaker, node.quote.text)) };
        return it;
      }
      case 'entities': {
        const n = state?.analysis.entities.length ?? 0;
        return withIcon(item(vscode.l10n.t('Entities'), n ? Collapsed : None, id('entities'), `${n}`), 'symbol-misc');
      }
      case 'entityType': {
        const n = state?.analysis.entities.filter((e) => e.type === node.type).length ?? 0;
        return withIcon(item(entityTypeHeading(node.type), Collapsed, id(`type:${node.type}`), `${n}`), ENTITY_CODICON[node.type]);
      }
      case 'orphans': {
        const n = state?.analysis.orphans.length ?? 0;
        const it = withIcon(item(vscode.l10n.t('Decisions whose passage is gone'), Collapsed, id('orphans'), `${n}`), 'warning');
        it.tooltip = vscode.l10n.t('The article was edited and these passages are no longer in it. They are kept in the sidecar: re-create them on the new text, or remove them from the sidecar.');
        return it;
      }
      case 'orphan': {
        const a = node.annotation;
        const it = item(quoted(a.target.exact, 80), None, id(`orphan:${a.id}`), a.kind === 'evidence' ? vscode.l10n.t('evidence ({0})', stanceLabel(a.stance)) : a.kind);
        it.contextValue = 'orphan';
        it.iconPath = new vscode.ThemeIcon('question');
        return it;
      }
      case 'entity': {
        const { entity } = node;
        const it = item(entity.name, None, id(`entity:${entity.type}:${entity.name}`), mentionsCount(entity.mentions.length));
        it.contextValue = 'entity';
        it.accessibilityInformation = { label: plainText(vscode.l10n.t('{0}, {1}, {2}', entity.name, entityTypeLabel(entity.type), mentionsCount(entity.mentions.length))) };
        const first = entity.mentions[0];
        if (first) it.command = reveal(node.uri, first.start, first.end);
        const others = entity.aliases.filter((a) => a !== entity.name);
        if (others.length) it.tooltip = vscode.l10n.t('Also written: {0}', others.join(', '));
        return it;
      }
    }
  }
}

function item(label: string, state: vscode.TreeItemCollapsibleState, id: string, description?: string): vscode.TreeItem {
  const it = new vscode.TreeItem(label, state);
  it.id = id;
  it.description = description;
  return it;
}

function withIcon(it: vscode.TreeItem, icon: string): vscode.TreeItem {
  it.iconPath = new vscode.ThemeIcon(icon);
  return it;
}

function reveal(uri: vscode.Uri, start: number, end: number): vscode.Command {
  return { title: vscode.l10n.t('Reveal'), command: REVEAL_SPAN_COMMAND, arguments: [uri.toString(), start, end] };
}

function articleItem(uri: vscode.Uri, state: ArticleState | undefined, refusal: string | undefined, deferred: boolean): vscode.TreeItem {
  // Named by its outlet once a person gave one (Edit Source Details…), else by its file name.
  const fileName = path.posix.basename(uri.path);
  const name = sourceName(uri, state);
  const it = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
  it.id = uri.toString();
  it.resourceUri = uri;
  it.contextValue = 'article';
  it.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [uri] };
  if (!state && refusal) {
    // Refused (binary, unreadable): say so for good instead of "analysing…" forever.
    it.collapsibleState = vscode.TreeItemCollapsibleState.None;
    it.description = vscode.l10n.t('not analysed: {0}', refusal.replace(/ \(.*\)/, '').replace(/, not an article$/, ''));
    it.tooltip = vscode.l10n.t('Crosscheck does not analyse this file: {0}.', refusal);
    it.iconPath = new vscode.ThemeIcon('circle-slash');
    return it;
  }
  if (!state) {
    // Left by a cancelled background pass: analysed when it is opened.
    it.description = deferred ? vscode.l10n.t('not analysed yet (open it to analyse)') : vscode.l10n.t('analysing…');
    return it;
  }
  // Too large: expanded, so its "Analyze Anyway" row is in sight.
  if (state.skipped) it.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
  const source = state.sidecar.kind === 'ok' ? state.sidecar.value.source : {};
  const meta = state.analysis.article.meta;
  const outlet = source.outlet ?? meta.outlet;
  const date = source.date ?? meta.date;
  const a = state.analysis;
  const counts = [quotesCount(a.quotes.length), entitiesCount(a.entities.length), evidenceCount(a.evidence.length)].join(', ');
  // When the outlet is the label, the file name takes its place in the description.
  it.description = [name === fileName ? outlet : fileName, date, state.skipped ? vscode.l10n.t('not analysed') : counts].filter(Boolean).join(' · ');
  const title = source.title ?? meta.title;
  it.tooltip = [title, outlet, fileName, date, source.url === undefined ? undefined : (httpUrl(source.url) ?? vscode.l10n.t('url: not a web address')), state.skipped ? vscode.l10n.t('Not analysed: {0}', state.skipped) : counts, state.sidecar.kind === 'invalid' ? vscode.l10n.t('Sidecar unreadable: {0}', state.sidecar.message) : undefined]
    .filter(Boolean)
    .join('\n');
  return it;
}

/** Whose decision a quote is: "set by Tom Hale on DATE" when the sidecar says, "set by you" before the trail. */
function setBy(quote: Quote): string | undefined {
  if (quote.origin !== 'human') return undefined;
  return quote.decided ? vscode.l10n.t('set by {0} on {1}', quote.decided.by, quote.decided.at.slice(0, 10)) : vscode.l10n.t('set by you');
}
