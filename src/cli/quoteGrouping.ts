// The corpus-wide quote grouping of a run, through the cache: the groups depend only on every
// article's file name and quotes, so a run over unchanged articles (and unchanged decisions) reads
// them back instead of comparing the corpus's quotes again.
import { groupQuotes, type QuoteGroup, type SourceQuotes } from '../core';
import { AnalysisCache } from './cache';

/** groupQuotes(sources), read from `cache` when it holds them, stored there otherwise; no cache: computed. */
export async function cachedQuoteGroups(sources: SourceQuotes[], cache: AnalysisCache | undefined, onWriteError: (e: unknown) => void): Promise<QuoteGroup[]> {
  if (!cache) return groupQuotes(sources);
  const key = AnalysisCache.groupsKey(sources);
  const cached = await cache.getGroups(key, sources);
  if (cached) return cached;
  const groups = groupQuotes(sources);
  await cache.put('groups', key, groups).catch(onWriteError);
  return groups;
}
