#!/usr/bin/env node
// `npm run test:integration`: picks the runner. A desktop VS Code (CROSSCHECK_VSCODE_EXECUTABLE,
// or a `code` on PATH) means @vscode/test-electron; otherwise the offline code-server runner.
// CROSSCHECK_VSCODE_RUNNER=offline|electron forces one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Electron binary behind a `code` launcher on PATH (the launcher itself only forks a window). */
function desktopVsCodeOnPath() {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const launcher = path.join(dir, 'code');
    if (!fs.existsSync(launcher)) continue;
    const real = fs.realpathSync(launcher);
    // Linux packages: <install>/bin/code is a script next to the <install>/code binary.
    const binary = path.join(path.dirname(path.dirname(real)), 'code');
    if (path.basename(path.dirname(real)) === 'bin' && fs.existsSync(binary) && fs.statSync(binary).isFile()) return binary;
  }
  return undefined;
}

function chooseRunner() {
  const forced = process.env.CROSSCHECK_VSCODE_RUNNER;
  if (forced && forced !== 'offline' && forced !== 'electron') {
    throw new Error(`CROSSCHECK_VSCODE_RUNNER must be "offline" or "electron", not "${forced}"`);
  }
  const executable = process.env.CROSSCHECK_VSCODE_EXECUTABLE || desktopVsCodeOnPath();
  if (forced) return { runner: forced, executable };
  return { runner: executable ? 'electron' : 'offline', executable };
}

let choice;
try {
  choice = chooseRunner();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const script = choice.runner === 'electron'
  ? path.join(REPO, 'out', 'test', 'integration', 'runTest.js')
  : path.join(REPO, 'test', 'vscode-offline', 'run.mjs');
const env = { ...process.env, ...(choice.executable ? { CROSSCHECK_VSCODE_EXECUTABLE: choice.executable } : {}) };
process.stdout.write(`crosscheck: integration tests with the ${choice.runner} runner${choice.executable && choice.runner === 'electron' ? ` (${choice.executable})` : ''}\n`);
const result = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
