// What a user sees, checked through the page. Each check leaves the workbench ready for
// the next and names the screenshot taken after it. Expectations come from our own
// sample corpus (samples/), read at run time where the sample files state them.
/* global document, getComputedStyle */
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_TIMEOUT, closeQuickInput, collapseTree, editorDecorations, focusTreeRow, focusedTreeRow, openFile, paletteLabels, positionOfText, runCommand,
  showView, treeRowLabels, waitForInputBox, waitForPickPlaceholder, waitForWorkbench,
} from './workbench.mjs';

/** Passages of samples/01-meridian-wire-ammonia-fire.txt the checks look at. */
const SAMPLE = {
  file: '01-meridian-wire-ammonia-fire.txt',
  firstLine: 'Meridian Wire',
  quoteStart: 'We will leave no stone unturned',
  quoteEnd: 'who is responsible',
  attribution: 'Mercer told reporters',
  speaker: 'Mercer',
  person: 'Helen Mercer',
  claimSentence: 'It burned for more than six hours before crews brought it under control.',
  /** How another sample outlet (04, ABN News) opens the quote at quoteStart. */
  otherWording: "We'll",
};

const QUOTE_COLOR = 'crosscheck.quoteBackground';
/** The themes a person may work in: [name in screenshots, theme label, the workbench's class for it]. */
const THEMES = [['light', 'Default Light Modern', 'vs'], ['dark', 'Default Dark Modern', 'vs-dark'], ['high-contrast', 'Default High Contrast', 'hc-black']];
const ENTITY_COLORS = ['crosscheck.personUnderline', 'crosscheck.organizationUnderline', 'crosscheck.placeUnderline'];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Palette titles of the commands users can run from anywhere ("Crosscheck: …"). */
function expectedPaletteTitles(repo) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(repo, 'package.nls.json'), 'utf8'));
  // Commands whose palette entry has a `when` clause depend on context; they are not expected here.
  const gated = new Set((manifest.contributes.menus?.commandPalette ?? []).map((entry) => entry.command));
  // Manifest strings are keys of package.nls.json ("%command.category%").
  const localised = (text) => text.replace(/^%(.+)%$/, (_, key) => nls[key] ?? key);
  return manifest.contributes.commands
    .filter((command) => !gated.has(command.command))
    .map((command) => `${localised(command.category)}: ${localised(command.title)}`);
}

function themeColorIds(repo) {
  return JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).contributes.colors.map((c) => c.id);
}

async function waitForDecorations(page, colorIds, predicate, what) {
  const deadline = Date.now() + DEFAULT_TIMEOUT;
  let last = [];
  while (Date.now() < deadline) {
    last = await editorDecorations(page, colorIds);
    if (predicate(last)) return last;
    // Re-measure on the next animation frame rather than after a fixed delay.
    await page.evaluate(() => new Promise((resolve) => document.defaultView.requestAnimationFrame(() => resolve())));
  }
  throw new Error(`${what}; decorations seen: ${JSON.stringify(last.map((d) => [d.text, d.colors]).slice(0, 12))}`);
}

/**
 * Scrolls a hover so the part containing `text` is at its top: the quote's diagnostics come first
 * in the hover and would otherwise fill the screenshot. The pointer rests on the hover meanwhile,
 * which keeps it open.
 */
async function scrollHoverTo(page, hover, text) {
  // The hover may still grow (its parts render as they arrive): measure again after each scroll.
  // Its content is scrolled directly: wheel steps over it are smoothed and overshoot.
  for (let attempt = 0; attempt < 20; attempt++) {
    const off = await hover.evaluate((el, wanted) => {
      const content = el.querySelector('.monaco-hover-content') ?? el;
      const row = [...el.querySelectorAll('.hover-row')].find((r) => r.textContent.includes(wanted));
      if (!row) return null;
      const delta = row.getBoundingClientRect().top - content.getBoundingClientRect().top;
      if (Math.abs(delta) >= 8) content.scrollTop += delta;
      return delta;
    }, text);
    if (off === null) throw new Error(`no hover part with "${text}"`);
    if (Math.abs(off) < 8) return;
    await page.evaluate(() => new Promise((resolve) => document.defaultView.requestAnimationFrame(() => resolve())));
  }
  throw new Error(`could not scroll the hover to "${text}"`);
}

/** Drags the side bar's right edge by `dx` pixels (wider when positive). */
async function resizeSidebar(page, dx) {
  const box = await page.locator('.part.sidebar').boundingBox();
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y);
  await page.mouse.move(x + dx, y);
  await page.mouse.up();
}

/** Collapses (or expands) the sidebar panes with these titles. */
async function setPanesExpanded(page, titles, expanded) {
  for (const title of titles) {
    const header = page.locator(`.part.sidebar .pane-header[aria-label^="${title}"]`).first();
    if (await header.isVisible() && (await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
  }
}

export const CHECKS = [
  {
    name: 'the workbench opens the samples folder',
    screenshot: '01-workbench',
    async run({ page }) {
      await waitForWorkbench(page);
      // The container's icon appears once the installed extension's contributions are registered.
      await page.locator('.part.activitybar .action-item a[aria-label^="Crosscheck"], .part.activitybar .action-item[aria-label^="Crosscheck"]')
        .first().waitFor({ timeout: DEFAULT_TIMEOUT });
      const rows = await page.$$eval('.explorer-folders-view .monaco-list-row', (r) => r.map((x) => x.getAttribute('aria-label') || ''));
      assert(rows.some((label) => label.startsWith(SAMPLE.file)), `explorer lacks ${SAMPLE.file}: ${rows.join(' | ')}`);
    },
  },
  {
    name: 'the command palette lists the Crosscheck commands',
    screenshot: '02-command-palette',
    async run({ page, repo, shoot }) {
      const listed = await paletteLabels(page, 'Crosscheck: ', shoot);
      await closeQuickInput(page);
      const missing = expectedPaletteTitles(repo).filter((title) => !listed.some((label) => label.startsWith(title)));
      assert(missing.length === 0, `palette lacks: ${missing.join(', ')} (listed: ${listed.join(' | ')})`);
    },
  },
  {
    name: 'an article shows quote and entity decorations over the right words',
    screenshot: '03-decorations',
    async run({ page, repo }) {
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      await waitForDecorations(page, themeColorIds(repo), (decorations) =>
        // The highlight starts at the first quoted word (not the mark), reaches the last one
        // (a wrapped quote is drawn in pieces) and leaves the attribution out.
        decorations.some((d) => d.colors.includes(QUOTE_COLOR) && d.text.startsWith(SAMPLE.quoteStart)) &&
        decorations.filter((d) => d.colors.includes(QUOTE_COLOR)).map((d) => d.text).join(' ').includes(SAMPLE.quoteEnd) &&
        !decorations.some((d) => d.colors.includes(QUOTE_COLOR) && d.text.includes(SAMPLE.attribution)) &&
        decorations.some((d) => d.colors.some((c) => ENTITY_COLORS.includes(c)) && d.text === SAMPLE.person),
      `no quote decoration over "${SAMPLE.quoteStart}…" or no entity decoration exactly over "${SAMPLE.person}"`);
    },
  },
  {
    name: 'speaker labels never hide or push article text, with word wrap on and off, in light, dark and high-contrast themes',
    screenshot: '03b-speaker-labels',
    async run({ page, repo, workspace, shootAs }) {
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      await waitForDecorations(page, themeColorIds(repo), (decorations) => decorations.some((d) => d.colors.includes(QUOTE_COLOR)), 'no quote decoration');
      // Workspace settings change the open editor live; each wait is on what the editor then shows.
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      try {
        for (const [themeName, theme, themeClass] of THEMES) {
          for (const wrap of ['on', 'off']) {
            fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.colorTheme': theme, 'editor.wordWrap': wrap }));
            await page.waitForFunction(([cls, wrapOn]) => {
              const workbench = document.querySelector('.monaco-workbench');
              const editor = document.querySelector('.editor-instance .monaco-editor');
              const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')];
              if (!workbench?.classList.contains(cls) || !editor || !lines.length) return false;
              const right = editor.querySelector('.lines-content')?.parentElement?.getBoundingClientRect().right ?? 0;
              // Wrapped: no rendered line runs past the editor's edge; unwrapped: the long lines do.
              // Measured on the text alone: a label drawn after the line's end may run on.
              const textRight = (line) => {
                let max = 0;
                const walker = document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const range = document.createRange();
                  range.selectNodeContents(node);
                  max = Math.max(max, range.getBoundingClientRect().right);
                }
                return max;
              };
              const widest = Math.max(...lines.map(textRight));
              return wrapOn ? widest <= right + 1 : widest > right + 1;
            }, [themeClass, wrap === 'on'], { timeout: DEFAULT_TIMEOUT });
            // The words after the quote's closing mark sit right after it: no label pushed in between.
            // A wrapped row may break between the two: then only their order is checked.
            const closing = await positionOfText(page, 'responsible,"');
            const next = (await positionOfText(page, 'Mercer told')) ?? (await positionOfText(page, 'reporters at the quay'));
            assert(closing && next, `the end of the quote or the words after it are not on screen (${themeName}, wrap ${wrap})`);
            if (Math.abs(closing.end.y - next.start.y) < 2) {
              const gap = next.start.x - closing.end.x;
              assert(gap < 40, `${gap.toFixed(0)} px between the quote and the words after it: something is drawn between them (${themeName}, wrap ${wrap})`);
            } else {
              assert(next.start.y > closing.end.y, `the words after the quote are drawn above it (${themeName}, wrap ${wrap})`);
            }
            await shootAs(`03b-speaker-labels-${themeName}-wrap-${wrap}`);
          }
        }
      } finally {
        fs.rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
      }
    },
  },
  {
    name: 'entity types and evidence stances differ in shape, not only in colour, in light, dark and high-contrast themes',
    screenshot: '03c-shapes',
    async run({ page, repo, workspace, shootAs }) {
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      const ids = themeColorIds(repo);
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      /** The line and border styles of the first decoration painted in a theme colour. */
      const styleOf = (decorations, colorId) => {
        const found = decorations.find((d) => d.colors.includes(colorId));
        return found && page.evaluate((cls) => {
          const s = getComputedStyle(document.querySelector(`.editor-instance .lines-content .${cls}`));
          return { line: s.textDecorationLine, style: s.textDecorationStyle, border: s.borderTopStyle };
        }, found.className);
      };
      try {
        for (const [themeName, theme, themeClass] of THEMES) {
          fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.colorTheme': theme }));
          await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), themeClass, { timeout: DEFAULT_TIMEOUT });
          const decorations = await waitForDecorations(page, ids, (d) =>
            ENTITY_COLORS.some((c) => d.some((x) => x.colors.includes(c))) &&
            ['crosscheck.evidenceSupportsBorder', 'crosscheck.evidenceDisputesBorder'].every((c) => d.some((x) => x.colors.includes(c))),
          `no entity or no supporting and disputing evidence drawn (${themeName})`);
          const person = await styleOf(decorations, 'crosscheck.personUnderline');
          assert(person && person.line.includes('underline') && person.style === 'solid', `a person is not a solid underline: ${JSON.stringify(person)} (${themeName})`);
          const lineStyles = (await Promise.all(ENTITY_COLORS.map((c) => styleOf(decorations, c)))).filter(Boolean).map((s) => s.style);
          assert(new Set(lineStyles).size === lineStyles.length, `two entity types share an underline style: ${lineStyles.join(', ')} (${themeName})`);
          const supports = await styleOf(decorations, 'crosscheck.evidenceSupportsBorder');
          const disputes = await styleOf(decorations, 'crosscheck.evidenceDisputesBorder');
          assert(supports?.border === 'solid' && disputes?.border === 'dashed', `stances not told apart by border: ${supports?.border} / ${disputes?.border} (${themeName})`);
          await shootAs(`03c-shapes-${themeName}`);
        }
      } finally {
        fs.rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
      }
    },
  },
  {
    name: 'a word changed outside the editor inside evidence shows as "moved — confirm?" (double border, label, hover with old and new words, a row in the Claims view), in light, dark and high-contrast themes',
    screenshot: '03d-moved',
    async run({ page, repo, workspace, shootAs }) {
      // The sample's disputing evidence ("The fire broke out shortly before midnight…"), one word changed on disk.
      const [before, after] = ['shortly before midnight', 'just before midnight'];
      const file = path.join(workspace, SAMPLE.file);
      const original = fs.readFileSync(file, 'utf8');
      assert(original.includes(before), `the sample no longer has "${before}"`);
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      const ids = themeColorIds(repo);
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      // The article as the user had it open and highlighted, before someone changes it outside the editor.
      await waitForDecorations(page, ids, (d) => d.some((x) => x.colors.includes('crosscheck.evidenceDisputesBorder') && x.text.includes(before)), `no disputing evidence over "${before}"`);
      try {
        fs.writeFileSync(file, original.replace(before, after));
        for (const [themeName, theme, themeClass] of THEMES) {
          fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.colorTheme': theme }));
          await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), themeClass, { timeout: DEFAULT_TIMEOUT });
          const decorations = await waitForDecorations(page, ids, (d) => d.some((x) => x.colors.includes('crosscheck.movedBorder') && x.text.includes(after)), `no moved decoration over "${after}" (${themeName})`);
          const moved = decorations.find((x) => x.colors.includes('crosscheck.movedBorder') && x.text.includes(after));
          const border = await page.evaluate((cls) => getComputedStyle(document.querySelector(`.editor-instance .lines-content .${cls}`)).borderTopStyle, moved.className);
          assert(border === 'double', `the moved passage's border is ${border}, not double (${themeName})`);
          // The label is drawn as injected text or as generated content, depending on the editor's version.
          const label = await page.evaluate(() => [...document.querySelectorAll('.editor-instance .lines-content [class*="ced-"]')].some((el) =>
            getComputedStyle(el, '::after').content.includes('moved — confirm?') || getComputedStyle(el, '::before').content.includes('moved — confirm?') || el.textContent.includes('moved — confirm?')));
          assert(label, `no "moved — confirm?" label after the passage (${themeName})`);
          const at = await positionOfText(page, after);
          assert(at, `"${after}" is not on screen`);
          await page.mouse.move(at.middle.x, at.middle.y);
          const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Moved — confirm?' }).first();
          await hover.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
          const text = await hover.innerText();
          assert(text.includes(`Marked: “The fire broke out ${before}`) && text.includes(`Now: “The fire broke out ${after}`), `the hover lacks the old or the new words: ${text.slice(0, 400)} (${themeName})`);
          await shootAs(`03d-moved-${themeName}`);
          await page.mouse.move(5, 5);
          await page.keyboard.press('Escape');
        }
        // The Claims view shows the same evidence under its claim, waiting for confirmation.
        const pane = await showView(page, 'Crosscheck', 'Claims');
        await pane.locator('.monaco-list-row').first().waitFor({ timeout: DEFAULT_TIMEOUT });
        await collapseTree(page, pane);
        const claim = await focusTreeRow(page, pane, /^The fire started aboard/);
        if ((await claim.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
        const row = pane.locator('.monaco-list-row').filter({ hasText: 'moved — confirm?' }).first();
        await row.waitFor({ timeout: DEFAULT_TIMEOUT });
        const label = await row.getAttribute('aria-label');
        assert(label.includes('moved, waiting for confirmation') && label.includes(`Now: The fire broke out ${after}`), `the Claims view's moved row says "${label}"`);
        await row.click();
        await shootAs('03e-moved-claims-view');
        await collapseTree(page, pane);
      } finally {
        fs.writeFileSync(file, original);
        fs.rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
      }
    },
  },
  {
    name: 'reported speech, once turned on, is a dotted underline apart from direct quotes, with its speaker in the hover, in light, dark and high-contrast themes',
    screenshot: '03f-reported',
    async run({ page, repo, workspace, shootAs }) {
      // The sample's "Helen Mercer … said the inquiry would be led by a retired judge …", without quotation marks
      // (words from its middle: a wrapped line draws the passage in pieces).
      const reported = 'led by a retired judge';
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      const ids = themeColorIds(repo);
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      /** The decorations over the reported words drawn as an underline only (a direct quote is a box). */
      const underlinesOver = (decorations) => page.evaluate(([found, colorVar]) => found.map((d) => {
        const s = getComputedStyle(document.querySelector(`.editor-instance .lines-content .${d.className}`));
        const probe = document.createElement('div');
        document.body.appendChild(probe);
        probe.style.color = getComputedStyle(document.querySelector('.editor-instance .monaco-editor')).getPropertyValue(colorVar).trim();
        const expected = getComputedStyle(probe).color;
        probe.remove();
        return { top: s.borderTopStyle, bottom: s.borderBottomStyle, color: s.borderBottomColor, expected, background: s.backgroundColor };
      }).filter((d) => d.bottom === 'dotted' && d.top === 'none'), [decorations, '--vscode-crosscheck-reportedUnderline']);
      try {
        for (const [themeName, theme, themeClass] of THEMES) {
          fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.colorTheme': theme, 'crosscheck.analysis.reportedSpeech': true }));
          await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), themeClass, { timeout: DEFAULT_TIMEOUT });
          const decorations = await waitForDecorations(page, ids, (d) => d.some((x) => x.colors.includes('crosscheck.reportedUnderline') && x.text.includes(reported)), `no reported speech drawn over "${reported}" (${themeName})`);
          const over = decorations.filter((x) => x.colors.includes('crosscheck.reportedUnderline') && x.text.includes(reported));
          const [underline] = await underlinesOver(over);
          assert(underline, `the reported words are not a dotted underline: ${JSON.stringify(over)} (${themeName})`);
          assert(underline.color === underline.expected && !/rgba\([^)]*, 0\)|transparent/.test(underline.color), `the dotted underline is painted ${underline.color}, not the theme's visible reportedUnderline ${underline.expected} (${themeName})`);
          assert(!decorations.some((x) => x.colors.includes(QUOTE_COLOR) && x.text.includes(reported)), `the reported words are also boxed as a direct quote (${themeName})`);
          const at = await positionOfText(page, reported);
          assert(at, 'the reported words are not on screen');
          await page.mouse.move(at.middle.x, at.middle.y);
          const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Reported speech' }).first();
          await hover.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
          const text = await hover.innerText();
          assert(text.includes(`Reported speech — ${SAMPLE.person}`), `the hover does not name the speaker: ${text.slice(0, 300)} (${themeName})`);
          // The hover fades in: the screenshot waits for the fade to end.
          await page.waitForFunction((el) => el.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'), await hover.elementHandle(), { timeout: DEFAULT_TIMEOUT });
          await shootAs(`03f-reported-${themeName}`);
          await page.mouse.move(5, 5);
          await page.keyboard.press('Escape');
        }
      } finally {
        fs.rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
      }
    },
  },
  {
    name: 'hovering a quote shows its speaker and how another outlet words it',
    screenshot: '04-hover',
    async run({ page, step }) {
      // The article as this check needs it, whatever the check before left open or changed on disk.
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      const at = await positionOfText(page, SAMPLE.quoteStart);
      assert(at, `"${SAMPLE.quoteStart}" is not on screen`);
      // Another sample outlet reports the line as "We'll leave no stone unturned…": the hover lists
      // it with the difference struck through and added in bold. The other articles are compared
      // in the background, so an early hover may lack them: hover again until they are there.
      const deadline = Date.now() + DEFAULT_TIMEOUT;
      let seen = '';
      for (;;) {
        await page.mouse.move(at.middle.x, at.middle.y);
        const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: SAMPLE.speaker }).first();
        // A hover can be swallowed (the editor was still redrawing): the mouse leaves and comes back until the deadline.
        const shown = await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        if (!shown) {
          if (Date.now() > deadline) throw new Error(`no hover naming ${SAMPLE.speaker} over "${SAMPLE.quoteStart}"`);
          step('no hover yet');
          await page.mouse.move(2, 2);
          continue;
        }
        seen = await hover.innerText();
        const diff = await hover.evaluate((el) => ({
          struck: [...el.querySelectorAll('del, s')].map((x) => x.textContent.trim()),
          added: [...el.querySelectorAll('strong, b')].map((x) => x.textContent.trim()),
        }));
        if (seen.includes('wording:') && diff.struck.includes(SAMPLE.quoteStart.split(' ').slice(0, 2).join(' ')) && diff.added.includes(SAMPLE.otherWording)) {
          await scrollHoverTo(page, hover, 'Quote —');
          return;
        }
        if (Date.now() > deadline) break;
        step('hover without the other outlets yet');
        await page.mouse.move(2, 2);
        await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
      }
      throw new Error(`no wording diff "~~We will~~ **${SAMPLE.otherWording}**" in the hover: ${seen.replace(/\s+/g, ' ').slice(0, 600)}`);
    },
  },
  {
    name: 'an entity\'s hover says who marked it and when, and Restore Dismissed Suggestion… says who dismissed each, in light, dark and high-contrast themes',
    screenshot: '04b-entity-trail',
    async run({ page, workspace, shootAs }) {
      const article = path.join(workspace, SAMPLE.file);
      const sidecarFile = `${article}.crosscheck.json`;
      const registryFile = path.join(workspace, 'crosscheck.claims.json');
      const originals = [sidecarFile, registryFile].map((f) => [f, fs.readFileSync(f, 'utf8')]);
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      const text = fs.readFileSync(article, 'utf8');
      const start = text.indexOf(SAMPLE.person);
      assert(start >= 0, `the sample no longer names ${SAMPLE.person}`);
      const end = start + SAMPLE.person.length;
      const when = '2026-03-06T09:30:00.000Z';
      try {
        // Decisions two colleagues made, as the sidecar and the registry would hold them.
        const sidecar = JSON.parse(originals[0][1]);
        sidecar.annotations.push({
          id: 'a_uitrail00001', kind: 'entity', name: SAMPLE.person, entityType: 'person',
          target: { exact: SAMPLE.person, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end },
          created: when, createdBy: 'Ana Ruiz', modified: when, modifiedBy: 'Ana Ruiz',
        });
        fs.writeFileSync(sidecarFile, JSON.stringify(sidecar, null, 2) + '\n');
        const registry = JSON.parse(originals[1][1]);
        registry.dismissedSuggestions = [...(registry.dismissedSuggestions ?? []), 'stmt:ui:gone'];
        registry.dismissals = [{ key: 'stmt:ui:gone', by: 'Tom Hale', at: when }];
        fs.writeFileSync(registryFile, JSON.stringify(registry, null, 2) + '\n');
        await openFile(page, SAMPLE.file, SAMPLE.firstLine);
        const themes = [['light', 'Default Light Modern', 'vs'], ['dark', 'Default Dark Modern', 'vs-dark'], ['high-contrast', 'Default High Contrast', 'hc-black']];
        for (const [themeName, theme, themeClass] of themes) {
          fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.colorTheme': theme }));
          await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), themeClass, { timeout: DEFAULT_TIMEOUT });
          const at = await positionOfText(page, SAMPLE.person);
          assert(at, `"${SAMPLE.person}" is not on screen`);
          // The sidecar changed outside the editor: hover again until the mark has been read.
          const deadline = Date.now() + DEFAULT_TIMEOUT;
          let seen = '';
          for (;;) {
            await page.mouse.move(at.middle.x, at.middle.y);
            const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Mentions' }).first();
            const shown = await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
            if (shown) {
              seen = await hover.innerText();
              if (seen.includes('Marked as this entity by Ana Ruiz on 2026-03-06')) break;
            }
            if (Date.now() > deadline) throw new Error(`the entity hover does not say who marked it (${themeName}): ${seen.replace(/\s+/g, ' ').slice(0, 400)}`);
            await page.mouse.move(2, 2);
            await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
          }
          await shootAs(`04b-entity-trail-${themeName}`);
          await page.mouse.move(2, 2);
          await page.keyboard.press('Escape');
        }
        await runCommand(page, 'Crosscheck: Restore Dismissed Suggestion…');
        await waitForPickPlaceholder(page, 'Suggest which dismissed suggestion again?');
        const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'dismissed by Tom Hale on 2026-03-06' }).first();
        await row.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
        await shootAs('04b-restore-suggestion');
        await closeQuickInput(page);
      } finally {
        for (const [file, content] of originals) fs.writeFileSync(file, content);
        fs.rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
      }
    },
  },
  {
    name: 'the Claims view lists the sample claims',
    screenshot: '05-claims',
    async run({ page, workspace }) {
      await page.mouse.move(2, 2);
      const registry = JSON.parse(fs.readFileSync(path.join(workspace, 'crosscheck.claims.json'), 'utf8'));
      const pane = await showView(page, 'Crosscheck', 'Claims');
      const expected = registry.claims.map((claim) => claim.text.slice(0, 40));
      await pane.locator('.monaco-list-row').first().waitFor({ timeout: DEFAULT_TIMEOUT });
      await collapseTree(page, pane);
      const labels = await treeRowLabels(pane);
      const missing = expected.filter((text) => !labels.some((label) => label.includes(text)));
      assert(missing.length === 0, `Claims view lacks: ${missing.join(' | ')} (rows: ${labels.join(' | ')})`);
    },
  },
  {
    name: 'Crosscheck: Add Claim from Selection adds a tree item',
    screenshot: '06-add-claim',
    async run({ page, step }) {
      const pane = await showView(page, 'Crosscheck', 'Claims');
      const before = await treeRowLabels(pane);
      step('claims shown');
      const at = await positionOfText(page, SAMPLE.claimSentence.slice(0, 40));
      assert(at, `"${SAMPLE.claimSentence}" is not on screen`);
      const end = await positionOfText(page, SAMPLE.claimSentence.slice(-30));
      assert(end, `the end of "${SAMPLE.claimSentence}" is not on screen`);
      await page.mouse.click(at.start.x + 1, at.start.y);
      await page.keyboard.down('Shift');
      await page.mouse.click(end.end.x, end.end.y);
      await page.keyboard.up('Shift');
      step('selected');
      await runCommand(page, 'Crosscheck: Add Claim from Selection');
      step('command run');
      // The command proposes the selected text as the claim's wording: accept it.
      const proposed = await waitForInputBox(page, SAMPLE.claimSentence.slice(0, 20));
      assert(proposed === SAMPLE.claimSentence, `proposed claim "${proposed}" is not the selection "${SAMPLE.claimSentence}"`);
      step('prompt shown');
      await page.keyboard.press('Enter');
      // Then the stance of the selected passage, the claim's first evidence: the first choice.
      await waitForPickPlaceholder(page, 'bear on');
      step('stance asked');
      await page.keyboard.press('Enter');
      const sentenceStart = SAMPLE.claimSentence.slice(0, 30);
      await pane.locator('.monaco-list-row').filter({ hasText: sentenceStart }).first().waitFor({ timeout: DEFAULT_TIMEOUT });
      const after = await treeRowLabels(pane);
      assert(after.length > before.length || after.some((label) => label.includes(sentenceStart)), 'no new claim row');
    },
  },
  {
    name: 'the Claims view suggests claims to check, contradictions first, leaving out those already filed',
    screenshot: '07-suggestions',
    async run({ page, shoot }) {
      const pane = await showView(page, 'Crosscheck', 'Claims');
      await collapseTree(page, pane);
      // Room for the suggestions and their descriptions, put back after the screenshot.
      const others = ['Sources', 'Entities'];
      await setPanesExpanded(page, others, false);
      await resizeSidebar(page, 220);
      const rowText = (row) => row.evaluate((r) => r.textContent.replace(/\s+/g, ' ').trim());
      const suggestions = pane.locator('.monaco-list-row').filter({ hasText: /^Suggestions/ }).first();
      await suggestions.waitFor({ timeout: DEFAULT_TIMEOUT });
      // The samples' claims already carry evidence on passages the core would suggest (the
      // evacuation figure): those are counted, not offered again.
      const heading = await rowText(suggestions);
      assert(/\d+ to check/.test(heading) && /\d+ already filed/.test(heading), `Suggestions row: "${heading}"`);
      // Driven by keyboard from the focused row: a click lands on whatever scrolls under the pointer.
      // Suggestions are recomputed as the story's analyses land, and a refresh redraws the groups
      // closed: the rows are opened again until the first contradicted suggestion shows an outlet's figure.
      const deadline = Date.now() + 2 * DEFAULT_TIMEOUT;
      const expand = async (row) => {
        if ((await row.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
        await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: 5_000 });
      };
      for (;;) {
        const seen = await (async () => {
          await expand(await focusTreeRow(page, pane, /^Suggestions/));
          await expand(await focusTreeRow(page, pane, /^Contradicted/));
          // The first contradicted suggestion, opened to the figure each outlet gives.
          await page.keyboard.press('ArrowDown');
          const first = await focusedTreeRow(page, pane);
          assert(/ · /.test(await rowText(first)), `first contradicted suggestion: "${await rowText(first)}"`);
          await expand(first);
          await page.keyboard.press('ArrowDown');
          return rowText(await focusedTreeRow(page, pane));
        })().catch((e) => {
          assert(Date.now() < deadline, `the first contradicted suggestion never opened: ${e.message.split('\n')[0]}`);
          return '';
        });
        if (/: [~\d]/.test(seen) && seen.includes('“')) break;
        assert(Date.now() < deadline, `an outlet's figure and sentence under the suggestion: "${seen}"`);
      }
      await page.mouse.move(2, 2);
      await shoot();
      await resizeSidebar(page, -220);
      await collapseTree(page, pane);
      await setPanesExpanded(page, others, true);
    },
  },
  {
    name: 'Crosscheck: Open Claims Matrix shows claims × sources, navigable by keyboard',
    screenshot: '08-matrix',
    async run({ page, workspace }) {
      const registry = JSON.parse(fs.readFileSync(path.join(workspace, 'crosscheck.claims.json'), 'utf8'));
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'Crosscheck: Open Claims Matrix');
      // The page lives two iframes down (VS Code's webview host, then the content frame).
      const matrix = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await matrix.locator('table[role="grid"]').first().waitFor({ timeout: DEFAULT_TIMEOUT });
      const rows = await matrix.locator('th[scope="row"]').allTextContents();
      const missing = registry.claims.map((c) => c.text.slice(0, 40)).filter((text) => !rows.some((row) => row.includes(text)));
      assert(missing.length === 0, `matrix lacks claims: ${missing.join(' | ')}`);
      const labels = await matrix.locator('td[role="gridcell"] .label').allTextContents();
      assert(labels.some((l) => l.includes('supports')) && labels.includes('absent'), `cells: ${labels.slice(0, 12).join(' | ')}`);
      await matrix.locator('td[tabindex="0"]').first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      const focused = await matrix.locator('td:focus').first().evaluate((td) => [td.dataset.row, td.dataset.col]);
      assert(focused[0] === '1' && focused[1] === '1', `arrow keys moved focus to ${focused}`);
    },
  },
  {
    name: 'a claim offers Merge, Split, Edit Claim Details and Move in its menu; Alt+Down moves it, Ctrl+Z moves it back',
    screenshot: '09-codebook',
    async run({ page, shootAs, step }) {
      await runCommand(page, 'View: Close All Editors');
      const pane = await showView(page, 'Crosscheck', 'Claims');
      await collapseTree(page, pane);
      // Claim rows by their accessible label ("Claim: … Status: …"), never an evidence row quoting the same words.
      const FIRST = /^Claim: About 1,200 residents/;
      const SECOND = /^Claim: The dockworkers' union warned/;
      await focusTreeRow(page, pane, /About 1,200 residents/);
      await page.keyboard.press('Shift+F10');
      const menu = page.locator('.context-view .monaco-menu').first();
      await menu.waitFor({ timeout: DEFAULT_TIMEOUT });
      const items = await menu.locator('.action-label').allTextContents();
      const missing = ['Merge Claims…', 'Split Claim…', 'Edit Claim Details…', 'Move Claim Up', 'Move Claim Down'].filter((want) => !items.some((i) => i.includes(want)));
      assert(missing.length === 0, `the claim's menu lacks ${missing.join(', ')} (items: ${items.join(' | ')})`);
      await shootAs('09-codebook-menu');
      await page.keyboard.press('Escape');
      step('menu checked');
      const order = async () => {
        const labels = await treeRowLabels(pane);
        return [labels.findIndex((l) => FIRST.test(l)), labels.findIndex((l) => SECOND.test(l))];
      };
      const [first, second] = await order();
      assert(first >= 0 && first < second, `sample claims not in filing order: ${first}, ${second}`);
      const paneElement = await pane.elementHandle();
      // Runs in the page: whether the first sample claim is one place below its first place (or back at
      // it), by its place among the claims (aria-posinset), and on the right side of the second claim when
      // that one is drawn. The pane is small: once the view scrolls to the moved claim, the second claim
      // can be out of it, so its absence alone decides nothing.
      const claimsInOrder = ([el, where, firstPlace]) => {
        const rows = [...el.querySelectorAll('.monaco-list-row')];
        const place = (pattern) => {
          const row = rows.find((r) => pattern.test(r.getAttribute('aria-label') || ''));
          return row ? Number(row.getAttribute('aria-posinset')) : undefined;
        };
        const a = place(/^Claim: About 1,200 residents/);
        const b = place(/^Claim: The dockworkers' union warned/);
        if (a !== (where === 'below' ? firstPlace + 1 : firstPlace)) return false;
        return b === undefined || (where === 'below' ? a > b : a < b);
      };
      const firstPlace = await page.evaluate((el) => {
        const row = [...el.querySelectorAll('.monaco-list-row')].find((r) => /^Claim: About 1,200 residents/.test(r.getAttribute('aria-label') || ''));
        return row ? Number(row.getAttribute('aria-posinset')) : undefined;
      }, paneElement);
      assert(Number.isInteger(firstPlace), 'the first sample claim has no place among the claims (aria-posinset)');
      // Arrow keys only focus a row; Enter selects it, and the selected claim is the one Alt+Down moves (else it asks which).
      await focusTreeRow(page, pane, /About 1,200 residents/);
      await page.keyboard.press('Enter');
      // Enter also opens the claim to its evidence, which can push the other claim out of the small pane: closed again, still selected.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForFunction(claimsInOrder, [paneElement, 'below', firstPlace], { timeout: DEFAULT_TIMEOUT }).catch(() => assert(false, 'Alt+Down did not move the claim below the next one'));
      step('moved');
      await shootAs('09-codebook-moved');
      // The moved claim stays selected and the view keeps focus, so Ctrl+Z goes to Crosscheck's undo.
      await page.keyboard.press('Control+z');
      await page.waitForFunction(claimsInOrder, [paneElement, 'above', firstPlace], { timeout: DEFAULT_TIMEOUT }).catch(() => assert(false, 'Ctrl+Z did not move the claim back'));
    },
  },
  {
    // Runs last, on the evidence "Add Claim from Selection" filed (CROSSCHECK_UI_ONLY="Add Claim from Selection" runs both).
    name: 'Crosscheck: Mark as Checked Against the Source on the evidence Add Claim from Selection filed: the Claims view and the hover say who checked it',
    screenshot: '06b-checked',
    async run({ page, step }) {
      await runCommand(page, 'View: Close All Editors');
      await openFile(page, SAMPLE.file, SAMPLE.firstLine);
      const pane = await showView(page, 'Crosscheck', 'Claims');
      // The cursor in the filed passage, by keyboard (Find selects it): the command acts on the evidence there.
      await page.keyboard.press('Control+F');
      await page.waitForFunction(() => Boolean(document.activeElement?.closest('.find-widget')), null, { timeout: DEFAULT_TIMEOUT });
      await page.keyboard.insertText(SAMPLE.claimSentence.slice(0, 40));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await runCommand(page, 'Crosscheck: Mark as Checked Against the Source');
      step('command run');
      // The claim's evidence shows under it: opened by keyboard (earlier checks leave the tree collapsed).
      // The mark just written refreshes the tree, which may redraw the claim closed or drop the focus
      // while it is being opened: the claim is focused and opened again until its evidence row shows the mark.
      const deadline = Date.now() + 2 * DEFAULT_TIMEOUT;
      let row;
      for (;;) {
        row = await (async () => {
          const claim = await focusTreeRow(page, pane, new RegExp(`^${SAMPLE.claimSentence.slice(0, 20)}`));
          if ((await claim.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
          await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await claim.elementHandle(), { timeout: 3_000 });
          // Its evidence row, focused so it scrolls into the (small) pane.
          await page.keyboard.press('ArrowDown');
          const evidence = await focusedTreeRow(page, pane);
          await page.waitForFunction((el) => el.textContent.includes('checked by'), await evidence.elementHandle(), { timeout: 5_000 });
          return evidence;
        })().catch((e) => {
          assert(Date.now() < deadline, `the claim's evidence row never showed the mark: ${e.message.split('\n')[0]}`);
          return undefined;
        });
        if (row) break;
        step('claim or evidence row redrawn; again');
      }
      const described = await row.innerText();
      assert(/checked by .+ on \d{4}-\d{2}-\d{2}/.test(described), `the evidence row says "${described}"`);
      const at = await positionOfText(page, SAMPLE.claimSentence.slice(0, 40));
      assert(at, `"${SAMPLE.claimSentence}" is not on screen`);
      await page.mouse.move(at.middle.x, at.middle.y);
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Checked against the source by' }).first();
      await hover.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
      await scrollHoverTo(page, hover, 'Checked against the source by');
    },
  },
];
