// The analysis worker on the web: a Web Worker running dist/analysisWorker.js (the desktop's worker file too). A browser can
// load a worker only from an http(s) or blob URL; an extension served from elsewhere (a remote
// such as code-server's vscode-remote:) has its script read through vscode.workspace.fs and loaded
// from a blob. Messages posted while the worker loads wait for it. A worker whose script never runs
// may raise no error event at all: the client's start deadline (the worker's ready message) covers that.
import * as vscode from 'vscode';
import type { WorkerMessage } from '../extension/analysis/analysisWorkerProtocol';
import type { StartWorker } from '../extension/analysis/workerPort';

/** The parts of the browser's Worker, Blob and URL used here (the project compiles without the DOM types). */
interface BrowserWorker {
  onmessage: ((event: { data: WorkerMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
interface BrowserGlobals {
  Worker?: new (url: string, options?: { name?: string }) => BrowserWorker;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
}

async function workerUrl(script: vscode.Uri): Promise<{ url: string; revoke(): void }> {
  if (script.scheme === 'http' || script.scheme === 'https') return { url: script.toString(true), revoke: () => undefined };
  const browser = globalThis as unknown as BrowserGlobals;
  const url = browser.URL.createObjectURL(new browser.Blob([await vscode.workspace.fs.readFile(script)], { type: 'application/javascript' }));
  return { url, revoke: () => browser.URL.revokeObjectURL(url) };
}

export function startWebWorker(script: vscode.Uri): StartWorker {
  return (events) => {
    const Worker = (globalThis as unknown as BrowserGlobals).Worker;
    if (!Worker) throw new Error('this extension host cannot start Web Workers');
    let terminated = false;
    const failed = (reason: string): void => events.failed(reason);
    const ready = workerUrl(script).then(({ url, revoke }) => {
      const worker = new Worker(url, { name: 'Crosscheck analysis' });
      worker.onmessage = (event) => events.reply(event.data);
      worker.onerror = (event) => failed(event.message || `${script.toString(true)} failed to load or run`);
      if (terminated) worker.terminate();
      return { worker, revoke };
    });
    ready.catch((e: unknown) => failed(`cannot load ${script.toString(true)}: ${(e as Error).message}`));
    return {
      postMessage: (request) => void ready.then(({ worker }) => worker.postMessage(request), () => undefined),
      terminate: () => {
        terminated = true;
        void ready.then(({ worker, revoke }) => {
          worker.terminate();
          revoke();
        }, () => undefined);
      },
    };
  };
}
