// The only public surface of the core for src/extension and src/cli.
export * from './model';
export { analyzeArticle, analyzeCorpus } from './analyze';
export { parseArticle, stripBom } from './article';
export { applyAliasOverrides } from './entities';
export { isNlpLoaded, loadNlp } from './nlp/compromise';
export { applyDecisions, resolveWithReanchor, type AnchorResolver, type DecidedAnalysis, type DecisionOptions, type Placed } from './storage/applyDecisions';
export * from './crossSource';
export * from './export';
