// The web build's check in a real web-worker extension host (code-server, run by
// test/vscode-offline/webSmoke.mjs with extensionDevelopmentKind=web): the host loads this file as
// extensionTestsPath. No mocha and no Node here: each check is a function; the results are written
// into the workspace through vscode.workspace.fs (the runner reads them from disk) as
// .crosscheck-web-smoke.json, in the shape test/vscode-offline/report.mjs prints.
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension/testApi';

const EXTENSION_ID = 'crosscheck-tools.crosscheck';
/** Error notifications shown while the checks run (set by run). */
let errorsShown: string[] = [];
export const RESULTS_FILE = '.crosscheck-web-smoke.json';

interface Outcome {
  fullTitle: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function api(): Promise<CrosscheckApi> {
  const extension = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not installed in this host`);
  return extension.isActive ? extension.exports : extension.activate();
}

/**
 * The analysis of an open article once it is there: in the browser the first one waits for the
 * worker script to load and the NLP library to start, after whenIdle() may already have resolved.
 */
async function analysisOf(crosscheck: CrosscheckApi, uri: vscode.Uri, deadlineMs = 60_000) {
  const until = Date.now() + deadlineMs;
  for (;;) {
    await crosscheck.whenIdle();
    const analysis = crosscheck.analysisFor(uri);
    if (analysis || Date.now() > until) return analysis;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function openArticle(name: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, undefined, 1);
  check(uri, `${name} is not in the workspace`);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

interface NestedWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; filename?: string; lineno?: number }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
  messages: unknown[];
  waiters: Array<() => void>;
}

/** The worker script started as the extension starts it (a blob URL of its bytes), with every event noted in `steps`. */
async function startWorker(script: vscode.Uri, steps: string[]): Promise<NestedWorker> {
  const browser = globalThis as unknown as {
    Worker: new (url: string, options?: { name?: string }) => NestedWorker;
    Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
    URL: { createObjectURL(blob: unknown): string };
  };
  const bytes = await vscode.workspace.fs.readFile(script);
  steps.push(`read ${bytes.length} bytes from ${script.toString(true)}`);
  const url = browser.URL.createObjectURL(new browser.Blob([bytes], { type: 'application/javascript' }));
  const worker = new browser.Worker(url, { name: 'Crosscheck web check' });
  worker.messages = [];
  worker.waiters = [];
  worker.onmessage = (event) => {
    worker.messages.push(event.data);
    for (const wake of worker.waiters.splice(0)) wake();
  };
  worker.onerror = (event) => void steps.push(`error event: ${event.message ?? '(no message)'} at ${event.filename ?? '?'}:${event.lineno ?? '?'}`);
  return worker;
}

async function waitForMessage(worker: NestedWorker, wanted: (message: unknown) => boolean, deadlineMs: number): Promise<unknown> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const found = worker.messages.find(wanted);
    if (found !== undefined || Date.now() > until) return found;
    await new Promise<void>((resolve) => {
      worker.waiters.push(resolve);
      setTimeout(resolve, 500);
    });
  }
}

const CHECKS: Array<[string, () => Promise<void>]> = [
  [
    'runs in a browser web worker (no Node), with the browser entry',
    async () => {
      const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
      check(typeof scope.importScripts === 'function', 'importScripts is missing: this is not a web worker');
      check(!scope.process?.versions?.node, 'process.versions.node is set: this is Node, not a web worker');
      await api();
      check(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension did not activate');
    },
  ],
  [
    'the analysis worker script starts as a nested Web Worker here and answers',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      check(extension, `${EXTENSION_ID} is not installed in this host`);
      check(typeof crypto?.subtle?.digest === 'function', 'Web Crypto (crypto.subtle) is missing in this host');
      const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'analysisWorker.js');
      const steps: string[] = [];
      const worker = await startWorker(script, steps);
      try {
        const ready = await waitForMessage(worker, (m) => (m as { ready?: boolean }).ready === true, 30_000);
        check(ready, `no ready message within 30 s; ${steps.join('; ')}`);
        worker.postMessage({ id: 7, op: 'analyze', text: 'Mara Quillen said: "The berths were checked twice." \n' });
        const reply = await waitForMessage(worker, (m) => (m as { id?: number }).id === 7, 60_000);
        check(reply, `no answer within 60 s; ${steps.join('; ')}`);
        check('json' in (reply as object), `the worker answered with an error: ${JSON.stringify(reply).slice(0, 300)}`);
      } finally {
        worker.terminate();
      }
    },
  ],
  [
    'analyses an article on the analysis Web Worker (the web host has no NLP of its own)',
    async () => {
      const crosscheck = await api();
      const editor = await openArticle('gazette.txt');
      const analysis = await analysisOf(crosscheck, editor.document.uri);
      if (!analysis) {
        const sources = (await crosscheck.sourcesTreeItems()).map((item) => JSON.stringify(item).slice(0, 300));
        throw new Error(`no analysis for gazette.txt; errors shown: ${errorsShown.join(' | ') || 'none'}; status: ${crosscheck.statusText() ?? '(hidden)'}; Worker: ${typeof (globalThis as { Worker?: unknown }).Worker}; sources: ${sources.join(' | ')}`);
      }
      check(analysis.quotes.length > 0, 'no quotes found in gazette.txt');
      check(analysis.entities.length > 0, 'no entities found in gazette.txt');
      check(crosscheck.decorationRanges(editor, 'quotes').length > 0, 'no quote decorations drawn');
    },
  ],
  [
    'reads the claims registry through vscode.workspace.fs',
    async () => {
      const crosscheck = await api();
      const items = await crosscheck.claimsTreeItems();
      check(items.length > 0, 'the Claims view is empty; crosscheck.claims.json was not read');
    },
  ],
  [
    'writes a sidecar through vscode.workspace.fs (a quote marked wrong)',
    async () => {
      const crosscheck = await api();
      const editor = await openArticle('gazette.txt');
      const quote = (await analysisOf(crosscheck, editor.document.uri))?.quotes[0];
      check(quote, 'no quote to suppress');
      await vscode.commands.executeCommand('crosscheck.suppressHighlight', { uri: editor.document.uri.toString(), start: quote.start, end: quote.end, layer: 'quote' });
      await crosscheck.whenIdle();
      const sidecar = vscode.Uri.joinPath(editor.document.uri, '..', 'gazette.txt.crosscheck.json');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
      check(/"annotations"/.test(text), `the sidecar has no annotations: ${text.slice(0, 200)}`);
    },
  ],
  [
    'opens the Claims Matrix',
    async () => {
      const crosscheck = await api();
      await vscode.commands.executeCommand('crosscheck.openMatrix');
      await crosscheck.whenIdle();
      const matrix = crosscheck.matrix();
      check(matrix && matrix.tables.length > 0, 'the matrix has no table');
    },
  ],
  [
    'Set Up Merge Driver says it is desktop only and changes nothing',
    async () => {
      const done = await vscode.commands.executeCommand<boolean>('crosscheck.setupMergeDriver');
      check(done === false, `setupMergeDriver returned ${String(done)}`);
      const [attributes] = await vscode.workspace.findFiles('**/.gitattributes', undefined, 1);
      check(!attributes, '.gitattributes was written');
    },
  ],
];

/** Errors the extension shows, recorded (Crosscheck looks vscode.window's functions up at call time). */
function recordErrorMessages(): string[] {
  const shown: string[] = [];
  const original = vscode.window.showErrorMessage;
  (vscode.window as { showErrorMessage: unknown }).showErrorMessage = (message: string, ...rest: unknown[]) => {
    shown.push(message);
    return (original as (...args: unknown[]) => Thenable<unknown>)(message, ...rest);
  };
  return shown;
}

export async function run(): Promise<void> {
  const started = Date.now();
  errorsShown = recordErrorMessages();
  const tests: Outcome[] = [];
  for (const [title, body] of CHECKS) {
    const at = Date.now();
    try {
      await body();
      tests.push({ fullTitle: `[web] ${title}`, state: 'passed', durationMs: Date.now() - at });
    } catch (e) {
      tests.push({ fullTitle: `[web] ${title}`, state: 'failed', durationMs: Date.now() - at, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  const failed = tests.filter((t) => t.state === 'failed').length;
  const results = { passed: tests.length - failed, failed, pending: 0, durationMs: Date.now() - started, tests };
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, 'no workspace folder to write the results into');
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, RESULTS_FILE), new TextEncoder().encode(JSON.stringify(results, null, 2)));
  if (failed > 0) throw new Error(`${failed} web check(s) failed`);
}
