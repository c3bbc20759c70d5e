// "Set Up Git Merge Driver": registers Crosscheck's three-way merge driver for sidecars and the
// claims registry in a folder's git repository — the .gitattributes lines and the two `git config`
// settings the README lists — so a user need not type them. It runs git (a program), so it is off
// in Restricted Mode. git is run with execFile and arguments, never through a shell.
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { MERGE_DRIVER_NAME, mergeDriverCommand, withMergeAttributes } from './mergeDriverConfig';
import { writeMergeDriverLauncher } from './mergeDriverLauncher';
import type { CommandContext } from './targets';
import { showError, showInformation, showWarning } from '../text/messageText';
import { refuseSymlink } from '../../node/noSymlink';

type GitResult = { ok: true; stdout: string } | { ok: false; missing: boolean; message: string };

function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, windowsHide: true, timeout: 20_000 }, (error, stdout, stderr) => {
      if (!error) resolve({ ok: true, stdout: String(stdout) });
      else resolve({ ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', message: String(stderr).trim() || error.message });
    });
  });
}

/** The folder to set up: a folder Uri argument (explorer), else the workspace folder, picked if several. */
async function folderFrom(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Set up the Crosscheck merge driver in which folder?') }))?.uri;
}

export async function setupMergeDriver(ctx: Pick<CommandContext, 'context' | 'log'>, arg?: unknown): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void showWarning(vscode.l10n.t('Crosscheck: setting up the merge driver runs git, which is off in Restricted Mode. Trust this workspace first, then run the command again.'));
    return false;
  }
  const folder = await folderFrom(arg);
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length) void showInformation(vscode.l10n.t('Crosscheck: open the folder of your git repository first.'));
    return false;
  }
  if (folder.scheme !== 'file') {
    void showWarning(vscode.l10n.t('Crosscheck: {0} is not a folder on this machine, so git cannot be run in it.', folder.toString()));
    return false;
  }
  const cwd = folder.fsPath;
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) {
    const why = inside.missing
      ? vscode.l10n.t('git was not found. Install git (and make sure it is on the PATH), then run the command again.')
      : `${path.basename(cwd)} is not a git repository (git init creates one).`;
    void showWarning(vscode.l10n.t('Crosscheck: cannot set up the merge driver: {0}', why));
    return false;
  }

  const attributes = vscode.Uri.joinPath(folder, '.gitattributes');
  const existing = await vscode.workspace.fs.readFile(attributes).then((b) => new TextDecoder().decode(b), () => '');
  const updated = withMergeAttributes(existing);
  if (updated !== existing) {
    // A committed .gitattributes symlink must not redirect this write outside the repository.
    await refuseSymlink(attributes.fsPath);
    await vscode.workspace.fs.writeFile(attributes, new TextEncoder().encode(updated));
  }

  for (const args of [
    ['config', 'merge.crosscheck.name', MERGE_DRIVER_NAME],
    // The launcher in global storage, not this install's folder: its path survives extension updates.
    ['config', 'merge.crosscheck.driver', mergeDriverCommand(await writeMergeDriverLauncher(ctx.context))],
  ]) {
    const done = await git(cwd, args);
    if (!done.ok) {
      void showError(vscode.l10n.t('Crosscheck: git {0} failed: {1}', args.slice(0, 2).join(' '), done.message));
      return false;
    }
  }
  ctx.log.info(`merge driver set up in ${cwd}`);
  void showInformation(
    vscode.l10n.t('Crosscheck: merge driver set up in {0}. Commit .gitattributes; each clone needs this command (or the git config lines) once.', path.basename(cwd)),
  );
  return true;
}
