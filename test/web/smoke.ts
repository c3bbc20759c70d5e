// The web build's check in a real web-worker extension host (code-server, run by
// test/vscode-offline/webSmoke.mjs with extensionDevelopmentKind=web): the host loads this file as
// extensionTestsPath. No mocha and no Node here: each check is a function; the results are written
// into the workspace through vscode.workspace.fs (the runner reads them from disk) as
// .crosscheck-web-smoke.json, in the shape test/vscode-offline/report.mjs prints.
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension/testApi';

const EXTENSION_ID = 'crosscheck-tools.crosscheck';
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
async function analysisOf(crosscheck: CrosscheckApi, uri: vscode.Uri, deadlineMs = 120_000) {
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
    'analyses an article on the analysis Web Worker (the web host has no NLP of its own)',
    async () => {
      const crosscheck = await api();
      const editor = await openArticle('gazette.txt');
      const analysis = await analysisOf(crosscheck, editor.document.uri);
      if (!analysis) {
        const sources = (await crosscheck.sourcesTreeItems()).map((item) => JSON.stringify(item).slice(0, 300));
        throw new Error(`no analysis for gazette.txt; status: ${crosscheck.statusText() ?? '(hidden)'}; Worker: ${typeof (globalThis as { Worker?: unknown }).Worker}; sources: ${sources.join(' | ')}`);
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

export async function run(): Promise<void> {
  const started = Date.now();
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
