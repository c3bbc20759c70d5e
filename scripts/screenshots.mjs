#!/usr/bin/env node
// `npm run screenshots`: refreshes media/screenshots/*.png (used by the README) from a UI run
// of the packaged extension on samples/. Nothing is replaced unless every UI check passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.join(REPO, 'media', 'screenshots');
/** UI-check screenshot → README name. */
const PICKS = {
  '03-decorations.png': 'highlights.png',
  '04-hover.png': 'quote-hover.png',
  '06-add-claim.png': 'claims-view.png',
  '02-command-palette.png': 'commands.png',
  '07-suggestions.png': 'suggestions.png',
  '08-matrix.png': 'matrix.png',
  '03c-shapes-light.png': 'shapes-light.png',
  '03c-shapes-dark.png': 'shapes-dark.png',
  '03c-shapes-high-contrast.png': 'shapes-high-contrast.png',
  '03d-moved-light.png': 'moved-confirm-light.png',
  '03d-moved-dark.png': 'moved-confirm-dark.png',
  '03d-moved-high-contrast.png': 'moved-confirm-high-contrast.png',
  '03e-moved-claims-view.png': 'moved-claims-view.png',
  '03f-reported-light.png': 'reported-speech-light.png',
  '03f-reported-dark.png': 'reported-speech-dark.png',
  '03f-reported-high-contrast.png': 'reported-speech-high-contrast.png',
};

const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-shots-'));
try {
  const run = spawnSync(process.execPath, [path.join(REPO, 'test', 'ui', 'run.mjs')], {
    stdio: 'inherit', env: { ...process.env, CROSSCHECK_SCREENSHOTS_DIR: shots },
  });
  if (run.status !== 0) {
    process.stderr.write('screenshots: the UI checks did not all pass; media/screenshots left as it was\n');
    process.exitCode = 1;
  } else {
    fs.mkdirSync(TARGET, { recursive: true });
    for (const [from, to] of Object.entries(PICKS)) {
      fs.copyFileSync(path.join(shots, from), path.join(TARGET, to));
      process.stdout.write(`  ${path.relative(REPO, path.join(TARGET, to))}\n`);
    }
  }
} finally {
  fs.rmSync(shots, { recursive: true, force: true });
}
