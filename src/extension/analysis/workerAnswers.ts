// The analysis worker's answers (analysisWorker.ts, which the desktop runs on a worker thread and
// the browser as a Web Worker), kept apart from the message loop so tests can call them directly.
import { analyzeArticle, type EntityNames, type SourceQuotes } from '../../core';
import type { SuggestWireRequest, WorkerReply, WorkerRequest } from './analysisWorkerProtocol';
import type { CachedNamesRequest } from './corpusWork';
import { CorpusWork } from './corpusWork';
import { sliceJson } from './slicedJson';

/** Replies longer than this (characters of JSON) are sliced: one parse of a few hundred KB of JSON costs the host tens of milliseconds. */
const SLICE_FROM_CHARS = 128 * 1024;

/** One worker's answerer: its CorpusWork keeps raw and finished analyses by content hash. */
export function workerAnswers(work = new CorpusWork()): (request: WorkerRequest) => Promise<WorkerReply> {
  const answer = async (request: WorkerRequest): Promise<unknown> => {
    if (request.op === 'alone') return work.alone(request.input);
    if (request.op === 'aloneCached') return work.aloneCached(request.input);
    if (request.op === 'aloneFromEntries') return work.aloneFromEntries(request.input);
    if (request.op === 'corpusNames') return work.corpus(JSON.parse(request.json) as EntityNames[][]);
    if (request.op === 'corpusNamesCached') return work.corpusCached(JSON.parse(request.json) as CachedNamesRequest);
    if (request.op === 'indexCorpus') {
      work.indexCorpus();
      return null;
    }
    if (request.op === 'finish') return work.finish(request.input);
    if (request.op === 'decide') return work.decide(request.input);
    if (request.op === 'settle') return work.settle(request.input);
    if (request.op === 'forget') {
      work.forget();
      // A reply must be JSON: undefined has none.
      return null;
    }
    if (request.op === 'renderExport') return work.renderExport(request.input);
    if (request.op === 'groupQuotes') return work.groupQuotes(JSON.parse(request.json) as SourceQuotes[]);
    if (request.op === 'suggestClaims') return work.suggestClaims(JSON.parse(request.json) as SuggestWireRequest);
    return analyzeArticle(request.text);
  };
  return (request) =>
    answer(request).then(
      (result): WorkerReply => {
        const json = JSON.stringify(result);
        // A large result (a 1 MB article's analysis) goes in slices the host parses between other work.
        return json.length > SLICE_FROM_CHARS ? { id: request.id, parts: sliceJson(result, undefined, json) } : { id: request.id, json };
      },
      (e: unknown): WorkerReply => ({ id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
}
