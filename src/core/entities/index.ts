// Named entities of an article: people, organisations and places, with every mention and alias.
// One compromise parse per article (src/core/nlp); the rest is linear clean-up over its tokens.
import type { Article, Entity } from '../model';
import { loadNlp, type Nlp } from '../nlp/compromise';
import type { SentenceParses } from '../nlp/parse';
import { tokenize, type Token } from '../nlp/tokens';
import { findCandidates } from './candidates';
import { authorCreditSpans } from './credits';
import { datelinePlaces, withDatelinePlaces } from './dateline';
import { buildKnowledge, classify, knownNameIn, shareListTypes, type Knowledge } from './classify';
import { mergeWithinArticle } from './merge';

export { mergeAcrossArticles } from './corpus';
export { mergeAcrossStories, storiesOf } from './stories';
export { applyAliasOverrides } from './overrides';
export { buildKnowledge, type Knowledge } from './classify';

/**
 * Loads compromise if needed, then finds the article's entities. Never rejects on input. A caller
 * analysing many articles passes one `knowledge` for all (building the gazetteer indexes each time
 * costs a few per cent of an article's analysis), and one `known` (sentences tagged before, which
 * are not tagged again).
 */
export async function findEntities(article: Article, knowledge?: Knowledge, known?: SentenceParses): Promise<Entity[]> {
  let nlp: Nlp;
  try {
    nlp = await loadNlp();
  } catch {
    return [];
  }
  return findEntitiesWith(nlp, article, knowledge, known);
}

/** Synchronous form for callers that hold a loaded compromise (and may reuse gazetteer indexes). */
export function findEntitiesWith(nlp: Nlp, article: Article, knowledge: Knowledge = buildKnowledge(), known?: SentenceParses): Entity[] {
  return entitiesFromTokens(article, tokenize(nlp, article.text, known), knowledge);
}

/** For callers that already parsed the text once (the parse is the expensive part: share it). */
export function entitiesFromTokens(article: Article, tokens: Token[], knowledge: Knowledge = buildKnowledge()): Entity[] {
  try {
    const credits = authorCreditSpans(article.text);
    const candidates = findCandidates(article.text, tokens, article.boilerplate, knownNameIn(knowledge))
      .filter((c) => !credits.some((s) => c.start < s.end && s.start < c.end));
    const typed = withDatelinePlaces(article.text, datelinePlaces(article), tokens, classify(candidates, tokens, knowledge), knowledge);
    shareListTypes(article.text, typed);
    return mergeWithinArticle(typed, article.text);
  } catch {
    // The stages are written not to throw; this guard keeps a surprise from failing the whole analysis.
    return [];
  }
}
