// The two corpus-wide passes of a run, through the cache: the names merged across articles
// (corpusNames) depend only on every article's entity names, and the quote groups only on every
// article's file name and quotes, so a run over unchanged articles (and unchanged decisions) reads
// them back instead of comparing the whole corpus again.
import { corpusNames, groupQuotes, type EntityNames, type QuoteGroup, type SourceQuotes } from '../core';
import { AnalysisCache } from './cache';

/** `compute()`, read from the cache under `key` when `read` finds a fitting entry there, stored there otherwise; no cache: computed. */
async function throughCache<T>(
  cache: AnalysisCache | undefined,
  key: () => string,
  read: (cache: AnalysisCache, key: string) => Promise<T | undefined>,
  compute: () => T,
  store: (cache: AnalysisCache, key: string, value: T) => Promise<void>,
  onWriteError: (e: unknown) => void,
): Promise<T> {
  if (!cache) return compute();
  const k = key();
  const cached = await read(cache, k);
  if (cached) return cached;
  const value = compute();
  await store(cache, k, value).catch(onWriteError);
  return value;
}

/** groupQuotes(sources), through the cache. */
export function cachedQuoteGroups(sources: SourceQuotes[], cache: AnalysisCache | undefined, onWriteError: (e: unknown) => void): Promise<QuoteGroup[]> {
  return throughCache(
    cache,
    () => AnalysisCache.groupsKey(sources),
    (c, k) => c.getGroups(k, sources),
    () => groupQuotes(sources),
    (c, k, v) => c.put('groups', k, v),
    onWriteError,
  );
}

/** corpusNames(perArticle), through the cache. */
export function cachedCorpusNames(perArticle: EntityNames[][], cache: AnalysisCache | undefined, onWriteError: (e: unknown) => void): Promise<EntityNames[][]> {
  return throughCache(
    cache,
    () => AnalysisCache.namesKey(perArticle),
    (c, k) => c.getNames(k, perArticle),
    () => corpusNames(perArticle),
    (c, k, v) => c.put('names', k, v),
    onWriteError,
  );
}
