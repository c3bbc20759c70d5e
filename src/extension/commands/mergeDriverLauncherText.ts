// The merge driver's launcher: a small Node script in the extension's global storage that git runs
// (`git config merge.crosscheck.driver` points at it). Its path does not change when the extension
// is updated (the install folder's name has the version in it), so a repository set up once keeps
// merging after every update: the script runs the CLI of the install that last wrote it, or, when
// that folder is gone, the newest Crosscheck install beside it. Pure text (no vscode), unit-tested.

export const LAUNCHER_FILE = 'merge-driver.js';

export interface LauncherTarget {
  /** bin/crosscheck.js of the install writing the launcher. */
  cli: string;
  /** The folder extensions are installed in (the install's parent folder). */
  extensionsFolder: string;
  /** The install folders' name prefix: `<publisher>.<name>-` (lower case), followed by the version. */
  folderPrefix: string;
}

export function launcherScript(target: LauncherTarget): string {
  return `#!/usr/bin/env node
// Crosscheck's git merge driver launcher, written by the Crosscheck extension. git config
// merge.crosscheck.driver points here: this path survives extension updates. It runs the CLI of the
// installed extension. Deleting it is safe: "Crosscheck: Set Up Git Merge Driver" writes it again.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const RECORDED = ${JSON.stringify(target.cli)};
const EXTENSIONS = ${JSON.stringify(target.extensionsFolder)};
const PREFIX = ${JSON.stringify(target.folderPrefix.toLowerCase())};

const version = (name) => name.slice(PREFIX.length).split(/[.-]/).map((n) => parseInt(n, 10) || 0);
function newer(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return d > 0;
  }
  return false;
}
function findCli() {
  if (fs.existsSync(RECORDED)) return RECORDED;
  let best;
  let bestVersion;
  let names = [];
  try {
    names = fs.readdirSync(EXTENSIONS);
  } catch {
    names = [];
  }
  for (const name of names) {
    if (!name.toLowerCase().startsWith(PREFIX)) continue;
    const cli = path.join(EXTENSIONS, name, 'bin', 'crosscheck.js');
    if (!fs.existsSync(cli)) continue;
    const v = version(name.toLowerCase());
    if (!best || newer(v, bestVersion)) {
      best = cli;
      bestVersion = v;
    }
  }
  return best;
}

const cli = findCli();
if (!cli) {
  process.stderr.write('crosscheck merge driver: the Crosscheck extension is not installed (looked for ' + RECORDED + ' and in ' + EXTENSIONS + '). Reinstall it, or remove merge.crosscheck.driver from git config.\\n');
  process.exit(2);
}
const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status === null ? 2 : run.status);
`;
}
