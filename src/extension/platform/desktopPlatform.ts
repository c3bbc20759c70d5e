// The desktop platform: Node's file system, worker threads and child processes.
import * as vscode from 'vscode';
import { refuseSymlink } from '../../node/noSymlink';
import { sha256HexSync } from '../../node/sha256';
import { readSmallFileSync } from '../../node/smallFileRead';
import { refreshMergeDriverLauncher } from '../commands/mergeDriverLauncher';
import { setupMergeDriver } from '../commands/setupMergeDriver';
import { nodeStorageBackend } from '../storage/nodeStorageBackend';
import { workspaceFsStorageBackend } from '../storage/workspaceFsStorageBackend';
import { nodeWorkerScript, startNodeWorker } from './nodeWorker';
import type { Platform } from './platform';

export function desktopPlatform(context: vscode.ExtensionContext): Platform {
  return {
    name: 'desktop',
    // A virtual workspace (a repository opened remotely) is out of Node's reach: VS Code's file system then.
    storage: (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme !== 'file') ? workspaceFsStorageBackend() : nodeStorageBackend(),
    startAnalysisWorker: startNodeWorker(nodeWorkerScript(context.extensionPath)),
    hostAnalyses: true,
    refuseSymlink: (file) => (file.scheme === 'file' ? refuseSymlink(file.fsPath) : Promise.resolve()),
    readFileNow: (file, maxBytes) => (file.scheme === 'file' ? readSmallFileSync(file.fsPath, maxBytes) : undefined),
    sha256Now: sha256HexSync,
    cpuTimeMs: () => {
      const cpu = process.cpuUsage();
      return (cpu.user + cpu.system) / 1000;
    },
    mergeDriver: {
      setUp: (ctx, arg) => setupMergeDriver(ctx, arg),
      refreshLauncher: (ctx) => refreshMergeDriverLauncher(ctx.context, ctx.log),
    },
  };
}
