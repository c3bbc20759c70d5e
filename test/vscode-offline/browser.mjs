// Headless Debian Chromium driven by playwright-core (no browser download needed).
import { chromium } from 'playwright-core';

// The machine's network is closed: without these, Chromium retries Google's hosts at every start.
const QUIET_NETWORK_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium with a fresh profile (Playwright makes a new empty user-data-dir per launch).
 * @returns {Promise<{page: import('playwright-core').Page, close: () => Promise<void>}>}
 */
export async function openBrowser({ executablePath, viewport = { width: 1400, height: 900 } }) {
  const browser = await chromium.launch({ executablePath, headless: true, args: QUIET_NETWORK_FLAGS });
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    return { browser, page, close: () => browser.close().catch(() => {}) };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
