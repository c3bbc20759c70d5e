// The client's start handshake: a worker that never says it is ready (a script that failed to load
// without an error event, as a nested Web Worker can) is given up after the start deadline, said
// once, and its requests answered in the host; a worker that is ready answers as the core does.
import * as assert from 'assert';
import { analyzeArticle } from '../../../../src/core';
import { AnalysisWorkerClient } from '../../../../src/extension/analysis/analysisWorkerClient';
import type { WorkerRequest } from '../../../../src/extension/analysis/analysisWorkerProtocol';
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
});
