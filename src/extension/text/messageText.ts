// Every notification, tree item and quick pick the extension shows passes through here. Their text
// is built from file names, article passages, sidecar and registry fields — untrusted workspace text —
// and VS Code renders `[label](command:…)` in a notification as a link that runs the command (and
// `$(name)` as an icon in trees, quick picks and the status bar). The whole message is neutralised
// with the core's plainText, so a call site cannot forget a part; Crosscheck's own wording never
// uses link syntax. ESLint forbids vscode.window.show*Message outside this file.
import * as vscode from 'vscode';
import { plainText } from '../../core/untrustedText';

export { plainText };

type Shown = (message: string, ...rest: unknown[]) => Thenable<string | undefined>;

function show(kind: 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage', message: string, rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  const args = rest.map((r) => (typeof r === 'string' ? r : { ...r, ...(r.detail !== undefined ? { detail: plainText(r.detail) } : {}) }));
  // Looked up at call time, so the integration tests' stubs of vscode.window see every message.
  return (vscode.window[kind] as unknown as Shown)(plainText(message), ...args);
}

/** vscode.window.showInformationMessage with the text neutralised (buttons are Crosscheck's own words). */
export function showInformation(message: string, ...rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  return show('showInformationMessage', message, rest);
}

export function showWarning(message: string, ...rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  return show('showWarningMessage', message, rest);
}

export function showError(message: string, ...rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  return show('showErrorMessage', message, rest);
}

/** A tree item's label, description and plain-text tooltip neutralised (Markdown tooltips are escaped where built). */
export function safeTreeItem<T extends vscode.TreeItem>(item: T): T {
  if (typeof item.label === 'string') item.label = plainText(item.label);
  else if (item.label) item.label = { ...item.label, label: plainText(item.label.label) };
  if (typeof item.description === 'string') item.description = plainText(item.description);
  if (typeof item.tooltip === 'string') item.tooltip = plainText(item.tooltip);
  return item;
}

/** safeTreeItem for what a TreeDataProvider's getTreeItem returns (an item or a promise of one). */
export function safeTreeItemOf(item: vscode.TreeItem | Thenable<vscode.TreeItem>): vscode.TreeItem | Thenable<vscode.TreeItem> {
  return item instanceof vscode.TreeItem ? safeTreeItem(item) : Promise.resolve(item).then(safeTreeItem);
}

// Crosscheck's own quick pick labels may start with an icon ("$(pass) supported"); the rest is neutralised.
const LEADING_ICON = /^(\$\([a-z0-9-]+(?:~spin)?\) )?([\s\S]*)$/;
const pickLabel = (label: string) => label.replace(LEADING_ICON, (_, icon: string | undefined, rest: string) => (icon ?? '') + plainText(rest));

function safePickItem<T extends string | vscode.QuickPickItem>(item: T): T {
  if (typeof item === 'string') return pickLabel(item) as T;
  const it: vscode.QuickPickItem = item;
  return {
    ...it,
    label: pickLabel(it.label),
    ...(it.description !== undefined ? { description: plainText(it.description) } : {}),
    ...(it.detail !== undefined ? { detail: plainText(it.detail) } : {}),
  } as T;
}

function safePickOptions(options: vscode.QuickPickOptions | undefined): vscode.QuickPickOptions | undefined {
  if (!options) return options;
  return { ...options, ...(options.placeHolder !== undefined ? { placeHolder: plainText(options.placeHolder) } : {}), ...(options.title !== undefined ? { title: plainText(options.title) } : {}) };
}

/**
 * vscode.window.showQuickPick with every label, description, detail and the placeholder neutralised.
 * Resolves with the caller's own item (not the shown copy), so a label read back is the real value.
 */
export async function showPick<T extends string | vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions & { canPickMany: true }): Promise<T[] | undefined>;
export async function showPick<T extends string | vscode.QuickPickItem>(items: readonly T[], options?: vscode.QuickPickOptions): Promise<T | undefined>;
export async function showPick<T extends string | vscode.QuickPickItem>(items: readonly T[], options?: vscode.QuickPickOptions): Promise<T | T[] | undefined> {
  const shown = items.map(safePickItem);
  const original = new Map<unknown, T>(shown.map((s, i) => [s, items[i]]));
  // Looked up at call time, so the integration tests' stubs of vscode.window see every pick.
  const pick = (vscode.window.showQuickPick as unknown as (i: readonly T[], o?: vscode.QuickPickOptions) => Thenable<T | T[] | undefined>)(shown, safePickOptions(options));
  const chosen = await pick;
  if (chosen === undefined) return undefined;
  const back = (c: T) => original.get(c) ?? (typeof c === 'string' ? items[shown.indexOf(c)] ?? c : c);
  return Array.isArray(chosen) ? chosen.map(back) : back(chosen);
}
