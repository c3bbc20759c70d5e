#!/usr/bin/env node
// `npm run walkthrough-images`: refreshes media/walkthrough/*.png (the walkthrough's pictures,
// shipped in the VSIX) from a UI run of the packaged extension on samples/ in the real editor.
// Nothing is replaced unless every UI check passed. Each screenshot is scaled down and its colours
// reduced in Chromium (no image tool needed), then recompressed without loss (pngRecompress.mjs), so
// the seven together stay small enough for the VSIX's 1 MB budget. Run it under the editor lock:
//   flock /tmp/crosscheck-editor.lock node scripts/walkthroughImages.mjs
// CROSSCHECK_SHOTS_FROM=<folder> converts screenshots already taken instead of running the checks;
// CROSSCHECK_SHOTS_KEEP=<folder> keeps the run's screenshots there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { openBrowser } from '../test/vscode-offline/browser.mjs';
import { recompressPng } from './pngRecompress.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.join(REPO, 'media', 'walkthrough');
/**
 * UI-check screenshot → walkthrough step picture (package.json contributes.walkthroughs), and the
 * part of the window that shows the step (fractions of the screenshot: x, y, width, height), and
 * a narrower width for pictures of a side bar alone.
 */
export const PICKS = {
  '01-workbench.png': { to: '01-workbench.png', crop: [0, 0, 0.75, 0.75] },
  '09-sources.png': { to: '02-sources.png', crop: [0, 0, 0.5, 0.45], width: 400 },
  '04-hover.png': { to: '03-quote-card.png', crop: [0.25, 0.2, 0.75, 0.45] },
  '06-add-claim.png': { to: '04-claim.png', crop: [0, 0, 1, 0.45] },
  '10-evidence.png': { to: '05-evidence.png', crop: [0, 0, 0.5, 0.45], width: 400 },
  '08-matrix.png': { to: '06-matrix.png', crop: [0.25, 0, 0.75, 0.7] },
  '11-export.png': { to: '07-export.png', crop: [0, 0, 0.75, 0.4] },
};
const WIDTH = Number(process.env.CROSSCHECK_WALKTHROUGH_WIDTH || 560);
/** Levels per colour channel: the UI's flat colours survive, and the PNG compresses far better. */
const LEVELS = Number(process.env.CROSSCHECK_WALKTHROUGH_LEVELS || 6);

/** Crops a PNG, scales it to at most WIDTH and reduces its colours, in the page's canvas; returns the new PNG. */
async function shrink(page, png, crop, maxWidth) {
  const dataUrl = await page.evaluate(async ({ src, maxWidth, levels, crop }) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const [sx, sy, sw, sh] = [crop[0] * image.width, crop[1] * image.height, crop[2] * image.width, crop[3] * image.height].map(Math.round);
    const width = Math.min(maxWidth, sw);
    const height = Math.round((sh * width) / sw);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, sx, sy, sw, sh, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    const step = 255 / (levels - 1);
    for (let i = 0; i < pixels.data.length; i += 4) {
      for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.round(Math.round(pixels.data[i + c] / step) * step);
      pixels.data[i + 3] = 255;
    }
    context.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/png');
  }, { src: `data:image/png;base64,${png.toString('base64')}`, maxWidth, levels: LEVELS, crop });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

async function main() {
  let shots = process.env.CROSSCHECK_SHOTS_FROM;
  const keep = process.env.CROSSCHECK_SHOTS_KEEP;
  const temp = shots || keep ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-walkthrough-'));
  try {
    if (!shots) {
      shots = keep ?? temp;
      const run = spawnSync(process.execPath, [path.join(REPO, 'test', 'ui', 'run.mjs')], {
        stdio: 'inherit', env: { ...process.env, CROSSCHECK_SCREENSHOTS_DIR: shots },
      });
      if (run.status !== 0) {
        process.stderr.write('walkthrough images: the UI checks did not all pass; media/walkthrough left as it was\n');
        return 1;
      }
    }
    const missing = Object.keys(PICKS).filter((from) => !fs.existsSync(path.join(shots, from)));
    if (missing.length) throw new Error(`screenshots missing in ${shots}: ${missing.join(', ')}`);
    const browser = await openBrowser({ executablePath: process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium' });
    try {
      fs.mkdirSync(TARGET, { recursive: true });
      let total = 0;
      for (const [from, { to, crop, width }] of Object.entries(PICKS)) {
        const small = recompressPng(await shrink(browser.page, fs.readFileSync(path.join(shots, from)), crop, Math.min(width ?? WIDTH, WIDTH)));
        fs.writeFileSync(path.join(TARGET, to), small);
        total += small.length;
        process.stdout.write(`  ${path.relative(REPO, path.join(TARGET, to))} ${(small.length / 1024).toFixed(1)} KB\n`);
      }
      process.stdout.write(`walkthrough images: ${(total / 1024).toFixed(1)} KB in all\n`);
    } finally {
      await browser.close();
    }
    return 0;
  } finally {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (error) => {
  process.stderr.write(`walkthrough images failed: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
});
