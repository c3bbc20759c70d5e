// One write queue per file: saves of the same file never overlap (a slow older save can't land
// after a newer one), and saves requested while one is running coalesce into one with the latest
// content. Optional debounce for bursts of edits. Create one per extension host / CLI run (no globals).
import { atomicWriteFile } from './atomicWrite';

export type FileWriter = (target: string, content: string) => Promise<void>;

interface Pending {
  content: string;
  waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

interface FileState {
  running: Promise<void> | undefined;
  pending: Pending | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class FileWriteQueue {
  private readonly files = new Map<string, FileState>();

  constructor(private readonly writer: FileWriter = atomicWriteFile, private readonly debounceMs = 0) {}

  /** Resolves when `content` (or newer content for the same file) is on disk. */
  write(target: string, content: string): Promise<void> {
    const state = this.stateOf(target);
    return new Promise<void>((resolve, reject) => {
      if (state.pending) {
        state.pending.content = content;
        state.pending.waiters.push({ resolve, reject });
      } else {
        state.pending = { content, waiters: [{ resolve, reject }] };
      }
      this.schedule(target, state);
    });
  }

  /** Starts every debounced write now and waits until all files are written. */
  async flush(): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const [target, state] of this.files) {
      if (state.timer) {
        clearTimeout(state.timer);
        state.timer = undefined;
        this.startIfIdle(target, state);
      }
      if (state.running) waits.push(state.running.catch(() => undefined));
    }
    await Promise.all(waits);
    if ([...this.files.values()].some((s) => s.running || s.pending)) await this.flush();
  }

  private stateOf(target: string): FileState {
    let state = this.files.get(target);
    if (!state) {
      state = { running: undefined, pending: undefined, timer: undefined };
      this.files.set(target, state);
    }
    return state;
  }

  private schedule(target: string, state: FileState): void {
    if (this.debounceMs <= 0) return this.startIfIdle(target, state);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.startIfIdle(target, state);
    }, this.debounceMs);
  }

  private startIfIdle(target: string, state: FileState): void {
    if (state.running || !state.pending) return;
    const job = state.pending;
    state.pending = undefined;
    state.running = this.writer(target, job.content).then(
      () => job.waiters.forEach((w) => w.resolve()),
      (error: unknown) => job.waiters.forEach((w) => w.reject(error)),
    ).finally(() => {
      state.running = undefined;
      if (state.pending && !state.timer) this.startIfIdle(target, state);
      else if (!state.pending && !state.timer) this.files.delete(target);
    });
  }
}
