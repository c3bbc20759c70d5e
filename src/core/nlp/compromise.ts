// The only importer of compromise. Loading it costs ~350 ms, so it happens on first use and never
// at module load: the editor activates without paying for it, and callers can ask whether it is ready.
import type nlpType from 'compromise';
import { indexedBulkMatch, type BulkMatch } from './indexedSweep';

/** The compromise entry function (`nlp(text)` parses a text). */
export type Nlp = typeof nlpType;

// The module cache: written once, when the dynamic import resolves. It holds no analysis state,
// only the library itself, exactly as Node's own require cache would.
let loading: Promise<Nlp> | undefined;
let loaded: Nlp | undefined;

/** Loads compromise on first call; later calls return the same instance. */
export function loadNlp(): Promise<Nlp> {
  if (!loading) {
    loading = import('compromise').then((m) => {
      const fn = (m as unknown as { default?: Nlp }).default ?? (m as unknown as Nlp);
      useIndexedSweep(fn);
      loaded = fn;
      return fn;
    });
  }
  return loading;
}

/** True once compromise has been evaluated (e.g. to show "loading language model…" only when needed). */
export function isNlpLoaded(): boolean {
  return loaded !== undefined;
}

/** The loaded instance, or undefined before `loadNlp()` has resolved. */
export function loadedNlp(): Nlp | undefined {
  return loaded;
}

interface MatchMethods {
  bulkMatch?: unknown;
  cacheDoc?: unknown;
  match?: unknown;
}

/**
 * Gives compromise the indexed bulk matcher (indexedSweep.ts: same tags, a quarter less parse time),
 * through its own plugin interface; a version that does not have the methods it replaces is left as it is.
 */
function useIndexedSweep(nlp: Nlp): void {
  const one = (nlp as unknown as { world?: () => { methods?: { one?: MatchMethods } } }).world?.().methods?.one;
  if (!one || typeof one.bulkMatch !== 'function' || typeof one.cacheDoc !== 'function' || typeof one.match !== 'function') return;
  if (isIndexed(one.bulkMatch)) return;
  nlp.extend({ methods: { one: { bulkMatch: indexedBulkMatch(one.bulkMatch as BulkMatch) } } } as never);
}

/** compromise's own bulk matcher, where the indexed one replaced it (the tests compare the two). */
export function originalBulkMatch(nlp: Nlp): BulkMatch | undefined {
  const current = (nlp as unknown as { world: () => { methods: { one: MatchMethods } } }).world().methods.one.bulkMatch;
  return isIndexed(current) ? current.original : undefined;
}

function isIndexed(fn: unknown): fn is BulkMatch & { original: BulkMatch } {
  return typeof fn === 'function' && typeof (fn as { original?: unknown }).original === 'function';
}
