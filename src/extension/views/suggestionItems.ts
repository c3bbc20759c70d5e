// How claim suggestions read in the Claims view: triaged the way a fact-checker works (what
// outlets contradict each other first, then what rests on one outlet, then what several agree
// on), each item naming the outlets and the figures they give, its tooltip quoting each article.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimSuggestion, SuggestionEvidence } from '../../core';
import { escapeMarkdown, excerpt, quoted } from '../text/markdown';
import { plainText } from '../text/messageText';

export type SuggestionStatus = ClaimSuggestion['status'];

/** Group order in the view, with each group's heading, icon and whether it opens expanded. (built on use: vscode.l10n.t needs the loaded bundle). */
export function suggestionGroups(): readonly { status: SuggestionStatus; label: string; icon: [string, string]; expanded: boolean; tooltip: string }[] {
  return [
    {
      status: 'contradicted',
      label: vscode.l10n.t('Contradicted'),
      icon: ['warning', 'list.warningForeground'],
      expanded: true,
      tooltip: vscode.l10n.t('Outlets give different figures for the same thing: check these first.'),
    },
    {
      status: 'single-sourced',
      label: vscode.l10n.t('Single-sourced'),
      icon: ['circle-large-outline', 'descriptionForeground'],
      expanded: true,
      tooltip: vscode.l10n.t('Only one outlet states this: it rests on that outlet alone.'),
    },
    {
      status: 'corroborated',
      label: vscode.l10n.t('Corroborated'),
      icon: ['pass', 'testing.iconPassed'],
      expanded: false,
      tooltip: vscode.l10n.t('Several outlets give the same figure or make the same statement (they may share one source).'),
    },
  ];
}

/** Outlet name per article URI (the sidecar's or the article's own; else the file name). */
export type OutletNames = ReadonlyMap<string, string>;

export function outletOf(names: OutletNames, file: string): string {
  return names.get(file) ?? path.posix.basename(vscode.Uri.parse(file).path);
}

/** A figure as the reader compares it: "1,200", "~2,000" when the writer hedged, "12%", "$2m" as written. */
function figureLabel(evidence: readonly SuggestionEvidence[], value: number): string {
  const withValue = evidence.filter((e) => e.figure?.value === value);
  const figure = withValue[0]?.figure;
  if (!figure) return value.toLocaleString('en');
  const hedge = withValue.every((e) => e.figure?.qualifier) ? '~' : '';
  if (figure.kind === 'percent') return `${hedge}${value.toLocaleString('en')}%`;
  if (figure.kind === 'money' || figure.kind === 'date') return `${hedge}${figure.text.replace(/\s+/g, ' ')}`;
  return `${hedge}${value.toLocaleString('en')}`;
}

/** The figures side by side ("~1,200 · 1,500 · ~2,000") or the kind of statement ("causal"). */
export function suggestionFigures(s: ClaimSuggestion): string {
  const values = [...new Set((s.values ?? []).flatMap((v) => v.values))].sort((a, b) => a - b);
  return values.length > 0 ? values.map((v) => figureLabel(s.evidence, v)).join(' · ') : s.kind;
}

/** "5 outlets"; "Meridian Wire, Jornal do Tejo". */
export function suggestionOutlets(s: ClaimSuggestion, names: OutletNames): string {
  return s.files.length <= 2 ? s.files.map((f) => outletOf(names, f)).join(', ') : vscode.l10n.t('{0} outlets', s.files.length);
}

/**
 * The label leads with what is compared, the figures and what they count ("14 · 17 people"), so a
 * narrow sidebar still shows them; a statement leads with its sentence.
 */
export function suggestionLabel(s: ClaimSuggestion): string {
  if (!s.values?.length) return excerpt(s.text, 60);
  const subject = s.kind === 'count' ? s.subject.split(/\s+/).pop() ?? '' : s.kind === 'percent' && s.subject ? vscode.l10n.t('of {0}', s.subject) : '';
  return `${suggestionFigures(s)}${subject ? ` ${subject}` : ''}`;
}

export function suggestionTooltip(s: ClaimSuggestion, names: OutletNames): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  const heading = suggestionGroups().find((g) => g.status === s.status)?.label ?? s.status;
  tooltip.appendMarkdown(`**${escapeMarkdown(heading)}** · ${escapeMarkdown(s.kind === 'causal' || s.kind === 'comparison' ? vscode.l10n.t('{0} statement', s.kind) : s.subject || s.kind)}`);
  for (const file of s.files) {
    const mine = s.evidence.filter((e) => e.file === file);
    const figures = [...new Set(mine.map((e) => e.figure?.value).filter((v): v is number => v !== undefined))].map((v) => figureLabel(mine, v));
    tooltip.appendMarkdown(`\n\n**${escapeMarkdown(outletOf(names, file))}**${figures.length ? `: ${escapeMarkdown(figures.join(', '))}` : ''}`);
    const sentences = [...new Map(mine.map((e) => [e.sentence.start, e.excerpt])).values()];
    for (const sentence of sentences) tooltip.appendMarkdown(`\n\n> ${escapeMarkdown(excerpt(sentence, 300))}`);
  }
  return tooltip;
}

export function suggestionItem(folder: vscode.Uri, s: ClaimSuggestion, names: OutletNames): vscode.TreeItem {
  const item = new vscode.TreeItem(suggestionLabel(s), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `suggestion:${folder.toString()}:${s.key}`;
  // Outlets, then the sentence the claim would be filed with; the tooltip quotes every outlet.
  item.description = s.values?.length ? `${suggestionOutlets(s, names)} · ${excerpt(s.text, 100)}` : `${suggestionOutlets(s, names)} · ${s.kind}`;
  const heading = suggestionGroups().find((g) => g.status === s.status)?.label ?? s.status;
  item.accessibilityInformation = { label: plainText(vscode.l10n.t('{0}: {1}, {2}. {3}', heading, suggestionLabel(s), suggestionOutlets(s, names), s.text)) };
  const [icon, colour] = suggestionGroups().find((g) => g.status === s.status)!.icon;
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
  item.contextValue = 'suggestion';
  item.tooltip = suggestionTooltip(s, names);
  return item;
}

export function suggestionGroupItem(folder: vscode.Uri, status: SuggestionStatus, count: number): vscode.TreeItem {
  const group = suggestionGroups().find((g) => g.status === status)!;
  const item = new vscode.TreeItem(group.label, group.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `suggestionGroup:${folder.toString()}:${status}`;
  item.description = String(count);
  item.iconPath = new vscode.ThemeIcon(group.icon[0], new vscode.ThemeColor(group.icon[1]));
  item.contextValue = 'suggestionGroup';
  item.tooltip = group.tooltip;
  return item;
}

export function suggestionEvidenceItem(folder: vscode.Uri, s: ClaimSuggestion, evidence: SuggestionEvidence, names: OutletNames): vscode.TreeItem {
  // Outlet and figure first: under a suggestion, the reader compares who says what.
  const figure = evidence.figure ? figureLabel([evidence], evidence.figure.value) : '';
  const item = new vscode.TreeItem(`${outletOf(names, evidence.file)}${figure ? `: ${figure}` : ''}`, vscode.TreeItemCollapsibleState.None);
  item.id = `suggestionEvidence:${folder.toString()}:${s.key}:${evidence.file}:${evidence.start}`;
  item.description = quoted(evidence.excerpt, 100);
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'suggestionEvidence';
  const tooltip = new vscode.MarkdownString(`**${escapeMarkdown(outletOf(names, evidence.file))}** · ${escapeMarkdown(path.posix.basename(vscode.Uri.parse(evidence.file).path))}\n\n> ${escapeMarkdown(evidence.excerpt.replace(/\s+/g, ' '))}`);
  item.tooltip = tooltip;
  item.command = { title: vscode.l10n.t('Reveal'), command: 'crosscheck._revealSpan', arguments: [evidence.file, evidence.start, evidence.end] };
  return item;
}
