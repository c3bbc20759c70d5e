// The Claims view: claim → evidence (article, excerpt, stance). Claims come from each folder's
// registry, evidence from the sidecars of the articles in that folder, claims in the folder's
// manual order unless another sort is on. Evidence can be dragged onto another claim of the same
// folder; a claim dragged onto another takes its place (onto the folder: goes last).
import * as path from 'path';
import * as vscode from 'vscode';
import { sourceName } from '../analysis/sourceName';
import type { Claim, ClaimStatus, EvidenceAnnotation, Stance } from '../../core/storage/model';
import { escapeMarkdown, excerpt, quoted } from '../text/markdown';
import type { Services } from '../services';
import { readableValue, readInPart } from '../storage/storageBackend';
import { sidecarUriFor } from '../storage/sidecarStore';
import type { EditStep } from '../storage/editStep';
import { missingSourcesIn } from '../storage/missingSources';
import { ClaimsTrustNodes, isTrustNode, type TrustNode } from '../storage/orphans';
import { ClaimSuggestions, isSuggestionGroupNode, isSuggestionsNode, type SuggestionGroupNode, type SuggestionsNode } from './suggestions';
import { snapshotTree, type TreeSnapshot } from './treeSnapshot';
import { plainText, safeTreeItemOf, showInformation, showWarning } from '../text/messageText';
import { matchesClaim, sortClaims, type ClaimFacts } from './filters/claimFilter';
import { claimsFilterState, type ClaimsFilterState } from './filters/viewFilterState';
import { STANCE_CODICON, stanceBorderColor } from '../editor/decorationStyles';
import { stanceLabel, statusLabel } from '../text/labels';
import { checkedMarkdown, checkedText, decidedMarkdown } from '../trail/trailText';
import { reorderClaim } from './claimOrder';

export const REVEAL_EVIDENCE_COMMAND = 'crosscheck._revealEvidence';
const DRAG_MIME = 'application/vnd.code.tree.crosscheck.claims';
const CLAIM_DRAG_MIME = 'application/vnd.code.tree.crosscheck.claims.claim';

export type ClaimsNode =
  | { kind: 'folder'; folder: vscode.Uri }
  | { kind: 'claim'; folder: vscode.Uri; claim: Claim; evidence: EvidenceNode[]; unreadable: UnreadableSidecarNode[] }
  | EvidenceNode
  | UnreadableSidecarNode
  | SuggestionsNode
  | SuggestionGroupNode
  | TrustNode;

export interface EvidenceNode {
  kind: 'evidence';
  folder: vscode.Uri;
  article: vscode.Uri;
  annotation: EvidenceAnnotation;
  /** False when the passage is no longer in the article (it was edited away). */
  placed: boolean;
  /** True when the article file itself is gone (its sidecar is kept). */
  missing?: boolean;
  /** Set while the passage was found only by a fuzzy or far re-anchor ("moved — confirm?"): the words there now. */
  moved?: { current: string };
}

/**
 * A sidecar of the folder that cannot be read (or only in part): the evidence in it cannot be
 * counted, so every claim of the folder shows it as missing rather than silently dropping it.
 */
export interface UnreadableSidecarNode {
  kind: 'unreadableSidecar';
  folder: vscode.Uri;
  claimId: string;
  article: vscode.Uri;
  message: string;
  /** True when part of it could be read (its readable evidence is listed; the rest may be missing). */
  partial: boolean;
}

export const STATUS_ICONS: Record<ClaimStatus, [string, string]> = {
  unverified: ['circle-large-outline', 'disabledForeground'],
  supported: ['pass-filled', 'testing.iconPassed'],
  disputed: ['warning', 'list.warningForeground'],
  false: ['error', 'testing.iconFailed'],
  'needs-context': ['info', 'notificationsInfoIcon.foreground'],
};
/** Stance icons: the codicon says the stance; the theme colour only adds to it. */
const STANCE_ICONS: Record<Stance, [string, string]> = {
  supports: [STANCE_CODICON.supports, stanceBorderColor('supports')],
  disputes: [STANCE_CODICON.disputes, stanceBorderColor('disputes')],
  mentions: [STANCE_CODICON.mentions, stanceBorderColor('mentions')],
};

export interface ClaimsTreeHandle extends vscode.Disposable {
  view: vscode.TreeView<ClaimsNode>;
  /** The node of a claim or an evidence annotation, for reveal(). */
  find(match: { claimId?: string; annotationId?: string }): Promise<ClaimsNode | undefined>;
  snapshot(): Promise<TreeSnapshot[]>;
  refresh(): void;
  /** Drags evidence onto a claim through the view's own drag-and-drop controller. */
  dragEvidenceOnto(annotationIds: string[], claimId: string): Promise<void>;
  /** Drags a claim onto another claim (or, with no target, onto its folder) through the same controller. */
  dragClaimOnto(claimId: string, targetClaimId?: string): Promise<void>;
  /** Which claims the view shows, and in what order. */
  filter: ClaimsFilterState;
}

export function registerClaimsTree(services: Services): ClaimsTreeHandle {
  const changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  const filter = claimsFilterState();
  const provider = new ClaimsTreeProvider(services, changed.event, new ClaimSuggestions(services), new ClaimsTrustNodes(services), filter);
  const dragAndDrop = new ClaimsDragAndDrop(services, filter);
  const view = vscode.window.createTreeView('crosscheck.claims', {
    treeDataProvider: provider,
    showCollapseAll: true,
    canSelectMany: true,
    dragAndDropController: dragAndDrop,
  });
  // Background analyses arrive in bursts: one redraw per burst keeps the view (and a reveal in it) steady.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    // The first change of a burst schedules the redraw; later ones join it (never postponed forever).
    pending ??= setTimeout(() => {
      pending = undefined;
      changed.fire(undefined);
    }, 100);
  };
  const disposables = [
    { dispose: () => pending && clearTimeout(pending) },
    changed,
    view,
    filter,
    filter.onDidChange(() => {
      // The active filter shows in the view's title; Clear Filter (a title button) removes it in one click.
      const described = filter.description();
      view.description = described === undefined ? undefined : plainText(described);
      changed.fire(undefined);
    }),
    services.store.onDidChange(refresh),
    services.articles.onDidChange(refresh),
    // Orphaned evidence shows once its article is analysed.
    services.analysis.onDidChange(refresh),
  ];
  const find = async (match: { claimId?: string; annotationId?: string }) => {
    for (const root of await provider.getChildren()) {
      const claims = root.kind === 'folder' ? await provider.getChildren(root) : [root];
      for (const c of claims) {
        if (c.kind !== 'claim') continue;
        if (match.claimId && c.claim.id === match.claimId && !match.annotationId) return c;
        const e = c.evidence.find((x) => x.annotation.id === match.annotationId);
        if (e) return e;
      }
    }
    return undefined;
  };
  return {
    view,
    find,
    filter,
    snapshot: () => snapshotTree(provider),
    refresh,
    dragEvidenceOnto: async (annotationIds, claimId) => {
      const sources = (await Promise.all(annotationIds.map((annotationId) => find({ annotationId })))).filter((n): n is NonNullable<typeof n> => n !== undefined);
      const target = await find({ claimId });
      const data = new vscode.DataTransfer();
      dragAndDrop.handleDrag(sources, data);
      await dragAndDrop.handleDrop(target, data);
    },
    dragClaimOnto: async (claimId, targetClaimId) => {
      const source = await find({ claimId });
      if (!source) return;
      const target = targetClaimId ? await find({ claimId: targetClaimId }) : { kind: 'folder' as const, folder: source.folder };
      const data = new vscode.DataTransfer();
      dragAndDrop.handleDrag([source], data);
      await dragAndDrop.handleDrop(target, data);
    },
    dispose: () => disposables.forEach((d) => d.dispose()),
  };
}

class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode> {
  constructor(
    private readonly services: Services,
    readonly onDidChangeTreeData: vscode.Event<ClaimsNode | undefined>,
    private readonly suggestions: ClaimSuggestions,
    private readonly trust: ClaimsTrustNodes,
    private readonly filter: ClaimsFilterState,
  ) {}

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node) {
      const folders = await this.services.articles.registryFolders();
      if (folders.length === 1) return this.folderChildren(folders[0]);
      return folders.map((folder) => ({ kind: 'folder', folder }));
    }
    if (node.kind === 'folder') return this.folderChildren(node.folder);
    if (isSuggestionsNode(node) || isSuggestionGroupNode(node)) return this.suggestions.children(node);
    if (isTrustNode(node)) return this.trust.children(node);
    if (node.kind === 'claim') return [...node.evidence, ...node.unreadable];
    return [];
  }

  private async folderChildren(folder: vscode.Uri): Promise<ClaimsNode[]> {
    return [...(await this.claimsOf(folder)), ...(await this.trust.roots(folder)), ...(await this.suggestions.roots(folder))];
  }

  async getParent(node: ClaimsNode): Promise<ClaimsNode | undefined> {
    if (node.kind === 'folder') return undefined;
    if (isTrustNode(node)) {
      const parent = await this.trust.parent(node);
      if (parent) return parent;
      return (await this.services.articles.registryFolders()).length === 1 ? undefined : { kind: 'folder', folder: node.folder };
    }
    if (isSuggestionsNode(node) || isSuggestionGroupNode(node)) {
      const parent = await this.suggestions.parent(node);
      if (parent) return parent;
      return (await this.services.articles.registryFolders()).length === 1 ? undefined : { kind: 'folder', folder: node.folder };
    }
    if (node.kind === 'evidence' || node.kind === 'unreadableSidecar') {
      const claimId = node.kind === 'evidence' ? node.annotation.claimId : node.claimId;
      const claims = await this.claimsOf(node.folder);
      return claims.find((c) => c.kind === 'claim' && c.claim.id === claimId);
    }
    const folders = await this.services.articles.registryFolders();
    return folders.length === 1 ? undefined : { kind: 'folder', folder: node.folder };
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // Labels, descriptions and tooltips hold file names and passages: neutralised in one place.
    return safeTreeItemOf(this.treeItem(node));
  }

  private treeItem(node: ClaimsNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (node.kind === 'folder') {
      const item = new vscode.TreeItem(path.posix.basename(node.folder.path), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `folder:${node.folder.toString()}`;
      item.resourceUri = node.folder;
      item.iconPath = vscode.ThemeIcon.Folder;
      item.contextValue = 'claimsFolder';
      return item;
    }
    if (node.kind === 'claim') return claimItem(node);
    if (isSuggestionsNode(node) || isSuggestionGroupNode(node)) return this.suggestions.item(node);
    if (isTrustNode(node)) return this.trust.item(node);
    if (node.kind === 'unreadableSidecar') return unreadableSidecarItem(node);
    return evidenceItem(node, sourceName(node.article, this.services.analysis.get(node.article)));
  }

  private async claimsOf(folder: vscode.Uri): Promise<ClaimsNode[]> {
    const registry = await this.services.store.registry(folder);
    const readable = readableValue(registry);
    if (!readable) return [];
    const { nodes: evidence, unreadable } = await this.evidenceIn(folder);
    const facts = readable.claims.map((claim) => this.factsOf(claim, evidence.filter((e) => e.annotation.claimId === claim.id)));
    return sortClaims(facts.filter((f) => matchesClaim(this.filter.filter, f)), this.filter.sort).map(({ claim, evidence: filed }) => ({
      kind: 'claim',
      folder,
      claim,
      evidence: filed,
      unreadable: unreadable.map((u) => ({ kind: 'unreadableSidecar', folder, claimId: claim.id, ...u })),
    }));
  }

  private factsOf(claim: Claim, evidence: EvidenceNode[]): ClaimFacts & { evidence: EvidenceNode[] } {
    return {
      claim,
      evidence,
      outlets: evidence.map((e) => sourceName(e.article, this.services.analysis.get(e.article))),
      passages: evidence.map((e) => e.annotation.target.exact),
      lastChange: [claim.modified, ...evidence.map((e) => e.annotation.modified)].sort().pop() ?? claim.modified,
    };
  }

  private async evidenceIn(folder: vscode.Uri): Promise<{ nodes: EvidenceNode[]; unreadable: { article: vscode.Uri; message: string; partial: boolean }[] }> {
    const nodes: EvidenceNode[] = [];
    const unreadable: { article: vscode.Uri; message: string; partial: boolean }[] = [];
    const missing = new Set((await missingSourcesIn(folder)).map((m) => m.toString()));
    for (const article of [...(await this.services.articles.articlesIn(folder)), ...[...missing].map((m) => vscode.Uri.parse(m))]) {
      const sidecar = await this.services.store.sidecar(article);
      if (sidecar.kind === 'invalid') unreadable.push({ article, message: sidecar.message, partial: readInPart(sidecar) });
      const readable = readableValue(sidecar);
      if (!readable) continue;
      const orphans = new Set(this.services.analysis.get(article)?.analysis.orphans.map((o) => o.id) ?? []);
      const moved = new Map((this.services.analysis.get(article)?.analysis.moved ?? []).map((m) => [m.annotation.id, m.current]));
      for (const a of readable.annotations) {
        if (a.kind === 'evidence') {
          const isMissing = missing.has(article.toString());
          const current = isMissing ? undefined : moved.get(a.id);
          nodes.push({ kind: 'evidence', folder, article, annotation: a, placed: !isMissing && !orphans.has(a.id), ...(isMissing ? { missing: true } : {}), ...(current !== undefined ? { moved: { current } } : {}) });
        }
      }
    }
    nodes.sort((a, b) => a.article.path.localeCompare(b.article.path) || a.annotation.target.start - b.annotation.target.start);
    return { nodes, unreadable };
  }
}

function claimItem(node: Extract<ClaimsNode, { kind: 'claim' }>): vscode.TreeItem {
  const { claim, evidence, unreadable } = node;
  const item = new vscode.TreeItem(excerpt(claim.text, 120), evidence.length || unreadable.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = `claim:${node.folder.toString()}:${claim.id}`;
  const count = (s: Stance) => evidence.filter((e) => e.annotation.stance === s).length;
  const parts = (['supports', 'disputes', 'mentions'] as const).filter((s) => count(s) > 0).map((s) => vscode.l10n.t('{0} {1}', count(s), stanceLabel(s)));
  // Evidence in a sidecar that cannot be read is not counted: the count says so instead of shrinking silently.
  const uncounted = unreadable.length === 0
    ? ''
    : unreadable.length === 1
      ? vscode.l10n.t('evidence in 1 unreadable sidecar not counted')
      : vscode.l10n.t('evidence in {0} unreadable sidecars not counted', unreadable.length);
  const counted = parts.length ? parts.join(', ') : unreadable.length ? '' : vscode.l10n.t('no evidence yet');
  const summary = [counted, uncounted].filter(Boolean).join(' + ');
  item.description = [statusLabel(claim.status), summary].join(' · ');
  // Status and counts in words: the status icon's colour and shape are not read out.
  item.accessibilityInformation = { label: plainText(vscode.l10n.t('Claim: {0}. Status: {1}. {2}', claim.text, statusLabel(claim.status), summary)) };
  const [icon, colour] = STATUS_ICONS[claim.status] ?? STATUS_ICONS.unverified;
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
  item.contextValue = 'claim';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(vscode.l10n.t('**{0}**\n\nStatus: {1}', escapeMarkdown(claim.text), escapeMarkdown(statusLabel(claim.status))));
  if (claim.claimant) tooltip.appendMarkdown(vscode.l10n.t('\n\nClaimant: {0}', escapeMarkdown(claim.claimant)));
  if (claim.context) tooltip.appendMarkdown(vscode.l10n.t('\n\nContext: {0}', escapeMarkdown(claim.context)));
  if (claim.notes) tooltip.appendMarkdown(`\n\n${escapeMarkdown(claim.notes)}`);
  const decided = decidedMarkdown(claim);
  if (decided) tooltip.appendMarkdown(`\n\n${decided}`);
  tooltip.supportThemeIcons = true;
  item.tooltip = tooltip;
  return item;
}

/** `source`: the outlet once a person named it, else the file name (analysis/sourceName.ts). */
function evidenceItem(node: EvidenceNode, source: string): vscode.TreeItem {
  const { annotation } = node;
  const item = new vscode.TreeItem(quoted(annotation.target.exact, 100), vscode.TreeItemCollapsibleState.None);
  item.id = `evidence:${node.article.toString()}:${annotation.id}`;
  const checked = annotation.checked ? ` · ${checkedText(annotation.checked)}` : '';
  const state = node.missing ? vscode.l10n.t(' · missing') : !node.placed ? vscode.l10n.t(' · passage not found') : node.moved ? vscode.l10n.t(' · moved — confirm?') : '';
  item.description = `${stanceLabel(annotation.stance)} · ${source}${state}${checked}`;
  const [icon, colour] = node.missing ? ['warning', 'list.warningForeground'] : !node.placed ? ['question', 'list.warningForeground'] : node.moved ? ['arrow-swap', 'list.warningForeground'] : STANCE_ICONS[annotation.stance];
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
  item.contextValue = 'evidence';
  // While moved, the words marked and the words there now, side by side: the label keeps the marked ones.
  const now = node.moved ? `\n\n${vscode.l10n.t('**Moved — confirm?** Now: {0}', escapeMarkdown(node.moved.current))}` : '';
  item.tooltip = new vscode.MarkdownString(
    [
      `${escapeMarkdown(annotation.target.exact)}${now}`,
      `$(${STANCE_CODICON[annotation.stance]}) *${escapeMarkdown(stanceLabel(annotation.stance))}* · ${escapeMarkdown(source)}`,
      annotation.checked ? checkedMarkdown(annotation.checked) : '',
      decidedMarkdown(annotation),
    ].filter(Boolean).join('\n\n'),
    true,
  );
  item.accessibilityInformation = {
    label: plainText(
      (node.moved
        ? vscode.l10n.t('{0} evidence from {1}, moved, waiting for confirmation. Marked: {2}. Now: {3}', stanceLabel(annotation.stance), source, annotation.target.exact, node.moved.current)
        : vscode.l10n.t('{0} evidence from {1}: {2}', stanceLabel(annotation.stance), source, annotation.target.exact)) + checked,
    ),
  };
  item.command = { title: vscode.l10n.t('Reveal'), command: REVEAL_EVIDENCE_COMMAND, arguments: [node.article.toString(), annotation.id] };
  return item;
}

function unreadableSidecarItem(node: UnreadableSidecarNode): vscode.TreeItem {
  const name = path.posix.basename(node.article.path);
  const item = new vscode.TreeItem(node.partial ? vscode.l10n.t('Some evidence from {0} may be missing', name) : vscode.l10n.t('Evidence from {0} is missing', name), vscode.TreeItemCollapsibleState.None);
  item.id = `unreadable:${node.claimId}:${node.article.toString()}`;
  item.description = node.partial ? vscode.l10n.t('its sidecar can be read only in part') : vscode.l10n.t('its sidecar cannot be read');
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = 'unreadableSidecar';
  item.tooltip = vscode.l10n.t('{0}: {1}. Crosscheck leaves the file untouched. Open it to fix it; the evidence it holds is counted again once it can be read.', path.posix.basename(sidecarUriFor(node.article).path), node.message);
  item.command = { title: vscode.l10n.t('Open File'), command: 'vscode.open', arguments: [sidecarUriFor(node.article)] };
  return item;
}

/**
 * Dragging evidence onto another claim re-files it there (same folder: claims are per folder).
 * Dragging one claim onto another puts it in that claim's place in the manual order.
 */
class ClaimsDragAndDrop implements vscode.TreeDragAndDropController<ClaimsNode> {
  readonly dragMimeTypes = [DRAG_MIME, CLAIM_DRAG_MIME];
  readonly dropMimeTypes = [DRAG_MIME, CLAIM_DRAG_MIME];

  constructor(
    private readonly services: Services,
    private readonly filter: ClaimsFilterState,
  ) {}

  handleDrag(source: readonly ClaimsNode[], data: vscode.DataTransfer): void {
    const evidence = source.filter((n): n is EvidenceNode => n.kind === 'evidence');
    if (evidence.length > 0) {
      data.set(DRAG_MIME, new vscode.DataTransferItem(evidence.map((e) => ({ article: e.article.toString(), folder: e.folder.toString(), id: e.annotation.id }))));
      return;
    }
    // One claim at a time: where several dragged claims should land between the others is a guess.
    const claims = source.filter((n): n is Extract<ClaimsNode, { kind: 'claim' }> => n.kind === 'claim');
    if (claims.length === 1) data.set(CLAIM_DRAG_MIME, new vscode.DataTransferItem({ folder: claims[0].folder.toString(), id: claims[0].claim.id }));
  }

  async handleDrop(target: ClaimsNode | undefined, data: vscode.DataTransfer): Promise<void> {
    const draggedClaim = data.get(CLAIM_DRAG_MIME)?.value as { folder: string; id: string } | undefined;
    if (draggedClaim) return this.dropClaim(target, draggedClaim);
    const raw = data.get(DRAG_MIME)?.value as { article: string; folder: string; id: string }[] | undefined;
    if (!raw || raw.length === 0) return;
    const claim = target?.kind === 'claim' ? target : undefined;
    if (!claim) {
      void showInformation(vscode.l10n.t('Drop evidence onto a claim to move it there.'));
      return;
    }
    await moveEvidence(this.services, raw, claim.folder, claim.claim.id);
  }

  private async dropClaim(target: ClaimsNode | undefined, dragged: { folder: string; id: string }): Promise<void> {
    const folder = target && 'folder' in target ? target.folder : undefined;
    if (!folder || (target?.kind !== 'claim' && target?.kind !== 'folder')) {
      void showInformation(vscode.l10n.t('Drop a claim onto another claim to put it in that place, or onto its folder to put it last.'));
      return;
    }
    if (folder.toString() !== dragged.folder) {
      void showWarning(vscode.l10n.t('A claim can only move among the claims of its own folder: each folder keeps its own claims.'));
      return;
    }
    const registry = readableValue(await this.services.store.registry(folder));
    const claim = registry?.claims.find((c) => c.id === dragged.id);
    if (!claim) return;
    const place = target.kind === 'claim' ? { kind: 'at' as const, claimId: target.claim.id } : { kind: 'end' as const };
    await reorderClaim(this.services, this.filter, folder, claim, place);
  }
}

/** Re-files evidence annotations under another claim; evidence from another folder is refused. */
export async function moveEvidence(services: Services, items: { article: string; folder: string; id: string }[], folder: vscode.Uri, claimId: string): Promise<number> {
  const foreign = items.filter((i) => i.folder !== folder.toString());
  if (foreign.length > 0) {
    void showWarning(vscode.l10n.t('Evidence can only move to a claim of the same folder: each folder keeps its own claims.'));
  }
  const registry = await services.store.registry(folder);
  const claimText = registry.kind === 'ok' ? registry.value.claims.find((c) => c.id === claimId)?.text ?? claimId : claimId;
  const movable = items.filter((i) => i.folder === folder.toString());
  const label =
    movable.length === 1
      ? vscode.l10n.t('move evidence to “{0}”', excerpt(claimText, 60))
      : vscode.l10n.t('move {0} evidence passages to “{1}”', movable.length, excerpt(claimText, 60));
  return services.history.run(label, async (step) => {
    let moved = 0;
    for (const item of movable) {
      if (await refile(services, item, claimId, step)) moved++;
    }
    return moved;
  });
}

function refile(services: Services, item: { article: string; id: string }, claimId: string, step: EditStep): Promise<boolean> {
  return services.store.updateSidecar(
    vscode.Uri.parse(item.article),
    (sidecar) => {
      const found = sidecar.annotations.find((a) => a.id === item.id && a.kind === 'evidence');
      if (!found || found.kind !== 'evidence' || found.claimId === claimId) return undefined;
      return {
        ...sidecar,
        annotations: sidecar.annotations.map((a) => (a === found ? { ...found, claimId, modified: new Date().toISOString() } : a)),
      };
    },
    step,
  );
}
