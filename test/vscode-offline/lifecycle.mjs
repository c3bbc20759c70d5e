// Waiting on conditions (never fixed sleeps) and cleaning up on Ctrl-C.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';

/** Resolves once `file` exists; watches its folder rather than polling on a timer. */
export function waitForFile(file) {
  return new Promise((resolve) => {
    if (fs.existsSync(file)) return resolve();
    const dir = path.dirname(file);
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(file)) { watcher.close(); resolve(); }
    });
    watcher.unref(); // a lost race must not keep the process alive
    // The file may have appeared between the first check and the watch starting.
    if (fs.existsSync(file)) { watcher.close(); resolve(); }
  });
}

/** Resolves to 'timeout' after `ms` without keeping the process alive on its own. */
export function timeoutAfter(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms, 'timeout').unref());
}

/**
 * Runs `cleanup` on SIGINT/SIGTERM before exiting (130/143), so code-server and Chromium never
 * outlive an interrupted run. Returns a function that removes the handlers.
 */
export function onInterrupt(cleanup) {
  const handlers = {};
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    handlers[signal] = () => {
      process.stderr.write(`\ncrosscheck: ${signal}, stopping VS Code and Chromium…\n`);
      void cleanup().finally(() => process.exit(code));
    };
    process.once(signal, handlers[signal]);
  }
  return () => { for (const [signal, handler] of Object.entries(handlers)) process.removeListener(signal, handler); };
}

/**
 * What a run must undo (temp folders, code-server, Chromium), undone once, last first, on the
 * normal path or on Ctrl-C, whichever comes first.
 */
export function cleanupStack() {
  const cleanups = [];
  let cleaning;
  const cleanup = () => (cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()().catch(() => {});
  })());
  const stopOnInterrupt = onInterrupt(cleanup);
  return {
    push: (undo) => { cleanups.push(undo); },
    close: async () => { await cleanup(); stopOnInterrupt(); },
  };
}

/**
 * Runs a harness's `main` (which resolves to its exit code). A run that fails before any check
 * still prints the "0 passed, 0 failed" summary line CI reads, after saying why.
 */
export function runHarness(what, main) {
  main().then(
    (code) => { process.exitCode = code; },
    (error) => {
      process.stderr.write(`crosscheck: ${what} failed: ${error instanceof Error ? error.message : error}\n`);
      process.stdout.write('0 passed, 0 failed\n');
      process.exitCode = 1;
    },
  );
}
