// Who is deciding, as the machine knows it: git `user.name` in a folder (its repository's, else the
// global one) and the OS account. Shared by the editor's storage backend and the CLI, which each put
// them in their own order with what only they know (the editor's setting, the CLI's --author).
import { execFile } from 'node:child_process';
import * as os from 'node:os';

export interface FoundNames {
  git?: string;
  os?: string;
}

/** git's user.name in `folder` (only when `runGit`: never in an untrusted folder) and the OS account. */
export async function authorNamesIn(folder: string, options: { runGit: boolean }): Promise<FoundNames> {
  const git = options.runGit ? await gitUserName(folder) : undefined;
  const account = osUserName();
  return { ...(git ? { git } : {}), ...(account ? { os: account } : {}) };
}

/** `git config user.name` in the folder; undefined when git or the name is missing. */
function gitUserName(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // execFile with arguments, never a shell; a short timeout, so a hung git never holds a decision back long.
    execFile('git', ['config', '--get', 'user.name'], { cwd, windowsHide: true, timeout: 5000 }, (error, stdout) => {
      const name = error ? '' : String(stdout).trim();
      resolve(name || undefined);
    });
  });
}

function osUserName(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
