// One build script for every entry point: the extension host bundle and the CLI.
// compromise is bundled; `vscode` is provided by the editor at run time.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
};

/** Every .ts file below a folder (for test entry points), sorted for a stable build. */
function tsFilesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
}

/**
 * The web build (package.json `browser`): the extension for a browser's extension host. No Node
 * built-ins: `path` is src/web/browserPath.ts, everything else Node does is behind the platform
 * (src/web/webPlatform.ts); test/unit/web/webBundle.test.ts scans the output. compromise stays in
 * the analysis worker (dist/analysisWorker.js), so the VSIX carries it once for the web.
 */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  alias: { path: './src/web/browserPath.ts', compromise: './src/web/nlpInWorkerOnly.ts' },
};

/**
 * The NLP library, once for the Node bundles: dist/extension.js (which analyses in the host only when
 * the worker cannot run), dist/cli.js and its workers load it from dist/nlp.js on first use instead of
 * each carrying a copy, which keeps the VSIX within its 1 MB budget. The analysis worker keeps its
 * own copy (a Web Worker in the browser cannot load a second file this way).
 */
const nlpFromSharedFile = {
  name: 'nlp-from-shared-file',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, () => ({ path: './nlp.js', external: true }));
  },
};
const sharedNlp = { ...common, stdin: { contents: "module.exports = require('compromise');", resolveDir: '.', loader: 'js' }, outfile: 'dist/nlp.js', sourcemap: false };

const integrationTests = tsFilesUnder('test/integration');
const entries = [
  // What ships: the extension host bundle and the CLI (and the NLP library they share).
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', plugins: [nlpFromSharedFile] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [nlpFromSharedFile] },
  sharedNlp,
  // The CLI's analysis workers (src/cli/workerPool.ts starts them; a hash of this file and dist/nlp.js is the
  // cache's analysis version). The NLP library comes from dist/nlp.js on first use: a warm run never loads it.
  { ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cliWorker.js', plugins: [nlpFromSharedFile] },
  // The analysis worker, one file for both builds (a worker thread on the desktop, a Web Worker on
  // the web; src/extension/platform starts it): the core and compromise, no vscode, no Node.
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/extension/analysis/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  // The web build's extension (its analysis worker is dist/analysisWorker.js, above).
  { ...web, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js' },
  // What does not ship: the benchmark and the integration suite (run inside VS Code; mocha comes from node_modules).
  ...(fs.existsSync('test/bench/bench.ts')
    ? [{ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench.js', sourcemap: false, minify: false }]
    : []),
  ...(fs.existsSync('test/bench/corpusBench.ts')
    ? [{ ...common, entryPoints: ['test/bench/corpusBench.ts'], outfile: 'out/corpusBench.js', sourcemap: false, minify: false }]
    : []),
  ...(fs.existsSync('test/bench/incrementalBench.ts')
    ? [{ ...common, entryPoints: ['test/bench/incrementalBench.ts'], outfile: 'out/incrementalBench.js', sourcemap: false, minify: false }]
    : []),
  ...(fs.existsSync('test/bench/suggestionBench.ts')
    ? [{ ...common, entryPoints: ['test/bench/suggestionBench.ts'], outfile: 'out/suggestionBench.js', sourcemap: false, minify: false }]
    : []),
  // The web build's check in a web-worker extension host (test/vscode-offline/webSmoke.mjs runs it).
  ...(fs.existsSync('test/web/smoke.ts')
    ? [{ ...web, entryPoints: ['test/web/smoke.ts'], outfile: 'out/test/web/index.js', alias: { path: web.alias.path }, minify: false, sourcemap: false }]
    : []),
  ...(integrationTests.length
    ? [{ ...common, entryPoints: integrationTests, outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'], minify: false }]
    : []),
];

if (watch) {
  for (const options of entries) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching…');
} else {
  await Promise.all(entries.map((options) => esbuild.build(options)));
}
