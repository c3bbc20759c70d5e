// The analysis worker (bundled alone as dist/analysisWorker.js): runs the core's per-article and
// corpus steps (corpusWork.ts; raw and finished analyses are kept here, by content hash), the
// sidecar's decisions laid over a finished analysis (so a hostile sidecar never stalls the host), and the cross-source
// work (quote grouping, claim suggestions) on a worker thread so a large article never blocks the
// extension host, where hovers, typing and every other extension live. compromise is loaded here,
// not in the host.
import { parentPort } from 'worker_threads';
import { analyzeArticle, groupQuotes, suggestClaims, type EntityNames, type SourceQuotes } from '../../core';
import { suggestionSources, type SuggestRequest, type WorkerReply, type WorkerRequest } from './analysisWorkerProtocol';
import { CorpusWork } from './corpusWork';

const work = new CorpusWork();

async function answer(request: WorkerRequest): Promise<unknown> {
  if (request.op === 'alone') return work.alone(request.input);
  if (request.op === 'aloneCached') return work.aloneCached(request.input);
  if (request.op === 'corpusNames') return work.corpus(JSON.parse(request.json) as EntityNames[][]);
  if (request.op === 'finish') return work.finish(request.input);
  if (request.op === 'decide') return work.decide(request.input);
  if (request.op === 'settle') return work.settle(request.input);
  if (request.op === 'forget') {
    work.forget();
    // A reply must be JSON: undefined has none.
    return null;
  }
  if (request.op === 'renderExport') return work.renderExport(request.input);
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
