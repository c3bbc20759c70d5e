// Words for Crosscheck's own values (stances, claim statuses, entity types) and counts, in the
// editor's language. Sidecars keep the English ids; only what is shown is translated. Each count has
// a message for one and one for many, so a translator sees whole phrases.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/model';
import type { ClaimStatus, Stance } from '../../core/storage/model';

export function stanceLabel(stance: Stance): string {
  switch (stance) {
    case 'supports':
      return vscode.l10n.t('supports');
    case 'disputes':
      return vscode.l10n.t('disputes');
    case 'mentions':
      return vscode.l10n.t('mentions');
  }
}

/** A status read from a registry may be one Crosscheck does not know: it is then shown as written. */
export function statusLabel(status: ClaimStatus | string): string {
  switch (status) {
    case 'unverified':
      return vscode.l10n.t('unverified');
    case 'supported':
      return vscode.l10n.t('supported');
    case 'disputed':
      return vscode.l10n.t('disputed');
    case 'false':
      return vscode.l10n.t('false');
    case 'needs-context':
      return vscode.l10n.t('needs context');
    default:
      return status;
  }
}

export function entityTypeLabel(type: EntityType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organisation');
    case 'place':
      return vscode.l10n.t('place');
  }
}

/** The heading of a group of entities of one type. */
export function entityTypeHeading(type: EntityType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('People');
    case 'organization':
      return vscode.l10n.t('Organisations');
    case 'place':
      return vscode.l10n.t('Places');
  }
}

export const quotesCount = (n: number) => (n === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n));
export const entitiesCount = (n: number) => (n === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', n));
export const evidenceCount = (n: number) => (n === 1 ? vscode.l10n.t('1 evidence passage') : vscode.l10n.t('{0} evidence passages', n));
export const mentionsCount = (n: number) => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n));
export const articlesCount = (n: number) => (n === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', n));
