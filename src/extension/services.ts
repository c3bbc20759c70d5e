// The explicit dependency bundle handed to every register* function (no module-level state).
import * as vscode from 'vscode';
import { AnalysisCache } from './analysis/analysisCache';
import { AnalysisWorkerClient, type SuggestClaims } from './analysis/analysisWorkerClient';
import { QuoteGroupsCache } from './analysis/analysisWorkerGroups';
import { ArticleFiles } from './storage/articleFiles';
import { createConfig, type Config } from './config';
import { DocumentAnalysis } from './analysis/documentAnalysis';
import { AnalysisGate } from './analysis/analysisGate';
import { SidecarStore } from './storage/sidecarStore';
import type { StorageBackend } from './storage/storageBackend';
import { UndoHistory } from './undo/undoHistory';
import { AuthorNames } from './trail/authorNames';

export interface Services {
  context: vscode.ExtensionContext;
  config: Config;
  log: vscode.LogOutputChannel;
  articles: ArticleFiles;
  store: SidecarStore;
  /** This window's undo and redo of every action that writes a sidecar or a claims registry. */
  history: UndoHistory;
  analysis: DocumentAnalysis;
  gate: AnalysisGate;
  /** The story's quote groups, computed off the host's thread. */
  quoteGroups: QuoteGroupsCache;
  /** Claim suggestions for a folder's articles, computed off the host's thread. */
  suggestClaims: SuggestClaims;
  /** Who is deciding (git user.name, else the setting): stamped on every decision. */
  authors: AuthorNames;
}

/** Creates the services; each is disposed with the extension. */
export function createServices(context: vscode.ExtensionContext, backend: StorageBackend): Services {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const config = createConfig();
  const authors = new AuthorNames(backend, config, log);
  const store = new SidecarStore(backend, log, (file) => authors.nameFor(file));
  const history = new UndoHistory(store);
  const articles = new ArticleFiles(config, context.workspaceState);
  // Analysis runs on a worker thread: a 1 MB article takes tens of seconds of CPU, which must not block the host.
  const worker = new AnalysisWorkerClient(AnalysisWorkerClient.scriptIn(context.extensionPath), log);
  const gate = new AnalysisGate(log);
  // Raw analyses persist in global storage, versioned by the worker bundle (opened on the first analysis).
  const cache = () => AnalysisCache.open(context.globalStorageUri, vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js'), log);
  const analysis = new DocumentAnalysis({ config, articles, store, log, steps: worker, gate, cache });
  // A second worker for cross-source work, so grouping never waits behind a long analysis.
  const crossSource = new AnalysisWorkerClient(AnalysisWorkerClient.scriptIn(context.extensionPath), log);
  const quoteGroups = new QuoteGroupsCache(crossSource.groupQuotes);
  context.subscriptions.push(log, config, authors, store, history, articles, analysis, worker, crossSource);
  return { context, config, log, articles, store, history, analysis, gate, quoteGroups, suggestClaims: crossSource.suggestClaims, authors };
}
