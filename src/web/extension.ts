// The web entry point (package.json `browser`, bundled as dist/web/extension.js): Crosscheck in
// vscode.dev, github.dev and other browser-hosted editors. Everything is wired in the shared
// activate.ts; only the platform differs (webPlatform.ts).
import type * as vscode from 'vscode';
import { activateOn } from '../extension/activate';
import type { CrosscheckApi } from '../extension/testApi';
import { webPlatform } from './webPlatform';

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  return activateOn(webPlatform(context), context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
