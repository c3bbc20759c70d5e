// The client's start handshake: a worker that never says it is ready (a script that failed to load
// without an error event, as a nested Web Worker can) is given up after the start deadline, said
// once, and its requests answered in the host; a worker that is ready answers as the core does.
import * as assert from 'assert';
import { analyzeArticle, parseArticle, suggestClaims } from '../../../../src/core';
import { AnalysisWorkerClient } from '../../../../src/extension/analysis/analysisWorkerClient';
import { suggestionSources, type SuggestRequest, type SuggestWireRequest, type WorkerRequest } from '../../../../src/extension/analysis/analysisWorkerProtocol';
import { CorpusWork } from '../../../../src/extension/analysis/corpusWork';
import { workerAnswers } from '../../../../src/extension/analysis/workerAnswers';
import type { StartWorker, WorkerEvents } from '../../../../src/extension/analysis/workerPort';

// Fictional.
const TEXT = 'PORT ELLIS — "The new pier opens in May," harbour master Odile Venn said on Tuesday.\n';

describe('[extension/analysis/analysisWorkerClient]', () => {
  it('gives up on a worker that never says it is ready, says why once, and answers in the host', async () => {
    const warnings: string[] = [];
    const unavailable: string[] = [];
    let terminated = 0;
    const posted: WorkerRequest[] = [];
    const silent: StartWorker = () => ({ postMessage: (request) => void posted.push(request), terminate: () => void terminated++ });
    const client = new AnalysisWorkerClient(silent, { warn: (m: string) => void warnings.push(m) }, { startDeadlineMs: 50, onUnavailable: (reason) => void unavailable.push(reason) });
    try {
      const [first, second] = await Promise.all([client.analyze(TEXT), client.analyze(TEXT)]);
      assert.strictEqual(posted.length, 2, 'both requests went to the worker first');
      assert.deepStrictEqual(first, await analyzeArticle(TEXT));
      assert.deepStrictEqual(second, first);
      assert.strictEqual(unavailable.length, 1, 'said once');
      assert.match(unavailable[0], /did not start within 0\.05 s: its script did not load or did not run/);
      assert.strictEqual(warnings.length, 1);
      assert.strictEqual(terminated, 1, 'the silent worker is stopped');
      // Later requests go straight to the host.
      assert.ok((await client.analyze(TEXT)).quotes.length > 0);
      assert.strictEqual(posted.length, 2);
    } finally {
      client.dispose();
    }
  });

  it('uses a worker that says it is ready, and its answers are the core\'s', async () => {
    const warnings: string[] = [];
    const answer = workerAnswers();
    const inProcess: StartWorker = (events: WorkerEvents) => {
      queueMicrotask(() => events.reply({ ready: true }));
      return { postMessage: (request) => void answer(request).then((reply) => events.reply(reply)), terminate: () => undefined };
    };
    const client = new AnalysisWorkerClient(inProcess, { warn: (m: string) => void warnings.push(m) }, { startDeadlineMs: 60_000 });
    try {
      const analysis = await client.analyze(TEXT);
      assert.deepStrictEqual(analysis, JSON.parse(JSON.stringify(await analyzeArticle(TEXT))));
      assert.ok(analysis.quotes.length > 0, 'the fixture has a quote');
      assert.deepStrictEqual(warnings, []);
    } finally {
      client.dispose();
    }
  });

  it('sends an article\'s structure for suggestions only when the worker does not hold it, and again when it forgot', async () => {
    const work = new CorpusWork();
    const answer = workerAnswers(work);
    const sent: SuggestWireRequest[] = [];
    const inProcess: StartWorker = (events: WorkerEvents) => {
      queueMicrotask(() => events.reply({ ready: true }));
      return {
        postMessage: (request) => {
          if (request.op === 'suggestClaims') sent.push(JSON.parse(request.json) as SuggestWireRequest);
          void answer(request).then((reply) => events.reply(reply));
        },
        terminate: () => undefined,
      };
    };
    const client = new AnalysisWorkerClient(inProcess, { warn: () => undefined }, { startDeadlineMs: 60_000 });
    // Fictional.
    const texts = [
      'The council counted 300 homes flooded near the harbour barrier on Tuesday.',
      'The council counted 320 homes flooded near the harbour barrier overnight.',
      'About 300 homes flooded near the harbour barrier, the council said.',
    ];
    const request = (list: string[]): SuggestRequest => ({
      story: 'file:///story',
      sources: list.map((text, i) => ({ file: `file:///story/${i}.txt`, hash: `h${text.length}:${text.slice(0, 30)}`, article: parseArticle(text) })),
      dismissed: [],
    });
    const withArticles = () => sent.map((r) => r.sources.filter((s) => s.article).length);
    const expect = (r: SuggestRequest) => JSON.parse(JSON.stringify(suggestClaims(suggestionSources(r)))) as unknown;
    try {
      const first = request(texts);
      assert.deepStrictEqual(await client.suggestClaims(first), expect(first));
      assert.ok((await client.suggestClaims(first)).length > 0, 'the fixture has suggestions');
      const edited = request([texts[0], texts[1].replace('320', '340'), texts[2]]);
      assert.deepStrictEqual(await client.suggestClaims(edited), expect(edited));
      assert.deepStrictEqual(withArticles(), [3, 0, 1], 'all, then none, then the edited one');
      // A worker that forgot (a story dropped for others): it names what it lacks, and gets it.
      work.forget();
      assert.deepStrictEqual(await client.suggestClaims(edited), expect(edited));
      assert.deepStrictEqual(withArticles().slice(3), [0, 3]);
    } finally {
      client.dispose();
    }
  });
});
