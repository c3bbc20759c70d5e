// The storage backend on Node (the desktop extension host): src/node's validated load and its
// atomic, queued, stale-checked save. The baseline for the stale check is the text last loaded
// for each file; a file changed on disk since then is never overwritten (the store re-reads and
// applies the user's change again).
import type { ClaimsRegistry, Sidecar } from '../../core/storage/model';
import { loadClaimsFile, loadSidecarFile, saveClaimsFile, saveSidecarFile, type SaveOutcome, type StoredFile } from '../../node/storedFiles';
import { authorNamesIn } from '../../node/authorNames';
import { FileWriteQueue } from '../../node/writeQueue';
import { fromParsed, StaleFileError, type Loaded, type StorageBackend } from './storageBackend';

export function nodeStorageBackend(queue = new FileWriteQueue()): StorageBackend {
  const baselines = new Map<string, StoredFile<unknown>>();

  const load = async <T>(file: string, read: (f: string) => Promise<StoredFile<T>>): Promise<Loaded<T>> => {
    const stored = await read(file);
    baselines.set(file, stored as StoredFile<unknown>);
    return toLoaded(stored);
  };
  const save = async <T>(file: string, value: T, read: (f: string) => Promise<StoredFile<T>>, write: (f: StoredFile<T>, v: T, q: FileWriteQueue) => Promise<SaveOutcome<T>>) => {
    const baseline = (baselines.get(file) as StoredFile<T> | undefined) ?? (await read(file));
    const outcome = await write(baseline, value, queue);
    if (outcome.status === 'stale') {
      baselines.delete(file);
      throw new StaleFileError(file);
    }
    if (outcome.status === 'read-only') throw new Error(outcome.reason);
    baselines.set(file, outcome.file as StoredFile<unknown>);
  };
  return {
    loadSidecar: (file) => load(file, loadSidecarFile),
    saveSidecar: (file, value: Sidecar) => save(file, value, loadSidecarFile, saveSidecarFile),
    loadClaims: (file) => load(file, loadClaimsFile),
    saveClaims: (file, value: ClaimsRegistry) => save(file, value, loadClaimsFile, saveClaimsFile),
    authorNames: authorNamesIn,
  };
}

function toLoaded<T>(stored: StoredFile<T>): Loaded<T> {
  if (stored.diskText === null) return { kind: 'missing' };
  return fromParsed(stored);
}
