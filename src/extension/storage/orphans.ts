// What the Claims view shows besides claims, per folder: decisions whose passage cannot be placed
// in the article any more ("Orphaned", kept in the sidecar unchanged until a person re-attaches
// them), decisions found only by a fuzzy or far re-anchor ("Moved — confirm?", old and new words
// side by side until a person confirms or re-attaches them), merge conflicts left in a sidecar or the registry by the merge driver, and sources whose
// article file is missing. Nothing here is ever re-anchored or resolved silently.
import * as path from 'path';
import * as vscode from 'vscode';
import type { MovedDecision } from '../../core/storage/applyDecisions';
import type { Annotation, ClaimsConflict, SidecarConflict } from '../../core/storage/model';
import { escapeMarkdown, quoted, REVEAL_SPAN_COMMAND } from '../text/markdown';
import { plainText } from '../text/messageText';
import { wordingDiffMarkdown } from '../editor/wordingMarkdown';
import { stanceLabel } from '../text/labels';
import { isMissingSourceNode, missingNode, missingSourceItem, missingSourcesIn, type MissingSourceNode } from './missingSources';
import type { Services } from '../services';
import { claimsUriFor, sidecarUriFor } from './sidecarStore';
import { readableValue } from './storageBackend';

export interface OrphanRef {
  article: vscode.Uri;
  annotation: Annotation;
}

export interface MovedRef {
  article: vscode.Uri;
  moved: MovedDecision;
}

export interface ConflictRef {
  /** The sidecar or registry that holds the conflict record. */
  file: vscode.Uri;
  conflict: SidecarConflict | ClaimsConflict;
}

export type TrustNode =
  | { kind: 'orphaned'; folder: vscode.Uri; orphans: OrphanRef[] }
  | ({ kind: 'orphanedAnnotation'; folder: vscode.Uri } & OrphanRef)
  | { kind: 'movedDecisions'; folder: vscode.Uri; moved: MovedRef[] }
  | ({ kind: 'movedDecision'; folder: vscode.Uri } & MovedRef)
  | { kind: 'conflicts'; folder: vscode.Uri; conflicts: ConflictRef[] }
  | ({ kind: 'conflict'; folder: vscode.Uri } & ConflictRef)
  | (MissingSourceNode & { folder: vscode.Uri });

const KINDS: readonly string[] = ['orphaned', 'orphanedAnnotation', 'movedDecisions', 'movedDecision', 'conflicts', 'conflict'];
export const isTrustNode = (n: unknown): n is TrustNode =>
  isMissingSourceNode(n) || (typeof n === 'object' && n !== null && KINDS.includes((n as { kind?: string }).kind ?? ''));

/** Decisions of the folder's analysed articles that could not be placed in the current text. */
export async function orphansIn(services: Services, folder: vscode.Uri): Promise<OrphanRef[]> {
  const refs: OrphanRef[] = [];
  for (const article of await services.articles.articlesIn(folder)) {
    for (const annotation of services.analysis.get(article)?.analysis.orphans ?? []) refs.push({ article, annotation });
  }
  return refs;
}

/** Decisions of the folder's analysed articles placed by a fuzzy or far re-anchor, waiting for a person. */
export async function movedIn(services: Services, folder: vscode.Uri): Promise<MovedRef[]> {
  const refs: MovedRef[] = [];
  for (const article of await services.articles.articlesIn(folder)) {
    for (const moved of services.analysis.get(article)?.analysis.moved ?? []) refs.push({ article, moved });
  }
  return refs;
}

/** Conflict records the merge driver left in the folder's registry and sidecars. */
export async function conflictsIn(services: Services, folder: vscode.Uri): Promise<ConflictRef[]> {
  const refs: ConflictRef[] = [];
  const registry = readableValue(await services.store.registry(folder));
  for (const conflict of registry?.conflicts ?? []) refs.push({ file: claimsUriFor(folder), conflict });
  for (const article of await services.articles.articlesIn(folder)) {
    const sidecar = readableValue(await services.store.sidecar(article));
    for (const conflict of sidecar?.conflicts ?? []) refs.push({ file: sidecarUriFor(article), conflict });
  }
  return refs;
}

/** The extra nodes of the Claims view, one folder at a time. */
/** What a decision is, as its tree row says it ("evidence (supports)", or its kind). */
const decisionKind = (a: Annotation): string => (a.kind === 'evidence' ? vscode.l10n.t('evidence ({0})', stanceLabel(a.stance)) : a.kind);

export class ClaimsTrustNodes {
  constructor(private readonly services: Services) {}

  async roots(folder: vscode.Uri): Promise<TrustNode[]> {
    const [orphans, moved, conflicts, missing] = await Promise.all([orphansIn(this.services, folder), movedIn(this.services, folder), conflictsIn(this.services, folder), missingSourcesIn(folder)]);
    return [
      ...(conflicts.length ? [{ kind: 'conflicts' as const, folder, conflicts }] : []),
      ...(moved.length ? [{ kind: 'movedDecisions' as const, folder, moved }] : []),
      ...(orphans.length ? [{ kind: 'orphaned' as const, folder, orphans }] : []),
      ...missing.map((article) => ({ ...missingNode(article), folder })),
    ];
  }

  children(node: TrustNode): TrustNode[] {
    if (node.kind === 'orphaned') return node.orphans.map((o) => ({ kind: 'orphanedAnnotation', folder: node.folder, ...o }));
    if (node.kind === 'conflicts') return node.conflicts.map((c) => ({ kind: 'conflict', folder: node.folder, ...c }));
    if (node.kind === 'movedDecisions') return node.moved.map((m) => ({ kind: 'movedDecision', folder: node.folder, ...m }));
    return [];
  }

  /** The parent within these nodes; undefined for a root (its parent is the caller's business). */
  async parent(node: TrustNode): Promise<TrustNode | undefined> {
    if (node.kind === 'orphanedAnnotation') return (await this.roots(node.folder)).find((r) => r.kind === 'orphaned');
    if (node.kind === 'conflict') return (await this.roots(node.folder)).find((r) => r.kind === 'conflicts');
    if (node.kind === 'movedDecision') return (await this.roots(node.folder)).find((r) => r.kind === 'movedDecisions');
    return undefined;
  }

  async item(node: TrustNode): Promise<vscode.TreeItem> {
    const folderKey = node.folder.toString();
    switch (node.kind) {
      case 'orphaned': {
        const it = new vscode.TreeItem(vscode.l10n.t('Orphaned'), vscode.TreeItemCollapsibleState.Expanded);
        it.id = `orphaned:${folderKey}`;
        it.description = node.orphans.length === 1 ? vscode.l10n.t('1 decision whose passage is gone') : vscode.l10n.t('{0} decisions whose passage is gone', node.orphans.length);
        it.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        it.tooltip = vscode.l10n.t('These passages are no longer in their article. They are kept in the sidecar unchanged. Select the passage where each belongs and run "Re-attach Annotation to Selection" from its menu.');
        return it;
      }
      case 'orphanedAnnotation': {
        const a = node.annotation;
        const it = new vscode.TreeItem(quoted(a.target.exact, 100), vscode.TreeItemCollapsibleState.None);
        it.id = `orphan:${node.article.toString()}:${a.id}`;
        it.description = `${decisionKind(a)} · ${path.posix.basename(node.article.path)}`;
        it.iconPath = new vscode.ThemeIcon('debug-disconnect');
        it.contextValue = 'orphanedAnnotation';
        it.tooltip = new vscode.MarkdownString(vscode.l10n.t('Original text: {0}\n\nSelect where it belongs in {1}, then run *Re-attach Annotation to Selection*.', escapeMarkdown(a.target.exact), escapeMarkdown(path.posix.basename(node.article.path))));
        it.command = { title: vscode.l10n.t('Open Article'), command: 'vscode.open', arguments: [node.article] };
        return it;
      }
      case 'movedDecisions': {
        const it = new vscode.TreeItem(vscode.l10n.t('Moved — confirm?'), vscode.TreeItemCollapsibleState.Expanded);
        it.id = `moved:${folderKey}`;
        it.description = node.moved.length === 1 ? vscode.l10n.t('1 decision found only approximately') : vscode.l10n.t('{0} decisions found only approximately', node.moved.length);
        it.iconPath = new vscode.ThemeIcon('arrow-swap', new vscode.ThemeColor('list.warningForeground'));
        it.tooltip = vscode.l10n.t('The words of these passages changed, or they stand far from where they were marked. Each is shown where it was found, but nothing is stored until you confirm it ("Confirm Moved Passage") or select the right passage and run "Re-attach Annotation to Selection".');
        return it;
      }
      case 'movedDecision': {
        const { annotation: a, current, span } = node.moved;
        const name = path.posix.basename(node.article.path);
        const it = new vscode.TreeItem(`${quoted(a.target.exact, 60)} → ${quoted(current, 60)}`, vscode.TreeItemCollapsibleState.None);
        it.id = `moved:${node.article.toString()}:${a.id}`;
        it.description = `${decisionKind(a)} · ${vscode.l10n.t('moved — confirm?')} · ${name}`;
        it.iconPath = new vscode.ThemeIcon('arrow-swap');
        it.contextValue = 'movedDecision';
        const tooltip = new vscode.MarkdownString(
          vscode.l10n.t('**Moved — confirm?**\n\nMarked: {0}\n\nNow: {1}\n\nChange: {2}\n\nConfirm it where it is now, or select where it belongs in {3} and re-attach it.', escapeMarkdown(a.target.exact), escapeMarkdown(current), wordingDiffMarkdown(a.target.exact, current), escapeMarkdown(name)),
        );
        it.tooltip = tooltip;
        it.accessibilityInformation = { label: plainText(vscode.l10n.t('Moved, waiting for confirmation, in {0}. Marked: {1}. Now: {2}', name, a.target.exact, current)) };
        it.command = { title: vscode.l10n.t('Reveal'), command: REVEAL_SPAN_COMMAND, arguments: [node.article.toString(), span.start, span.end] };
        return it;
      }
      case 'conflicts': {
        const it = new vscode.TreeItem(vscode.l10n.t('Merge conflicts'), vscode.TreeItemCollapsibleState.Expanded);
        it.id = `conflicts:${folderKey}`;
        it.description = vscode.l10n.t('{0} to resolve', node.conflicts.length);
        it.iconPath = new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('list.errorForeground'));
        it.tooltip = vscode.l10n.t('A merge kept both versions of these items. Open the file, keep the version you want under "conflicts", and delete the record.');
        return it;
      }
      case 'conflict': {
        const c = node.conflict;
        const it = new vscode.TreeItem(`${c.kind} ${c.id}`, vscode.TreeItemCollapsibleState.None);
        it.id = `conflict:${node.file.toString()}:${c.kind}:${c.id}`;
        it.description = path.posix.basename(node.file.path);
        it.iconPath = new vscode.ThemeIcon('git-merge');
        it.contextValue = 'conflict';
        it.tooltip = vscode.l10n.t('Both versions are kept in {0}; click to open it.', path.posix.basename(node.file.path));
        it.command = { title: vscode.l10n.t('Open File'), command: 'vscode.open', arguments: [node.file] };
        return it;
      }
      default:
        return missingSourceItem(this.services, node);
    }
  }
}
