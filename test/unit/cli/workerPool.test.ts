// WorkerPool: requests to whichever worker is free; a worker that fails fails the run, and the
// process can still exit (close() stops every worker, even one busy on a dropped request).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkerPool } from '../../../src/cli/workerPool';
import type { WorkerSetup } from '../../../src/cli/articleWork';

const SETUP: WorkerSetup = { cacheDir: '', version: 'test', keepCorpusEntries: false };

/** A worker script speaking the pool's protocol; `body` answers `request` (the request's op is its text). */
function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    [
      "const { parentPort, threadId, workerData } = require('worker_threads');",
      body,
      "parentPort.on('message', ({ id, request }) => Promise.resolve(answer(request)).then((result) => parentPort.postMessage({ id, result })));",
    ].join('\n'),
  );
  return file;
}

/** A task the test workers answer (what they answer is the script's `answer`, whatever the request). */
const TASK = { op: 'summarize', path: 'x', maxBytes: 1 } as const;

/** Two workers running `body` (see script), used by `use`, then closed. */
async function withPool(dir: string, name: string, body: string, use: (pool: WorkerPool) => Promise<void>): Promise<void> {
  const pool = new WorkerPool({ file: script(dir, name, body), execArgv: [] }, 2, SETUP);
  try {
    await use(pool);
  } finally {
    await pool.close();
  }
}

describe('[cli/workerPool] WorkerPool', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pool-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers every request', () =>
    withPool(dir, 'echo.js', 'const answer = (request) => ({ op: request.op, thread: threadId });', async (pool) => {
      const answers = await Promise.all(Array.from({ length: 20 }, () => pool.run<{ op: string; thread: number }>(TASK)));
      assert.equal(answers.length, 20);
      assert.ok(answers.every((a) => a.op === 'summarize'));
    }));

  it('starts no worker before it is asked for one (a run the cache answers whole starts none)', async () => {
    const marks = path.join(dir, 'started');
    fs.mkdirSync(marks);
    // Each worker marks its start, and answers slowly enough that two requests take both.
    const body = `require('fs').writeFileSync(require('path').join(${JSON.stringify(marks)}, String(threadId)), ''); const answer = () => new Promise((resolve) => setTimeout(() => resolve(threadId), 100));`;
    await withPool(dir, 'marks.js', body, async () => undefined);
    assert.deepEqual(fs.readdirSync(marks), [], 'not asked: none started');
    await withPool(dir, 'marks.js', body, async (pool) => {
      await Promise.all([pool.run(TASK), pool.run(TASK)]);
    });
    assert.equal(fs.readdirSync(marks).length, 2, 'asked: both started');
  });

  it('gives each request to a free worker: two slow ones run at once', () =>
    withPool(dir, 'slow.js', 'const answer = () => new Promise((resolve) => setTimeout(() => resolve(threadId), 200));', async (pool) => {
      const threads = await Promise.all([pool.run<number>(TASK), pool.run<number>(TASK)]);
      assert.equal(new Set(threads).size, 2, String(threads));
    }));

  it('starts its workers with gc exposed (each keeps its heap flat with it)', () =>
    withPool(dir, 'gc.js', 'const answer = () => typeof globalThis.gc;', async (pool) => {
      assert.deepEqual(await Promise.all([1, 2].map(() => pool.run(TASK))), ['function', 'function']);
    }));

  it('fails the run when one worker cannot start, and the process exits although the other was busy', function () {
    this.timeout(60_000);
    // The first worker to claim the marker file throws while starting; the other answers slowly.
    const marker = path.join(dir, 'claimed');
    const file = script(
      dir,
      'half.js',
      [
        "const fs = require('fs');",
        `try { fs.writeFileSync(${JSON.stringify(marker)}, '', { flag: 'wx' }); throw new Error('cannot start'); } catch (e) { if (e.message === 'cannot start') throw e; }`,
        'const answer = () => new Promise((resolve) => setTimeout(() => resolve(threadId), 300));',
      ].join('\n'),
    );
    // In a child process: a worker left running would keep it alive (spawnSync's timeout would end it).
    const run = [
      `const { WorkerPool } = require(${JSON.stringify(path.resolve(__dirname, '../../../src/cli/workerPool.ts'))});`,
      `const pool = new WorkerPool({ file: ${JSON.stringify(file)}, execArgv: [] }, 2, ${JSON.stringify(SETUP)});`,
      "Promise.all([1, 2, 3, 4].map(() => pool.run({ op: 'summarize', path: 'x', maxBytes: 1 })))",
      "  .then(() => console.log('no failure'), (e) => console.log('failed:', e.message))",
      '  .finally(() => pool.close());',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', run], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.signal, null, `the process did not exit by itself: ${child.stderr}`);
    assert.match(child.stdout, /failed: cannot start/);
  });
});
