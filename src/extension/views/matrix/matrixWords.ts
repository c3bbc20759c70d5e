// The Claims Matrix's words in the editor's language, for matrixHtml.ts (which stays free of the
// editor API so it can be tested in plain Node).
import * as vscode from 'vscode';
import { stanceLabel, statusLabel } from '../../text/labels';
import type { MatrixWords } from './matrixHtml';

export function matrixWords(): MatrixWords {
  return {
    language: vscode.env.language,
    pageTitle: vscode.l10n.t('Claims Matrix'),
    empty: vscode.l10n.t('No claims yet. Select a sentence in an article and run Crosscheck: Add Claim from Selection, or accept a suggestion in the Claims view.'),
    caption: (title) => vscode.l10n.t('Claims of {0}: one row per claim, one column per source. Arrow keys move between cells; Enter reveals the passage.', title),
    tableLabel: (title) => vscode.l10n.t('Claims matrix of {0}', title),
    claimColumn: vscode.l10n.t('Claim'),
    state: (state) => (state === 'absent' ? vscode.l10n.t('absent') : stanceLabel(state)),
    status: (status) => statusLabel(status),
    passages: (n, lost) => {
      const passages = n === 0 ? vscode.l10n.t('no passage') : n === 1 ? vscode.l10n.t('1 passage') : vscode.l10n.t('{0} passages', n);
      return lost ? vscode.l10n.t('{0}, {1} no longer in the article', passages, lost) : passages;
    },
    revealHint: vscode.l10n.t('. Press Enter to reveal it in the article'),
    cellLabel: (source, state, passages, hint, claim) => vscode.l10n.t('{0}: {1}, {2}{3}. Claim: {4}', source, state, passages, hint, claim),
    passageNotFound: vscode.l10n.t(' (passage not found)'),
    pagesLabel: (title) => vscode.l10n.t('Pages of sources of {0}', title),
    previousPage: vscode.l10n.t('Previous sources'),
    nextPage: vscode.l10n.t('Next sources'),
    pageRange: (first, last, total) => vscode.l10n.t('Sources {0}–{1} of {2}', first, last, total),
  };
}
