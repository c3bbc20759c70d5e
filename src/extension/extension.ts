// The desktop entry point (package.json `main`): Crosscheck on Node's extension host.
// Everything is wired in activate.ts; the web build's entry is src/web/extension.ts.
import type * as vscode from 'vscode';
import { activateOn } from './activate';
import { desktopPlatform } from './platform/desktopPlatform';
import type { CrosscheckApi } from './testApi';

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  return activateOn(desktopPlatform(context), context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
