// The CLI's analysis worker (bundled alone as dist/cliWorker.js; src/cli/workerPool.ts starts N of
// them): per-article steps of `analyze` (src/cli/articleWork.ts), one request at a time.
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { TaggedSentences } from '../core';
import { ArticleWork, type FinishRequest, type SummarizeRequest, type WorkerSetup } from './articleWork';

/** Several articles' steps in one message, answered with their results in order. */
export interface ManyRequest {
  op: 'many';
  requests: (SummarizeRequest | FinishRequest)[];
}

export interface WorkerRequest {
  id: number;
  request: SummarizeRequest | FinishRequest | ManyRequest;
}

/** Sentences another worker tagged: adopted, never answered. */
export interface WorkerAdopt {
  adopt: TaggedSentences;
}

/** An answer; `tagged`: the sentences the worker tagged for it, which the pool passes on to the others. */
export type WorkerReply = ({ id: number; result: unknown } | { id: number; error: string }) & { tagged?: TaggedSentences };

const port = parentPort;
if (port) {
  const work = ArticleWork.from(workerData as WorkerSetup);
  const collect = collector();
  port.on('message', (message: WorkerRequest | WorkerAdopt) => {
    if ('adopt' in message) {
      work.adopt(message.adopt);
      return;
    }
    const { id, request } = message;
    const step = (r: SummarizeRequest | FinishRequest): Promise<unknown> => (r.op === 'summarize' ? work.summarize(r) : work.finish(r));
    const run = request.op === 'many' ? inTurn(request.requests, step) : step(request);
    run.then(
      (result) => {
        const tagged = work.takeTagged();
        port.postMessage({ id, result, ...(tagged ? { tagged } : {}) } satisfies WorkerReply);
        collect();
      },
      (e: unknown) => port.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply),
    );
  });
}

/** The steps one after the other (as separate messages would run), their results in order. */
async function inTurn<T>(requests: readonly T[], step: (request: T) => Promise<unknown>): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const request of requests) results.push(await step(request));
  return results;
}

/** Heap growth, past what the last full collection left alive, after which a worker collects. */
const COLLECT_AFTER_GROWTH_BYTES = 48 * 1024 * 1024;

/**
 * A check to run after each request: a full garbage collection once the worker's heap has grown
 * COLLECT_AFTER_GROWTH_BYTES past what the last one left. V8 lets a heap grow to several times its
 * live size before collecting it fully, so each worker's garbage piled up with the articles it had
 * analysed: peak RSS over 1,000 articles moved between 330 and 405 MB and grew with the corpus. With
 * this check each worker stays flat and the run takes the same time. `gc` is there when the pool
 * exposed it before starting the worker (WorkerPool); without it, nothing is collected early.
 */
function collector(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return () => undefined;
  let live = v8.getHeapStatistics().used_heap_size;
  return () => {
    if (v8.getHeapStatistics().used_heap_size < live + COLLECT_AFTER_GROWTH_BYTES) return;
    gc();
    live = v8.getHeapStatistics().used_heap_size;
  };
}
