#!/usr/bin/env node
// The shared analysis worker (dist/analysisWorker.js) in a browser: headless Chromium runs it as a
// Web Worker, as the web build does, and its answers must equal the same file's answers on a Node
// worker thread (the desktop's way). No editor is started. `node test/web/workerInChromium.mjs`
// after `npm run build`; prints each check and ends with "N passed, N failed".
/* global URL, Blob -- used inside page.evaluate, which runs in the browser */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openBrowser } from '../vscode-offline/browser.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(REPO, 'dist', 'analysisWorker.js');
// Fictional.
const TEXTS = [
  'HARBOURTON — The ferry will resume on Monday, said Mara Quillen, the port director. "We have checked every berth twice," Quillen said.\n',
  'Port director Mara Quillen told reporters the ferry would be back on Monday. "Every berth was checked twice," she said. The Harbourton Council did not comment.\n',
];
// Fictional: one figure two outlets disagree on.
const SUGGEST_TEXTS = [
  'The council counted 300 homes flooded near the harbour barrier on Tuesday.',
  'The council counted 320 homes flooded near the harbour barrier overnight.',
];
const REQUESTS = [
  { id: 1, op: 'analyze', text: TEXTS[0] },
  { id: 2, op: 'alone', input: { text: TEXTS[0], hash: 'a' } },
  { id: 3, op: 'alone', input: { text: TEXTS[1], hash: 'b' } },
  { id: 4, op: 'groupQuotes', json: '[]' },
  // Claim suggestions kept per story: asked without the articles' structure, the worker names the files
  // it lacks; sent with it, it answers; asked again without, it answers from what it holds.
  ...[false, true, false].map((withArticles, k) => ({
    id: 5 + k,
    op: 'suggestClaims',
    json: JSON.stringify({
      story: 'story',
      dismissed: [],
      sources: SUGGEST_TEXTS.map((text, i) => ({ file: `${i}.txt`, hash: `h${i}`, ...(withArticles ? { article: { text, meta: {}, paragraphs: [], boilerplate: [] } } : {}) })),
    }),
  })),
];

/** The answers of the worker file on a Node worker thread, behind the desktop's bootstrap. */
async function answersOnNode() {
  const worker = new Worker([
    "const { parentPort } = require('worker_threads');",
    'globalThis.postMessage = (m) => parentPort.postMessage(m);',
    "parentPort.on('message', (data) => globalThis.onmessage({ data }));",
    `require(${JSON.stringify(SCRIPT)});`,
  ].join('\n'), { eval: true });
  try {
    return await collect((m) => worker.postMessage(m), (on) => worker.on('message', on));
  } finally {
    await worker.terminate();
  }
}

function collect(post, listen) {
  return new Promise((resolve) => {
    const replies = new Map();
    let ready = false;
    listen((reply) => {
      // The worker's one ready message (no id) comes before any answer.
      if (reply.ready === true) ready = replies.size === 0;
      else replies.set(reply.id, reply);
      if (replies.size === REQUESTS.length) resolve({ ready, replies: REQUESTS.map((r) => replies.get(r.id)) });
    });
    for (const request of REQUESTS) post(request);
  });
}

async function answersInChromium() {
  const browser = await openBrowser({ executablePath: process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium' });
  try {
    const { page } = browser;
    await page.goto('about:blank');
    return await page.evaluate(async ({ code, requests }) => {
      const isWorker = await new Promise((resolve) => {
        const probe = new Worker(URL.createObjectURL(new Blob(['postMessage(typeof importScripts === "function" && typeof process === "undefined")'])));
        probe.onmessage = (e) => { resolve(e.data); probe.terminate(); };
      });
      if (!isWorker) throw new Error('not a web worker scope');
      // Created only now, with its listener attached in the same turn: a Worker's message that finds no
      // listener is dropped, so a worker started before an await could lose its ready message.
      const url = URL.createObjectURL(new Blob([code], { type: 'application/javascript' }));
      const worker = new Worker(url, { name: 'Crosscheck analysis' });
      const replies = await new Promise((resolve, reject) => {
        const got = new Map();
        let ready = false;
        worker.onerror = (e) => reject(new Error(e.message));
        worker.onmessage = (e) => {
          if (e.data.ready === true) ready = got.size === 0;
          else got.set(e.data.id, e.data);
          if (got.size === requests.length) resolve({ ready, replies: requests.map((r) => got.get(r.id)) });
        };
        for (const r of requests) worker.postMessage(r);
      });
      worker.terminate();
      return replies;
    }, { code: fs.readFileSync(SCRIPT, 'utf8'), requests: REQUESTS });
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!fs.existsSync(SCRIPT)) throw new Error('dist/analysisWorker.js is missing: run `npm run build` first');
  const started = Date.now();
  const [browserRun, nodeRun] = [await answersInChromium(), await answersOnNode()];
  const [inBrowser, onNode] = [browserRun.replies, nodeRun.replies];
  const results = [];
  const check = (name, ok, detail = '') => { results.push(ok); process.stdout.write(`  ${ok ? '✔' : '✘'} ${name}${ok ? '' : `: ${detail}`}\n`); };
  check('the Web Worker says it is ready before its first answer', browserRun.ready);
  check('the Node worker thread says it is ready before its first answer', nodeRun.ready);
  for (const [i, request] of REQUESTS.entries()) {
    const browserReply = inBrowser[i];
    check(`${request.op} #${request.id} answers in the Web Worker without an error`, browserReply && 'json' in browserReply, JSON.stringify(browserReply).slice(0, 300));
    check(`${request.op} #${request.id} equals the Node worker thread's answer`, JSON.stringify(browserReply) === JSON.stringify(onNode[i]));
  }
  const [lacking, suggested, held] = [5, 6, 7].map((id) => JSON.parse(inBrowser[REQUESTS.findIndex((r) => r.id === id)].json));
  check('suggestions: the Web Worker names the articles it does not hold', JSON.stringify(lacking) === JSON.stringify({ missing: ['0.txt', '1.txt'] }), JSON.stringify(lacking));
  check('suggestions: the contradicted figure, then the same from the articles it holds', suggested.suggestions?.[0]?.status === 'contradicted' && JSON.stringify(held) === JSON.stringify(suggested), JSON.stringify(suggested).slice(0, 300));
  const analysis = JSON.parse(inBrowser[0].json);
  check('the Web Worker found the quote and its speaker', analysis.quotes.length > 0 && analysis.quotes.some((q) => /Quillen/.test(String(q.speaker ?? ''))), JSON.stringify(analysis.quotes).slice(0, 300));
  process.stdout.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  const passed = results.filter(Boolean).length;
  process.stdout.write(`${passed} passed, ${results.length - passed} failed\n`);
  return passed === results.length ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (error) => {
  process.stderr.write(`web worker check failed: ${error instanceof Error ? error.message : error}\n0 passed, 0 failed\n`);
  process.exitCode = 1;
});
