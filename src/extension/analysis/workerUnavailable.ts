// What the user is told when the analysis worker cannot run. On the desktop nothing: the host
// analyses instead (slower, same answers) and the log says why. Where the host has no NLP of its own
// (the web build) articles cannot be analysed at all, so that is said once, plainly, with its ways out.
import * as vscode from 'vscode';
import type { Platform } from '../platform/platform';
import { showError } from '../text/messageText';

export function workerUnavailableNotice(platform: Pick<Platform, 'hostAnalyses'>, log: Pick<vscode.LogOutputChannel, 'show'>): (reason: string) => void {
  let said = false;
  return (reason) => {
    if (said || platform.hostAnalyses) return;
    said = true;
    const reload = vscode.l10n.t('Reload Window');
    const showLog = vscode.l10n.t('Show Log');
    void showError(
      vscode.l10n.t(
        'Crosscheck cannot analyse articles in this window: its analysis worker did not start ({0}). Claims, evidence and sidecars can still be read and edited; highlights, hovers and exports need the analysis. Reload the window to try again, or open the folder in desktop VS Code.',
        reason,
      ),
      reload,
      showLog,
    ).then((choice) => {
      if (choice === reload) void vscode.commands.executeCommand('workbench.action.reloadWindow');
      else if (choice === showLog) log.show();
    });
  };
}
