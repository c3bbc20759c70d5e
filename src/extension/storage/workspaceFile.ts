// Which documents are files Crosscheck reads and writes beside: on disk (`file:`), or inside a
// workspace folder of any scheme, since a virtual workspace (vscode.dev's `vscode-vfs:`, a remote's
// `vscode-remote:` seen from a browser's extension host) has no `file:` URIs at all. Other schemes
// (git's, the output panel's, a diff's left side) stay out: they are views of files, not files.
import * as vscode from 'vscode';

export function isWorkspaceFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** Selectors for providers (hovers) over workspace files and unsaved articles: every workspace folder's scheme. */
export function workspaceFileSelector(): vscode.DocumentFilter[] {
  const schemes = new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  return [...schemes].map((scheme) => ({ scheme }));
}
