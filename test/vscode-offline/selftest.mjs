#!/usr/bin/env node
// `npm run test:harness`: proves the offline runner cannot pass by accident. It runs the
// runner on a deliberately failing suite and on a filter that selects no test, and expects
// a non-zero exit and the right summary line from both. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run.mjs');

const FAILING_SUITE = `const assert = require('assert');
describe('harness self-test', () => {
  it('passes', () => assert.strictEqual(1 + 1, 2));
  it('fails on purpose', () => assert.strictEqual('said', 'told'));
});
`;

const CASES = [
  { name: 'a failing test fails the run', env: (dir) => ({ CROSSCHECK_TEST_SUITE_DIR: dir }), lastLine: '1 passed, 1 failed' },
  { name: 'a run where no test ran fails', env: (dir) => ({ CROSSCHECK_TEST_SUITE_DIR: dir, CROSSCHECK_TEST_GREP: 'matches no test title' }), lastLine: '0 passed, 0 failed' },
];

const suiteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-selftest-'));
let failures = 0;
try {
  fs.writeFileSync(path.join(suiteDir, 'deliberate.test.js'), FAILING_SUITE);
  for (const testCase of CASES) {
    const run = spawnSync(process.execPath, [RUNNER], { env: { ...process.env, ...testCase.env(suiteDir) }, encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n');
    const last = lines[lines.length - 1];
    const ok = run.status !== 0 && last === testCase.lastLine;
    if (!ok) failures++;
    process.stdout.write(`  ${ok ? '✔' : '✘'} ${testCase.name}${ok ? '' : ` (exit ${run.status}, last line "${last}")\n${run.stdout}${run.stderr}`}\n`);
  }
} finally {
  fs.rmSync(suiteDir, { recursive: true, force: true });
}
process.stdout.write(`${CASES.length - failures} passed, ${failures} failed\n`);
process.exitCode = failures ? 1 : 0;
