// The desktop runs the analysis worker (written for the Web Worker API, shared with the web build)
// on a worker thread behind a small bootstrap: it must answer as the core does in this thread.
// Uses the built dist/analysisWorker.js; run `npm run build` first.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, analyzeCorpus } from '../../../../src/core';
import { AnalysisWorkerClient } from '../../../../src/extension/analysis/analysisWorkerClient';
import { startNodeWorker } from '../../../../src/extension/platform/nodeWorker';

const SCRIPT = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'analysisWorker.js');
// Fictional.
const OTHER = 'Port director Mara Quillen told reporters the ferry would be back on Monday. "Every berth was checked twice," she said.\n';
const TEXT = 'HARBOURTON — The ferry will resume on Monday, said Mara Quillen, the port director. "We have checked every berth twice," Quillen said.\n';

describe('[extension/platform/nodeWorker]', () => {
  it('answers through the worker thread exactly as the core does here', async () => {
    assert.ok(fs.existsSync(SCRIPT), 'dist/analysisWorker.js is missing: run `npm run build` first');
    const warnings: string[] = [];
    const client = new AnalysisWorkerClient(startNodeWorker(SCRIPT), { warn: (m: string) => void warnings.push(m) });
    try {
      const texts = [TEXT, OTHER].map((text, i) => ({ text, hash: `fixture-${i}` }));
      const [onWorker, names] = await Promise.all([client.analyze(TEXT), Promise.all(texts.map((t) => client.alone(t))).then((alone) => client.corpusNames(alone))]);
      const corpus = await Promise.all(texts.map((t, i) => client.finish({ ...t, names: names[i] })));
      assert.deepStrictEqual(warnings, [], 'the worker should start (no fallback to the host)');
      const here = await analyzeArticle(TEXT);
      assert.deepStrictEqual(onWorker, JSON.parse(JSON.stringify(here)));
      assert.ok(onWorker.quotes.length > 0, 'the fixture has a quote');
      // The editor and exports analyse a folder step by step this way: it must be the core's (and the CLI's) corpus analysis.
      assert.deepStrictEqual(corpus, JSON.parse(JSON.stringify(await analyzeCorpus([TEXT, OTHER]))));
    } finally {
      client.dispose();
    }
  });

  it('falls back to the host, with the reason, when the script is missing', async () => {
    const warnings: string[] = [];
    const client = new AnalysisWorkerClient(startNodeWorker(path.join(path.dirname(SCRIPT), 'no-such-worker.js')), { warn: (m: string) => void warnings.push(m) });
    try {
      const analysis = await client.analyze(TEXT);
      assert.ok(analysis.quotes.length > 0);
      assert.match(warnings.join('\n'), /no-such-worker\.js is missing\); analysing in the extension host instead/);
    } finally {
      client.dispose();
    }
  });
});
