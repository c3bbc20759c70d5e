// Shared by the extension's integration tests: the running extension's API, the temp workspace,
// condition polling (never fixed sleeps) and temporary stubs of vscode.window prompts.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';

export const EXTENSION_ID = 'crosscheck-tools.crosscheck';

export async function crosscheck(): Promise<CrosscheckApi> {
  const extension = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return folder.uri;
}

export const fixture = (...segments: string[]) => vscode.Uri.joinPath(workspaceRoot(), ...segments);

/** Polls `probe` until it returns something truthy; fails with `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens an article and waits until its analysis matches the editor's text. */
export async function openArticle(api: CrosscheckApi, ...segments: string[]): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(fixture(...segments), { preview: false });
  await waitFor(`analysis of ${segments.join('/')}`, () => {
    const a = api.analysisFor(editor.document.uri);
    return a && a.article.text === editor.document.getText();
  });
  await api.whenIdle();
  return editor;
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function readJson<T = Record<string, unknown>>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(await readText(uri)) as T;
}

export function select(editor: vscode.TextEditor, needle: string, occurrence = 0): { start: number; end: number } {
  const text = editor.document.getText();
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" is not in ${editor.document.uri.path}`);
  const end = start + needle.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return { start, end };
}

type WindowPrompt = 'showQuickPick' | 'showInputBox' | 'showWarningMessage' | 'showInformationMessage' | 'showErrorMessage' | 'showOpenDialog';
type Stub = (...args: never[]) => unknown;

/**
 * Replaces prompts on vscode.window for the duration of `body`, restoring them afterwards even
 * when it throws.
 */
export async function withPrompts<T>(stubs: Partial<Record<WindowPrompt, Stub>>, body: () => Thenable<T>): Promise<T> {
  const target = vscode.window as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  for (const [name, stub] of Object.entries(stubs)) {
    saved.set(name, target[name]);
    target[name] = stub;
  }
  try {
    return await body();
  } finally {
    for (const [name, original] of saved) target[name] = original;
  }
}

type PickItem = vscode.QuickPickItem & Record<string, unknown>;

/** A showQuickPick stub answering each call in turn with the first item whose label contains the text. */
export function pickInOrder(...labels: string[]): Stub {
  const queue = [...labels];
  return (async (items: readonly PickItem[] | Thenable<readonly PickItem[]>) => {
    const wanted = queue.shift();
    assert.ok(wanted !== undefined, 'showQuickPick called more often than the test expected');
    const list = await items;
    const found = list.find((i) => i.label.includes(wanted));
    assert.ok(found, `no quick pick item contains "${wanted}"; items: ${list.map((i) => i.label).join(' | ')}`);
    return found;
  }) as unknown as Stub;
}

/** A showInputBox stub answering each call in turn; `undefined` keeps the proposed value. */
export function typeInOrder(...answers: (string | undefined)[]): Stub {
  const queue = [...answers];
  return (async (options?: vscode.InputBoxOptions) => {
    assert.ok(queue.length > 0, 'showInputBox called more often than the test expected');
    const answer = queue.shift();
    return answer ?? options?.value;
  }) as unknown as Stub;
}

/** Messages shown while stubbed, for assertions; `answer` is the button "clicked". */
export function recordMessages(into: string[], answer?: string): Stub {
  return (async (message: string) => {
    into.push(message);
    return answer;
  }) as unknown as Stub;
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; trusted: unknown[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const parts = hovers.flatMap((h) => h.contents);
  return {
    text: parts.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'),
    trusted: parts.map((c) => (typeof c === 'string' ? undefined : (c as vscode.MarkdownString).isTrusted)),
  };
}

export const spanOf = (document: vscode.TextDocument, r: vscode.Range) => [document.offsetAt(r.start), document.offsetAt(r.end)];

/**
 * The host thread's own clock from Linux's scheduler statistics: time it ran on a core and time it
 * was ready but waited for one (ms). Undefined where /proc/thread-self/schedstat cannot be read.
 */
function threadClock(): { cpu: number; waited: number } | undefined {
  try {
    const [cpu, waited] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return Number.isFinite(cpu) && Number.isFinite(waited) ? { cpu: cpu / 1e6, waited: waited / 1e6 } : undefined;
  } catch {
    return undefined;
  }
}

export interface StallProbe {
  /** Ends the probe; the longest delay seen, in ms. */
  stop: () => number;
  /** The host's event-loop utilisation over the longest gap, in ms: wall time, a pre-empted task included. */
  busyOfLongest: () => number;
  /** CPU time the host thread itself ran during the longest gap (NaN without schedstat). */
  cpuOfLongest: () => number;
  /** Time the host thread was ready to run but waited for a core during the longest gap (NaN without schedstat). */
  waitedOfLongest: () => number;
  /**
   * The longest the host held its own event loop: over every gap, the event loop's busy time less
   * the time the host thread waited for a core, and never less than the CPU time it ran (its own
   * code, garbage collection, synchronous calls); the delay itself without schedstat.
   */
  longestHeld: () => number;
  /** The most CPU time the host thread ran in any one gap (its own code and garbage collection); the delay itself without schedstat. */
  longestOnCore: () => number;
  /** The figures in one line for messages. */
  describe: () => string;
}

/**
 * Measures how long the extension host's event loop is blocked: a 10 ms timer that notes how late
 * it fires. Over the longest gap it also notes the event loop's utilisation and, from the thread's
 * scheduler statistics, how much of the gap the host thread ran on a core and how much it waited
 * for one: on a loaded 2-core machine a gap can be mostly the host waiting for a core while other
 * processes run, which is not the host's own code blocking its event loop.
 */
export function startStallProbe(): StallProbe {
  let last = performance.now();
  let lastUse = performance.eventLoopUtilization();
  let lastClock = threadClock();
  let longest = 0;
  let busy = 0;
  let cpu = Number.NaN;
  let waited = Number.NaN;
  let held = 0;
  let heldCpu = Number.NaN;
  let heldAt = 0;
  let onCore = 0;
  const started = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const use = performance.eventLoopUtilization();
    const clock = threadClock();
    const late = now - last - 10;
    const ran = clock && lastClock ? clock.cpu - lastClock.cpu : Number.NaN;
    const queued = clock && lastClock ? clock.waited - lastClock.waited : Number.NaN;
    const active = performance.eventLoopUtilization(use, lastUse).active;
    // The loop's busy time includes a task's time pre-empted by other threads; time asleep in the
    // loop while the 10 ms timer itself fired late (a virtual CPU not scheduled) is not busy time.
    const own = Number.isNaN(queued) ? late : Math.min(late, Math.max(ran, active - queued));
    const ranOrLate = Number.isNaN(ran) ? late : ran;
    if (ranOrLate > onCore) onCore = ranOrLate;
    if (own > held) {
      held = own;
      heldCpu = ran;
      heldAt = now - started;
    }
    if (late > longest) {
      longest = late;
      busy = active;
      cpu = ran;
      waited = queued;
    }
    last = now;
    lastUse = use;
    lastClock = clock;
  }, 10);
  return {
    stop: () => {
      clearInterval(timer);
      return longest;
    },
    busyOfLongest: () => busy,
    cpuOfLongest: () => cpu,
    waitedOfLongest: () => waited,
    longestHeld: () => held,
    longestOnCore: () => onCore,
    describe: () =>
      `longest stall ${longest.toFixed(0)} ms (event loop busy ${busy.toFixed(0)} ms of it, host thread on a core ${cpu.toFixed(0)} ms, waiting for a core ${waited.toFixed(0)} ms); ` +
      `longest held by the host itself ${held.toFixed(0)} ms (on a core ${heldCpu.toFixed(0)} ms of it, ending ${(heldAt / 1000).toFixed(1)} s in); most on a core in one gap ${onCore.toFixed(0)} ms`,
  };
}

/**
 * A CPU profile of the extension host while a check runs, when CROSSCHECK_HOST_PROFILE names a file
 * prefix (written to <prefix>-<name>.cpuprofile; open it in Chrome's DevTools or VS Code): how the
 * host's longest stalls were found. Nothing happens otherwise.
 */
export async function startHostProfile(name: string): Promise<{ stop: () => Promise<void> }> {
  const base = process.env.CROSSCHECK_HOST_PROFILE;
  if (!base) return { stop: () => Promise.resolve() };
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  // Starting the profiler holds the host for a moment: the stall probes start after it.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(`${base}-${name}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/**
 * Who the extension names for a decision made now in a fixture folder: git's user.name there when
 * git has one, else the name the test put in the crosscheck.authorName setting.
 */
export function expectedAuthor(folder: string, settingName: string): string {
  try {
    const name = execFileSync('git', ['config', '--get', 'user.name'], { cwd: fixture(folder).fsPath, encoding: 'utf8' }).trim();
    if (name) return name;
  } catch {
    // no git, or no user.name: the setting decides
  }
  return settingName;
}
