// N worker threads running src/cli/worker.ts; requests go to whichever worker is free, in the order
// they were asked. A worker that dies fails its request and every later one: the run stops with an error.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './articleWork';
import type { WorkerAdopt, WorkerReply, WorkerRequest } from './worker';

/** The worker's script: dist/cliWorker.js beside the bundled CLI, or the TypeScript source (tests, via tsx). */
export interface WorkerScript {
  file: string;
  execArgv: string[];
}

export function workerScript(): WorkerScript {
  const bundled = path.join(__dirname, 'cliWorker.js');
  if (fs.existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: path.join(__dirname, 'worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

/**
 * The analysis version: a hash of the code that analyses. For the bundle, the worker bundle (the core
 * and the per-article steps), dist/nlp.js (compromise, which the worker loads from there) and
 * dist/cli.js (the corpus passes run on the main thread), so any
 * change to the analysis makes a new version with nothing to bump by hand; from source, every .ts file of src/core and src/cli.
 */
export function analysisVersion(script: WorkerScript): string {
  // Computed once per process: runs within one process (tests) agree even while the sources are edited.
  const known = versions.get(script.file);
  if (known) return known;
  const hash = createHash('sha256');
  if (script.file.endsWith('.js')) {
    // The worker bundle, the NLP library it loads on first use (dist/nlp.js, beside it), and the CLI's
    // own bundle, which runs the corpus passes (names merged, quote groups) whose results are kept too.
    hash.update(fs.readFileSync(script.file));
    for (const beside of ['nlp.js', 'cli.js']) {
      const file = path.join(path.dirname(script.file), beside);
      if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
    }
  } else {
    const src = path.resolve(__dirname, '..');
    for (const dir of ['core', 'cli', 'node']) {
      const files = (fs.readdirSync(path.join(src, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
      for (const f of files) hash.update(`${dir}/${f}\n`).update(fs.readFileSync(path.join(src, dir, f)));
    }
  }
  const version = hash.digest('hex');
  versions.set(script.file, version);
  return version;
}

const versions = new Map<string, string>();

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

interface Task {
  request: WorkerRequest['request'];
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class WorkerPool {
  /** Every worker started, whatever its state: close() stops them all. */
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  /** Tasks waiting for a worker, in the order they were asked. */
  private readonly queue: Task[] = [];
  private failure: Error | undefined;
  private nextId = 1;

  /** The workers start with the first request, or startWorkers(): a run the cache answers whole starts none. */
  constructor(
    private readonly script: WorkerScript,
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  /** Starts the workers now (they take a while to load), if they are not started yet. */
  startWorkers(): void {
    if (this.workers.length > 0 || this.closing) return;
    const { script, size, setup } = this;
    // Workers started from now on find `gc` on their global (src/cli/worker.ts keeps its heap flat
    // with it). Set once, before any worker starts, and left set: switching it off again could race
    // a worker still starting. No context already made, this thread's included, is changed.
    v8.setFlagsFromString('--expose-gc');
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.file, { execArgv: script.execArgv, workerData: setup });
      this.workers.push(worker);
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`an analysis worker stopped (exit code ${code})`));
      });
      this.idle.push(worker);
    }
  }

  private closing = false;

  /** Runs `request` on the first worker free. */
  run<T>(request: WorkerRequest['request']): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('the analysis workers were stopped'));
    this.startWorkers();
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ request, resolve: resolve as (r: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; calling it again does nothing more. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    // Every worker, not only the idle and busy ones: after a failure the others' tasks are dropped,
    // and a worker still running one would keep the process alive.
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      worker.postMessage({ id: this.nextId++, request: task.request } satisfies WorkerRequest);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    // What one worker tagged, every other adopts: a sentence is tagged once per run, not once per worker.
    if (reply.tagged) for (const other of this.workers) if (other !== worker) other.postMessage({ adopt: reply.tagged } satisfies WorkerAdopt);
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (task) {
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.result);
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const task of [...this.busy.values(), ...this.queue]) task.reject(error);
    this.busy.clear();
    this.queue.length = 0;
  }
}
