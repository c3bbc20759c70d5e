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

export class SuggestionIndex {
  private kept = new Map<string, { key: string; mentions: ArticleMentions }>();
  private memo = suggestionMemo();

  /** Whether the article of this file with this key is kept (its structure need not be sent again). */
  holds(file: string, key: string): boolean {
    return this.kept.get(file)?.key === key;
  }

  /**
   * Brings the index to these sources (the story's articles in order) and returns
   * suggestClaims over them. Articles not among the sources are dropped.
   */
  update(sources: readonly KeyedSuggestionSource[], options: SuggestOptions = {}): ClaimSuggestion[] {
    const next = new Map<string, { key: string; mentions: ArticleMentions }>();
    const articles = sources.map(({ file, key, article }) => {
      // A file listed twice (cannot happen in a folder) is read twice, as suggestClaims reads it.
      const kept = next.get(file) ?? this.kept.get(file);
      let mentions = kept?.key === key ? kept.mentions : undefined;
      if (!mentions) {
        if (!article) throw new Error(`SuggestionIndex: no article for ${file}, and none kept under its key`);
        mentions = articleMentions({ file, analysis: { article, quotes: [], entities: [], diagnostics: [] } });
      }
      next.set(file, { key, mentions });
      return mentions;
    });
    this.kept = next;
    if (this.memo.count > MAX_REMEMBERED_PAIRS) this.memo = suggestionMemo();
    return suggestFromMentions(articles, options, this.memo);
  }

  /** Drops everything kept, as a fresh index. */
  reset(): void {
    this.kept = new Map();
    this.memo = suggestionMemo();
  }
}
