// Dismissed claim suggestions: which they are (their sentence, when the articles still carry them),
// who dismissed each and when (the registry's dismissals), and bringing one back into the Claims
// view (Restore Dismissed Suggestion…, one undoable step).
import * as vscode from 'vscode';
import { dismissalsOf } from '../../core/storage/claims';
import type { Dismissal } from '../../core/storage/model';
import type { Services } from '../services';
import { readableValue } from '../storage/storageBackend';
import { excerpt } from '../text/markdown';
import { folderSuggestions, withoutFiled } from './suggestions';

export interface DismissedSuggestion {
  folder: vscode.Uri;
  key: string;
  /** The suggestion's sentence; absent when the analysed articles no longer suggest it. */
  text?: string;
  /** Who dismissed it and when; absent for a suggestion dismissed before the trail. */
  dismissal?: Dismissal;
}

/**
 * The folder's dismissed suggestions, newest dismissal first. Those whose passages are already a
 * claim's evidence are left out: accepting a suggestion also stops it being suggested.
 */
export async function dismissedSuggestions(services: Services, folder: vscode.Uri): Promise<DismissedSuggestion[]> {
  const registry = readableValue(await services.store.registry(folder));
  if (!registry || registry.dismissedSuggestions.length === 0) return [];
  const dismissed = new Set(registry.dismissedSuggestions);
  const all = (await folderSuggestions(services, folder, { dismissedToo: true })).filter((s) => dismissed.has(s.key));
  const { open, filed } = await withoutFiled(services, folder, all);
  const textOf = new Map(open.map((s) => [s.key, s.text]));
  const accepted = new Set(filed.map((s) => s.key));
  const trail = new Map(dismissalsOf(registry).map((d) => [d.key, d]));
  return [...dismissed]
    .filter((key) => !accepted.has(key))
    .map((key): DismissedSuggestion => {
      const text = textOf.get(key);
      const dismissal = trail.get(key);
      return { folder, key, ...(text !== undefined ? { text } : {}), ...(dismissal ? { dismissal } : {}) };
    })
    .sort((a, b) => (b.dismissal?.at ?? '').localeCompare(a.dismissal?.at ?? ''));
}

/** Suggests it again: the key leaves dismissedSuggestions (and its record with it). */
export function restoreSuggestion(services: Services, item: DismissedSuggestion): Promise<boolean> {
  const name = item.text !== undefined ? excerpt(item.text, 60) : item.key;
  return services.history.run(vscode.l10n.t('restore suggestion “{0}”', name), (step) =>
    services.store.updateRegistry(
      item.folder,
      (r) => (r.dismissedSuggestions.includes(item.key) ? { ...r, dismissedSuggestions: r.dismissedSuggestions.filter((k) => k !== item.key) } : undefined),
      step,
    ),
  );
}
