// Writes the merge driver's launcher (mergeDriverLauncherText.ts) into the extension's global
// storage: at set-up, and again on activation once it exists, so it names the install in use.
import * as fs from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';
import { atomicWriteFile } from '../../node/atomicWrite';
import { LAUNCHER_FILE, launcherScript } from './mergeDriverLauncherText';

type LauncherContext = Pick<vscode.ExtensionContext, 'extensionPath' | 'globalStorageUri' | 'extension'>;

export function launcherPath(context: LauncherContext): string {
  return path.join(context.globalStorageUri.fsPath, LAUNCHER_FILE);
}

function launcherText(context: LauncherContext): string {
  const id = context.extension.id.toLowerCase();
  return launcherScript({
    cli: path.join(context.extensionPath, 'bin', 'crosscheck.js'),
    extensionsFolder: path.dirname(context.extensionPath),
    folderPrefix: `${id}-`,
  });
}

/** Writes the launcher (when its text changed) and returns its path: the stable path git config gets. */
export async function writeMergeDriverLauncher(context: LauncherContext): Promise<string> {
  const file = launcherPath(context);
  const text = launcherText(context);
  const current = await fs.promises.readFile(file, 'utf8').catch(() => undefined);
  if (current !== text) {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await atomicWriteFile(file, text);
  }
  return file;
}

/** On activation: a launcher written by an earlier install is pointed at this one (nothing is written otherwise). */
export function refreshMergeDriverLauncher(context: LauncherContext, log: Pick<vscode.LogOutputChannel, 'warn'>): void {
  const file = launcherPath(context);
  void fs.promises
    .access(file)
    .then(
      () => writeMergeDriverLauncher(context),
      () => undefined,
    )
    .catch((e: unknown) => log.warn(`could not refresh the merge driver launcher ${file}: ${(e as Error).message}`));
}
