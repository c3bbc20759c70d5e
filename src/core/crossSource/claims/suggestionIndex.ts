// A story's claim suggestions kept up to date as articles change, one article at a time: what
// suggestClaims computes from scratch, with the same result (a unit test replays random edits against
// it). Finding an article's figures and statements (sentences, figures, words) is most of the cost and
// depends on that article alone: each article keeps its mentions until its content changes, so one
// edit extracts one article. Lining the mentions up across the story runs again over the kept
// mentions (its greedy clustering depends on their order); it is indexed (suggest.ts), and what it
// compares by pair of wordings (statements' alignments, figures' words in common) is remembered between updates.
import type { Article } from '../../model';
import { articleMentions, suggestFromMentions, type ArticleMentions, type ClaimSuggestion, suggestionMemo, type SuggestOptions } from './suggest';

export interface KeyedSuggestionSource {
  file: string;
  /** Identifies the article's content (a content hash): the same key, the same article. */
  key: string;
  /** The article's structure; may be left out when holds(file, key). */
  article?: Article;
}

/** Wording pairs remembered at most (suggestionMemo), beyond which the memory starts again (a long session of edits). */
const MAX_REMEMBERED_PAIRS = 500_000;
/**
 * Articles dropped from the story whose mentions are kept for a while: a story asked for with part of
 * its articles (a reload brings them back a batch at a time) gets the others back without extracting
 * them again (a thousand articles took over a second).
 */
const MAX_DROPPED_ARTICLES = 4096;

type Kept = { key: string; mentions: ArticleMentions };

export class SuggestionIndex {
  private kept = new Map<string, Kept>();
  /** Articles no longer among the sources, by file, the least recently dropped first. */
  private dropped = new Map<string, Kept>();
  private memo = suggestionMemo();

  /** Whether the article of this file with this key is kept (its structure need not be sent again). */
  holds(file: string, key: string): boolean {
    return (this.kept.get(file) ?? this.dropped.get(file))?.key === key;
  }

  /**
   * Brings the index to these sources (the story's articles in order) and returns
   * suggestClaims over them. Articles not among the sources are dropped.
   */
  update(sources: readonly KeyedSuggestionSource[], options: SuggestOptions = {}): ClaimSuggestion[] {
    const next = new Map<string, Kept>();
    const articles = sources.map(({ file, key, article }) => {
      // A file listed twice (cannot happen in a folder) is read twice, as suggestClaims reads it.
      const kept = next.get(file) ?? this.kept.get(file) ?? this.dropped.get(file);
      let mentions = kept?.key === key ? kept.mentions : undefined;
      if (!mentions) {
        if (!article) throw new Error(`SuggestionIndex: no article for ${file}, and none kept under its key`);
        mentions = articleMentions({ file, analysis: { article, quotes: [], entities: [], diagnostics: [] } });
      }
      next.set(file, { key, mentions });
      this.dropped.delete(file);
      return mentions;
    });
    for (const [file, kept] of this.kept) {
      if (next.has(file)) continue;
      this.dropped.delete(file);
      this.dropped.set(file, kept);
    }
    for (const file of this.dropped.keys()) {
      if (this.dropped.size <= MAX_DROPPED_ARTICLES) break;
      this.dropped.delete(file);
    }
    this.kept = next;
    if (this.memo.count > MAX_REMEMBERED_PAIRS) this.memo = suggestionMemo();
    return suggestFromMentions(articles, options, this.memo);
  }

  /** Drops everything kept, as a fresh index. */
  reset(): void {
    this.kept = new Map();
    this.dropped = new Map();
    this.memo = suggestionMemo();
  }
}
