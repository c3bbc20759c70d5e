// UI checks whose screenshots illustrate the walkthrough's steps that the main checks do not show
// (scripts/walkthroughImages.mjs picks them): the Sources view, a claim's evidence, the export
// formats. Each asserts what its picture is meant to show. Run after test/ui/checks.mjs's checks.
import fs from 'node:fs';
import path from 'node:path';
import { closeQuickInput, DEFAULT_TIMEOUT, focusTree, focusedTreeRow, runCommand, showView, treeRowLabels } from './workbench.mjs';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const WALKTHROUGH_CHECKS = [
  {
    name: 'walkthrough: the Sources view lists the sample articles',
    screenshot: '09-sources',
    async run({ page, workspace }) {
      await page.mouse.move(2, 2);
      const articles = fs.readdirSync(workspace).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md');
      const pane = await showView(page, 'Crosscheck', 'Sources');
      await pane.locator('.monaco-list-row').first().waitFor({ timeout: DEFAULT_TIMEOUT });
      const labels = await treeRowLabels(pane);
      const listed = articles.filter((file) => labels.some((label) => label.includes(path.parse(file).name.slice(3, 20)) || label.includes(file)));
      assert(listed.length >= 3, `Sources view lists ${listed.length} of ${articles.length} articles (rows: ${labels.join(' | ')})`);
    },
  },
  {
    name: 'walkthrough: a claim opens to its evidence',
    screenshot: '10-evidence',
    async run({ page }) {
      const pane = await showView(page, 'Crosscheck', 'Claims');
      await pane.locator('.monaco-list-row').first().waitFor({ timeout: DEFAULT_TIMEOUT });
      // A refresh of the view (a decision written by the check before) can redraw the claim closed or
      // drop the focus while it is opened: focused and opened again until the deadline.
      const deadline = Date.now() + 2 * DEFAULT_TIMEOUT;
      let evidence;
      while (!evidence) {
        evidence = await (async () => {
          await focusTree(page, pane);
          const first = await focusedTreeRow(page, pane);
          if ((await first.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
          await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await first.elementHandle(), { timeout: 5_000 });
          await page.keyboard.press('ArrowDown');
          return focusedTreeRow(page, pane);
        })().catch((e) => {
          assert(Date.now() < deadline, `the first claim never opened to its evidence: ${e.message.split('\n')[0]}`);
          return undefined;
        });
      }
      const label = (await evidence.getAttribute('aria-label')) || (await evidence.textContent()) || '';
      assert(/support|disput|mention/i.test(label) || (await evidence.getAttribute('aria-level')) === '2', `the claim's first child is not evidence: "${label}"`);
      await page.mouse.move(2, 2);
    },
  },
  {
    name: 'walkthrough: Export Report offers its formats',
    screenshot: '11-export',
    async run({ page, shoot }) {
      await runCommand(page, 'Crosscheck: Export Report');
      const rows = page.locator('.quick-input-widget .monaco-list-row');
      await rows.first().waitFor({ timeout: DEFAULT_TIMEOUT });
      const labels = await rows.evaluateAll((r) => r.map((x) => x.getAttribute('aria-label') || x.textContent || ''));
      // A folder picker may come first when the workspace has several story folders; the formats follow it.
      if (!labels.some((l) => /Markdown/i.test(l))) await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: /Markdown/ }).first().waitFor({ timeout: DEFAULT_TIMEOUT });
      const formats = await rows.evaluateAll((r) => r.map((x) => x.textContent || ''));
      assert(['Markdown', 'CSV', 'W3C'].every((f) => formats.some((l) => l.includes(f))), `formats: ${formats.join(' | ')}`);
      await shoot();
      await closeQuickInput(page);
    },
  },
];
