// Typed access to the `crosscheck.*` settings. Read on demand (cheap), never cached, so a change in
// settings is seen at once; `onDidChange` tells listeners which part changed.
import * as vscode from 'vscode';
import { httpUrl } from '../core/untrustedText';

export type Layer = 'quotes' | 'entities' | 'evidence' | 'boilerplate';
export const LAYERS: readonly Layer[] = ['quotes', 'entities', 'evidence', 'boilerplate'];
/** Where a quote's speaker is written in the editor (it is always in the quote's hover). */
export type SpeakerLabels = 'endOfLine' | 'inline' | 'off';
export const SPEAKER_LABELS: readonly SpeakerLabels[] = ['endOfLine', 'inline', 'off'];

const SECTION = 'crosscheck';

export interface Config {
  /** Glob patterns (per workspace folder) of files that are articles. */
  articleGlobs(folder?: vscode.WorkspaceFolder): string[];
  layerEnabled(layer: Layer): boolean;
  setLayerEnabled(layer: Layer, enabled: boolean): Thenable<void>;
  analysisDelayMs(): number;
  /** `crosscheck.speakerLabels`: after the line's text (default, never pushes article text), after the quote, or none. */
  speakerLabels(): SpeakerLabels;
  maxArticleSize(): number;
  /** `crosscheck.analysis.reportedSpeech`: also find reported (indirect) speech (off by default). */
  reportedSpeech(): boolean;
  /** `crosscheck.import.claimReviewRatings`: ClaimReview rating → claim status, over the core's defaults. */
  claimReviewRatings(): Record<string, string>;
  /** `crosscheck.claimReview.author` / `.publisher` / `.baseUrl`: who writes and publishes exported ClaimReviews, and where (unset: the defaults). */
  claimReviewPublishing(): { author?: string; publisher?: string; baseUrl?: string };
  /** `crosscheck.authorName`: who decides, when git has no `user.name` for the folder (unset: undefined). */
  authorName(): string | undefined;
  onDidChange: vscode.Event<vscode.ConfigurationChangeEvent>;
}

export function createConfig(): Config & vscode.Disposable {
  const emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) emitter.fire(e);
  });
  const get = (scope?: vscode.ConfigurationScope) => vscode.workspace.getConfiguration(SECTION, scope);
  return {
    articleGlobs: (folder) => (get(folder)
      .get<unknown[]>('articles', []) ?? [])
      .filter((g): g is string => typeof g === 'string' && g.trim() !== ''),
    layerEnabled: (layer) => get().get<boolean>(`highlight.${layer}`, true) !== false,
    // The user's own choice, not the project's: toggles go to user settings, never into the workspace.
    setLayerEnabled: (layer, enabled) => get().update(`highlight.${layer}`, enabled, vscode.ConfigurationTarget.Global),
    speakerLabels: () => {
      const value = get().get<string>('speakerLabels', 'endOfLine');
      return (SPEAKER_LABELS as readonly string[]).includes(value) ? (value as SpeakerLabels) : 'endOfLine';
    },
    analysisDelayMs: () => clamp(get().get<number>('analysisDelay', 400), 0, 5000, 400),
    reportedSpeech: () => get().get<boolean>('analysis.reportedSpeech', false) === true,
    maxArticleSize: () => clamp(get().get<number>('maxArticleSize', 2_000_000), 1000, Number.MAX_SAFE_INTEGER, 2_000_000),
    claimReviewRatings: () => {
      const table = get().get<unknown>('import.claimReviewRatings', {});
      const out: Record<string, string> = {};
      if (table && typeof table === 'object' && !Array.isArray(table)) {
        for (const [label, status] of Object.entries(table)) if (typeof status === 'string') Object.defineProperty(out, label, { value: status, enumerable: true, writable: true, configurable: true });
      }
      return out;
    },
    claimReviewPublishing: () => {
      const text = (key: string) => {
        const value = get().get<unknown>(key);
        return typeof value === 'string' && value.trim() ? value.trim() : undefined;
      };
      const author = text('claimReview.author');
      const publisher = text('claimReview.publisher');
      // A workspace's settings are untrusted: only an http(s) address becomes the reviews' url.
      const baseUrl = httpUrl(text('claimReview.baseUrl') ?? '');
      return { ...(author ? { author } : {}), ...(publisher ? { publisher } : {}), ...(baseUrl ? { baseUrl } : {}) };
    },
    authorName: () => {
      const value = get().get<unknown>('authorName');
      return typeof value === 'string' && value.trim() ? value.trim() : undefined;
    },
    onDidChange: emitter.event,
    dispose: () => {
      listener.dispose();
      emitter.dispose();
    },
  };
}

function clamp(value: number | undefined, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
