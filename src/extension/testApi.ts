// What activate() returns: a small API for the integration tests (and for other extensions that
// want to read Crosscheck's results). Read-only views of the running services.
import type * as vscode from 'vscode';
import type { DecidedAnalysis } from '../core';
import type { BackgroundProgress } from './analysis/documentAnalysis';
import type { ClaimsTreeHandle } from './views/claimsTree';
import type { Layer } from './config';
import type { DecorationsHandle } from './editor/decorations';
import type { EntitiesViewHandle } from './views/entitiesView';
import type { MatrixHandle } from './views/matrix/matrixPanel';
import type { MatrixTable } from './views/matrix/matrixModel';
import type { Services } from './services';
import type { SourcesTreeHandle } from './views/sourcesTree';
import type { StatusBarHandle } from './editor/statusBar';
import type { TreeSnapshot } from './views/treeSnapshot';

export interface CrosscheckApi {
  /** How long activate() took, in milliseconds (wall clock). */
  readonly activationMs: number;
  /** CPU time activate() used, in milliseconds: steadier than wall clock on a busy machine. */
  readonly activationCpuMs: number;
  /** Resolves when no analysis is pending and no sidecar write is queued. */
  whenIdle(): Promise<void>;
  /** The analysis with human decisions applied, as hovers and decorations see it. */
  analysisFor(uri: vscode.Uri): DecidedAnalysis | undefined;
  /**
   * The articles whose entity names were last reconciled together with this one (the corpus pass
   * over its folder's analysed articles, in the CLI's file order), or undefined before its first pass.
   */
  corpusOf(uri: vscode.Uri): vscode.Uri[] | undefined;
  decorationRanges(editor: vscode.TextEditor, layer: Layer): vscode.Range[];
  /** The reported-speech ranges drawn (dotted underline), apart from the direct quotes' tint. */
  reportedSpeechRanges(editor: vscode.TextEditor): vscode.Range[];
  claimsTreeItems(): Promise<TreeSnapshot[]>;
  /** The Claims view's description (the active filter), or undefined. */
  claimsViewDescription(): string | undefined;
  /** The Entities view's description (the active filter), or undefined. */
  entitiesViewDescription(): string | undefined;
  /** The Sources view's description (the active filter), or undefined. */
  sourcesViewDescription(): string | undefined;
  /** Drops evidence onto a claim as a drag in the Claims view would. */
  dragEvidenceOnto(annotationIds: string[], claimId: string): Promise<void>;
  /** The Claims view's node of a claim or an evidence passage, as the view passes it to a command from its context menu. */
  claimsNode(match: { claimId?: string; annotationId?: string }): Promise<unknown>;
  /** Drops a claim onto another (or, without a target, onto its folder) as a drag in the Claims view would. */
  dragClaimOnto(claimId: string, targetClaimId?: string): Promise<void>;
  sourcesTreeItems(): Promise<TreeSnapshot[]>;
  /** The status bar text for the active article, or undefined when hidden. */
  statusText(): string | undefined;
  /** Drops everything in memory and reads it all again from disk, as after a restart. */
  reloadFromDisk(): Promise<void>;
  /** The Claims Matrix panel's HTML and model, or undefined when it is closed. */
  matrix(): { html: string; tables: MatrixTable[] } | undefined;
  /** Delivers a message to the matrix as if its webview had posted it (e.g. a cell's reveal). */
  postToMatrix(message: unknown): Promise<boolean>;
  /** The Entities view's rows, `maxDepth` levels below the entity types (all by default). */
  entitiesTreeItems(maxDepth?: number): Promise<TreeSnapshot[]>;
  /** The latest background pass over the workspace's articles, as its progress notification shows it. */
  analysisProgress(): BackgroundProgress | undefined;
  /** Presses Cancel on the background pass's notification. */
  cancelAnalysis(): void;
  /** The latest corpus pass over a folder: articles joined, articles finished again, milliseconds. */
  lastCorpusPass(): { articles: number; finished: number; ms: number } | undefined;
}

export interface ApiParts {
  services: Services;
  claims: ClaimsTreeHandle;
  sources: SourcesTreeHandle;
  decorations: DecorationsHandle;
  status: StatusBarHandle;
  matrix: MatrixHandle;
  entities: EntitiesViewHandle;
  activationMs: number;
  activationCpuMs: number;
}

export function createApi({ services, claims, sources, decorations, status, matrix, entities, activationMs, activationCpuMs }: ApiParts): CrosscheckApi {
  return {
    activationMs,
    activationCpuMs,
    whenIdle: () => services.analysis.whenIdle(),
    analysisFor: (uri) => services.analysis.get(uri)?.analysis,
    corpusOf: (uri) => services.analysis.corpusOf(uri),
    decorationRanges: (editor, layer) => decorations.rangesFor(editor, layer),
    reportedSpeechRanges: (editor) => decorations.reportedRangesFor(editor),
    claimsTreeItems: () => claims.snapshot(),
    claimsViewDescription: () => claims.view.description,
    entitiesViewDescription: () => entities.view.description,
    sourcesViewDescription: () => sources.view.description,
    dragEvidenceOnto: (annotationIds, claimId) => claims.dragEvidenceOnto(annotationIds, claimId),
    dragClaimOnto: (claimId, targetClaimId) => claims.dragClaimOnto(claimId, targetClaimId),
    claimsNode: (match) => claims.find(match),
    sourcesTreeItems: () => sources.snapshot(),
    statusText: () => status.text(),
    matrix: () => matrix.current(),
    postToMatrix: (message) => matrix.receive(message),
    entitiesTreeItems: (maxDepth) => entities.snapshot(maxDepth),
    analysisProgress: () => services.analysis.backgroundProgress(),
    cancelAnalysis: () => services.analysis.cancelBackground(),
    lastCorpusPass: () => services.analysis.lastCorpusPass(),
    reloadFromDisk: async () => {
      await services.analysis.whenIdle();
      services.store.reload();
      services.analysis.reset();
      await services.analysis.whenIdle();
    },
  };
}
