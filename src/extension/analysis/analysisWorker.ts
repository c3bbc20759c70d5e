// The analysis worker (bundled alone as dist/analysisWorker.js, one file for both builds): runs the
// core's per-article and corpus steps (corpusWork.ts; raw and finished analyses are kept here, by
// content hash), the sidecar's decisions laid over a finished analysis (so a hostile sidecar never
// stalls the host), and the cross-source work (quote grouping, claim suggestions) off the extension
// host, where hovers, typing and every other extension live. compromise is loaded here, not in the host.
// Written against the Web Worker API only (postMessage, onmessage): the browser runs it as a Web
// Worker, and the desktop runs it on a worker thread behind a few lines that provide that API
// (src/extension/platform/nodeWorker.ts). One file, so the VSIX carries the NLP library once for both.
import type { WorkerReady, WorkerRequest } from './analysisWorkerProtocol';
import { workerAnswers } from './workerAnswers';

/** The part of a Web Worker's global scope used here (the project compiles without the DOM types). */
interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
const answer = workerAnswers();
scope.onmessage = (event) => {
  void answer(event.data).then((reply) => scope.postMessage(reply));
};
// The script loaded and listens: the host stops waiting against its start deadline.
scope.postMessage({ ready: true } satisfies WorkerReady);
