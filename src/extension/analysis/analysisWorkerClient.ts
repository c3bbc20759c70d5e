// The host side of the analysis worker: one worker (a thread on the desktop, a Web Worker in the
// browser; the platform starts it), started on the first analysis, that answers requests in order.
// The worker says it is ready once its script runs; if that does not come within the start deadline,
// or the worker cannot start or dies, that request and later ones run in the host instead (slower to
// respond, never wrong; the web build has no NLP in the host, and its platform says so), and the
// reason is logged once and handed to onUnavailable.
import type * as vscode from 'vscode';
import { analyzeArticle, groupQuotes, suggestClaims, type ArticleAnalysis, type ClaimSuggestion, type QuoteGroup, type SourceQuotes } from '../../core';
import { suggestionSources, type SuggestReply, type SuggestRequest, type SuggestWireRequest, type WorkerMessage, type WorkerRequest } from './analysisWorkerProtocol';
import { stepsInThisThread, type CorpusSteps } from './corpusWork';
import type { StartWorker, WorkerPort } from './workerPort';
import { parseSliced } from './slicedJson';

/** Lets the event loop run what waits between slices of a large reply (a timer: browsers have no setImmediate). */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Stories whose articles the host remembers sending for suggestions (the worker keeps as many: KEPT_SUGGESTION_STORIES). */
const SENT_STORIES = 4;

/** How long a started worker may take to say it is ready (loading its script) before the host gives up on it. */
const START_DEADLINE_MS = 30_000;

export type Analyze = (text: string) => Promise<ArticleAnalysis>;
export type GroupQuotes = (sources: SourceQuotes[]) => Promise<QuoteGroup[]>;
export type SuggestClaims = (request: SuggestRequest) => Promise<ClaimSuggestion[]>;

interface Pending {
  resolve(result: unknown): void;
  reject(e: Error): void;
  /** The same work in the host, should the worker die before it answers. */
  inHost(): Promise<unknown>;
}

export class AnalysisWorkerClient implements vscode.Disposable, CorpusSteps {
  private worker: WorkerPort | undefined;
  /** The corpus steps in the host, made on first need once the worker is gone. */
  private hostSteps: CorpusSteps | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Set once the worker failed: from then on analyses run in the host. */
  private broken = false;
  /** Per story (folder): the content hash of each article the worker was last sent for suggestions. */
  private readonly sentForSuggestions = new Map<string, Map<string, string>>();
  /** Runs out when a started worker has not said it is ready in time. */
  private startDeadline: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly startWorker: StartWorker,
    private readonly log: Pick<vscode.LogOutputChannel, 'warn'>,
    private readonly options: { startDeadlineMs?: number; onUnavailable?(reason: string): void } = {},
  ) {}

  readonly analyze: Analyze = (text) =>
    this.request({ id: 0, op: 'analyze', text }, () => analyzeArticle(text));

  /** An article alone, kept on the worker under its hash; what comes back is its entities' names. */
  readonly alone: CorpusSteps['alone'] = (input) => this.request({ id: 0, op: 'alone', input }, () => this.inHost().alone(input));

  /** The same, with the persistent cache's entry (read by the host) checked on the worker. */
  readonly aloneCached: CorpusSteps['aloneCached'] = (input) => this.request({ id: 0, op: 'aloneCached', input }, () => this.inHost().aloneCached(input));

  /** Many articles' raw analyses from their cache entries in one round trip (null: not usable, send it alone). */
  readonly aloneFromEntries: CorpusSteps['aloneFromEntries'] = (input) =>
    this.request({ id: 0, op: 'aloneFromEntries', input }, () => this.inHost().aloneFromEntries(input));

  /** The corpus pass over names (cheap, but on the worker like everything that analyses). */
  readonly corpusNames: CorpusSteps['corpusNames'] = (perArticle) =>
    this.request({ id: 0, op: 'corpusNames', json: JSON.stringify(perArticle) }, () => this.inHost().corpusNames(perArticle));

  /** The same with the folder's names entry (read by the host) checked on the worker; the entry to write comes back when it merged. */
  readonly corpusNamesCached: CorpusSteps['corpusNamesCached'] = (input) =>
    this.request({ id: 0, op: 'corpusNamesCached', json: JSON.stringify(input) }, () => this.inHost().corpusNamesCached(input));

  /** Brings the worker's names index to the rows a names entry answered for. */
  readonly indexCorpus: CorpusSteps['indexCorpus'] = () => this.request<unknown>({ id: 0, op: 'indexCorpus' }, () => this.inHost().indexCorpus()).then(() => undefined);

  /** An article finished with the corpus's names (its raw analysis taken from the worker's cache). */
  readonly finish: CorpusSteps['finish'] = (input) => this.request({ id: 0, op: 'finish', input }, () => this.inHost().finish(input));

  /**
   * The sidecar's decisions laid over a finished analysis the worker keeps (null when it no longer
   * does: ask again with the source). In the host only when the worker cannot run, like every step.
   */
  readonly decide: CorpusSteps['decide'] = (input) => this.request({ id: 0, op: 'decide', input }, () => this.inHost().decide(input));

  /** A batch of a corpus pass's articles, finished where needed and decided, in one round trip. */
  readonly settle: CorpusSteps['settle'] = (input) => this.request({ id: 0, op: 'settle', input }, () => this.inHost().settle(input));

  /** Drops the raw and finished analyses the worker keeps. */
  readonly forget: CorpusSteps['forget'] = () => this.request<unknown>({ id: 0, op: 'forget' }, () => this.inHost().forget()).then(() => undefined);

  /** A folder's export, analysed and rendered on the worker. */
  readonly renderExport: CorpusSteps['renderExport'] = (input) => this.request({ id: 0, op: 'renderExport', input }, () => this.inHost().renderExport(input));

  private inHost(): CorpusSteps {
    return (this.hostSteps ??= stepsInThisThread());
  }

  /** The quotes are sent as JSON text, for the same reason replies are (see WorkerReply). */
  readonly groupQuotes: GroupQuotes = (sources) =>
    this.request({ id: 0, op: 'groupQuotes', json: JSON.stringify(sources) }, () => Promise.resolve(groupQuotes(sources)));

  /**
   * Sent as JSON text too, with each article's parsed structure only when the worker was not sent
   * that content for that file before (sentForSuggestions); the worker names any it does not hold
   * after all (a story it dropped), and those go again with theirs, then, should that race with
   * another story's request, everything.
   */
  readonly suggestClaims: SuggestClaims = async (request) => {
    const sent = this.sentForSuggestions.get(request.story);
    const inHost = () => Promise.resolve<SuggestReply>({ suggestions: suggestClaims(suggestionSources(request), { dismissed: request.dismissed }) });
    const ask = (withArticle: (file: string, hash: string) => boolean) => {
      const wire: SuggestWireRequest = {
        story: request.story,
        dismissed: request.dismissed,
        sources: request.sources.map((s) => (withArticle(s.file, s.hash) ? s : { file: s.file, hash: s.hash })),
      };
      return this.request<SuggestReply>({ id: 0, op: 'suggestClaims', json: JSON.stringify(wire) }, inHost);
    };
    let reply = await ask((file, hash) => sent?.get(file) !== hash);
    if ('missing' in reply) {
      const missing = new Set(reply.missing);
      reply = await ask((file) => missing.has(file));
    }
    if ('missing' in reply) reply = await ask(() => true);
    if ('missing' in reply) throw new Error('the analysis worker did not take the articles it asked for');
    this.sentForSuggestions.delete(request.story);
    this.sentForSuggestions.set(request.story, new Map(request.sources.map((s) => [s.file, s.hash])));
    // Forgotten with the worker's own (it keeps a few stories), so a story it dropped is sent whole, not asked for twice.
    if (this.sentForSuggestions.size > SENT_STORIES) this.sentForSuggestions.delete(this.sentForSuggestions.keys().next().value!);
    return reply.suggestions;
  };

  private request<T>(message: WorkerRequest, inHost: () => Promise<T>): Promise<T> {
    const worker = this.ensureWorker();
    if (!worker) return inHost();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject, inHost });
      worker.postMessage({ ...message, id } satisfies WorkerRequest);
    });
  }

  dispose(): void {
    this.clearStartDeadline();
    const worker = this.worker;
    this.worker = undefined;
    this.broken = true;
    worker?.terminate();
    for (const w of this.pending.values()) w.reject(new Error('the extension is shutting down'));
    this.pending.clear();
  }

  private ensureWorker(): WorkerPort | undefined {
    if (this.broken) return undefined;
    if (this.worker) return this.worker;
    try {
      const worker = this.startWorker({ reply: (message) => this.receive(message), failed: (reason) => this.giveUp(reason) });
      this.worker = worker;
      const deadlineMs = this.options.startDeadlineMs ?? START_DEADLINE_MS;
      this.startDeadline = setTimeout(
        () => this.giveUp(`the worker did not start within ${deadlineMs / 1000} s: its script did not load or did not run`),
        deadlineMs,
      );
      return worker;
    } catch (e) {
      this.giveUp((e as Error).message);
      return undefined;
    }
  }

  private receive(message: WorkerMessage): void {
    // The ready message, or any reply (which only a running worker sends).
    this.clearStartDeadline();
    if ('ready' in message) return;
    const reply = message;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if ('json' in reply) waiting.resolve(JSON.parse(reply.json));
    else if ('parts' in reply) parseSliced(reply.parts, nextTurn).then(waiting.resolve, (e: unknown) => waiting.reject(e as Error));
    else waiting.reject(new Error(reply.error));
  }

  private giveUp(reason: string): void {
    if (this.broken) return;
    this.clearStartDeadline();
    this.broken = true;
    const worker = this.worker;
    this.worker = undefined;
    worker?.terminate();
    this.log.warn(`analysis worker unavailable (${reason}); analysing in the extension host instead`);
    this.options.onUnavailable?.(reason);
    this.fallBack(reason);
  }

  private clearStartDeadline(): void {
    if (this.startDeadline !== undefined) clearTimeout(this.startDeadline);
    this.startDeadline = undefined;
  }

  /** Requests the worker will never answer are analysed in the host. */
  private fallBack(reason: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) {
      w.inHost().then(w.resolve, (e: unknown) => w.reject(new Error(`${reason}; ${(e as Error).message}`)));
    }
  }
}
