// Set Up Merge Driver as the command table sees it: the platform's setup on the desktop; on the
// web (no git, no Node to run the driver) a plain statement of where it works instead.
import * as vscode from 'vscode';
import type { CommandContext } from './targets';
import { showInformation } from '../text/messageText';

export async function setupMergeDriverCommand(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  if (ctx.platform.mergeDriver) return ctx.platform.mergeDriver.setUp(ctx, arg);
  void showInformation(
    vscode.l10n.t(
      'Crosscheck: the merge driver runs git and Node on your machine, so it can only be set up in desktop VS Code. Open this repository there (or clone it) and run Set Up Git Merge Driver again.',
    ),
  );
  return false;
}
