// Messages between the extension host and the analysis worker (plain data, structured-cloned).
import type { Article, ArticleAnalysis, DecidedAnalysis, EntityNames, QuoteGroup, SourceQuotes, SuggestionSource } from '../../core';
import type { AloneRequest, CachedAloneRequest, CachedAloneResult, CachedNamesRequest, CachedNamesResult, DecideRequest, ExportRequest, FinishRequest, SettleRequest, Settled, SuggestReply, SuggestWireRequest } from './corpusWork';

export type { SuggestReply, SuggestWireRequest };

/**
 * What the worker computes: an article's analysis in the corpus's three steps (alone, the corpus
 * pass over names, finish; see corpusWork.ts) and the sidecar's decisions laid over it (decide), or in one (`analyze`, the benchmark's), or cross-source work over a folder's articles —
 * quote grouping and claim suggestions — which takes hundreds of milliseconds once one article
 * carries thousands of quotes or sentences.
 */
export type WorkerRequest =
  | { id: number; op: 'analyze'; text: string }
  | { id: number; op: 'alone'; input: AloneRequest }
  | { id: number; op: 'aloneCached'; input: CachedAloneRequest }
  | { id: number; op: 'aloneFromEntries'; input: CachedAloneRequest[] }
  | { id: number; op: 'corpusNames'; json: string }
  | { id: number; op: 'corpusNamesCached'; json: string }
  | { id: number; op: 'indexCorpus' }
  | { id: number; op: 'finish'; input: FinishRequest }
  | { id: number; op: 'decide'; input: DecideRequest }
  | { id: number; op: 'settle'; input: SettleRequest[] }
  | { id: number; op: 'forget' }
  | { id: number; op: 'renderExport'; input: ExportRequest }
  | { id: number; op: 'groupQuotes'; json: string }
  | { id: number; op: 'suggestClaims'; json: string };

/**
 * What claim suggestions are computed from: each article's parsed structure with its content hash,
 * and the dismissed keys. Quotes and entities stay behind: suggestClaims reads only
 * `analysis.article`, and copying thousands of quotes to the worker would cost the host more time than the rest.
 */
export interface SuggestRequest {
  /** The story (the folder): the worker keeps each story's articles (SuggestionIndex) apart. */
  story: string;
  sources: { file: string; hash: string; article: Article }[];
  dismissed: readonly string[];
}

/** The core's input for these sources (only `article` is read; see SuggestRequest). */
export const suggestionSources = (request: SuggestRequest): SuggestionSource[] =>
  request.sources.map(({ file, article }) => ({ file, analysis: { article } as ArticleAnalysis }));

/** Inputs and results of each operation. */
export interface WorkerOps {
  analyze: { input: string; output: ArticleAnalysis };
  alone: { input: AloneRequest; output: EntityNames[] };
  aloneCached: { input: CachedAloneRequest; output: CachedAloneResult };
  /** null where the entry is missing or not to be trusted (the host then sends that article alone). */
  aloneFromEntries: { input: CachedAloneRequest[]; output: (EntityNames[] | null)[] };
  corpusNames: { input: EntityNames[][]; output: EntityNames[][] };
  corpusNamesCached: { input: CachedNamesRequest; output: CachedNamesResult };
  /** Brings the names index to the rows a names entry answered for (after a reload's pass). */
  indexCorpus: { input: undefined; output: null };
  finish: { input: FinishRequest; output: ArticleAnalysis };
  /** null: the worker no longer keeps that finished analysis; ask again with its source. */
  decide: { input: DecideRequest; output: DecidedAnalysis | null };
  /** A batch of a corpus pass's articles finished and decided, in order. */
  settle: { input: SettleRequest[]; output: Settled[] };
  /** Drops what the worker keeps (a reload's fresh start). */
  forget: { input: undefined; output: null };
  renderExport: { input: ExportRequest; output: string };
  groupQuotes: { input: SourceQuotes[]; output: QuoteGroup[] };
  suggestClaims: { input: SuggestWireRequest; output: SuggestReply };
}

/**
 * Results travel as JSON text: copying one string and JSON.parse in the host is several times
 * faster than structured-clone deserialisation of the same object graph, which for a 1 MB article
 * stalled the host's event loop for hundreds of milliseconds. A large result comes sliced
 * (slicedJson.ts: `parts`), which the host parses a few milliseconds at a time.
 */
export type WorkerReply = { id: number; json: string } | { id: number; parts: string[] } | { id: number; error: string };

/**
 * Posted once by the worker when its script has loaded and listens: until it comes, the host cannot
 * tell a slow start from a script that failed to load without an error event (as a nested Web
 * Worker in a browser's extension host can), so the client waits for it against a deadline.
 */
export interface WorkerReady {
  ready: true;
}

export type WorkerMessage = WorkerReply | WorkerReady;

export type { ArticleAnalysis };
