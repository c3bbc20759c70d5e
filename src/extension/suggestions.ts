// Claim suggestions in the Claims view: check-worthy figures and statements lined up across a
// folder's articles by the core (corroborated, single-sourced, contradicted), shown under a
// "Suggestions" node. Accepting one files a claim with evidence in every article that carries it;
// dismissing one is remembered in the folder's registry (dismissedSuggestions).
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimSuggestion, SuggestionEvidence } from '../core';
import { createAnnotation, createClaim } from '../core/storage/create';
import type { Annotation, Claim, Stance } from '../core/storage/model';
import { escapeMarkdown, excerpt } from './markdown';
import type { Services } from './services';
import { folderOf } from './sidecarStore';

export type SuggestionsNode =
  | { kind: 'suggestions'; folder: vscode.Uri; suggestions: ClaimSuggestion[] }
  | { kind: 'suggestion'; folder: vscode.Uri; suggestion: ClaimSuggestion }
  | { kind: 'suggestionEvidence'; folder: vscode.Uri; suggestion: ClaimSuggestion; evidence: SuggestionEvidence };

export const SUGGESTION_NODE_KINDS: readonly string[] = ['suggestions', 'suggestion', 'suggestionEvidence'];
export const isSuggestionsNode = (n: unknown): n is SuggestionsNode =>
  typeof n === 'object' && n !== null && SUGGESTION_NODE_KINDS.includes((n as { kind?: string }).kind ?? '');

const STATUS_ICON: Record<ClaimSuggestion['status'], [string, string]> = {
  contradicted: ['warning', 'list.warningForeground'],
  corroborated: ['pass', 'testing.iconPassed'],
  'single-sourced': ['circle-large-outline', 'descriptionForeground'],
};

/**
 * The folder's suggestions now, from the articles analysed so far, without the dismissed ones.
 * Computed on the cross-source worker: for a 1 MB article it takes about a second, which the
 * extension host must not spend; only each article's parsed structure is sent.
 */
export async function folderSuggestions(services: Services, folder: vscode.Uri): Promise<ClaimSuggestion[]> {
  const registry = await services.store.registry(folder);
  const dismissed = registry.kind === 'ok' ? registry.value.dismissedSuggestions : [];
  const states = services.analysis.all().filter((s) => folderOf(s.uri).toString() === folder.toString() && !s.skipped);
  return services.suggestClaims({ sources: states.map((s) => ({ file: s.uri.toString(), article: s.analysis.article })), dismissed });
}

/** Tree nodes for the Claims view; suggestions are cached until an article or the registry changes. */
export class ClaimSuggestions {
  private readonly cache = new Map<string, { key: string; value: Promise<ClaimSuggestion[]> }>();

  constructor(private readonly services: Services) {}

  /** The "Suggestions" node of a folder, or nothing when there is nothing to suggest. */
  async roots(folder: vscode.Uri): Promise<SuggestionsNode[]> {
    const suggestions = await this.of(folder);
    return suggestions.length > 0 ? [{ kind: 'suggestions', folder, suggestions }] : [];
  }

  children(node: SuggestionsNode): SuggestionsNode[] {
    if (node.kind === 'suggestions') return node.suggestions.map((suggestion) => ({ kind: 'suggestion', folder: node.folder, suggestion }));
    if (node.kind === 'suggestion') return node.suggestion.evidence.map((evidence) => ({ kind: 'suggestionEvidence', folder: node.folder, suggestion: node.suggestion, evidence }));
    return [];
  }

  /** The parent node; the Suggestions node's own parent (folder or root) is the caller's business. */
  async parent(node: SuggestionsNode): Promise<SuggestionsNode | undefined> {
    if (node.kind === 'suggestions') return undefined;
    const suggestions = await this.of(node.folder);
    if (node.kind === 'suggestion') return { kind: 'suggestions', folder: node.folder, suggestions };
    return { kind: 'suggestion', folder: node.folder, suggestion: node.suggestion };
  }

  item(node: SuggestionsNode): vscode.TreeItem {
    if (node.kind === 'suggestions') {
      const item = new vscode.TreeItem('Suggestions', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `suggestions:${node.folder.toString()}`;
      const contradicted = node.suggestions.filter((s) => s.status === 'contradicted').length;
      item.description = `${node.suggestions.length} to check${contradicted ? ` · ${contradicted} contradicted` : ''}`;
      item.iconPath = new vscode.ThemeIcon('lightbulb');
      item.contextValue = 'suggestions';
      item.tooltip = 'Figures, dates, comparisons and causal claims found in the articles, lined up across outlets. Accept one to make it a claim with its evidence.';
      return item;
    }
    if (node.kind === 'suggestion') return suggestionItem(node.folder, node.suggestion);
    const { evidence } = node;
    const item = new vscode.TreeItem(`“${excerpt(evidence.excerpt, 100)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `suggestionEvidence:${node.folder.toString()}:${node.suggestion.key}:${evidence.file}:${evidence.start}`;
    item.description = `${evidence.text.length <= 40 ? `${evidence.text} · ` : ''}${path.posix.basename(vscode.Uri.parse(evidence.file).path)}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'suggestionEvidence';
    item.command = { title: 'Reveal', command: 'crosscheck._revealSpan', arguments: [evidence.file, evidence.start, evidence.end] };
    return item;
  }

  private async of(folder: vscode.Uri): Promise<ClaimSuggestion[]> {
    const registry = await this.services.store.registry(folder);
    const dismissed = registry.kind === 'ok' ? registry.value.dismissedSuggestions.join(',') : '';
    const states = this.services.analysis.all().filter((s) => folderOf(s.uri).toString() === folder.toString());
    const key = `${dismissed}|${states.map((s) => `${s.uri.toString()}#${s.hash}#${s.analysis.quotes.length}`).join('|')}`;
    const cached = this.cache.get(folder.toString());
    if (cached && cached.key === key) return cached.value;
    const value = folderSuggestions(this.services, folder);
    this.cache.set(folder.toString(), { key, value });
    return value;
  }
}

function suggestionItem(folder: vscode.Uri, s: ClaimSuggestion): vscode.TreeItem {
  const item = new vscode.TreeItem(excerpt(s.text, 120), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `suggestion:${folder.toString()}:${s.key}`;
  const outlets = `${s.files.length} article${s.files.length === 1 ? '' : 's'}`;
  item.description = `${s.status} · ${s.kind} · ${outlets}`;
  const [icon, colour] = STATUS_ICON[s.status];
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
  item.contextValue = 'suggestion';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(s.text)}**\n\n${escapeMarkdown(`${s.status} · ${s.kind} · ${s.subject}`)}`);
  for (const v of s.values ?? []) {
    tooltip.appendMarkdown(`\n\n- ${escapeMarkdown(path.posix.basename(vscode.Uri.parse(v.file).path))}: ${escapeMarkdown(v.values.map((x) => x.toLocaleString('en')).join(', '))}`);
  }
  item.tooltip = tooltip;
  return item;
}

/**
 * The stance of each outlet's passage: where figures were compared, an outlet whose figures
 * include one of the first outlet's (whose sentence is the claim) supports it, the others dispute
 * it; a lone outlet, or a statement without a figure, only mentions it.
 */
export function stanceOf(s: ClaimSuggestion, evidence: SuggestionEvidence): Stance {
  if (!evidence.figure || s.files.length < 2) return 'mentions';
  if (s.status === 'corroborated') return 'supports';
  const first = s.values?.find((v) => v.file === s.evidence[0].file)?.values ?? [];
  const mine = s.values?.find((v) => v.file === evidence.file)?.values ?? [evidence.figure.value];
  return mine.some((x) => first.includes(x)) ? 'supports' : 'disputes';
}

/** One passage per article and sentence: the sentence that states the figure or the statement. */
export function passagesOf(s: ClaimSuggestion): { file: string; start: number; end: number; stance: Stance }[] {
  const seen = new Set<string>();
  const out: { file: string; start: number; end: number; stance: Stance }[] = [];
  for (const e of s.evidence) {
    const key = `${e.file}#${e.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file: e.file, start: e.sentence.start, end: e.sentence.end, stance: stanceOf(s, e) });
  }
  return out;
}

/** Files the suggestion as a claim with its evidence, and stops suggesting it. Returns the claim. */
export async function acceptSuggestion(services: Services, folder: vscode.Uri, s: ClaimSuggestion): Promise<Claim | undefined> {
  const status = s.status === 'contradicted' ? 'disputed' : 'unverified';
  const claim = createClaim(s.text, { status, notes: suggestionNote(s) });
  const saved = await services.store.updateRegistry(folder, (r) => ({
    ...r,
    claims: [...r.claims, claim],
    dismissedSuggestions: [...new Set([...r.dismissedSuggestions, s.key])].sort(),
  }));
  if (!saved) return undefined;
  const byFile = new Map<string, ReturnType<typeof passagesOf>>();
  for (const p of passagesOf(s)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, passages] of byFile) {
    const article = vscode.Uri.parse(file);
    const state = await services.analysis.ensure(article);
    if (!state) continue;
    const text = state.analysis.article.text;
    const annotations: Annotation[] = passages
      .filter((p) => p.end <= text.length)
      .map((p) => createAnnotation(text, p.start, p.end, { kind: 'evidence', claimId: claim.id, stance: p.stance }));
    await services.store.updateSidecar(article, (sc) => ({ ...sc, annotations: [...sc.annotations, ...annotations] }));
  }
  return claim;
}

export async function dismissSuggestion(services: Services, folder: vscode.Uri, key: string): Promise<boolean> {
  return services.store.updateRegistry(folder, (r) =>
    r.dismissedSuggestions.includes(key) ? undefined : { ...r, dismissedSuggestions: [...r.dismissedSuggestions, key].sort() },
  );
}

function suggestionNote(s: ClaimSuggestion): string {
  const name = (file: string) => path.posix.basename(vscode.Uri.parse(file).path);
  const values = (s.values ?? []).map((v) => `${name(v.file)}: ${v.values.map((x) => x.toLocaleString('en')).join(', ')}`);
  return `Suggested by Crosscheck (${s.status}, ${s.kind}) from ${s.files.map(name).join(', ')}.${values.length ? ` Figures: ${values.join('; ')}.` : ''}`;
}
