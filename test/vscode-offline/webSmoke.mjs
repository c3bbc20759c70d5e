#!/usr/bin/env node
// The web build in a real web-worker extension host: code-server serves the workbench, Chromium
// opens it with the extension-development payload plus extensionDevelopmentKind=web, so the
// workbench runs Crosscheck from package.json's `browser` entry in the browser's extension host
// (a Web Worker), not in Node. The host runs out/test/web/index.js (test/web/smoke.ts), which
// writes its results into the workspace through vscode.workspace.fs. Exit code 0 only when
// checks ran and none failed. Run it under the editor lock:
//   flock /tmp/crosscheck-editor.lock node test/vscode-offline/webSmoke.mjs
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './browser.mjs';
import { makeStateDir, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureInstalled } from './install.mjs';
import { printResults } from './report.mjs';
import { cleanupStack, runHarness, timeoutAfter, waitForFile } from './lifecycle.mjs';
import { removeTempCopy, tempCopyOf } from './workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TESTS_ENTRY = path.join(REPO, 'out', 'test', 'web', 'index.js');
const WEB_BUNDLE = path.join(REPO, 'dist', 'web', 'extension.js');
const FIXTURE_WORKSPACE = path.join(REPO, 'test', 'fixtures', 'workspace', 'ferry-strike');
const RESULTS_FILE = '.crosscheck-web-smoke.json';
const EXTENSION_ID = 'crosscheck-tools.crosscheck';
const TIMEOUT_MS = Number(process.env.CROSSCHECK_TEST_TIMEOUT_MS || 300_000);

async function main() {
  for (const file of [TESTS_ENTRY, WEB_BUNDLE]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO, file)} is missing: run \`npm run build\` first`);
  }
  const tools = await ensureInstalled();
  const cleanups = cleanupStack();
  try {
    // The web workbench ignores the payload's extensionDevelopmentKind (its environment service names it
    // extensionDevelopmentLocationKind, the extension service reads extensionDevelopmentKind), so the
    // user setting that overrides an extension's kind puts it in the web worker host instead.
    const state = makeStateDir('crosscheck-web-', {
      'extensions.webWorker': true,
      'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
    });
    const workspace = tempCopyOf(FIXTURE_WORKSPACE, 'crosscheck-web-ws-');
    if (!process.env.CROSSCHECK_KEEP_TEMP) {
      cleanups.push(async () => { removeTempCopy(workspace); fs.rmSync(state.root, { recursive: true, force: true }); });
    }
    const resultsFile = path.join(workspace, RESULTS_FILE);
    const started = Date.now();
    const server = await startCodeServer({ tools, state, smokeTestDriver: true });
    cleanups.push(server.stop);
    const browser = await openBrowser({ executablePath: tools.chromium });
    cleanups.push(browser.close);
    const pageErrors = [];
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    const workerLog = [];
    const keep = (where, text) => {
      if (process.env.CROSSCHECK_WEB_DEBUG || /crosscheck|worker|extension host|error/i.test(text)) workerLog.push(`${where}: ${text.slice(0, 400)}`);
    };
    // The workbench logs to the page's console; the web extension host (a Web Worker in an iframe)
    // and the workers it starts log to their own.
    browser.page.on('console', (message) => keep('page', message.text()));
    browser.page.on('worker', (worker) => {
      keep('worker started', worker.url().slice(0, 120));
      worker.on('console', (message) => keep(`worker ${worker.url().slice(0, 60)}`, message.text()));
      worker.on('close', () => keep('worker closed', worker.url().slice(0, 120)));
    });

    await browser.page.goto(workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server, REPO)],
      ['extensionDevelopmentKind', 'web'],
      ['extensionTestsPath', remoteUri(server, TESTS_ENTRY)],
    ]), { timeout: 120_000 });

    const outcome = await Promise.race([waitForFile(resultsFile).then(() => 'results'), timeoutAfter(TIMEOUT_MS)]);
    if (!fs.existsSync(resultsFile)) {
      const why = outcome === 'timeout' ? `no results within ${TIMEOUT_MS / 1000} s` : 'no results';
      const logTail = fs.readFileSync(server.log, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`${why}\ncode-server log (end):\n${logTail}` +
        (pageErrors.length ? `\npage errors:\n${pageErrors.join('\n')}` : '') +
        (workerLog.length ? `\nconsole:\n${workerLog.slice(-20).join('\n')}` : ''));
    }
    // The file is written in one call; give a partial write a moment to finish.
    await delay(500);
    process.stdout.write(`crosscheck: the web extension host ran the web checks in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    printResults(results);
    if ((results.failed > 0 || process.env.CROSSCHECK_WEB_DEBUG) && workerLog.length) process.stdout.write(`console:\n${workerLog.slice(-60).join('\n')}\n`);
    const total = results.passed + results.failed;
    return results.failed === 0 && total > 0 ? 0 : 1;
  } finally {
    await cleanups.close();
  }
}

runHarness('web run', main);
