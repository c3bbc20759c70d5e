// Starts code-server (real VS Code served to a browser) on a free loopback port, with
// every state folder inside one temp folder so runs never see each other's settings.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { URL, URLSearchParams } from 'node:url';

const LISTENING = /HTTP server listening on (https?:\/\/[^\s]+)/;

/** Settings that keep a fresh profile quiet and still: no welcome page, no trust prompt, no telemetry, no motion. */
const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Nothing moves under the pointer: no sticky headers over tree rows or editor lines, no animation.
  'workbench.tree.enableStickyScroll': false,
  'editor.stickyScroll.enabled': false,
  'workbench.reduceMotion': 'on',
  'workbench.list.smoothScrolling': false,
  'editor.smoothScrolling': false,
  'editor.cursorSmoothCaretAnimation': 'off',
  // code-server's extension host looks for ports to forward every few seconds by spawning a shell
  // (a remote-only feature; a desktop VS Code's local host does not): tens of ms of the host's time
  // per scan that the stall checks would charge to the extension. code-server has a tunnel provider,
  // so only the "output" source turns the scan off.
  'remote.autoForwardPorts': false,
  'remote.autoForwardPortsSource': 'output',
};

/** A temp folder holding user data, extensions and XDG dirs for one code-server. */
export function makeStateDir(prefix = 'crosscheck-vscode-', extraSettings = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    xdgCache: path.join(root, 'xdg-cache'),
    log: path.join(root, 'code-server.log'),
  };
  for (const dir of Object.values(dirs)) if (dir !== dirs.log && dir !== root) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_USER_SETTINGS, ...extraSettings }, null, 2));
  return dirs;
}

function codeServerEnv(tools, state, extraEnv) {
  return {
    ...process.env,
    PATH: `${tools.nodeBinDir}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: state.xdgConfig,
    XDG_DATA_HOME: state.xdgData,
    XDG_CACHE_HOME: state.xdgCache,
    ...extraEnv,
  };
}

/** Installs a .vsix into the state's extensions folder (code-server's CLI, no server started). */
export async function installVsix(tools, state, vsixPath) {
  const args = [tools.codeServerEntry, '--user-data-dir', state.userData, '--extensions-dir', state.extensions,
    '--install-extension', vsixPath, '--force'];
  const output = [];
  const child = spawn(tools.node, args, { env: codeServerEnv(tools, state, {}), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  const code = await new Promise((resolve, reject) => { child.on('error', reject); child.on('exit', resolve); });
  const text = Buffer.concat(output).toString('utf8');
  if (code !== 0 || !/successfully installed/i.test(text)) {
    throw new Error(`installing ${path.basename(vsixPath)} into code-server failed (exit ${code}):\n${text}`);
  }
}

/**
 * Starts code-server and resolves once it listens.
 * @returns {Promise<{url: string, host: string, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ tools, state, smokeTestDriver = false, env = {}, timeoutMs = 60_000 }) {
  const args = [
    tools.codeServerEntry,
    '--bind-addr', '127.0.0.1:0', // the OS picks a free port; we read it back from the log line
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', state.userData,
    '--extensions-dir', state.extensions,
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');

  const logStream = fs.createWriteStream(state.log);
  const child = spawn(tools.node, args, { env: codeServerEnv(tools, state, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });

  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      const result = await Promise.race([exited, delay(5_000, 'timeout')]);
      if (result === 'timeout') { killGroup(child.pid, 'SIGKILL'); await exited; }
    }
    logStream.end();
  };

  try {
    const url = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs / 1000} s; log: ${state.log}`)), timeoutMs);
      child.stdout.on('data', (chunk) => {
        seen += chunk.toString('utf8');
        const match = LISTENING.exec(seen);
        if (match) { clearTimeout(timer); resolve(match[1].replace(/\/$/, '')); }
      });
      child.on('error', (error) => { clearTimeout(timer); reject(error); });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited early (${signal ?? `exit ${code}`}); log: ${state.log}\n${tail(state.log)}`));
      });
    });
    return { url, host: new URL(url).host, stop, log: state.log };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Kills code-server and the extension hosts it spawned (same process group). */
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

function tail(file, lines = 20) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/**
 * The URL that opens `folder` in VS Code; with `payload`, the workbench runs an
 * extension under development and its tests, as `code --extensionDevelopmentPath` would.
 */
export function workbenchUrl(server, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params.toString()}`;
}

/** A file on the code-server machine, as the workbench addresses it. */
export function remoteUri(server, absPath) {
  return `vscode-remote://${server.host}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}
