// The analysis pipeline, in order: article structure → quotes → entities → speakers.
import { parseArticle, stripBom } from './article';
import { buildKnowledge, findEntities, mergeAcrossStories, type Knowledge } from './entities';
import { renameEntities, type EntityNames } from './entities/corpus';
import type { AnalysisOptions, Article, ArticleAnalysis, Entity, Quote } from './model';
import { SentenceParses } from './nlp/parse';
import { attributeSpeakers, findQuotes, findReportedSpeech } from './quotes';

/** Analyses one article. `text` is the editor's text (BOM already removed, or removed here). */
export async function analyzeArticle(raw: string, options: AnalysisOptions = {}): Promise<ArticleAnalysis> {
  const text = stripBom(raw);
  const article = parseArticle(text);
  const unattributed = findQuotes(article);
  const entities = await findEntities(article);
  const quotes = withReportedSpeech(article, attributeSpeakers(article, unattributed, entities), entities, options);
  return { article, quotes, entities, diagnostics: [] };
}

/** The direct quotes, with the reported speech among them (in text order) when the options ask for it. */
function withReportedSpeech(article: Article, quotes: Quote[], entities: Entity[], options: AnalysisOptions): Quote[] {
  if (!options.reportedSpeech) return quotes;
  const reported = findReportedSpeech(article, quotes, entities);
  return reported.length ? [...quotes, ...reported].sort((a, b) => a.start - b.start || b.end - a.end) : quotes;
}

/**
 * What one article contributes before the corpus pass: its quotes (speakers not yet attributed) and
 * entities, without the structure (parseArticle recomputes that cheaply). What a cache keeps.
 */
export type RawAnalysis = Omit<ArticleAnalysis, 'article'>;

/**
 * An article on its own, up to the corpus pass: the expensive part (the compromise parse) is here.
 * `knowledge` (buildKnowledge()) and `known` (sentences tagged before) can be shared by every
 * article a caller analyses; neither changes what comes out.
 */
export async function analyzeAlone(raw: string, knowledge?: Knowledge, known?: SentenceParses): Promise<RawAnalysis> {
  const article = parseArticle(stripBom(raw));
  return { quotes: findQuotes(article), entities: await findEntities(article, knowledge, known), diagnostics: [] };
}

/**
 * Analyses several articles on one story and reconciles entity names across them
 * ("US" in one, "United States" in another), then attributes speakers with the shared names.
 * The same three steps the CLI runs on worker threads: analyzeAlone per article, corpusNames over
 * compact summaries, finishInCorpus per article.
 */
export async function analyzeCorpus(texts: string[], options: AnalysisOptions = {}): Promise<ArticleAnalysis[]> {
  const single = [];
  const knowledge = buildKnowledge();
  const known = new SentenceParses();
  for (const t of texts) single.push(await analyzeAlone(t, knowledge, known));
  const names = corpusNames(single.map((a) => a.entities));
  return single.map((a, i) => finishInCorpus(parseArticle(stripBom(texts[i])), a, names[i], options));
}

/** What the corpus pass reads of an article's entities: each one's name, type and aliases, in order. */
export function entityNamesOf(entities: readonly EntityNames[]): EntityNames[] {
  return entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));
}

/**
 * The corpus-level pass over compact summaries: for each article, the name, type and aliases the
 * corpus gives each of its entities (`result[i][k]` for `perArticle[i][k]`). Reads names, types and
 * aliases only, never mentions: reconciling names must not need every article's full analysis.
 */
export function corpusNames(perArticle: readonly (readonly EntityNames[])[]): EntityNames[][] {
  // Each entity goes in as a stub whose one mention carries its index; the merge joins mentions of
  // entities it renames alike, so the stubs' mentions tell which input entity got which name.
  const stubs: Entity[][] = perArticle.map((entities) =>
    entities.map((e, k) => ({ name: e.name, type: e.type, aliases: e.aliases, mentions: [{ start: k, end: k, text: '' }] })),
  );
  return mergeAcrossStories(stubs).map((merged, i) => {
    const out = entityNamesOf(perArticle[i]);
    for (const e of merged) for (const m of e.mentions) out[m.start] = { name: e.name, type: e.type, aliases: e.aliases };
    return out;
  });
}

/**
 * One article with the corpus's names (from corpusNames): entities renamed and joined, then speakers
 * attributed to the quotes as findQuotes gave them (analyzeAlone).
 */
export function finishInCorpus(article: Article, raw: RawAnalysis, names: readonly EntityNames[], options: AnalysisOptions = {}): ArticleAnalysis {
  const entities = renameEntities(raw.entities, names);
  const quotes = raw.quotes.map((q) => ({ ...q, speaker: null }));
  return { ...raw, article, entities, quotes: withReportedSpeech(article, attributeSpeakers(article, quotes, entities), entities, options) };
}
