// The analysis pipeline, in order: article structure → quotes → entities → speakers.
import { parseArticle, stripBom } from './article';
import { findEntities, mergeAcrossArticles } from './entities';
import type { ArticleAnalysis } from './model';
import { attributeSpeakers, findQuotes } from './quotes';

/** Analyses one article. `text` is the editor's text (BOM already removed, or removed here). */
export async function analyzeArticle(raw: string): Promise<ArticleAnalysis> {
  const text = stripBom(raw);
  const article = parseArticle(text);
  const unattributed = findQuotes(article);
  const entities = await findEntities(article);
  const quotes = attributeSpeakers(article, unattributed, entities);
  return { article, quotes, entities, diagnostics: [] };
}

/**
 * Analyses several articles on one story and reconciles entity names across them
 * ("US" in one, "United States" in another), then re-attributes speakers with the shared names.
 */
export async function analyzeCorpus(texts: string[]): Promise<ArticleAnalysis[]> {
  const single = [];
  for (const t of texts) single.push(await analyzeArticle(t));
  const merged = mergeAcrossArticles(single.map((a) => a.entities));
  return single.map((a, i) => {
    const entities = merged[i];
    return { ...a, entities, quotes: attributeSpeakers(a.article, a.quotes.map((q) => ({ ...q, speaker: null })), entities) };
  });
}
