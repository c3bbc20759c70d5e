// The analysis worker on the desktop: a Node worker thread running dist/analysisWorker.js, which is
// written against the Web Worker API (the same file runs in the browser). The thread's first lines
// provide that API over worker_threads' parentPort, then load the script.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerMessage } from '../analysis/analysisWorkerProtocol';
import type { StartWorker } from '../analysis/workerPort';

/** The worker script that esbuild writes beside the extension bundle. */
export function nodeWorkerScript(extensionPath: string): string {
  return path.join(extensionPath, 'dist', 'analysisWorker.js');
}

/** Runs in the thread: postMessage and onmessage as a Web Worker has them, then the script. */
export function webWorkerBootstrap(script: string): string {
  return [
    "const { parentPort } = require('worker_threads');",
    'globalThis.postMessage = (message) => parentPort.postMessage(message);',
    "parentPort.on('message', (data) => { if (typeof globalThis.onmessage === 'function') globalThis.onmessage({ data }); });",
    `require(${JSON.stringify(script)});`,
  ].join('\n');
}

export function startNodeWorker(script: string): StartWorker {
  return (events) => {
    if (!fs.existsSync(script)) throw new Error(`${script} is missing`);
    const worker = new Worker(webWorkerBootstrap(script), { eval: true });
    worker.on('message', (message: WorkerMessage) => events.reply(message));
    worker.on('error', (e) => events.failed(e.message));
    worker.on('exit', (code) => events.failed(`the worker exited (code ${code})`));
    // An idle worker must not keep the host process alive on shutdown.
    worker.unref();
    return { postMessage: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  };
}
