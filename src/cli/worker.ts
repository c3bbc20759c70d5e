// The CLI's analysis worker (bundled alone as dist/cliWorker.js; src/cli/workerPool.ts starts N of
// them): per-article steps of `analyze` (src/cli/articleWork.ts), one request at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleWork, type FinishRequest, type SummarizeRequest, type WorkerSetup } from './articleWork';

export interface WorkerRequest {
  id: number;
  request: SummarizeRequest | FinishRequest;
}

export type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

const port = parentPort;
if (port) {
  const work = ArticleWork.from(workerData as WorkerSetup);
  port.on('message', ({ id, request }: WorkerRequest) => {
    const run = request.op === 'summarize' ? work.summarize(request) : work.finish(request);
    run.then(
      (result) => port.postMessage({ id, result } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply),
    );
  });
}
