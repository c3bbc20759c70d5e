// What differs between the desktop extension host (Node) and the web one (a browser's Web Worker:
// vscode.dev, github.dev, code-server's web worker host). Everything else is the same code; each
// entry point (src/extension/extension.ts, src/web/extension.ts) hands its platform to activate.
import type * as vscode from 'vscode';
import type { StartWorker } from '../analysis/workerPort';
import type { StorageBackend } from '../storage/storageBackend';

/** What the merge-driver setup needs (a structural type, so this module imports no command). */
export interface MergeDriverContext {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
}

export interface Platform {
  readonly name: 'desktop' | 'web';
  /** Sidecar and claims files: Node's atomic writes on the desktop, vscode.workspace.fs on the web. */
  readonly storage: StorageBackend;
  /** Starts an analysis worker: a worker thread on the desktop, a Web Worker on the web. */
  readonly startAnalysisWorker: StartWorker;
  /**
   * Whether the extension host can analyse when the worker cannot: true on the desktop (slower, same
   * answers); false on the web, whose host bundle has no NLP library (it is in the worker only).
   */
  readonly hostAnalyses: boolean;
  /** Rejects when `file` is a symbolic link; Crosscheck never writes through one. */
  refuseSymlink(file: vscode.Uri): Promise<void>;
  /**
   * A small workspace file's bytes read at once, without a trip through the host's thread pool (a
   * reload reads every article of a story); undefined when the platform cannot (the web, a file not
   * on this machine's disk, larger than `maxBytes`, an error): then read it with vscode.workspace.fs.
   */
  readFileNow?(file: vscode.Uri, maxBytes: number): Uint8Array | undefined;
  /** sha256 hex of a text's UTF-8 bytes at once (the persistent cache's keys), where the platform has it; else Web Crypto's asynchronous digest. */
  sha256Now?(text: string): string;
  /** CPU time the host has used, in ms, when the platform can tell (activation is logged with it). */
  cpuTimeMs(): number | undefined;
  /**
   * Git's merge driver runs the CLI through Node and `git config`: desktop only. Undefined on the
   * web, where the command says so.
   */
  readonly mergeDriver?: {
    setUp(ctx: MergeDriverContext, arg?: unknown): Promise<boolean>;
    /** On activation: a launcher written by an earlier install is pointed at this one. */
    refreshLauncher(ctx: MergeDriverContext): void;
  };
}
