// Analysis off the keystroke path. Edits are debounced; results are cached by content hash (undo
// back to a known text costs nothing) and kept per article so hovers, trees and the status bar
// answer from memory. Human decisions from the sidecar are applied on top of the cached analysis,
// which is cheap, so a new decision shows at once without analysing again.
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import { analyzeArticle, applyDecisions, stripBom, type ArticleAnalysis, type DecidedAnalysis } from '../../core';
import type { Claim, ClaimsRegistry, Sidecar } from '../../core/storage/model';
import { exists, type ArticleFiles } from '../storage/articleFiles';
import type { Config } from '../config';
import type { AnalysisGate } from './analysisGate';
import { folderOf, isClaimsUri, articleUriForSidecar, type SidecarStore } from '../storage/sidecarStore';
import { readableValue, type Loaded } from '../storage/storageBackend';

export interface ArticleState {
  uri: vscode.Uri;
  /** sha1 of the analysed text. */
  hash: string;
  analysis: DecidedAnalysis;
  /** The sidecar as read (its decisions are already applied to `analysis`). */
  sidecar: Loaded<Sidecar>;
  /** Claims of the registry in the article's folder. */
  claims: Claim[];
  /** Set when the article was not analysed (too large), with the reason. */
  skipped?: string;
}

/** How many distinct texts keep their raw analysis: enough for a story's sources plus undo history. */
const RAW_CACHE_SIZE = 64;

export interface AnalysisDeps {
  config: Config;
  articles: ArticleFiles;
  store: SidecarStore;
  log: vscode.LogOutputChannel;
  /** Runs the core's analysis (on a worker thread in the editor); analyzeArticle in-process when absent. */
  analyze?: (text: string) => Promise<ArticleAnalysis>;
  /** Per-session consent for large articles and notices for binary files. */
  gate?: AnalysisGate;
}

export class DocumentAnalysis implements vscode.Disposable {
  private readonly raw = new Map<string, Promise<ArticleAnalysis>>();
  private readonly states = new Map<string, ArticleState>();
  /** Articles that could not be analysed at all (binary, unreadable), with the reason in plain words. */
  private readonly refusals = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Latest requested run per article: an older run that finishes late is dropped. */
  private readonly generations = new Map<string, number>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private backgroundStarted = false;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires with the article whose state changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly deps: AnalysisDeps) {
    const { articles, store } = deps;
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d.uri, 0)),
      // Unsaved edits thrown away on close: the article is its file again.
      vscode.workspace.onDidCloseTextDocument((d) => this.states.has(d.uri.toString()) && this.schedule(d.uri, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.states.has(e.document.uri.toString())) this.schedule(e.document.uri, deps.config.analysisDelayMs());
      }),
      store.onDidChange(({ kind, file }) => {
        if (kind === 'sidecar') this.schedule(articleUriForSidecar(file), 0);
        else if (isClaimsUri(file)) for (const s of this.states.values()) if (folderOf(s.uri).toString() === folderOf(file).toString()) this.schedule(s.uri, 0);
      }),
      articles.onDidChange(() => {
        for (const d of vscode.workspace.textDocuments) this.schedule(d.uri, 0);
        // An article added after the background pass (a new file in a story folder) is analysed too,
        // so the Sources view never shows it "analysing…" for good.
        if (this.backgroundStarted) {
          this.backgroundStarted = false;
          this.analyzeWorkspace();
        }
      }),
    );
    // An article deleted on disk (its sidecar kept) is no longer an analysed source but a missing one.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(
      deletions,
      deletions.onDidDelete((uri) => {
        for (const s of [...this.states.values()]) if (s.uri.toString() === uri.toString() || s.uri.path.startsWith(`${uri.path}/`)) this.schedule(s.uri, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d.uri, 0);
  }

  /** The article's state as last computed, from memory. */
  get(uri: vscode.Uri): ArticleState | undefined {
    return this.states.get(uri.toString());
  }

  /** Why an article has no state: "a binary file (it holds NUL bytes)", "cannot read it: …"; undefined when it has one or is still pending. */
  refusal(uri: vscode.Uri): string | undefined {
    return this.refusals.get(uri.toString());
  }

  all(): ArticleState[] {
    return [...this.states.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  /** Analyses now (no debounce) and resolves with the result; undefined when the file is not an article. */
  async ensure(uri: vscode.Uri, options: { force?: boolean } = {}): Promise<ArticleState | undefined> {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
    await this.run(uri, options.force === true);
    return this.states.get(key);
  }

  /** Drops cached analyses (all, or one article's) and analyses again. */
  async reanalyze(uri?: vscode.Uri): Promise<void> {
    const targets = uri ? [uri] : this.all().map((s) => s.uri);
    for (const t of targets) {
      const state = this.states.get(t.toString());
      if (state) this.raw.delete(state.hash);
    }
    if (!uri) this.raw.clear();
    await Promise.all(targets.map((t) => this.ensure(t, { force: true })));
  }

  /** Analyses every article of the workspace in the background, one at a time (for the Sources view and cross-article hovers). */
  analyzeWorkspace(): void {
    if (this.backgroundStarted) return;
    this.backgroundStarted = true;
    this.track(
      (async () => {
        for (const uri of await this.deps.articles.all()) if (!this.states.has(uri.toString()) && !this.refusals.has(uri.toString())) await this.run(uri, false);
      })(),
    );
  }

  /** Resolves once no edit is waiting for analysis, no analysis runs and no sidecar write is queued. */
  async whenIdle(): Promise<void> {
    for (;;) {
      await this.deps.store.whenIdle();
      if (this.timers.size === 0 && this.inFlight === 0) return;
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Forgets all states (as after a restart); open articles are analysed again from disk and the sidecars. */
  reset(): void {
    const known = this.all().map((s) => s.uri);
    // Runs still in flight read the old files: their results must not land after the reset.
    for (const [key, generation] of this.generations) this.generations.set(key, generation + 1);
    this.states.clear();
    this.refusals.clear();
    this.raw.clear();
    this.backgroundStarted = false;
    for (const uri of known) this.emitter.fire(uri);
    for (const d of vscode.workspace.textDocuments) this.schedule(d.uri, 0);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
    this.settleIfIdle();
  }

  private schedule(uri: vscode.Uri, delayMs: number): void {
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return;
    const key = uri.toString();
    const previous = this.timers.get(key);
    if (previous) clearTimeout(previous);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.track(this.run(uri, false));
      }, delayMs),
    );
  }

  private track(work: Promise<unknown>): void {
    this.inFlight++;
    void work
      .catch((e: unknown) => this.deps.log.error(`analysis failed: ${(e as Error).stack ?? String(e)}`))
      .finally(() => {
        this.inFlight--;
        this.settleIfIdle();
      });
  }

  private settleIfIdle(): void {
    if (this.timers.size > 0 || this.inFlight > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async run(uri: vscode.Uri, force: boolean): Promise<void> {
    const key = uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const current = () => this.generations.get(key) === generation;

    if (!(await this.deps.articles.isArticle(uri))) {
      const refused = this.refusals.delete(key);
      if (this.states.delete(key) || refused) this.emitter.fire(uri);
      return;
    }
    // Deleted on disk: the source is missing (its sidecar kept), unless unsaved text in an editor keeps it alive.
    if (uri.scheme === 'file' && !(await exists(uri)) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.isDirty)) {
      const refused = this.refusals.delete(key);
      if (current() && (this.states.delete(key) || refused)) this.emitter.fire(uri);
      return;
    }
    const read = await this.textOf(uri);
    if (!current()) return;
    if (typeof read !== 'string') {
      // Said once, and remembered so the Sources view and the status bar show why instead of "analysing…" forever.
      this.refusals.set(key, read.refused);
      this.states.delete(key);
      this.emitter.fire(uri);
      return;
    }
    this.refusals.delete(key);
    const text = read;
    const hash = createHash('sha1').update(text).digest('hex');
    const folder = folderOf(uri);
    const [sidecar, registry] = await Promise.all([this.deps.store.sidecar(uri), this.deps.store.registry(folder)]);
    const tooLarge = text.length > this.deps.config.maxArticleSize() && !this.deps.gate?.isAllowed(uri);
    let analysis: ArticleAnalysis;
    if (tooLarge) analysis = emptyAnalysis(text);
    else {
      if (force) this.raw.delete(hash);
      analysis = await this.rawAnalysis(hash, text);
    }
    if (!current()) return;
    // A sidecar or registry that cannot be written (newer version, damaged parts) is still shown, read-only.
    const decided = applyDecisions(analysis, readableValue(sidecar), {
      aliasOverrides: readableValue(registry)?.aliasOverrides ?? [],
    });
    const claims = (readableValue(registry) as ClaimsRegistry | undefined)?.claims ?? [];
    const skipped = tooLarge ? `larger than crosscheck.maxArticleSize (${this.deps.config.maxArticleSize()} characters)` : undefined;
    this.states.set(key, { uri, hash, analysis: decided, sidecar, claims, skipped });
    this.emitter.fire(uri);
    // Hovers compare speakers and entities across the story: once one article is in, analyse the rest.
    this.analyzeWorkspace();
  }

  private rawAnalysis(hash: string, text: string): Promise<ArticleAnalysis> {
    let pending = this.raw.get(hash);
    if (pending) {
      // Refresh its place in the LRU order.
      this.raw.delete(hash);
    } else {
      const started = Date.now();
      pending = (this.deps.analyze ?? analyzeArticle)(text).then((a) => {
        this.deps.log.debug(`analysed ${text.length} characters in ${Date.now() - started} ms`);
        return a;
      });
      pending.catch(() => this.raw.delete(hash));
    }
    this.raw.set(hash, pending);
    while (this.raw.size > RAW_CACHE_SIZE) this.raw.delete(this.raw.keys().next().value as string);
    return pending;
  }

  /** The editor's text when the file is open (unsaved edits included), else the file read as UTF-8; or why there is none. */
  private async textOf(uri: vscode.Uri): Promise<string | { refused: string }> {
    const binary = { refused: 'a binary file (it holds NUL bytes), not an article' };
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const text = open.getText();
      if (!text.includes('\0')) return text;
      this.deps.gate?.reportBinary(uri);
      return binary;
    }
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.includes(0)) {
        this.deps.gate?.reportBinary(uri);
        return binary;
      }
      return stripBom(new TextDecoder('utf-8').decode(bytes));
    } catch (e) {
      this.deps.log.warn(`cannot read ${uri.fsPath}: ${(e as Error).message}`);
      return { refused: `cannot read it: ${(e as Error).message}` };
    }
  }
}

function emptyAnalysis(text: string): ArticleAnalysis {
  return { article: { text, meta: {}, paragraphs: [], boilerplate: [] }, quotes: [], entities: [], diagnostics: [] };
}
