// Driving VS Code's workbench through the page, the way a user would: open a file from
// the explorer, run a command from the palette, read the editor's decorations. Every
// wait is on a DOM condition with a deadline, never a fixed sleep.
/* global document, getComputedStyle */

const DEFAULT_TIMEOUT = 30_000;

/** Resolves once the workbench has restored: explorer shown and extensions scanned. */
export async function waitForWorkbench(page, timeout = 90_000) {
  await page.waitForSelector('.monaco-workbench .part.sidebar', { timeout });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
}

/** Opens a file through Quick Open and waits until its first line is rendered. */
export async function openFile(page, fileName, firstLineText) {
  await runCommandByKey(page, 'Control+P');
  await page.keyboard.insertText(fileName);
  await page.waitForSelector(`.quick-input-widget .monaco-list-row[aria-label*="${cssString(fileName)}"]`, { timeout: DEFAULT_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${cssString(fileName)}"]`, { timeout: DEFAULT_TIMEOUT });
  if (firstLineText) {
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('.editor-instance .view-lines .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(text)),
      firstLineText, { timeout: DEFAULT_TIMEOUT });
  }
  // Focus and the cursor by keyboard, never a click: a click lands on whatever is passing under the
  // pointer (a theme being switched, a notification), and on a scrolled editor at another line.
  const editorFocused = () => page.waitForFunction(() => Boolean(document.activeElement?.closest('.editor-instance .monaco-editor')), null, { timeout: 5000 }).then(() => true, () => false);
  if (!(await editorFocused())) {
    await runCommand(page, 'View: Focus Active Editor Group');
    if (!(await editorFocused())) throw new Error(`the editor of ${fileName} did not take the focus (focus is on ${await page.evaluate(() => document.activeElement?.className)})`);
  }
  await page.keyboard.press('Control+Home');
  if (firstLineText) {
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('.editor-instance .view-lines .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(text)),
      firstLineText, { timeout: DEFAULT_TIMEOUT });
  }
}

async function runCommandByKey(page, key) {
  const shown = '.quick-input-widget:not([style*="display: none"]) input';
  // A key pressed while the workbench moves focus (a view redrawn, a hover or dialog closing) can be
  // swallowed: until the deadline, what holds focus is dismissed with Escape and the key pressed again.
  const deadline = Date.now() + DEFAULT_TIMEOUT;
  for (;;) {
    await page.keyboard.press(key);
    const opened = await page.waitForSelector(shown, { timeout: 5_000 }).then(() => true, () => false);
    if (opened) return;
    if (Date.now() > deadline) throw new Error(`${key} did not open the command palette within ${DEFAULT_TIMEOUT / 1000} s`);
    await page.keyboard.press('Escape');
  }
}

/** Opens the command palette filtered by `query` and returns the labels it lists (scrolling the virtual list). */
export async function paletteLabels(page, query, onListed = async () => {}) {
  await runCommandByKey(page, 'F1');
  await page.keyboard.insertText(query);
  await page.waitForFunction((q) => {
    const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')];
    return rows.length > 0 && rows.every((r) => (r.getAttribute('aria-label') || '').toLowerCase().includes(q.toLowerCase().replace(/:.*$/, '')));
  }, query, { timeout: DEFAULT_TIMEOUT }).catch(() => {});
  await onListed();
  // The list is virtual: page down until the focused row stops changing, collecting rows on the way.
  const labels = new Set();
  let focused = null;
  for (let step = 0; step < 50; step++) {
    for (const label of await page.$$eval('.quick-input-widget .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') || ''))) {
      labels.add(label);
    }
    const nowFocused = await page.$eval('.quick-input-widget', (w) => w.querySelector('.monaco-list-row.focused')?.getAttribute('aria-label') ?? '');
    if (step > 0 && nowFocused === focused) break;
    focused = nowFocused;
    await page.keyboard.press('PageDown');
    await page.waitForFunction((before) => (document.querySelector('.quick-input-widget .monaco-list-row.focused')?.getAttribute('aria-label') ?? '') !== before,
      focused, { timeout: 2_000 }).catch(() => {}); // the last page: focus no longer moves
  }
  return [...labels];
}

/** Runs a command by its palette title ("Crosscheck: Add Claim from Selection"). */
export async function runCommand(page, title) {
  const row = `.quick-input-widget .monaco-list-row[aria-label^="${cssString(title)}"]`;
  // Typing can land before the palette takes it (the list then stays unfiltered and the row is not
  // shown): the palette is closed and opened again until it lists the command or the deadline passes.
  const deadline = Date.now() + DEFAULT_TIMEOUT;
  for (;;) {
    await runCommandByKey(page, 'F1');
    await page.keyboard.insertText(title);
    const listed = await page.waitForSelector(row, { timeout: 10_000 }).then(() => true, () => false);
    if (listed) break;
    if (Date.now() > deadline) throw new Error(`the command palette never listed "${title}"`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
}

/** Waits for a prompt (input box) whose value contains `expected`, and returns that value. */
export async function waitForInputBox(page, expected) {
  const handle = await page.waitForFunction((text) => {
    const widget = document.querySelector('.quick-input-widget');
    const input = widget && widget.style.display !== 'none' ? widget.querySelector('input') : null;
    return input && input.value.includes(text) ? input.value : null;
  }, expected, { timeout: DEFAULT_TIMEOUT });
  return handle.jsonValue();
}

/** Waits for a quick pick whose placeholder contains `expected` (the previous prompt has gone), and returns it. */
export async function waitForPickPlaceholder(page, expected) {
  const handle = await page.waitForFunction((text) => {
    const widget = document.querySelector('.quick-input-widget');
    const input = widget && widget.style.display !== 'none' ? widget.querySelector('input') : null;
    const placeholder = input ? (input.getAttribute('placeholder') ?? '') : '';
    return placeholder.includes(text) && widget.querySelector('.monaco-list-row') ? placeholder : null;
  }, expected, { timeout: DEFAULT_TIMEOUT });
  return handle.jsonValue();
}

export async function closeQuickInput(page) {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: DEFAULT_TIMEOUT });
}

function cssString(text) {
  return text.replace(/["\\]/g, '\\$&');
}

/**
 * Every editor decoration from extensions (VS Code names their classes `ced-…`) in the active
 * editor, with the theme colours (of `colorIds`) it is painted with and the text under it.
 * Colours are matched on computed styles, since VS Code may inline a theme colour's value;
 * the text is found by geometry, so background overlays (drawn apart from the text) count too.
 * @returns {Promise<Array<{className: string, colors: string[], text: string}>>}
 */
export function editorDecorations(page, colorIds) {
  return page.evaluate((ids) => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return [];
    // The browser's own spelling of each theme colour, so that equal colours compare equal.
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    const normalise = (value) => { probe.style.color = ''; probe.style.color = value; return getComputedStyle(probe).color; };
    const themeStyle = getComputedStyle(editor);
    const themeColors = ids
      .map((id) => ({ id, value: themeStyle.getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`).trim() }))
      .filter((c) => c.value)
      .map((c) => ({ id: c.id, value: normalise(c.value) }));
    probe.remove();
    const PAINTED = ['backgroundColor', 'color', 'borderTopColor', 'borderBottomColor', 'borderLeftColor', 'textDecorationColor', 'outlineColor'];

    // Character boxes of the rendered text.
    const chars = [];
    editor.querySelectorAll('.view-lines .view-line').forEach((lineEl) => {
      const walker = document.createTreeWalker(lineEl, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          chars.push({ ch: node.data[i], x: box.left + box.width / 2, y: box.top + box.height / 2 });
        }
      }
    });
    const found = [];
    editor.querySelectorAll('.lines-content [class*="ced-"]').forEach((el) => {
      const className = [...el.classList].find((c) => c.startsWith('ced-'));
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || style.display === 'none') return;
      const painted = new Set(PAINTED.map((prop) => style[prop]));
      const colors = themeColors.filter((c) => painted.has(c.value)).map((c) => c.id);
      const under = chars.filter((c) => c.x >= box.left && c.x <= box.right && c.y >= box.top && c.y <= box.bottom);
      under.sort((a, b) => (a.y - b.y) || (a.x - b.x));
      found.push({ className, colors, text: under.map((c) => c.ch).join('').replace(/\u00a0/g, ' ') });
    });
    return found;
  }, colorIds);
}

/** Screen points at the start, middle and end of the first occurrence of `text` in the active editor, or null. */
export function positionOfText(page, text) {
  return page.evaluate((needle) => {
    /** The caret box at a character offset inside a rendered line. */
    const pointAt = (lineEl, offset) => {
      const walker = document.createTreeWalker(lineEl, 4 /* NodeFilter.SHOW_TEXT */);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset <= seen + node.data.length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.collapse(true);
          const box = range.getBoundingClientRect();
          return { x: box.left, y: box.top + box.height / 2 };
        }
        seen += node.data.length;
      }
      return null;
    };
    for (const lineEl of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const at = lineEl.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const start = pointAt(lineEl, at);
      const end = pointAt(lineEl, at + needle.length);
      if (!start || !end) return null;
      return { start, end, middle: { x: (start.x + end.x) / 2, y: start.y } };
    }
    return null;
  }, text);
}

/** Shows the view container of an extension and waits for the named view's pane. */
export async function showView(page, containerTitle, viewTitle) {
  const headerSelector = `.pane-header[aria-label^="${cssString(viewTitle)}"]`;
  const header = page.locator(`.part.sidebar ${headerSelector}`).first();
  // Clicking the icon of the container already shown would hide the side bar.
  if (!(await header.isVisible())) {
    const item = page.locator(`.part.activitybar .action-item a[aria-label^="${cssString(containerTitle)}"], .part.activitybar .action-item[aria-label^="${cssString(containerTitle)}"]`).first();
    await item.click({ timeout: DEFAULT_TIMEOUT });
  }
  await header.waitFor({ timeout: DEFAULT_TIMEOUT });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return page.locator('.part.sidebar .pane').filter({ has: page.locator(headerSelector) });
}

/** Collapses every top-level node of a tree view (its rows are virtual: only those on screen exist). */
export async function collapseTree(page, pane) {
  // Focus by command, not a click: the first row in the page may be scrolled under the view's shadow.
  await focusTree(page, pane);
  let previousIndex = null;
  for (let step = 0; step < 200; step++) {
    const index = await (await focusedTreeRow(page, pane)).getAttribute('data-index');
    if (index === previousIndex) break; // the last top-level node: ArrowDown no longer moves
    previousIndex = index;
    await page.keyboard.press('ArrowLeft'); // collapses an expanded node; on a collapsed top-level node, does nothing
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Home');
}

/** The labels of the rows a tree view currently renders. */
export function treeRowLabels(pane) {
  return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || r.textContent || ''));
}

export { DEFAULT_TIMEOUT };

/** Gives a view's tree keyboard focus through VS Code's own "Focus on … View" command, on its first row. */
export async function focusTree(page, pane) {
  const title = (await pane.locator('.pane-header').first().getAttribute('aria-label')).replace(/ Section$/, '').split(/\s/)[0];
  const list = await pane.locator('.monaco-list').first().elementHandle();
  const hasFocus = (timeout) => page.waitForFunction((el) => el.contains(document.activeElement), list, { timeout }).then(() => true, () => false);
  // The palette hands focus back as it closes, which can land after the command's own focus: try again then.
  for (let attempt = 0; attempt < 5; attempt++) {
    await runCommand(page, `Crosscheck: Focus on ${title} View`);
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: DEFAULT_TIMEOUT });
    if (await hasFocus(5_000)) break;
  }
  await page.keyboard.press('Home');
  await page.waitForFunction((el) => el.querySelector('.monaco-list-row.focused[data-index="0"]'), list, { timeout: DEFAULT_TIMEOUT });
}

/** The tree row that has keyboard focus, addressed by its index so it stays the same row as the tree changes. */
export async function focusedTreeRow(page, pane) {
  const focused = pane.locator('.monaco-list-row.focused').first();
  await focused.waitFor({ timeout: DEFAULT_TIMEOUT }).catch(async (error) => {
    const active = await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className} ${document.activeElement?.getAttribute('aria-label') ?? ''}`);
    const lists = await pane.locator('.monaco-list').evaluateAll((els) => els.map((el) => `${el.className} tabindex=${el.getAttribute('tabindex')} role=${el.getAttribute('role')} active=${el.getAttribute('aria-activedescendant')} rows=${[...el.querySelectorAll('.monaco-list-row')].map((r) => r.dataset.index + ':' + r.className).join(',')}`));
    throw new Error(`no focused tree row (focus is on ${active}; lists: ${lists.join(' | ')}): ${error.message.split('\n')[0]}`);
  });
  return pane.locator(`.monaco-list-row[data-index="${await focused.getAttribute('data-index')}"]`);
}

/** Moves the tree's keyboard focus down from where it is to the first row whose text matches `pattern`. */
export async function focusTreeRow(page, pane, pattern) {
  // Keys go to the tree only while it has focus (a pane header clicked since would take them).
  await focusTree(page, pane);
  let previousIndex = null;
  for (let step = 0; step < 300; step++) {
    const row = await focusedTreeRow(page, pane);
    const text = await row.evaluate((r) => r.textContent.replace(/\s+/g, ' ').trim());
    if (pattern.test(text)) return row;
    const index = await row.getAttribute('data-index');
    if (index === previousIndex) break; // the last row: ArrowDown no longer moves
    previousIndex = index;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no tree row matches ${pattern}`);
}
