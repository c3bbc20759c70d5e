#!/usr/bin/env node
// Runs the integration suite (out/test/integration) inside a real VS Code without
// downloading one: code-server serves the workbench, headless Chromium opens it with the
// extension-development payload, and the extension host runs the same mocha entry that
// @vscode/test-electron would. Exit code 0 only when tests ran and none failed.
//
// Environment: CROSSCHECK_CACHE (install cache), CROSSCHECK_TEST_TIMEOUT_MS (default 600000),
// CROSSCHECK_TEST_GREP (mocha grep), CROSSCHECK_TEST_SUITE_DIR (other compiled tests; the
// extension host inherits both through code-server), CROSSCHECK_KEEP_TEMP=1 (keep temp folders).
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './browser.mjs';
import { makeStateDir, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureInstalled } from './install.mjs';
import { printResults } from './report.mjs';
import { cleanupStack, runHarness, timeoutAfter, waitForFile } from './lifecycle.mjs';
import { removeTempCopy, tempCopyOf } from './workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TESTS_ENTRY = path.join(REPO, 'out', 'test', 'integration', 'index.js');
const FIXTURE_WORKSPACE = path.join(REPO, 'test', 'fixtures', 'workspace');
const TIMEOUT_MS = Number(process.env.CROSSCHECK_TEST_TIMEOUT_MS || 600_000);

async function main() {
  if (!fs.existsSync(TESTS_ENTRY)) {
    throw new Error(`${path.relative(REPO, TESTS_ENTRY)} is missing: run \`npm run build\` first`);
  }
  const tools = await ensureInstalled();
  const cleanups = cleanupStack();
  try {
    const state = makeStateDir();
    const workspace = tempCopyOf(FIXTURE_WORKSPACE);
    if (!process.env.CROSSCHECK_KEEP_TEMP) {
      cleanups.push(async () => { removeTempCopy(workspace); fs.rmSync(state.root, { recursive: true, force: true }); });
    }
    const resultsFile = path.join(state.root, 'results.json');

    const started = Date.now();
    const server = await startCodeServer({
      tools, state, smokeTestDriver: true,
      // The extension host inherits code-server's environment: this is how the suite finds where to write.
      env: { CROSSCHECK_TEST_RESULTS: resultsFile },
    });
    cleanups.push(server.stop);
    const browser = await openBrowser({ executablePath: tools.chromium });
    cleanups.push(browser.close);

    let exitCode;
    const exited = new Promise((resolve) => {
      void browser.page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolve(); });
    });
    const pageErrors = [];
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));

    // A loaded machine may take a while to serve the workbench; the suite timeout bounds the rest.
    await browser.page.goto(workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server, REPO)],
      ['extensionTestsPath', remoteUri(server, TESTS_ENTRY)],
    ]), { timeout: 120_000 });

    // The suite writes its results before the extension host exits, so either signal ends the wait;
    // the exit hook alone (no file) means the host died before mocha finished.
    const outcome = await Promise.race([
      waitForFile(resultsFile).then(() => 'results'),
      exited.then(() => 'exited'),
      timeoutAfter(TIMEOUT_MS),
    ]);
    if (!fs.existsSync(resultsFile)) {
      const why = outcome === 'timeout' ? `no results within ${TIMEOUT_MS / 1000} s` : `the extension host exited (code ${exitCode}) without results`;
      // The temp folder goes with the cleanup, so the log's tail is shown here.
      const logTail = fs.readFileSync(server.log, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`${why}\ncode-server log (end):\n${logTail}` + (pageErrors.length ? `\npage errors:\n${pageErrors.join('\n')}` : ''));
    }
    process.stdout.write(`crosscheck: VS Code started and ran the suite in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    const total = results.passed + results.failed;
    if (total === 0) process.stderr.write('crosscheck: no integration test ran\n');
    printResults(results);
    return results.failed === 0 && total > 0 && !results.fatal ? 0 : 1;
  } finally {
    await cleanups.close();
  }
}

runHarness('integration run', main);
