// The only public surface of the core for src/extension and src/cli.
export * from './model';
export { analyzeArticle, analyzeCorpus } from './analyze';
export { parseArticle, stripBom } from './article';
