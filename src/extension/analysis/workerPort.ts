// What the analysis client needs of a worker, whatever runs it: a Node worker thread on the
// desktop, a Web Worker in the browser (the platform starts it, src/extension/platform).
import type { WorkerMessage, WorkerRequest } from './analysisWorkerProtocol';

export interface WorkerPort {
  postMessage(request: WorkerRequest): void;
  terminate(): void;
}

export interface WorkerEvents {
  /** A reply to a request, or the worker's one ready message. */
  reply(message: WorkerMessage): void;
  /** The worker failed or exited: it will answer nothing more. */
  failed(reason: string): void;
}

/** Starts a worker; throws when it cannot (the client then analyses in the host). */
export type StartWorker = (events: WorkerEvents) => WorkerPort;
