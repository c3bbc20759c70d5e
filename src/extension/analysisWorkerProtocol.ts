// Messages between the extension host and the analysis worker (plain data, structured-cloned).
import type { ArticleAnalysis } from '../core';

export interface WorkerRequest {
  id: number;
  text: string;
}

export type WorkerReply = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };
