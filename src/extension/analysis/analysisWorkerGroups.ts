// The story's quote groups (the same utterance as each outlet reports it), computed on the
// cross-source worker and kept until a quote anywhere changes. Grouping compares quotes across
// every article: with one article of thousands of quotes it takes hundreds of milliseconds, which
// the host must not spend between keystrokes. Diagnostics and hovers ask for the groups
// asynchronously; a hover that cannot wait takes the last finished result. The host never groups.
import type { QuoteGroup } from '../../core';
import type { GroupQuotes } from './analysisWorkerClient';
import type { ArticleState } from './documentAnalysis';

/** Identifies the quotes grouping depends on: files, texts and every quote's place and speaker. */
export function quoteGroupsKey(states: readonly ArticleState[]): string {
  return states.map((s) => `${s.uri.toString()}#${s.hash}#${s.analysis.quotes.map((q) => `${q.start}:${q.end}:${q.speaker}`).join(',')}`).join('|');
}

/** Articles that take part in grouping: those analysed, not those skipped as too large. */
const grouped = (states: readonly ArticleState[]) => states.filter((s) => !s.skipped);

export class QuoteGroupsCache {
  private pending: { key: string; groups: Promise<QuoteGroup[]> } | undefined;
  private settled: { key: string; groups: QuoteGroup[] } | undefined;

  constructor(private readonly compute: GroupQuotes) {}

  /** The groups for these articles, from the worker (the same request is shared while it runs). */
  of(states: readonly ArticleState[]): Promise<QuoteGroup[]> {
    const included = grouped(states);
    const key = quoteGroupsKey(included);
    if (this.settled?.key === key) return Promise.resolve(this.settled.groups);
    if (this.pending?.key === key) return this.pending.groups;
    const groups = this.compute(included.map((s) => ({ file: s.uri.toString(), quotes: s.analysis.quotes })));
    this.pending = { key, groups };
    void groups.then(
      (value) => {
        if (this.pending?.key === key) this.pending = undefined;
        this.settled = { key, groups: value };
      },
      () => {
        if (this.pending?.key === key) this.pending = undefined;
      },
    );
    return groups;
  }

  /** The last groups the worker finished, whatever articles they were for (a hover's fallback). */
  latest(): QuoteGroup[] | undefined {
    return this.settled?.groups;
  }

  /** The groups at once when they are ready for exactly these articles, else undefined. */
  ready(states: readonly ArticleState[]): QuoteGroup[] | undefined {
    const key = quoteGroupsKey(grouped(states));
    return this.settled?.key === key ? this.settled.groups : undefined;
  }
}
