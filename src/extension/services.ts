// The explicit dependency bundle handed to every register* function (no module-level state).
import * as vscode from 'vscode';
import { AnalysisCache } from './analysis/analysisCache';
import { AnalysisWorkerClient, type SuggestClaims } from './analysis/analysisWorkerClient';
import { QuoteGroupsCache } from './analysis/analysisWorkerGroups';
import { ArticleFiles } from './storage/articleFiles';
import { createConfig, type Config } from './config';
import { DocumentAnalysis } from './analysis/documentAnalysis';
import { AnalysisGate } from './analysis/analysisGate';
import { workerUnavailableNotice } from './analysis/workerUnavailable';
import type { Platform } from './platform/platform';
import { SidecarStore } from './storage/sidecarStore';
import { FolderEvents } from './storage/folderEvents';
import { UndoHistory } from './undo/undoHistory';
import { AuthorNames } from './trail/authorNames';

export interface Services {
  context: vscode.ExtensionContext;
  /** What differs between the desktop and the web build. */
  platform: Platform;
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
export function createServices(context: vscode.ExtensionContext, platform: Platform): Services {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const config = createConfig();
  const authors = new AuthorNames(platform.storage, config, log);
  const folders = new FolderEvents();
  const store = new SidecarStore(platform.storage, log, (file) => authors.nameFor(file), folders.onDidChangeFolders);
  const history = new UndoHistory(store);
  const articles = new ArticleFiles(config, context.workspaceState, folders.onDidChangeFolders);
  // Analysis runs on a worker (a thread on the desktop, a Web Worker on the web): a 1 MB article takes tens of seconds of CPU, which must not block the host.
  const unavailable = workerUnavailableNotice(platform, log);
  const worker = new AnalysisWorkerClient(platform.startAnalysisWorker, log, { onUnavailable: unavailable });
  const gate = new AnalysisGate(log);
  // Raw analyses persist in global storage, versioned by the worker bundle (opened on the first analysis).
  const cache = () => AnalysisCache.open(context.globalStorageUri, vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js'), log);
  const analysis = new DocumentAnalysis({ config, articles, store, log, steps: worker, gate, cache, readFileNow: platform.readFileNow, sha256Now: platform.sha256Now });
  // A second worker for cross-source work, so grouping never waits behind a long analysis.
  const crossSource = new AnalysisWorkerClient(platform.startAnalysisWorker, log, { onUnavailable: unavailable });
  const quoteGroups = new QuoteGroupsCache(crossSource.groupQuotes);
  context.subscriptions.push(log, config, authors, folders, store, history, articles, analysis, worker, crossSource);
  return { context, platform, config, log, articles, store, history, analysis, gate, quoteGroups, suggestClaims: crossSource.suggestClaims, authors };
}
