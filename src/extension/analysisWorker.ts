// The analysis worker (bundled alone as dist/analysisWorker.js): runs the core's analyzeArticle on
// a worker thread so a large article never blocks the extension host, where hovers, typing and
// every other extension live. compromise is loaded here, not in the host.
import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core';
import type { WorkerReply, WorkerRequest } from './analysisWorkerProtocol';

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    analyzeArticle(request.text).then(
      (analysis) => port.postMessage({ id: request.id, json: JSON.stringify(analysis) } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply),
    );
  });
}
