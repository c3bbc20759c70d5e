// Claim suggestions in the Claims view: check-worthy figures and statements lined up across a
// folder's articles by the core (corroborated, single-sourced, contradicted), shown under a
// "Suggestions" node. Accepting one files a claim with evidence in every article that carries it;
// dismissing one is remembered in the folder's registry (dismissedSuggestions).
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimSuggestion, SuggestionEvidence } from '../../core';
import { createAnnotation, createClaim } from '../../core/storage/create';
import type { Annotation, Claim, Stance } from '../../core/storage/model';
import { filedPassages, splitFiledSuggestions, suggestionsDescription, type FiledArticle } from './filedSuggestions';
import type { Services } from '../services';
import { folderOf } from '../storage/sidecarStore';
import type { EditStep } from '../storage/editStep';
import { excerpt } from '../text/markdown';
import { readableValue } from '../storage/storageBackend';
import { suggestionGroups, suggestionEvidenceItem, suggestionGroupItem, suggestionItem, type OutletNames, type SuggestionStatus } from './suggestionItems';

export type SuggestionsNode =
  | { kind: 'suggestions'; folder: vscode.Uri; suggestions: ClaimSuggestion[]; filedCount: number }
  | { kind: 'suggestion'; folder: vscode.Uri; suggestion: ClaimSuggestion }
  | { kind: 'suggestionEvidence'; folder: vscode.Uri; suggestion: ClaimSuggestion; evidence: SuggestionEvidence };

export const SUGGESTION_NODE_KINDS: readonly string[] = ['suggestions', 'suggestion', 'suggestionEvidence'];
export const isSuggestionsNode = (n: unknown): n is SuggestionsNode =>
  typeof n === 'object' && n !== null && SUGGESTION_NODE_KINDS.includes((n as { kind?: string }).kind ?? '');

/** "Contradicted", "Single-sourced", "Corroborated" under Suggestions (not a suggestion: commands ignore it). */
export interface SuggestionGroupNode {
  kind: 'suggestionGroup';
  folder: vscode.Uri;
  status: SuggestionStatus;
  suggestions: ClaimSuggestion[];
}
export const isSuggestionGroupNode = (n: unknown): n is SuggestionGroupNode =>
  typeof n === 'object' && n !== null && (n as { kind?: string }).kind === 'suggestionGroup';

/**
 * The folder's suggestions now, from the articles analysed so far, without the dismissed ones.
 * Computed on the cross-source worker: for a 1 MB article it takes about a second, which the
 * extension host must not spend; only each article's parsed structure is sent, and only when the
 * worker does not hold it already (an edit sends the changed article).
 */
export async function folderSuggestions(services: Services, folder: vscode.Uri, options: { dismissedToo?: boolean } = {}): Promise<ClaimSuggestion[]> {
  const registry = await services.store.registry(folder);
  const dismissed = registry.kind === 'ok' && !options.dismissedToo ? registry.value.dismissedSuggestions : [];
  const states = services.analysis.all().filter((s) => folderOf(s.uri).toString() === folder.toString() && !s.skipped);
  return services.suggestClaims({
    story: folder.toString(),
    sources: states.map((s) => ({ file: s.uri.toString(), hash: s.hash, article: s.analysis.article })),
    dismissed,
  });
}

/** The suggestions a fact-checker has still to look at: not dismissed, not already in a claim's evidence. */
export async function suggestionsToCheck(services: Services, folder: vscode.Uri): Promise<ClaimSuggestion[]> {
  return (await withoutFiled(services, folder, await folderSuggestions(services, folder))).open;
}

/**
 * Splits off the suggestions whose passage is already evidence for one of the folder's claims, as
 * the sidecars say now (read each time: filing evidence must not wait for an article to change).
 */
export async function withoutFiled(services: Services, folder: vscode.Uri, suggestions: ClaimSuggestion[]): Promise<ReturnType<typeof splitFiledSuggestions>> {
  if (suggestions.length === 0) return { open: [], filed: [] };
  const claimIds = new Set(readableValue(await services.store.registry(folder))?.claims.map((c) => c.id) ?? []);
  const articles: FiledArticle[] = [];
  for (const state of services.analysis.all()) {
    if (folderOf(state.uri).toString() !== folder.toString() || state.skipped) continue;
    const annotations = readableValue(await services.store.sidecar(state.uri))?.annotations;
    if (annotations) articles.push({ file: state.uri.toString(), text: state.analysis.article.text, annotations });
  }
  return splitFiledSuggestions(suggestions, filedPassages(articles, claimIds));
}

/** Tree nodes for the Claims view; suggestions are cached until an article or the registry changes. */
export class ClaimSuggestions {
  private readonly cache = new Map<string, { key: string; value: Promise<ClaimSuggestion[]> }>();
  /** Outlet names of each folder's articles, read when its Suggestions node is built. */
  private readonly outlets = new Map<string, OutletNames>();

  constructor(private readonly services: Services) {}

  /** The "Suggestions" node of a folder, or nothing when there is nothing to suggest. */
  async roots(folder: vscode.Uri): Promise<SuggestionsNode[]> {
    const { open: suggestions, filed } = await this.visible(folder);
    if (suggestions.length === 0) return [];
    this.outlets.set(folder.toString(), await this.outletNames(suggestions));
    return [{ kind: 'suggestions', folder, suggestions, filedCount: filed.length }];
  }

  /** Suggestions → status groups (non-empty, in triage order) → suggestions → evidence. */
  children(node: SuggestionsNode | SuggestionGroupNode): (SuggestionsNode | SuggestionGroupNode)[] {
    if (node.kind === 'suggestions') {
      return suggestionGroups().map((g) => ({ kind: 'suggestionGroup' as const, folder: node.folder, status: g.status, suggestions: node.suggestions.filter((s) => s.status === g.status) })).filter(
        (g) => g.suggestions.length > 0,
      );
    }
    if (node.kind === 'suggestionGroup') return node.suggestions.map((suggestion) => ({ kind: 'suggestion', folder: node.folder, suggestion }));
    if (node.kind === 'suggestion') return node.suggestion.evidence.map((evidence) => ({ kind: 'suggestionEvidence', folder: node.folder, suggestion: node.suggestion, evidence }));
    return [];
  }

  /** The parent node; the Suggestions node's own parent (folder or root) is the caller's business. */
  async parent(node: SuggestionsNode | SuggestionGroupNode): Promise<SuggestionsNode | SuggestionGroupNode | undefined> {
    if (node.kind === 'suggestions') return undefined;
    const { open: suggestions, filed } = await this.visible(node.folder);
    if (node.kind === 'suggestionGroup') return { kind: 'suggestions', folder: node.folder, suggestions, filedCount: filed.length };
    if (node.kind === 'suggestion') {
      const status = node.suggestion.status;
      return { kind: 'suggestionGroup', folder: node.folder, status, suggestions: suggestions.filter((s) => s.status === status) };
    }
    return { kind: 'suggestion', folder: node.folder, suggestion: node.suggestion };
  }

  item(node: SuggestionsNode | SuggestionGroupNode): vscode.TreeItem {
    const names = this.outlets.get(node.folder.toString()) ?? new Map<string, string>();
    if (node.kind === 'suggestions') {
      const item = new vscode.TreeItem(vscode.l10n.t('Suggestions'), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `suggestions:${node.folder.toString()}`;
      item.description = suggestionsDescription(node.suggestions, node.filedCount);
      item.iconPath = new vscode.ThemeIcon('lightbulb');
      item.contextValue = 'suggestions';
      item.tooltip =
        vscode.l10n.t('Figures, dates, comparisons and causal claims found in the articles, lined up across outlets. Accept one to make it a claim with its evidence.') +
        (node.filedCount ? vscode.l10n.t(' Not shown: {0} already in the evidence of a claim.', node.filedCount) : '');
      return item;
    }
    if (node.kind === 'suggestionGroup') return suggestionGroupItem(node.folder, node.status, node.suggestions.length);
    if (node.kind === 'suggestion') return suggestionItem(node.folder, node.suggestion, names);
    return suggestionEvidenceItem(node.folder, node.suggestion, node.evidence, names);
  }

  /** The outlet of each article the suggestions cite: its sidecar's, else the one its text names. */
  private async outletNames(suggestions: readonly ClaimSuggestion[]): Promise<OutletNames> {
    const names = new Map<string, string>();
    for (const file of new Set(suggestions.flatMap((s) => s.files))) {
      const uri = vscode.Uri.parse(file);
      const sidecar = await this.services.store.sidecar(uri);
      const outlet = (sidecar.kind === 'ok' ? sidecar.value.source.outlet : undefined) ?? this.services.analysis.get(uri)?.analysis.article.meta.outlet;
      if (outlet?.trim()) names.set(file, outlet.trim());
    }
    return names;
  }

  /** The folder's suggestions split into those to check and those already in a claim's evidence. */
  private async visible(folder: vscode.Uri): Promise<ReturnType<typeof splitFiledSuggestions>> {
    return withoutFiled(this.services, folder, await this.of(folder));
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
  return services.history.run(vscode.l10n.t('accept suggestion “{0}”', excerpt(s.text, 60)), (step) => fileSuggestion(services, folder, s, claim, step));
}

async function fileSuggestion(services: Services, folder: vscode.Uri, s: ClaimSuggestion, claim: Claim, step: EditStep): Promise<Claim | undefined> {
  const saved = await services.store.updateRegistry(
    folder,
    (r) => ({
      ...r,
      claims: [...r.claims, claim],
      dismissedSuggestions: [...new Set([...r.dismissedSuggestions, s.key])].sort(),
    }),
    step,
  );
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
    await services.store.updateSidecar(article, (sc) => ({ ...sc, annotations: [...sc.annotations, ...annotations] }), step);
  }
  return claim;
}

export async function dismissSuggestion(services: Services, folder: vscode.Uri, key: string, text: string): Promise<boolean> {
  return services.history.run(vscode.l10n.t('dismiss suggestion “{0}”', excerpt(text, 60)), (step) =>
    services.store.updateRegistry(
      folder,
      (r) => (r.dismissedSuggestions.includes(key) ? undefined : { ...r, dismissedSuggestions: [...r.dismissedSuggestions, key].sort() }),
      step,
    ),
  );
}

function suggestionNote(s: ClaimSuggestion): string {
  const name = (file: string) => path.posix.basename(vscode.Uri.parse(file).path);
  const values = (s.values ?? []).map((v) => `${name(v.file)}: ${v.values.map((x) => x.toLocaleString('en')).join(', ')}`);
  return `Suggested by Crosscheck (${s.status}, ${s.kind}) from ${s.files.map(name).join(', ')}.${values.length ? ` Figures: ${values.join('; ')}.` : ''}`;
}
