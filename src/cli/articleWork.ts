// What `analyze` does to one article, in the two steps around the corpus pass. Both run on worker
// threads (src/cli/worker.ts); `merge-analyses` runs the second in its own thread, and `analyze`'s
// main thread answers the first from the cache where the cache holds the article (summarizeCached).
//   1. summarize: read the file, analyse it alone (or take the cached raw analysis), and send back only
//      what the corpus pass reads: the text's hash and each entity's name, type and aliases.
//   2. finish: with the names the corpus chose, rename the entities, attribute speakers again (or take
//      the cached result), lay the sidecar's decisions over it, and send back the document's JSON and
//      its quotes (all the quote grouping reads).
import type { DecidedAnalysis } from '../core/storage/applyDecisions';
import { analyzeAlone, buildKnowledge, entityNamesOf, finishInCorpus, parseArticle, SentenceParses, stripBom, type TaggedSentences, type ArticleAnalysis, type EntityNames, type Knowledge, type RawAnalysis } from '../core';
import { AnalysisCache, fitsText, sha256, type GroupQuote } from './cache';
import { documentJson, nestedJson } from './analysisJson';
import { applyReadDecisions, hasDecisions, readDecisions, RegistryReads, type PortableDecisions, type ReadDecisions } from './decisions';
import { readArticle } from './files';
import { decisionsDigest } from './runOutput';
import type { CliIO } from './io';

export interface WorkerSetup {
  /** Folder of the cache; with --no-cache a temporary one for this run only. */
  cacheDir: string;
  version: string;
  /** Whether corpus-stage entries are kept (not for a run-only cache: they would never be read again). */
  keepCorpusEntries: boolean;
}

export interface SummarizeRequest {
  op: 'summarize';
  path: string;
  maxBytes: number;
}

/** An article file as the run finds it, before any analysis: its text's hash, or why it is not analysed. */
export type ArticleRead = { kind: 'text'; hash: string } | NotAnalysed;

type NotAnalysed = { kind: 'binary' } | { kind: 'too-large' } | { kind: 'error'; message: string };

export type Summary = { kind: 'text'; hash: string; names: EntityNames[]; cacheError?: string } | NotAnalysed;

export interface FinishRequest {
  op: 'finish';
  path: string;
  /** The document's `file`. */
  file: string;
  hash: string;
  names: EntityNames[];
  /** Set with --shard: the document carries a `corpus` field (its position among all files). */
  shardIndex?: number;
  /** The readable summary instead of the JSON document (`analyze` without --json). */
  text?: boolean;
  /** `--reported-speech`: reported (indirect) speech too, as quotes of kind 'reported'. */
  reportedSpeech?: boolean;
}

export type { GroupQuote } from './cache';

export type Finished =
  /** `decisions`: decisionsDigest of the decisions laid over the document. */
  | { kind: 'document'; json: string; quotes: GroupQuote[]; messages: string[]; complete: boolean; decisions: string; cacheError?: string }
  | { kind: 'changed' }
  | { kind: 'error'; message: string };

/** What a shard's document carries in `corpus` (see README: "Shards"). */
export interface CorpusField {
  index: number;
  text: string;
  raw: RawAnalysis;
  decisions: PortableDecisions;
}

export class ArticleWork {
  private cacheError: string | undefined;
  /** The gazetteer indexes, built on the first article analysed here (none, where all come from the cache). */
  private knowledgeBuilt: Knowledge | undefined;
  /**
   * Sentences tagged on this worker or passed on by the others: wire copy repeated across a story is
   * tagged once per run, whichever worker meets it first.
   */
  private knownMade: SentenceParses | undefined;
  /**
   * Set by the first finish: the run's first step is over, and finishing reads each article's own
   * analysis from the cache, so the tagged sentences (tens of megabytes on a large story) are let go
   * before the run's peak rather than held through it.
   */
  private finishing = false;
  /** The folders' claims registries, each read once while unchanged (a story's articles share one). */
  private readonly registries = new RegistryReads();

  constructor(private readonly cache: AnalysisCache, private readonly keepCorpusEntries: boolean) {}

  static from(setup: WorkerSetup): ArticleWork {
    return new ArticleWork(new AnalysisCache(setup.cacheDir, setup.version), setup.keepCorpusEntries);
  }

  private get knowledge(): Knowledge {
    return (this.knowledgeBuilt ??= buildKnowledge());
  }

  private get known(): SentenceParses {
    return (this.knownMade ??= new SentenceParses(undefined, { passOn: true }));
  }

  /** What this worker tagged since the last call, for the other workers (WorkerPool passes it on). */
  takeTagged(): TaggedSentences | undefined {
    return this.knownMade?.takeTagged();
  }

  /** Sentences another worker tagged. */
  adopt(batch: TaggedSentences): void {
    if (!this.finishing) this.known.adopt(batch);
  }

  async summarize(request: SummarizeRequest): Promise<Summary> {
    const read = readHashed(request.path, request.maxBytes);
    if (read.kind !== 'text') return read;
    const names = entityNamesOf((await this.rawOf(read.text, read.hash)).entities);
    return { kind: 'text', hash: read.hash, names, ...this.takeCacheError() };
  }

  /**
   * The summary of an article read (readHashed) when the cache holds its own analysis (its entities'
   * names, read from the entry's header); undefined when it is to be analysed.
   */
  async summarizeCached(read: ArticleRead): Promise<Summary | undefined> {
    if (read.kind !== 'text') return read;
    const names = await this.cache.getEntityNames(read.hash);
    return names ? { kind: 'text', hash: read.hash, names, ...this.takeCacheError() } : undefined;
  }

  async finish(request: FinishRequest): Promise<Finished> {
    if (!this.finishing) {
      this.finishing = true;
      this.knownMade = undefined;
    }
    const read = readArticle(request.path);
    if (read.kind === 'error') return read;
    if (read.kind !== 'text') return { kind: 'changed' };
    const text = stripBom(read.text);
    if (sha256(text) !== request.hash) return { kind: 'changed' };
    const messages: string[] = [];
    const io: CliIO = { out: () => undefined, err: (line) => void messages.push(line), progress: () => undefined };
    const decisions = readDecisions(request.path, io, this.registries);
    const raw = request.shardIndex !== undefined ? await this.rawOf(text, request.hash) : undefined;

    const options = request.reportedSpeech ? { reportedSpeech: true } : {};
    // With reported speech the corpus stage gives another result: another key (the default's key is unchanged).
    const key = AnalysisCache.corpusKey(request.hash, request.reportedSpeech ? { names: request.names, reportedSpeech: true } : request.names);
    // The printed JSON of an article is kept whole (a shard's carries the raw analysis as well, and the
    // text summary is not JSON): a warm run prints it without rebuilding it. It stands in for the
    // corpus entry, which only a changed sidecar, a renamed file or another output would read.
    const documentKey = !request.text && raw === undefined ? AnalysisCache.documentKey(key, request.file, decisions.portable) : undefined;
    if (documentKey !== undefined) {
      const kept = await this.cache.getDocument(documentKey);
      if (kept) return { kind: 'document', ...kept, messages, complete: decisions.complete, decisions: decisionsDigest(decisions.portable), ...this.takeCacheError() };
    }
    let finished = await this.cache.getCorpus(key);
    let article: ArticleAnalysis['article'] | undefined;
    if (!finished || !fitsText(text, finished)) {
      article = parseArticle(text);
      const a = finishInCorpus(article, raw ?? (await this.rawOf(text, request.hash)), request.names, options);
      const computed: RawAnalysis = { quotes: a.quotes, entities: a.entities, diagnostics: a.diagnostics };
      finished = computed;
      if (this.keepCorpusEntries && documentKey === undefined) await this.cache.put('corpus', key, computed).catch((e: unknown) => this.noteCacheError(e));
    }
    const corpus = request.shardIndex === undefined || !raw ? undefined : { index: request.shardIndex, text, raw, decisions: decisions.portable };
    const done = finishDocument(request.file, text, finished, decisions, { corpus, parsed: article, summary: request.text });
    if (this.keepCorpusEntries && documentKey !== undefined) await this.cache.putDocument(documentKey, done).catch((e: unknown) => this.noteCacheError(e));
    return { kind: 'document', ...done, messages, complete: decisions.complete, decisions: decisionsDigest(decisions.portable), ...this.takeCacheError() };
  }

  /** The article's own analysis from the cache, when an entry fits the text. */
  private async cachedRaw(text: string, hash: string): Promise<RawAnalysis | undefined> {
    const cached = await this.cache.getRaw(hash);
    return cached && fitsText(text, cached) ? cached : undefined;
  }

  /** The article's own analysis: from the cache when an entry fits the text, else analysed and stored. */
  private async rawOf(text: string, hash: string): Promise<RawAnalysis> {
    const cached = await this.cachedRaw(text, hash);
    if (cached) return cached;
    const raw = await analyzeAlone(text, this.knowledge, this.known);
    await this.cache.putRaw(hash, raw).catch((e: unknown) => this.noteCacheError(e));
    return raw;
  }

  private noteCacheError(e: unknown): void {
    this.cacheError ??= `cannot write the cache in ${this.cache.dir} (${e instanceof Error ? e.message : String(e)}); continuing without it`;
  }

  private takeCacheError(): { cacheError?: string } {
    const cacheError = this.cacheError;
    return cacheError ? { cacheError } : {};
  }
}

/** An article file read for analysis: its text (without BOM) and the text's hash, or why it is not analysed. */
export function readHashed(file: string, maxBytes: number): { kind: 'text'; text: string; hash: string } | NotAnalysed {
  const read = readArticle(file);
  if (read.kind !== 'text') return read;
  if (read.text.length > maxBytes) return { kind: 'too-large' };
  const text = stripBom(read.text);
  return { kind: 'text', text, hash: sha256(text) };
}

/**
 * The last step for one article, shared by `analyze` and `merge-analyses`: the decisions over the
 * corpus-stage analysis, then the document as it stands in the JSON, and its quotes for grouping.
 */
export function finishDocument(
  file: string,
  text: string,
  finished: RawAnalysis,
  decisions: ReadDecisions,
  options: { corpus?: CorpusField; parsed?: ArticleAnalysis['article']; summary?: boolean } = {},
): { json: string; quotes: GroupQuote[] } {
  const needsArticle = options.summary || hasDecisions(decisions);
  const analysis = applyReadDecisions(decisions, () => ({ article: needsArticle ? (options.parsed ?? parseArticle(text)) : EMPTY_ARTICLE, ...finished }));
  if (options.summary) return { json: textSummary(file, analysis), quotes: [] };
  const doc = documentJson(file, analysis);
  if (options.corpus) doc.corpus = options.corpus;
  return { json: nestedJson(doc, 2), quotes: doc.quotes };
}

/** Stands for the article structure when nothing will read it (no decisions to place, JSON output). */
const EMPTY_ARTICLE: ArticleAnalysis['article'] = { text: '', meta: {}, paragraphs: [], boilerplate: [] };

/** The readable form of one article (`analyze` without --json). */
export function textSummary(file: string, a: ArticleAnalysis): string {
  const lines = [`${file}`];
  const meta = a.article.meta;
  if (meta.title) lines.push(`  title:    ${meta.title}`);
  if (meta.byline) lines.push(`  byline:   ${meta.byline}`);
  if (meta.date) lines.push(`  date:     ${meta.date}`);
  lines.push(`  quotes:   ${a.quotes.length}`);
  for (const q of a.quotes) {
    const text = q.text.length > 70 ? q.text.slice(0, 67) + '…' : q.text;
    lines.push(`    “${text.replace(/\s+/g, ' ')}” — ${q.speaker ?? 'unattributed'}`);
  }
  const byType = (t: string) => a.entities.filter((e) => e.type === t).map((e) => e.name);
  lines.push(`  people:   ${byType('person').join(', ') || '—'}`);
  lines.push(`  orgs:     ${byType('organization').join(', ') || '—'}`);
  lines.push(`  places:   ${byType('place').join(', ') || '—'}`);
  const clip = (t: string) => (t.length > 70 ? t.slice(0, 67) + '…' : t).replace(/\s+/g, ' ');
  const decided = a as Partial<DecidedAnalysis>;
  for (const m of decided.moved ?? []) lines.push(`  moved — confirm? ${m.annotation.kind} ${m.annotation.id}: “${clip(m.annotation.target.exact)}” → “${clip(m.current)}”`);
  for (const o of decided.orphans ?? []) lines.push(`  orphaned: ${o.kind} ${o.id}: “${clip(o.target.exact)}”`);
  return lines.join('\n') + '\n';
}
