// The trail in words, for hovers and the Claims view: "checked by X on DATE", "added by X on DATE".
// Names come from sidecars (untrusted): Markdown forms escape them here; plain forms are neutralised
// where shown (tree items pass through safeTreeItem).
import * as vscode from 'vscode';
import type { EntityDecision } from '../../core';
import type { Authorship, Decision } from '../../core/storage/model';
import { escapeMarkdown } from '../text/markdown';

/** The day of an ISO time (yyyy-mm-dd): unambiguous in every locale. */
const day = (at: string) => at.slice(0, 10);

/** "checked by X on DATE" (plain). */
export function checkedText(checked: Decision): string {
  return vscode.l10n.t('checked by {0} on {1}', checked.by, day(checked.at));
}

/** "dismissed by X on DATE (also by Y)" (plain, for a quick pick: neutralised where shown). */
export function dismissedText(dismissal: Decision & { alsoChangedBy?: Decision[] }): string {
  const others = (dismissal.alsoChangedBy ?? []).map((d) => d.by).filter((by) => by !== dismissal.by);
  const main = vscode.l10n.t('dismissed by {0} on {1}', dismissal.by, day(dismissal.at));
  return others.length ? `${main} ${vscode.l10n.t('(also by {0})', [...new Set(others)].join(', '))}` : main;
}

/** "$(pass) Checked against the source by X on DATE" (Markdown, name escaped). */
export function checkedMarkdown(checked: Decision): string {
  return `$(pass) ${vscode.l10n.t('Checked against the source by {0} on {1}', escapeMarkdown(checked.by), day(checked.at))}`;
}

/**
 * Who decided an item, in Markdown: "Added by X on DATE · changed by Y on DATE · also changed by Z
 * on DATE". Empty when the item predates the trail.
 */
export function decidedMarkdown(item: Authorship & { created?: string; modified?: string }): string {
  const parts: string[] = [];
  if (item.createdBy !== undefined && item.created !== undefined) parts.push(vscode.l10n.t('Added by {0} on {1}', escapeMarkdown(item.createdBy), day(item.created)));
  // "changed by" only says something new: another person, or the same one on another day.
  const changedLater = item.modified !== undefined && (item.modifiedBy !== item.createdBy || item.created === undefined || day(item.modified) !== day(item.created));
  if (item.modifiedBy !== undefined && item.modified !== undefined && changedLater) {
    parts.push(vscode.l10n.t('changed by {0} on {1}', escapeMarkdown(item.modifiedBy), day(item.modified)));
  }
  for (const other of item.alsoChangedBy ?? []) parts.push(vscode.l10n.t('also changed by {0} on {1}', escapeMarkdown(other.by), day(other.at)));
  return parts.length ? `$(person) ${parts.join(' · ')}` : '';
}

/** "$(person) Marked as this entity by X on DATE" (or merged, split), for entity hovers (Markdown, name escaped). */
export function entityDecisionMarkdown(decided: EntityDecision): string {
  const by = escapeMarkdown(decided.by);
  const on = day(decided.at);
  const words =
    decided.action === 'marked'
      ? vscode.l10n.t('Marked as this entity by {0} on {1}', by, on)
      : decided.action === 'merged'
        ? vscode.l10n.t('Names merged into this entity by {0} on {1}', by, on)
        : vscode.l10n.t('Split off as this entity by {0} on {1}', by, on);
  return `$(person) ${words}`;
}
