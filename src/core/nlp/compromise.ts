// The only importer of compromise. Loading it costs ~350 ms, so it happens on first use and never
// at module load: the editor activates without paying for it, and callers can ask whether it is ready.
import type nlpType from 'compromise';

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
