// The editor's per-article steps around the corpus pass, the same core steps the CLI runs
// (src/cli/articleWork.ts): each article alone (the expensive compromise parse, kept here by content
// hash), the corpus pass over every article's entity names, then each article finished with the
// names the corpus gave it. Runs on the analysis worker (analysisWorker.ts); the client runs its own
// instance in the host only when the worker cannot start. The sidecar's decisions are laid over the
// finished analysis here too (decide), so a hostile sidecar can only keep the worker busy.
import {
  analyzeAlone,
  applyDecisions,
  buildKnowledge,
  CorpusNamesIndex,
  finishInCorpus,
  parseArticle,
  QuoteGroupIndex,
  renderExport,
  SentenceParses,
  SuggestionIndex,
  entityNamesOf,
  stripBom,
  type ExportFormat,
  type ExportSource,
  type Article,
  type ArticleAnalysis,
  type ClaimSuggestion,
  type QuoteGroup,
  type SourceQuotes,
  type DecidedAnalysis,
  type EntityNames,
  type RawAnalysis,
} from '../../core';
import type { AliasOverride, ClaimsRegistry, Sidecar } from '../../core/storage/model';
import { articleEntryText, cacheEntryText, readArticleEntry, readCacheEntry, readNamesEntry } from '../../core/analysisCacheEntry';
import { KeptByHash } from './keptByHash';

/**
 * How much text (code units) keeps its raw and its finished analysis here: a story of a thousand
 * news articles with room for undo history; beyond it the least recently used is analysed again.
 */
const KEPT_TEXT_BUDGET = 12_000_000;

/** Stories (folders) whose suggestion state is kept; the least recently asked beyond them starts again. */
const KEPT_SUGGESTION_STORIES = 4;

export interface AloneRequest {
  text: string;
  /** Identifies the text (the host's content hash): the raw analysis is kept under it. */
  hash: string;
  /** Analyse again even when the hash is known ("Reanalyze"). */
  fresh?: boolean;
}

/** An article alone with the persistent cache: the host reads and writes the files, the worker checks and makes entries. */
export interface CachedAloneRequest extends AloneRequest {
  /** The analysis version the entry must carry (see analysisCache.ts). */
  version: string;
  /** The cache entry's text when the host found one under the hash; checked here, never trusted. */
  entry?: string;
  /** The article entry (its parsed structure) the host found under the hash (aloneFromEntries); checked here too. */
  articleEntry?: string;
}

export interface CachedAloneResult {
  names: EntityNames[];
  /** The entry to store under the hash: set when the text was analysed (no entry, or one not to be trusted). */
  entry?: string;
}

/** A folder to export: its articles' texts (with their cache entries when the host has them), sidecars and registry. */
export interface ExportRequest {
  format: ExportFormat;
  title: string;
  folderUri: string;
  generated: string;
  registry: ClaimsRegistry;
  /** ClaimReview's author and review URLs, from the user's settings. */
  publishing?: { author?: string; publisher?: string; baseUrl?: string };
  /** The persistent cache's version, when the entries come from it. */
  version?: string;
  sources: { file: string; uri: string; text: string; hash: string; entry?: string; sidecar?: Sidecar }[];
}

/** The corpus pass over names with the persistent cache: the host reads the folder's names entry, the worker checks it. */
export interface CachedNamesRequest {
  perArticle: EntityNames[][];
  version: string;
  /** sha256 of namesKeyText(perArticle). */
  key: string;
  entry?: string;
}

export interface CachedNamesResult {
  names: EntityNames[][];
  /** The entry to store under the key: set when the names were merged here (no entry, or one not to be trusted). */
  entry?: string;
}

export interface FinishRequest {
  text: string;
  hash: string;
  /** What the corpus pass gave each of the article's entities (corpusNames' row for it). */
  names: EntityNames[];
  /** `crosscheck.analysis.reportedSpeech`: reported speech too. */
  reportedSpeech?: boolean;
}

/** What an article is finished from: its text's hash and the corpus's names (undefined: not analysed, too large). */
export const finishedKey = (hash: string, names: EntityNames[] | undefined, reportedSpeech = false): string =>
  names ? `${hash}:${JSON.stringify(names)}${reportedSpeech ? ':reported' : ''}` : `${hash}:skipped`;

export interface DecideRequest {
  /** The finished analysis the decisions are laid over: finishedKey of what it was finished from. */
  key: string;
  hash: string;
  /** The sidecar's decisions (undefined: none). */
  sidecar: Sidecar | undefined;
  /** The folder registry's alias overrides. */
  aliasOverrides: readonly AliasOverride[];
  /**
   * Sent only when the first request answered null (that finished analysis is no longer kept): the
   * text and the corpus's names, to finish it again (no names: the empty analysis of a skipped article).
   */
  source?: { text: string; names: EntityNames[] | undefined; reportedSpeech?: boolean };
}

/** An article of a corpus pass to show: finished with its names (when not already), then decided; the text always comes along. */
export interface SettleRequest extends Omit<DecideRequest, 'source'> {
  source: NonNullable<DecideRequest['source']>;
  /**
   * The persistent cache's corpus entry for the article finished with these names: the version and
   * key it must carry, and its text when the host found one (checked here, never trusted).
   */
  cached?: { version: string; key: string; entry?: string };
}

/**
 * What claim suggestions are computed from (SuggestRequest, analysisWorkerProtocol.ts) as sent: an article's structure only when the worker may not hold it under its
 * hash, so one edit in a story of a thousand articles sends one article, not the story's texts.
 */
export interface SuggestWireRequest {
  story: string;
  sources: { file: string; hash: string; article?: Article }[];
  dismissed: readonly string[];
}

/** The suggestions, or the files whose structure the worker does not hold (send them again with it). */
export type SuggestReply = { suggestions: ClaimSuggestion[] } | { missing: string[] };

export interface Settled {
  analysis: DecidedAnalysis;
  /** The corpus entry to store under the request's cached key: set when the article was finished here. */
  entry?: string;
  /** The article entry to store under the text's hash: set when its structure was parsed here (no entry held it). */
  articleEntry?: string;
  /**
   * Set when `analysis.article.text` is left empty because it is the request's source text, which
   * the host has: a reload's pass does not send a folder's texts back (withTextOf puts it back).
   */
  textOmitted?: true;
}

/** The settled analysis with its text put back where the reply left it out. */
export function withTextOf(settled: Settled, text: string): DecidedAnalysis {
  if (settled.textOmitted) settled.analysis.article.text = text;
  return settled.analysis;
}

export class CorpusWork {
  private readonly raws = new KeptByHash<Promise<RawAnalysis>>(KEPT_TEXT_BUDGET);
  /** The latest finished analysis of each text, by hash, with its finishedKey. */
  private readonly finished = new KeptByHash<{ key: string; analysis: ArticleAnalysis }>(KEPT_TEXT_BUDGET);
  /** The story's quote groups, kept between requests and updated article by article. */
  private readonly quoteGroups = new QuoteGroupIndex();
  /** Each story's claim suggestions, kept between requests and updated article by article (most recently asked last). */
  private readonly suggestions = new Map<string, SuggestionIndex>();
  /** The story's entity names merged across articles, kept between requests and updated article by article. */
  private readonly corpusNames = new CorpusNamesIndex();
  /** The rows whose names came from a cache entry, the index not yet brought to them (indexCorpus). */
  private unindexed: EntityNames[][] | undefined;
  /** The gazetteer indexes, built once for every article analysed here. */
  private readonly knowledge = buildKnowledge();
  /** Sentences tagged here before: an edited article's unchanged sentences, wire copy shared by a story. */
  private readonly known = new SentenceParses();
  /**
   * Articles parsed while a reload's pass still reads the folder (aloneFromEntries), each taken by
   * the corpus pass that finishes it: parsing is most of what finishing from a corpus entry costs,
   * and the worker is otherwise idle while the host reads.
   */
  private readonly parsedAhead = new KeptByHash<{ article: Article; stored: boolean }>(KEPT_TEXT_BUDGET);

  /** The article alone; answers with what the corpus pass reads: each entity's name, type and aliases. */
  async alone(request: AloneRequest): Promise<EntityNames[]> {
    const raw = await this.rawOf(request.text, request.hash, request.fresh === true);
    return entityNamesOf(raw.entities);
  }

  /**
   * The article alone, its raw analysis taken from the cache entry the host read when that entry is
   * ours and fits the text; otherwise analysed, and the entry to write is sent back.
   */
  async aloneCached(request: CachedAloneRequest): Promise<CachedAloneResult> {
    const { text, hash, version } = request;
    const fresh = request.fresh === true;
    const kept = !fresh && this.raws.has(hash);
    const fromEntry = kept || fresh || request.entry === undefined ? undefined : readCacheEntry(request.entry, { stage: 'raw', version, key: hash, text });
    if (fromEntry) this.raws.set(hash, Promise.resolve(fromEntry), text.length);
    const raw = await this.rawOf(text, hash, fresh);
    const names = entityNamesOf(raw.entities);
    return kept || fromEntry ? { names } : { names, entry: cacheEntryText('raw', version, hash, raw) };
  }

  /**
   * Many articles' raw analyses from their cache entries in one message (a reload's pass over a
   * folder the pack knows): each answered with its names when the worker keeps its raw analysis or
   * its entry is ours and fits the text, else null; never analysed here, so a batch stays quick and
   * the host sends the nulls one by one (aloneCached), each analysed and its entry written again.
   * Each good one is also parsed ahead for the corpus pass that follows (parsedAhead).
   */
  async aloneFromEntries(requests: readonly CachedAloneRequest[]): Promise<(EntityNames[] | null)[]> {
    const answers: (EntityNames[] | null)[] = [];
    for (const { text, hash, version, entry, articleEntry } of requests) {
      if (!this.raws.has(hash)) {
        const fromEntry = entry === undefined ? undefined : readCacheEntry(entry, { stage: 'raw', version, key: hash, text });
        if (!fromEntry) {
          answers.push(null);
          continue;
        }
        this.raws.set(hash, Promise.resolve(fromEntry), text.length);
      }
      const raw = await this.rawOf(text, hash, false);
      answers.push(entityNamesOf(raw.entities));
      if (this.finished.has(hash) || this.parsedAhead.has(hash)) continue;
      // Its structure from the article entry when that fits the text (a reload parses nothing), else parsed.
      const stored = articleEntry === undefined ? undefined : readArticleEntry(articleEntry, { version, key: hash, text: stripBom(text) });
      this.parsedAhead.set(hash, stored ? { article: stored, stored: true } : { article: parseArticle(stripBom(text)), stored: false }, text.length);
    }
    return answers;
  }

  /**
   * The quote groups of the articles the host shows, as groupQuotes gives them: the index kept here
   * compares only the articles whose quotes changed since the last request (one edit in a story of a
   * thousand articles costs that article's comparisons, not the story's).
   */
  groupQuotes(sources: readonly SourceQuotes[]): QuoteGroup[] {
    return this.quoteGroups.update(sources);
  }

  /**
   * The story's claim suggestions, as suggestClaims gives them: the story's index keeps each
   * article's figures and statements under its hash, so an edit extracts only the changed article.
   * An article sent without its structure must be held already; otherwise the answer lists the
   * files to send again with theirs (after a reload, or when the story was dropped for others).
   */
  suggestClaims(request: SuggestWireRequest): SuggestReply {
    let index = this.suggestions.get(request.story);
    this.suggestions.delete(request.story);
    this.suggestions.set(request.story, (index ??= new SuggestionIndex()));
    if (this.suggestions.size > KEPT_SUGGESTION_STORIES) this.suggestions.delete(this.suggestions.keys().next().value!);
    const missing = request.sources.filter((s) => !s.article && !index.holds(s.file, s.hash)).map((s) => s.file);
    if (missing.length > 0) return { missing };
    const sources = request.sources.map(({ file, hash, article }) => ({ file, key: hash, ...(article ? { article } : {}) }));
    return { suggestions: index.update(sources, { dismissed: request.dismissed }) };
  }

  /**
   * The corpus pass over the articles' names (names only, never mentions), as corpusNames gives it: the
   * index kept here prepares only the articles whose names changed since the last request and merges
   * again only the stories they are on.
   */
  corpus(perArticle: EntityNames[][]): EntityNames[][] {
    this.unindexed = undefined;
    return this.corpusNames.update(perArticle).names;
  }

  /**
   * The corpus pass over names taken from the folder's names entry when it is ours and fits the
   * rows (a reload: merging a large story's names again is most of the worker's time then), else
   * merged here and the entry to write sent back. The index an edit's pass needs is brought to the
   * rows afterwards (indexCorpus), once the articles are shown.
   */
  corpusCached(request: CachedNamesRequest): CachedNamesResult {
    const { perArticle, version, key, entry } = request;
    const fromEntry = entry === undefined ? undefined : readNamesEntry(entry, { version, key, perArticle });
    if (fromEntry) {
      this.unindexed = perArticle;
      return { names: fromEntry };
    }
    const names = this.corpus(perArticle);
    return { names, entry: cacheEntryText('names', version, key, names) };
  }

  /** Brings the names index to the rows a cache entry answered for, so the next edit's pass compares only what changed. */
  indexCorpus(): void {
    const rows = this.unindexed;
    if (rows) this.corpus(rows);
  }

  /** The article with the corpus's names: entities renamed and joined, speakers attributed. */
  async finish(request: FinishRequest): Promise<ArticleAnalysis> {
    const raw = await this.rawOf(request.text, request.hash, false);
    // Names for another analysis of the text (cannot happen while hashes identify texts): its own names.
    const names = request.names.length === raw.entities.length ? request.names : raw.entities;
    const analysis = finishInCorpus(this.articleOf(request.text, request.hash), raw, names, request.reportedSpeech ? { reportedSpeech: true } : {});
    this.keep(request.hash, finishedKey(request.hash, request.names, request.reportedSpeech), analysis);
    return analysis;
  }

  /**
   * The sidecar's decisions laid over a finished analysis (applyDecisions, as the CLI lays them);
   * null when that analysis is no longer kept here and the request carries no source to finish it again.
   */
  async decide(request: DecideRequest): Promise<DecidedAnalysis | null> {
    const kept = this.finished.get(request.hash);
    let analysis = kept?.key === request.key ? kept.analysis : undefined;
    if (!analysis) {
      const { source } = request;
      if (!source) return null;
      if (source.names) {
        analysis = await this.finish({ text: source.text, hash: request.hash, names: source.names, reportedSpeech: source.reportedSpeech });
      } else {
        analysis = emptyAnalysis(source.text);
        this.keep(request.hash, request.key, analysis);
      }
    }
    return applyDecisions(analysis, request.sidecar, { aliasOverrides: request.aliasOverrides });
  }

  /**
   * Many articles of a corpus pass in one message: each finished with its names unless that
   * analysis is kept here or its corpus entry (read by the host) is good, then decided. One round
   * trip per batch instead of two per article, and a reload finishes nothing it finished before.
   */
  async settle(requests: readonly SettleRequest[]): Promise<Settled[]> {
    const settled: Settled[] = [];
    for (const request of requests) {
      const { source, cached } = request;
      let entry: string | undefined;
      let articleEntry: string | undefined;
      if (this.finished.get(request.hash)?.key !== request.key && source.names && cached) {
        const structureStored = this.parsedAhead.get(request.hash)?.stored === true;
        const fromEntry = cached.entry === undefined ? undefined : readCacheEntry(cached.entry, { stage: 'corpus', version: cached.version, key: cached.key, text: source.text });
        if (fromEntry) {
          const { quotes, entities, diagnostics } = fromEntry;
          // In finishInCorpus's key order: an analysis from the cache reads (and serializes) as one computed here.
          this.keep(request.hash, request.key, { quotes, entities, diagnostics, article: this.articleOf(source.text, request.hash) });
        } else {
          const { quotes, entities, diagnostics } = await this.finish({ text: source.text, hash: request.hash, names: source.names, reportedSpeech: source.reportedSpeech });
          entry = cacheEntryText('corpus', cached.version, cached.key, { quotes, entities, diagnostics });
        }
        const article = this.finished.get(request.hash)?.analysis.article;
        if (!structureStored && article) articleEntry = articleEntryText(cached.version, request.hash, article);
      }
      const analysis = (await this.decide(request)) as DecidedAnalysis;
      const optional = { ...(entry === undefined ? {} : { entry }), ...(articleEntry === undefined ? {} : { articleEntry }) };
      // A copy without the text (the kept analysis is left whole).
      if (analysis.article.text === source.text) settled.push({ analysis: { ...analysis, article: { ...analysis.article, text: '' } }, ...optional, textOmitted: true });
      else settled.push({ analysis, ...optional });
    }
    return settled;
  }

  /** Drops everything kept here, as a new worker after a window reload starts with nothing. */
  forget(): void {
    this.raws.clear();
    this.finished.clear();
    this.parsedAhead.clear();
    this.quoteGroups.reset();
    this.suggestions.clear();
    this.corpusNames.reset();
    this.unindexed = undefined;
  }

  /**
   * A folder's export, analysed as `crosscheck export` analyses it (alone, the corpus pass, finish:
   * the steps analyzeCorpus runs) and rendered here, so exporting a large story never runs on the host.
   */
  async renderExport(request: ExportRequest): Promise<string> {
    const { version } = request;
    const names: EntityNames[][] = [];
    for (const s of request.sources) {
      names.push(version === undefined ? await this.alone(s) : (await this.aloneCached({ ...s, version })).names);
    }
    const corpus = this.corpus(names);
    const sources: ExportSource[] = [];
    for (const [i, s] of request.sources.entries()) {
      const analysis = await this.finish({ text: s.text, hash: s.hash, names: corpus[i] });
      sources.push({ file: s.file, uri: s.uri, analysis, ...(s.sidecar ? { sidecar: s.sidecar } : {}) });
    }
    const { title, folderUri, generated, registry } = request;
    return renderExport({ title, folderUri, generated, sources, registry }, request.format, request.publishing ?? {});
  }

  /** The text's article structure: the one parsed ahead under its hash (taken), else parsed now. */
  private articleOf(text: string, hash: string): Article {
    const ahead = this.parsedAhead.get(hash);
    if (!ahead) return parseArticle(stripBom(text));
    this.parsedAhead.delete(hash);
    return ahead.article;
  }

  private keep(hash: string, key: string, analysis: ArticleAnalysis): void {
    this.finished.set(hash, { key, analysis }, analysis.article.text.length);
  }

  private rawOf(text: string, hash: string, fresh: boolean): Promise<RawAnalysis> {
    let pending = fresh ? undefined : this.raws.get(hash);
    if (!pending) {
      const made = analyzeAlone(text, this.knowledge, this.known);
      made.catch(() => this.raws.get(hash) === made && this.raws.delete(hash));
      pending = made;
    }
    this.raws.set(hash, pending, text.length);
    return pending;
  }
}

/** The three steps and decide as DocumentAnalysis calls them: on the worker in the editor (AnalysisWorkerClient). */
export interface CorpusSteps {
  alone(request: AloneRequest): Promise<EntityNames[]>;
  aloneCached(request: CachedAloneRequest): Promise<CachedAloneResult>;
  aloneFromEntries(requests: CachedAloneRequest[]): Promise<(EntityNames[] | null)[]>;
  corpusNames(perArticle: EntityNames[][]): Promise<EntityNames[][]>;
  corpusNamesCached(request: CachedNamesRequest): Promise<CachedNamesResult>;
  indexCorpus(): Promise<void>;
  finish(request: FinishRequest): Promise<ArticleAnalysis>;
  decide(request: DecideRequest): Promise<DecidedAnalysis | null>;
  settle(requests: SettleRequest[]): Promise<Settled[]>;
  forget(): Promise<void>;
  renderExport(request: ExportRequest): Promise<string>;
}

/** The steps in this thread (unit tests, and the host's fallback when the worker cannot start). */
export function stepsInThisThread(work = new CorpusWork()): CorpusSteps {
  return {
    alone: (request) => work.alone(request),
    aloneCached: (request) => work.aloneCached(request),
    aloneFromEntries: (requests) => work.aloneFromEntries(requests),
    corpusNames: (perArticle) => Promise.resolve(work.corpus(perArticle)),
    corpusNamesCached: (request) => Promise.resolve(work.corpusCached(request)),
    indexCorpus: () => Promise.resolve(work.indexCorpus()),
    finish: (request) => work.finish(request),
    decide: (request) => work.decide(request),
    settle: (requests) => work.settle(requests),
    forget: () => Promise.resolve(work.forget()),
    renderExport: (request) => work.renderExport(request),
  };
}

/** The analysis of an article left out (too large): its text, nothing found in it. */
export function emptyAnalysis(text: string): ArticleAnalysis {
  return { article: { text, meta: {}, paragraphs: [], boilerplate: [] }, quotes: [], entities: [], diagnostics: [] };
}
