import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Wiring lands with the extension issue.
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
