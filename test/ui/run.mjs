#!/usr/bin/env node
// `npm run test:ui`: the packaged extension as a user gets it. Builds the VSIX, installs it
// into a fresh code-server (no development mode), opens a temp copy of samples/ in headless
// Chromium and runs the checks in checks.mjs, taking a screenshot after each.
//
// Environment: CROSSCHECK_SCREENSHOTS_DIR (default out/ui-screenshots), CROSSCHECK_VSIX (use
// this package instead of building one), CROSSCHECK_UI_ONLY (run only checks whose name
// contains it), CROSSCHECK_KEEP_TEMP=1, plus the install variables of test/vscode-offline.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { packageVsix } from '../../scripts/package.mjs';
import { openBrowser } from '../vscode-offline/browser.mjs';
import { installVsix, makeStateDir, startCodeServer, workbenchUrl } from '../vscode-offline/codeServer.mjs';
import { ensureInstalled } from '../vscode-offline/install.mjs';
import { cleanupStack, runHarness } from '../vscode-offline/lifecycle.mjs';
import { removeTempCopy, tempCopyOf } from '../vscode-offline/workspace.mjs';
import { CHECKS as MAIN_CHECKS } from './checks.mjs';
import { WALKTHROUGH_CHECKS } from './walkthroughChecks.mjs';

const CHECKS = [...MAIN_CHECKS, ...WALKTHROUGH_CHECKS];

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = path.resolve(process.env.CROSSCHECK_SCREENSHOTS_DIR || path.join(REPO, 'out', 'ui-screenshots'));
// Wrapped lines keep whole paragraphs on screen, for the checks and for readable screenshots.
const UI_SETTINGS = { 'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Light Modern', 'window.zoomLevel': 0 };

function say(line) {
  process.stdout.write(`${line}\n`);
}

async function main() {
  const tools = await ensureInstalled();
  const vsix = process.env.CROSSCHECK_VSIX ? path.resolve(process.env.CROSSCHECK_VSIX) : packageVsix().file;
  say(`crosscheck: testing ${path.relative(process.cwd(), vsix)}`);

  const cleanups = cleanupStack();
  try {
    const state = makeStateDir('crosscheck-ui-', UI_SETTINGS);
    const workspace = tempCopyOf(path.join(REPO, 'samples'), 'crosscheck-samples-');
    if (!process.env.CROSSCHECK_KEEP_TEMP) {
      cleanups.push(async () => { removeTempCopy(workspace); fs.rmSync(state.root, { recursive: true, force: true }); });
    }
    await installVsix(tools, state, vsix);
    const server = await startCodeServer({ tools, state });
    cleanups.push(server.stop);
    const browser = await openBrowser({ executablePath: tools.chromium });
    cleanups.push(browser.close);
    const { page } = browser;

    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.goto(workbenchUrl(server, workspace), { timeout: 120_000 });

    const only = process.env.CROSSCHECK_UI_ONLY;
    const outcomes = [];
    for (const check of CHECKS) {
      if (only && !check.name.includes(only) && !check.name.startsWith('the workbench')) continue;
      const started = Date.now();
      let shot = false;
      // Where a slow or failed check spent its time, printed under its line.
      const steps = [];
      const step = (label) => steps.push(`${label} +${Date.now() - started} ms`);
      const shoot = async () => { shot = true; await page.screenshot({ path: path.join(SHOTS, `${check.screenshot}.png`) }); };
      try {
        const shootAs = async (name) => { shot = true; await page.screenshot({ path: path.join(SHOTS, `${name}.png`) }); };
        await check.run({ page, repo: REPO, workspace, shoot, shootAs, step });
        if (!shot) await shoot();
        outcomes.push({ name: check.name, ok: true });
        const ms = Date.now() - started;
        say(`  ✔ ${check.name} (${ms} ms)`);
        if (ms > 15_000 && steps.length) say(`      slow: ${steps.join(', ')}`);
      } catch (error) {
        await page.screenshot({ path: path.join(SHOTS, `${check.screenshot}-failed.png`) }).catch(() => {});
        outcomes.push({ name: check.name, ok: false });
        say(`  ✘ ${check.name}\n      ${String(error instanceof Error ? error.message : error).split('\n').join('\n      ')}`);
        if (steps.length) say(`      steps: ${steps.join(', ')}`);
        // Leave no dialog or palette open for the next check.
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
    const passed = outcomes.filter((o) => o.ok).length;
    const failed = outcomes.length - passed;
    say(`screenshots: ${path.relative(process.cwd(), SHOTS) || '.'}`);
    say(`${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
  } finally {
    await cleanups.close();
  }
}

runHarness('UI run', main);
