// Messages between the extension host and the analysis worker (plain data, structured-cloned).
import type { ArticleAnalysis } from '../core';

export interface WorkerRequest {
  id: number;
  text: string;
}

/**
 * The analysis travels as JSON text: copying one string and JSON.parse in the host is several times
 * faster than structured-clone deserialisation of the same object graph, which for a 1 MB article
 * stalled the host's event loop for hundreds of milliseconds.
 */
export type WorkerReply = { id: number; json: string } | { id: number; error: string };

export type { ArticleAnalysis };
