// Messages between the extension host and the analysis worker (plain data, structured-cloned).
import type { ArticleAnalysis, QuoteGroup, SourceQuotes } from '../core';

/**
 * What the worker computes: an article's analysis, or the cross-source quote grouping (which
 * compares quotes across every article of the story and takes hundreds of milliseconds once one
 * article carries thousands of quotes).
 */
export type WorkerRequest = { id: number; op: 'analyze'; text: string } | { id: number; op: 'groupQuotes'; json: string };

/** Inputs and results of each operation. */
export interface WorkerOps {
  analyze: { input: string; output: ArticleAnalysis };
  groupQuotes: { input: SourceQuotes[]; output: QuoteGroup[] };
}

/**
 * Results travel as JSON text: copying one string and JSON.parse in the host is several times
 * faster than structured-clone deserialisation of the same object graph, which for a 1 MB article
 * stalled the host's event loop for hundreds of milliseconds.
 */
export type WorkerReply = { id: number; json: string } | { id: number; error: string };

export type { ArticleAnalysis };
