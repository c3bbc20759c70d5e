// Analysis off the keystroke path. Edits are debounced; results are cached by content hash (undo
// back to a known text costs nothing) and kept per article so hovers, trees and the status bar
// answer from memory. Human decisions from the sidecar are applied on top of the cached analysis,
// which is cheap, so a new decision shows at once without analysing again.
//
// Articles are analysed as the CLI analyses a folder: each alone (the expensive part, on the worker,
// kept there by content hash), then the corpus pass over the names of every article of its corpus
// (the analysed articles directly in its folder, in file-name order: what `crosscheck analyze
// <folder>` reads when the folder has no subfolders of articles), then each finished with the names
// the corpus gave it. The corpus pass is cheap and runs again whenever an article of the folder
// changes; only articles whose names changed are finished again.
import * as vscode from 'vscode';
import { stripBom, type DecidedAnalysis, type EntityNames } from '../../core';
import type { Claim, ClaimsRegistry, Sidecar } from '../../core/storage/model';
import { exists, type ArticleFiles } from '../storage/articleFiles';
import type { Config } from '../config';
import type { AnalysisGate } from './analysisGate';
import { folderOf, isClaimsUri, articleUriForSidecar, type SidecarStore } from '../storage/sidecarStore';
import { readableValue, type Loaded } from '../storage/storageBackend';
import { finishedKey, stepsInThisThread, withTextOf, type CorpusSteps, type ExportRequest, type SettleRequest } from './corpusWork';
import { finishedEntryKey, textKey, type AnalysisCache } from './analysisCache';
import { isWorkspaceFile } from '../storage/workspaceFile';
import { GENERATED_MARKER_WINDOW, isGeneratedText } from '../../core/articleFileNames';
import { namesKeyText } from '../../core/analysisCacheEntry';

export interface ArticleState {
  uri: vscode.Uri;
  /** sha256 of the analysed text (the persistent cache's key, as the CLI's). */
  hash: string;
  analysis: DecidedAnalysis;
  /** The sidecar as read (its decisions are already applied to `analysis`). */
  sidecar: Loaded<Sidecar>;
  /** Claims of the registry in the article's folder. */
  claims: Claim[];
  /** Set when the article was not analysed (too large), with the reason. */
  skipped?: string;
}

/** How many distinct texts keep their entity names: enough for a story's sources plus undo history. */
const RAW_CACHE_SIZE = 64;

/** An article as its corpus sees it: the input of the corpus pass and of its finish. */
interface Member {
  uri: vscode.Uri;
  hash: string;
  text: string;
  /** Its entities' names from its analysis alone; undefined when it was not analysed (too large). */
  names: EntityNames[] | undefined;
  sidecar: Loaded<Sidecar>;
  registry: Loaded<ClaimsRegistry>;
  skipped?: string;
  /** What its shown analysis was finished from (finishedKey; the analysis itself stays on the worker). */
  finished?: { key: string };
  /** Analysed afresh ("Reanalyze"): nothing is taken from the persistent cache for it. */
  fresh: boolean;
  /** Set until its state shows this member (decisions or text changed). */
  stale: boolean;
}

/** An article read and ready to be analysed alone (DocumentAnalysis.gather). */
interface Gathered {
  uri: vscode.Uri;
  text: string;
  hash: string;
  sidecar: Loaded<Sidecar>;
  registry: Loaded<ClaimsRegistry>;
  /** Over crosscheck.maxArticleSize without consent: not analysed. */
  tooLarge: boolean;
  /** "Reanalyze": nothing taken from the caches. */
  force: boolean;
  /** Whether this is still the article's latest run. */
  current: () => boolean;
}

/** The corpus an article belongs to: its folder (an untitled article is a corpus of its own). */
export const corpusKeyOf = (uri: vscode.Uri) => (isWorkspaceFile(uri) ? folderOf(uri).toString() : uri.toString());

/** The CLI's order (collectArticleFiles: names compared by UTF-16 code units), which the corpus pass may depend on. */
const byPath = (a: Member, b: Member) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0);

export interface AnalysisDeps {
  config: Config;
  articles: ArticleFiles;
  store: SidecarStore;
  log: vscode.LogOutputChannel;
  /** The core's steps around the corpus pass (on a worker thread in the editor); in this thread when absent. */
  steps?: CorpusSteps;
  /** Per-session consent for large articles and notices for binary files. */
  gate?: AnalysisGate;
  /** Opens the persistent cache of raw analyses (on the first analysis, never on activation); none when absent. */
  cache?: () => Promise<AnalysisCache | undefined>;
  /** Reads a small file at once (Platform.readFileNow); every file goes through vscode.workspace.fs when absent or when it answers undefined. */
  readFileNow?: (file: vscode.Uri, maxBytes: number) => Uint8Array | undefined;
  /** sha256 hex at once (Platform.sha256Now); Web Crypto's digest when absent. */
  sha256Now?: (text: string) => string;
}

/** A background pass over the workspace's articles, as the progress notification shows it. */
export interface BackgroundProgress {
  total: number;
  /** Articles analysed alone so far (the expensive step). */
  done: number;
  /** Whether the notification is shown (passes over a few articles finish before it would be read). */
  notified: boolean;
  cancelled: boolean;
  finished: boolean;
}

/** From this many articles to analyse, the background pass shows a progress notification with Cancel. */
const NOTIFY_FROM = 10;
/** Articles sent to the worker to be analysed at once: enough to hide the reads' latency, few enough that Cancel is quick. */
const LANES = 6;
/** Articles read at once by a background pass (file reads only: their latency, not the host, is what a reload waits for). */
const READ_LANES = 16;
/** Raw analyses taken from the persistent cache per message to the worker, and the characters (texts and entries) one may carry. */
const FROM_CACHE_BATCH = 50;
const FROM_CACHE_BATCH_CHARS = 4_000_000;
/**
 * Articles up to this size are read at once where the platform can (readFileNow: microseconds each,
 * where an asynchronous read waits behind the thread pool); a larger file costs the host too long a hold.
 */
const READ_NOW_MAX_BYTES = 1024 * 1024;
/** Texts up to this length are hashed at once where the platform can (sha256Now: a few ms for the largest); longer ones off the host's thread. */
const HASH_NOW_MAX_CHARS = 2_000_000;
/** How often the progress notification's count is updated. */
const REPORT_EVERY_MS = 200;
/** Articles of a corpus pass finished and decided per message to the worker (one state update and one burst of events each). */
const SETTLE_BATCH = 50;

/** Lets the event loop run what waits (input, timers, other extensions) before going on (a timer: browsers have no setImmediate). */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class DocumentAnalysis implements vscode.Disposable {
  /** Entity names of each text analysed alone, by hash (the analyses themselves stay on the worker). */
  private readonly raw = new Map<string, Promise<EntityNames[]>>();
  private readonly states = new Map<string, ArticleState>();
  private readonly members = new Map<string, Member>();
  /** The articles of each corpus's last pass (by corpusKeyOf), in the pass's order. */
  private readonly corpora = new Map<string, vscode.Uri[]>();
  /** Per corpus: the pass waiting to start (shared by every request until it starts) and the chain's tail. */
  private readonly passes = new Map<string, { queued?: Promise<void>; tail: Promise<void> }>();
  private readonly steps: CorpusSteps;
  /** Articles that could not be analysed at all (binary, unreadable), with the reason in plain words. */
  private readonly refusals = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Latest requested run per article: an older run that finishes late is dropped. */
  private readonly generations = new Map<string, number>();
  /** The latest run per article while it is in flight. */
  private readonly runs = new Map<string, Promise<void>>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private backgroundStarted = false;
  /** Set when the set of articles changed while a background pass ran: it lists them again when done. */
  private backgroundAgain = false;
  /** The background pass while it runs. */
  private background: Promise<void> | undefined;
  /** Articles left out when a background pass was cancelled: analysed when opened, not by the next pass. */
  private readonly deferred = new Set<string>();
  private progress: BackgroundProgress | undefined;
  private cancelSource: vscode.CancellationTokenSource | undefined;
  private cache: Promise<AnalysisCache | undefined> | undefined;
  /** `crosscheck.maxArticleSize`, read once until it changes (reading the settings costs the host more than the rest of an article's preparation). */
  private maxSize: number | undefined;
  /** Corpora whose next pass is a background pass's: its names are taken from (or kept in) the persistent cache. */
  private readonly namesThroughCache = new Set<string>();
  /** Set when a corpus pass took its names from the cache: the worker's names index is brought to them after the background pass. */
  private namesUnindexed = false;
  /** The latest corpus pass: how many articles it joined, how many it finished again, and how long it took. */
  private lastPass: { articles: number; finished: number; ms: number } | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires with the article whose state changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly deps: AnalysisDeps) {
    this.steps = deps.steps ?? stepsInThisThread();
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
      // Reported speech turned on or off: every article is finished again (its raw analysis is kept).
      deps.config.onDidChange((e) => {
        if (e.affectsConfiguration('crosscheck.maxArticleSize')) this.maxSize = undefined;
        if (e.affectsConfiguration('crosscheck.analysis.reportedSpeech')) for (const s of [...this.states.values()]) this.schedule(s.uri, 0);
      }),
      articles.onDidChange(() => {
        for (const d of vscode.workspace.textDocuments) this.schedule(d.uri, 0);
        // An article added after the background pass (a new file in a story folder) is analysed too,
        // so the Sources view never shows it "analysing…" for good.
        if (this.background) this.backgroundAgain = true;
        else if (this.backgroundStarted) {
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

  /** The articles whose names were last reconciled together with this one (its folder's analysed articles), or undefined. */
  corpusOf(uri: vscode.Uri): vscode.Uri[] | undefined {
    const corpus = this.corpora.get(corpusKeyOf(uri));
    return corpus?.some((u) => u.toString() === uri.toString()) ? [...corpus] : undefined;
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
    // A newer run started meanwhile (the background pass, a change) and dropped this one's result: its result is the article's.
    let seen: Promise<void> | undefined;
    for (let later = this.runs.get(key); later && later !== seen; later = this.runs.get(key)) {
      seen = later;
      await later.catch(() => undefined);
    }
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

  /**
   * Analyses every article of the workspace in the background (for the Sources view and
   * cross-article hovers): each alone on the worker, then one corpus pass per folder, with a
   * progress notification (articles done / total) and Cancel when there are many.
   */
  analyzeWorkspace(): void {
    if (this.backgroundStarted) return;
    this.backgroundStarted = true;
    // One pass at a time (a reset while one runs): the running pass lists the articles again when done.
    if (this.background) {
      this.backgroundAgain = true;
      return;
    }
    const background = this.analyzeInBackground().finally(() => {
      if (this.background === background) this.background = undefined;
    });
    this.background = background;
    this.track(background);
  }

  /** Resolves when the background pass (if one runs) is over. */
  async whenBackgroundDone(): Promise<void> {
    while (this.background) await this.background.catch(() => undefined);
  }

  /** The latest background pass's progress, or undefined before the first. */
  backgroundProgress(): BackgroundProgress | undefined {
    return this.progress && { ...this.progress };
  }

  /** The latest corpus pass's size and duration (what one changed article costs its folder after its own analysis). */
  lastCorpusPass(): { articles: number; finished: number; ms: number } | undefined {
    return this.lastPass && { ...this.lastPass };
  }

  /** Cancels the background pass as its notification's Cancel does: what finished stays, the rest waits to be opened. */
  cancelBackground(): void {
    this.cancelSource?.cancel();
  }

  /** Whether a cancelled pass left this article for later (it is analysed when opened). */
  isDeferred(uri: vscode.Uri): boolean {
    return this.deferred.has(uri.toString()) && !this.states.has(uri.toString());
  }

  /**
   * A folder's export rendered on the worker (analysed as the CLI's export analyses it), the raw
   * analyses taken from the persistent cache where it has them: exporting never analyses on the host.
   */
  async renderExport(request: Omit<ExportRequest, 'version' | 'sources'> & { sources: { file: string; uri: string; text: string; sidecar?: Sidecar }[] }): Promise<string> {
    const cache = await this.openCache();
    const sources: ExportRequest['sources'] = [];
    for (const s of request.sources) {
      const hash = await this.keyOf(s.text);
      const entry = cache && !this.raw.has(hash) ? await cache.read(vscode.Uri.parse(s.uri), hash) : undefined;
      sources.push({ ...s, hash, ...(entry === undefined ? {} : { entry }) });
    }
    return this.steps.renderExport({ ...request, sources, ...(cache ? { version: cache.version } : {}) });
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
    // After a restart nothing is waiting either: runs scheduled for the old states (a registry read
    // again schedules its whole folder) would otherwise analyse article by article, not in one pass.
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    // Runs still in flight read the old files: their results must not land after the reset.
    for (const [key, generation] of this.generations) this.generations.set(key, generation + 1);
    this.states.clear();
    this.members.clear();
    this.corpora.clear();
    this.refusals.clear();
    this.raw.clear();
    this.deferred.clear();
    this.namesThroughCache.clear();
    this.backgroundStarted = false;
    // As a new worker after a reload: nothing kept there either (raw analyses come from the persistent cache).
    this.track(this.steps.forget());
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
    if (uri.scheme !== 'untitled' && !isWorkspaceFile(uri)) return;
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

  private run(uri: vscode.Uri, force: boolean): Promise<void> {
    const key = uri.toString();
    const running = this.runNow(uri, force);
    this.runs.set(key, running);
    const done = () => void (this.runs.get(key) === running && this.runs.delete(key));
    running.then(done, done);
    return running;
  }

  private async runNow(uri: vscode.Uri, force: boolean): Promise<void> {
    const corpus = await this.prepare(uri, force);
    if (corpus === undefined) return;
    await this.settle(corpus);
    // Hovers compare speakers and entities across the story: once one article is in, analyse the rest.
    this.analyzeWorkspace();
  }

  private async analyzeInBackground(): Promise<void> {
    do {
      this.backgroundAgain = false;
      const waiting = (key: string) => !this.states.has(key) && !this.refusals.has(key) && !this.runs.has(key) && !this.deferred.has(key);
      const uris = (await this.deps.articles.all()).filter((u) => waiting(u.toString()));
      if (uris.length > 0) await this.analyzeMany(uris);
    } while (this.backgroundAgain);
  }

  /**
   * Many articles at once: each read (many at a time: file reads only), those whose raw analysis the
   * persistent cache holds taken from it in batches (one message to the worker per batch), the rest
   * analysed alone (a few at a time, so Cancel is quick); then one corpus pass per folder they belong to.
   */
  private async analyzeMany(uris: vscode.Uri[]): Promise<void> {
    const progress: BackgroundProgress = { total: uris.length, done: 0, notified: uris.length >= NOTIFY_FROM, cancelled: false, finished: false };
    this.progress = progress;
    const cancel = new vscode.CancellationTokenSource();
    this.cancelSource = cancel;
    const pass = async (report: (message: string, increment?: number) => void, token: vscode.CancellationToken) => {
      const stop = token.onCancellationRequested(() => cancel.cancel());
      const cancelled = () => cancel.token.isCancellationRequested;
      let markSettled!: () => void;
      const settled = new Promise<void>((resolve) => (markSettled = resolve));
      const corpora = new Set<string>();
      let reportedAt = 0;
      let reportedDone = 0;
      const failed = (uri: vscode.Uri) => (e: unknown) => void this.deps.log.error(`analysis of ${uri.toString()} failed: ${(e as Error).stack ?? String(e)}`);
      /** The article is under way: whoever awaits it (ensure) waits for the corpus pass that shows it. Call the answer once it is a member (or not an article). */
      const begin = (uri: vscode.Uri): (() => void) => {
        const key = uri.toString();
        let arrived!: () => void;
        const running = new Promise<void>((resolve) => (arrived = resolve)).then(() => settled);
        this.runs.set(key, running);
        const done = () => void (this.runs.get(key) === running && this.runs.delete(key));
        running.then(done, done);
        return arrived;
      };
      const counted = (corpus: string | undefined) => {
        if (corpus !== undefined) corpora.add(corpus);
        progress.done++;
        // A few updates a second: each is a message to the window, and a reload takes hundreds of articles a second from the cache.
        const now = performance.now();
        if (now - reportedAt >= REPORT_EVERY_MS || progress.done === progress.total) {
          report(vscode.l10n.t('{0} / {1} articles', progress.done, progress.total), (100 * (progress.done - reportedDone)) / progress.total);
          reportedAt = now;
          reportedDone = progress.done;
        }
      };
      type Waiting = { read: Gathered; arrived: () => void; entry?: string; articleEntry?: string };
      const toAnalyse: Waiting[] = [];
      const cache = await this.openCache();
      let fromCache: Waiting[] = [];
      let fromCacheChars = 0;
      const batches: Promise<void>[] = [];
      // A batch of raw entries checked on the worker in one message; an entry it does not trust is analysed alone below.
      const sendFromCache = () => {
        const batch = fromCache;
        fromCache = [];
        fromCacheChars = 0;
        if (batch.length === 0 || !cache) return;
        const requests = batch.map(({ read, entry, articleEntry }) => ({ text: read.text, hash: read.hash, version: cache.version, entry, ...(articleEntry === undefined ? {} : { articleEntry }) }));
        batches.push(
          this.steps.aloneFromEntries(requests).then(
            (answers) => {
              for (const [i, waiting] of batch.entries()) {
                const names = answers[i];
                if (names === null) {
                  toAnalyse.push(waiting);
                  continue;
                }
                this.keepRaw(waiting.read.hash, Promise.resolve(names));
                counted(this.admit(waiting.read, names));
                waiting.arrived();
              }
            },
            (e: unknown) => {
              this.deps.log.error(`reading cached analyses failed: ${(e as Error).stack ?? String(e)}`);
              toAnalyse.push(...batch);
            },
          ),
        );
      };
      let next = 0;
      const readLane = async () => {
        while (next < uris.length && !cancelled()) {
          const uri = uris[next++];
          const arrived = begin(uri);
          try {
            const read = await this.gather(uri, false);
            if (!read) {
              counted(undefined);
              arrived();
            } else if (read.tooLarge || this.raw.has(read.hash)) {
              counted(this.admit(read, read.tooLarge ? undefined : await this.namesAlone(uri, read.hash, read.text, false)));
              arrived();
            } else {
              const entry = cache ? await cache.read(uri, read.hash) : undefined;
              if (entry === undefined) toAnalyse.push({ read, arrived });
              else {
                // Its parsed structure too, so the worker need not parse it again.
                const articleEntry = await cache?.read(uri, read.hash, 'article');
                fromCache.push({ read, arrived, entry, articleEntry });
                fromCacheChars += read.text.length + entry.length + (articleEntry?.length ?? 0);
                if (fromCache.length >= FROM_CACHE_BATCH || fromCacheChars >= FROM_CACHE_BATCH_CHARS) sendFromCache();
              }
            }
          } catch (e) {
            failed(uri)(e);
            counted(undefined);
            arrived();
          }
        }
      };
      let nextToAnalyse = 0;
      const analysisLane = async () => {
        while (nextToAnalyse < toAnalyse.length && !cancelled()) {
          const { read, arrived } = toAnalyse[nextToAnalyse++];
          const corpus = await this.namesAlone(read.uri, read.hash, read.text, false).then((names) => this.admit(read, names), failed(read.uri));
          counted(corpus);
          arrived();
        }
      };
      try {
        await Promise.all(Array.from({ length: READ_LANES }, readLane));
        sendFromCache();
        await Promise.all(batches);
        await Promise.all(Array.from({ length: LANES }, analysisLane));
        if (cancelled()) {
          progress.cancelled = true;
          for (const u of uris.slice(next)) this.deferred.add(u.toString());
          for (const { read, arrived } of toAnalyse.slice(nextToAnalyse)) {
            this.deferred.add(read.uri.toString());
            arrived();
          }
        }
        report(vscode.l10n.t('joining names across {0} articles…', progress.done));
        // Only then the corpus pass, once per folder: the names of every article of the folder meet once, not once per article.
        for (const corpus of corpora) this.namesThroughCache.add(corpus);
        for (const corpus of corpora) await this.settle(corpus).catch((e: unknown) => this.deps.log.error(`corpus pass failed: ${(e as Error).stack ?? String(e)}`));
        // Every article is shown: the names index an edit's pass works from is built now, not before them.
        if (this.namesUnindexed) {
          this.namesUnindexed = false;
          this.steps.indexCorpus().catch((e: unknown) => this.deps.log.error(`names index failed: ${(e as Error).stack ?? String(e)}`));
        }
      } finally {
        markSettled();
        stop.dispose();
      }
    };
    try {
      if (!progress.notified) await pass(() => undefined, cancel.token);
      else {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Crosscheck: analysing articles'), cancellable: true },
          (bar, token) => pass((message, increment) => bar.report({ message, increment }), token),
        );
      }
    } finally {
      progress.finished = true;
      if (this.cancelSource === cancel) this.cancelSource = undefined;
      cancel.dispose();
    }
  }

  /**
   * Reads the article and analyses it alone (or takes what is known), and makes it a member of its
   * corpus; answers the corpus to pass over again, or undefined when there is nothing to pass over.
   */
  private async prepare(uri: vscode.Uri, force: boolean): Promise<string | undefined> {
    const read = await this.gather(uri, force);
    if (!read) return undefined;
    return this.admit(read, read.tooLarge ? undefined : await this.namesAlone(uri, read.hash, read.text, force));
  }

  /**
   * Everything an article's analysis alone starts from, read on the host (its text, hash, sidecar
   * and registry); undefined when it is not an article to analyse (not one, missing, refused), which
   * is then shown and it leaves its corpus.
   */
  private async gather(uri: vscode.Uri, force: boolean): Promise<Gathered | undefined> {
    const key = uri.toString();
    this.deferred.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const current = () => this.generations.get(key) === generation;

    if (!(await this.deps.articles.isArticle(uri))) {
      const refused = this.refusals.delete(key);
      if (this.states.delete(key) || refused) this.emitter.fire(uri);
      await this.leaveCorpus(uri);
      return undefined;
    }
    // Deleted on disk: the source is missing (its sidecar kept), unless unsaved text in an editor keeps it
    // alive. A file not open is read straight away and looked for only when the read fails (one file
    // operation per article, not two, on a pass over a large folder).
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const missing = async () => isWorkspaceFile(uri) && !open?.isDirty && !(await exists(uri));
    const read = open && !open.isDirty && (await missing()) ? undefined : await this.textOf(uri);
    if (read === undefined || (typeof read !== 'string' && !open && (await missing()))) {
      const refused = this.refusals.delete(key);
      if (!current()) return undefined;
      if (this.states.delete(key) || refused) this.emitter.fire(uri);
      await this.leaveCorpus(uri);
      return undefined;
    }
    if (!current()) return undefined;
    if (typeof read !== 'string') {
      // Said once, and remembered so the Sources view and the status bar show why instead of "analysing…" forever.
      this.refusals.set(key, read.refused);
      this.states.delete(key);
      this.emitter.fire(uri);
      await this.leaveCorpus(uri);
      return undefined;
    }
    // An export saved over an article in place (the folder's listing may be remembered from before): not an article.
    if (isGeneratedText(read.slice(0, GENERATED_MARKER_WINDOW * 2))) {
      const refused = this.refusals.delete(key);
      if (this.states.delete(key) || refused) this.emitter.fire(uri);
      await this.leaveCorpus(uri);
      return undefined;
    }
    this.refusals.delete(key);
    const text = read;
    const hash = await this.keyOf(text);
    const folder = folderOf(uri);
    const [sidecar, registry] = await Promise.all([this.deps.store.sidecar(uri), this.deps.store.registry(folder)]);
    const tooLarge = text.length > this.maxArticleSize() && !this.deps.gate?.isAllowed(uri);
    if (force) this.raw.delete(hash);
    return { uri, text, hash, sidecar, registry, tooLarge, force, current };
  }

  /** The gathered article with its names alone becomes a member of its corpus; answers the corpus, or undefined when a newer run took over. */
  private admit(read: Gathered, names: EntityNames[] | undefined): string | undefined {
    const { uri, hash, text, sidecar, registry, tooLarge, force } = read;
    if (!read.current()) return undefined;
    // Too large: not analysed and left out of the corpus pass, as `crosscheck analyze --max-size` leaves it out.
    const skipped = tooLarge ? vscode.l10n.t('larger than crosscheck.maxArticleSize ({0} characters)', this.maxArticleSize()) : undefined;
    const key = uri.toString();
    const previous = this.members.get(key);
    this.members.set(key, { uri, hash, text, names, sidecar, registry, skipped, finished: force ? undefined : previous?.finished, fresh: force, stale: true });
    return corpusKeyOf(uri);
  }

  /** The article leaves its corpus (deleted, no longer an article): the others' names are reconciled again. */
  private async leaveCorpus(uri: vscode.Uri): Promise<void> {
    if (this.members.delete(uri.toString())) await this.settle(corpusKeyOf(uri));
  }

  /** The entities' names of a text analysed alone (on the worker, which keeps the analysis under the hash). */
  private namesAlone(uri: vscode.Uri, hash: string, text: string, fresh: boolean): Promise<EntityNames[]> {
    let pending = this.raw.get(hash);
    if (pending) {
      // Refresh its place in the LRU order.
      this.raw.delete(hash);
    } else {
      const started = Date.now();
      pending = this.aloneOnWorker(uri, hash, text, fresh).then((names) => {
        this.deps.log.debug(`analysed ${text.length} characters in ${Date.now() - started} ms`);
        return names;
      });
      pending.catch(() => this.raw.delete(hash));
    }
    this.keepRaw(hash, pending);
    return pending;
  }

  /** Keeps a text's names alone, the most recently used last (a bounded LRU). */
  private keepRaw(hash: string, names: Promise<EntityNames[]>): void {
    this.raw.set(hash, names);
    while (this.raw.size > RAW_CACHE_SIZE) this.raw.delete(this.raw.keys().next().value as string);
  }

  /** The text alone on the worker, its raw analysis taken from (or written to) the persistent cache when there is one. */
  private async aloneOnWorker(uri: vscode.Uri, hash: string, text: string, fresh: boolean): Promise<EntityNames[]> {
    const cache = await this.openCache();
    if (!cache) return this.steps.alone({ text, hash, fresh });
    const entry = fresh ? undefined : await cache.read(uri, hash);
    const result = await this.steps.aloneCached({ text, hash, fresh, version: cache.version, entry });
    if (result.entry !== undefined) this.track(cache.write(uri, hash, result.entry));
    return result.names;
  }

  /** A text's key in the persistent cache (sha256 hex, as textKey makes it), computed at once where the platform can and the text is not large. */
  private keyOf(text: string): Promise<string> {
    const now = this.deps.sha256Now;
    return now && text.length <= HASH_NOW_MAX_CHARS ? Promise.resolve(now(text)) : textKey(text);
  }

  private maxArticleSize(): number {
    return (this.maxSize ??= this.deps.config.maxArticleSize());
  }

  /** The persistent cache, opened on first need (never on activation); undefined when there is none. */
  private openCache(): Promise<AnalysisCache | undefined> {
    this.cache ??= this.deps.cache?.().catch(() => undefined) ?? Promise.resolve(undefined);
    return this.cache;
  }

  /**
   * Runs the corpus pass for one corpus after the pass in progress, if any; requests made before
   * it starts share it. Resolves once every article of the corpus shows its members' latest input.
   */
  private settle(corpus: string): Promise<void> {
    let passes = this.passes.get(corpus);
    if (!passes) this.passes.set(corpus, (passes = { tail: Promise.resolve() }));
    if (passes.queued) return passes.queued;
    const chain = passes;
    const pass: Promise<void> = chain.tail.then(() => {
      if (chain.queued === pass) chain.queued = undefined;
      return this.settleNow(corpus);
    });
    chain.queued = pass;
    chain.tail = pass.catch(() => undefined);
    return pass;
  }

  /**
   * The corpus pass over the members' names (on the worker), then each member finished again where
   * its names changed and decided where that or its decisions changed: a batch of articles per
   * message to the worker, their states and change events together, the host yielding between batches.
   */
  private async settleNow(corpus: string): Promise<void> {
    const started = performance.now();
    const members = [...this.members.values()].filter((m) => corpusKeyOf(m.uri) === corpus).sort(byPath);
    const included = members.filter((m) => m.names !== undefined);
    // Only a background pass (a reload, a folder added) goes through the names entry: an edit's pass
    // would carry the story's names to the host and back for an entry the next edit replaces.
    const throughCache = this.namesThroughCache.delete(corpus);
    const names = included.length === 0 ? [] : throughCache ? await this.corpusNamesOf(included) : await this.steps.corpusNames(included.map((m) => m.names ?? []));
    const reportedSpeech = this.deps.config.reportedSpeech();
    // A pass overtaken by an edit or a reset does not describe the corpus: the newer pass will.
    if (included.every((m) => this.members.get(m.uri.toString()) === m)) {
      if (included.length > 0) this.corpora.set(corpus, included.map((m) => m.uri));
      else this.corpora.delete(corpus);
    }
    const namesOf = new Map(included.map((m, i) => [m, names[i]]));
    const todo: { member: Member; key: string; names: EntityNames[] | undefined }[] = [];
    let finishedAgain = 0;
    for (const member of members) {
      if (this.members.get(member.uri.toString()) !== member) continue;
      const memberNames = namesOf.get(member);
      const key = finishedKey(member.hash, memberNames, reportedSpeech);
      if (member.finished?.key !== key) finishedAgain++;
      else if (!member.stale) continue;
      todo.push({ member, key, names: memberNames });
    }
    const cache = todo.length > 0 ? await this.openCache() : undefined;
    /** A batch's requests, sent to the worker at once: the next batch is sent before this one's answer is shown, so the worker never waits for the host. */
    const send = (from: number) => {
      // Replaced meanwhile (an edit, a reset): the newer member's own pass shows it.
      const batch = todo.slice(from, from + SETTLE_BATCH).filter(({ member }) => this.members.get(member.uri.toString()) === member);
      // A sidecar or registry that cannot be written (newer version, damaged parts) is still shown, read-only.
      const registries = batch.map(({ member }) => readableValue(member.registry) as ClaimsRegistry | undefined);
      const requests = Promise.all(
        batch.map(async ({ member, key, names: memberNames }, k): Promise<SettleRequest> => {
          const request = { key, hash: member.hash, sidecar: readableValue(member.sidecar), aliasOverrides: registries[k]?.aliasOverrides ?? [], source: { text: member.text, names: memberNames, reportedSpeech } };
          // Finished before with these names (the worker keeps it), or not analysed: no corpus entry to read.
          if (!cache || !memberNames || member.finished?.key === key) return request;
          // Reported speech changes the finished analysis, so it is part of the entry's key.
          const entryKey = await finishedEntryKey(member.hash, reportedSpeech ? { names: memberNames, reportedSpeech } : memberNames, (text) => this.keyOf(text));
          const entry = member.fresh ? undefined : await cache.read(member.uri, entryKey, 'corpus');
          return { ...request, cached: { version: cache.version, key: entryKey, ...(entry === undefined ? {} : { entry }) } };
        }),
      );
      const settled = batch.length === 0 ? Promise.resolve([]) : requests.then((r) => this.steps.settle(r));
      // Awaited in its turn; until then a failure must not go unhandled.
      settled.catch(() => undefined);
      return { batch, registries, requests, settled };
    };
    let ahead = todo.length > 0 ? send(0) : undefined;
    for (let from = 0; ahead; from += SETTLE_BATCH) {
      const { batch, registries, requests, settled: answer } = ahead;
      ahead = from + SETTLE_BATCH < todo.length ? send(from + SETTLE_BATCH) : undefined;
      if (batch.length === 0) continue;
      const [sent, settled] = await Promise.all([requests, answer]);
      const shown: vscode.Uri[] = [];
      for (const [k, { member, key }] of batch.entries()) {
        const { entry, articleEntry } = settled[k];
        const analysis = withTextOf(settled[k], member.text);
        const cached = sent[k].cached;
        if (cache && cached && entry !== undefined) this.track(cache.write(member.uri, cached.key, entry, 'corpus'));
        if (cache && articleEntry !== undefined) this.track(cache.write(member.uri, member.hash, articleEntry, 'article'));
        const uriKey = member.uri.toString();
        if (this.members.get(uriKey) !== member) continue;
        member.finished = { key };
        member.stale = false;
        this.states.set(uriKey, { uri: member.uri, hash: member.hash, analysis, sidecar: member.sidecar, claims: registries[k]?.claims ?? [], skipped: member.skipped });
        shown.push(member.uri);
      }
      for (const uri of shown) this.emitter.fire(uri);
      if (ahead) await nextTurn();
    }
    this.lastPass = { articles: members.length, finished: finishedAgain, ms: performance.now() - started };
    this.deps.log.debug(`corpus pass over ${members.length} articles (${finishedAgain} finished again) in ${this.lastPass.ms.toFixed(0)} ms`);
  }

  /**
   * The corpus pass over the members' names (on the worker), taken from the folder's names entry in
   * the persistent cache when it holds this pass (a reload), else merged and the entry written.
   * A folder that was edited since its last background pass misses (merged as without a cache).
   */
  private async corpusNamesOf(included: Member[]): Promise<EntityNames[][]> {
    const perArticle = included.map((m) => m.names ?? []);
    const anchor = included[0].uri;
    const cache = isWorkspaceFile(anchor) ? await this.openCache() : undefined;
    if (!cache) return this.steps.corpusNames(perArticle);
    const key = await this.keyOf(namesKeyText(perArticle));
    const entry = included.some((m) => m.fresh) ? undefined : await cache.read(anchor, key, 'names');
    const result = await this.steps.corpusNamesCached({ perArticle, version: cache.version, key, ...(entry === undefined ? {} : { entry }) });
    if (result.entry !== undefined) this.track(cache.write(anchor, key, result.entry, 'names'));
    else this.namesUnindexed = true;
    return result.names;
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
      const bytes = this.deps.readFileNow?.(uri, READ_NOW_MAX_BYTES) ?? (await vscode.workspace.fs.readFile(uri));
      if (bytes.includes(0)) {
        this.deps.gate?.reportBinary(uri);
        return binary;
      }
      return stripBom(new TextDecoder('utf-8').decode(bytes));
    } catch (e) {
      // A file deleted meanwhile is a missing source (prepare says so), not one that cannot be read.
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.deps.log.warn(`cannot read ${uri.fsPath}: ${(e as Error).message}`);
      return { refused: `cannot read it: ${(e as Error).message}` };
    }
  }
}
