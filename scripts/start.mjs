// `npm start`: opens the sample corpus in VS Code with Crosscheck loaded from this folder.
// Uses the desktop `code` CLI when it is installed (the extension loaded from this folder); otherwise
// the browser-based VS Code that the test harness installs (code-server, cached outside the clone)
// with the freshly packaged extension installed, and prints its local address.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from '../test/vscode-offline/install.mjs';
import { installVsix, makeStateDir, startCodeServer, workbenchUrl } from '../test/vscode-offline/codeServer.mjs';
import { packageVsix } from './package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(process.argv[2] ?? path.join(root, 'samples'));

const desktop = process.env.CROSSCHECK_CODE ?? 'code';
const hasDesktop = process.env.CROSSCHECK_VSCODE_RUNNER !== 'offline'
  && spawnSync(desktop, ['--version'], { stdio: 'ignore' }).status === 0;

if (hasDesktop) {
  console.log(`crosscheck: opening ${folder} in VS Code (${desktop})`);
  const result = spawnSync(desktop, ['--new-window', `--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const tools = await ensureInstalled();
const state = makeStateDir('crosscheck-start-');
// code-server ignores a development path outside its test mode, so the packaged extension goes in.
await installVsix(tools, state, packageVsix().file);
const server = await startCodeServer({ tools, state });
const url = workbenchUrl(server, folder);
console.log(`crosscheck: VS Code (code-server) is serving ${folder}`);
console.log(`crosscheck: open ${url}`);
console.log('crosscheck: press Ctrl+C to stop');
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
