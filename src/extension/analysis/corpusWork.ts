// The editor's per-article steps around the corpus pass, the same core steps the CLI runs
// (src/cli/articleWork.ts): each article alone (the expensive compromise parse, kept here by content
// hash), the corpus pass over every article's entity names, then each article finished with the
// names the corpus gave it. Runs on the analysis worker (analysisWorker.ts); the client runs its own
// instance in the host only when the worker cannot start.
import { analyzeAlone, corpusNames, finishInCorpus, parseArticle, stripBom, type ArticleAnalysis, type EntityNames, type RawAnalysis } from '../../core';

/** How many texts keep their raw analysis: enough for a story's sources plus undo history. */
const RAW_CACHE_SIZE = 64;

export interface AloneRequest {
  text: string;
  /** Identifies the text (the host's content hash): the raw analysis is kept under it. */
  hash: string;
  /** Analyse again even when the hash is known ("Reanalyze"). */
  fresh?: boolean;
}

export interface FinishRequest {
  text: string;
  hash: string;
  /** What the corpus pass gave each of the article's entities (corpusNames' row for it). */
  names: EntityNames[];
}

export class CorpusWork {
  private readonly raws = new Map<string, Promise<RawAnalysis>>();

  /** The article alone; answers with what the corpus pass reads: each entity's name, type and aliases. */
  async alone(request: AloneRequest): Promise<EntityNames[]> {
    const raw = await this.rawOf(request.text, request.hash, request.fresh === true);
    return raw.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));
  }

  /** The corpus pass over the articles' names (cheap: names only, never mentions). */
  corpus(perArticle: EntityNames[][]): EntityNames[][] {
    return corpusNames(perArticle);
  }

  /** The article with the corpus's names: entities renamed and joined, speakers attributed. */
  async finish(request: FinishRequest): Promise<ArticleAnalysis> {
    const raw = await this.rawOf(request.text, request.hash, false);
    // Names for another analysis of the text (cannot happen while hashes identify texts): its own names.
    const names = request.names.length === raw.entities.length ? request.names : raw.entities;
    return finishInCorpus(parseArticle(stripBom(request.text)), raw, names);
  }

  private rawOf(text: string, hash: string, fresh: boolean): Promise<RawAnalysis> {
    let pending = fresh ? undefined : this.raws.get(hash);
    // Taken out and put back: the most recently used entry goes last in the LRU order.
    this.raws.delete(hash);
    if (!pending) {
      pending = analyzeAlone(text);
      pending.catch(() => this.raws.delete(hash));
    }
    this.raws.set(hash, pending);
    while (this.raws.size > RAW_CACHE_SIZE) this.raws.delete(this.raws.keys().next().value as string);
    return pending;
  }
}

/** The three steps as DocumentAnalysis calls them: on the worker in the editor (AnalysisWorkerClient). */
export interface CorpusSteps {
  alone(request: AloneRequest): Promise<EntityNames[]>;
  corpusNames(perArticle: EntityNames[][]): Promise<EntityNames[][]>;
  finish(request: FinishRequest): Promise<ArticleAnalysis>;
}

/** The steps in this thread (unit tests, and the host's fallback when the worker cannot start). */
export function stepsInThisThread(work = new CorpusWork()): CorpusSteps {
  return {
    alone: (request) => work.alone(request),
    corpusNames: (perArticle) => Promise.resolve(work.corpus(perArticle)),
    finish: (request) => work.finish(request),
  };
}
