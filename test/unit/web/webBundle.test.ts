// The web build runs in a browser's extension host and Web Worker, where Node's modules do not
// exist: the shipped web bundles (dist/web/extension.js and the shared dist/analysisWorker.js) must
// load nothing but `vscode`. Reads the build output; run `npm run build` first.
import * as assert from 'assert';
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every module a bundle asks for by name: require("x"), import("x"), an `import … from "x"` statement. */
export function requestedModules(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)|\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)|(?:^|[;\n])\s*import\s[^;\n]*?\sfrom\s*["']([^"']+)["']/g)) {
    names.add(match[1] ?? match[2] ?? match[3]);
  }
  return [...names].sort();
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function bundle(relative: string): string {
  const file = path.join(ROOT, relative);
  assert.ok(fs.existsSync(file), `${relative} is missing: run \`npm run build\` first`);
  return fs.readFileSync(file, 'utf8');
}

describe('[web/bundle]', () => {
  it('finds what a bundle requires (the scan itself)', () => {
    assert.deepStrictEqual(requestedModules('const a = require("fs"); import("node:path");\nimport x from "vscode"; const s = ", from " + "x";'), ['fs', 'node:path', 'vscode']);
  });

  it('package.json points `browser` at the web bundle', () => {
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
  });

  it('the web extension bundle requires vscode and nothing else', () => {
    assert.deepStrictEqual(requestedModules(bundle('dist/web/extension.js')), ['vscode']);
  });

  it('the analysis worker (shared by both builds) requires nothing at all', () => {
    assert.deepStrictEqual(requestedModules(bundle('dist/analysisWorker.js')), []);
  });

  it('no web bundle names a Node built-in, even outside a require', () => {
    for (const relative of ['dist/web/extension.js', 'dist/analysisWorker.js']) {
      const code = bundle(relative);
      const named = [...code.matchAll(/["'`](node:[a-z_/]+|fs|path|os|child_process|worker_threads|crypto|fs\/promises)["'`]/g)]
        .map((m) => m[1])
        .filter((name) => NODE_BUILTINS.has(name));
      assert.deepStrictEqual(named, [], `${relative} names ${named.join(', ')}`);
      assert.ok(!/\b(__dirname|__filename|setImmediate|process\.cpuUsage)\b/.test(code), `${relative} uses a Node-only global`);
    }
  });

  it('the NLP library is in the worker only: the web extension bundle does not carry it', () => {
    const host = bundle('dist/web/extension.js');
    const worker = bundle('dist/analysisWorker.js');
    // A string literal of compromise's that survives minification.
    const marker = /compromises-are-possible/;
    assert.ok(marker.test(worker), 'the worker bundle should hold compromise');
    assert.ok(!marker.test(host), 'dist/web/extension.js bundles compromise; it must stay in dist/analysisWorker.js');
  });

  it('the desktop host and the CLI load the NLP library from dist/nlp.js, one copy for both (the VSIX budget)', () => {
    const marker = /compromises-are-possible/;
    assert.ok(marker.test(bundle('dist/nlp.js')), 'dist/nlp.js should hold compromise');
    for (const relative of ['dist/extension.js', 'dist/cli.js']) {
      const code = bundle(relative);
      assert.ok(!marker.test(code), `${relative} carries its own copy of compromise`);
      assert.ok(requestedModules(code).includes('./nlp.js'), `${relative} does not load ./nlp.js`);
    }
  });
});
