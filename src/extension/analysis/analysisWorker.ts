// The analysis worker (bundled alone as dist/analysisWorker.js): runs the core's analyzeArticle
// and the cross-source work (quote grouping, claim suggestions) on a worker thread so a large article never blocks the
// extension host, where hovers, typing and every other extension live. compromise is loaded here,
// not in the host.
import { parentPort } from 'worker_threads';
import { analyzeArticle, groupQuotes, suggestClaims, type SourceQuotes } from '../../core';
import { suggestionSources, type SuggestRequest, type WorkerReply, type WorkerRequest } from './analysisWorkerProtocol';

async function answer(request: WorkerRequest): Promise<unknown> {
  if (request.op === 'groupQuotes') return groupQuotes(JSON.parse(request.json) as SourceQuotes[]);
  if (request.op === 'suggestClaims') {
    const input = JSON.parse(request.json) as SuggestRequest;
    return suggestClaims(suggestionSources(input), { dismissed: input.dismissed });
  }
  return analyzeArticle(request.text);
}

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    answer(request).then(
      (result) => port.postMessage({ id: request.id, json: JSON.stringify(result) } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply),
    );
  });
}
