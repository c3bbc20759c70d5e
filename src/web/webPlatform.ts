// The web platform: vscode.workspace.fs for files, a Web Worker for analysis, no child processes
// (so no merge driver and no CLI: those commands say they are desktop only).
import * as vscode from 'vscode';
import type { Platform } from '../extension/platform/platform';
import { startWebWorker } from './webWorker';
import { workspaceFsStorageBackend } from '../extension/storage/workspaceFsStorageBackend';

export function webPlatform(context: vscode.ExtensionContext): Platform {
  return {
    name: 'web',
    storage: workspaceFsStorageBackend(),
    startAnalysisWorker: startWebWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js')),
    hostAnalyses: false,
    refuseSymlink: async (file) => {
      // A missing file is fine (the write creates it).
      const stat = await vscode.workspace.fs.stat(file).then((s) => s, () => undefined);
      if (stat && (stat.type & vscode.FileType.SymbolicLink) !== 0) {
        throw new Error(vscode.l10n.t('{0} is a symbolic link; Crosscheck never writes through a link (replace it with a regular file, or write to the file it points to)', file.path));
      }
    },
    cpuTimeMs: () => undefined,
  };
}
