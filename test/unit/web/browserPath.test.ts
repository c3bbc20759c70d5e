// src/web/browserPath.ts stands in for Node's `path` in the web build: it must agree with
// path.posix on the paths the extension handles, and offer every function the extension calls.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as browserPath from '../../../src/web/browserPath';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLES = ['/story/a.txt', '/story/a.txt.crosscheck.json', '/story/', '/', 'a.txt', 'story/notes/', '/story/../x/./y.md', '.hidden', '/a/b.c.d', 'x/..', '../up', ''];

function extensionSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return extensionSources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('[web/browserPath]', () => {
  for (const name of ['basename', 'dirname', 'extname', 'normalize', 'isAbsolute'] as const) {
    it(`${name} agrees with path.posix`, () => {
      for (const p of SAMPLES) assert.deepStrictEqual(browserPath[name](p), path.posix[name](p), `${name}(${JSON.stringify(p)})`);
    });
  }

  it('basename with a suffix and join agree with path.posix', () => {
    assert.strictEqual(browserPath.basename('/s/a.txt', '.txt'), path.posix.basename('/s/a.txt', '.txt'));
    assert.strictEqual(browserPath.basename('/s/.txt', '.txt'), path.posix.basename('/s/.txt', '.txt'));
    for (const parts of [['/story', 'a.txt'], ['/story/', '/b/', '../c.md'], ['', ''], ['a', '', 'b'], ['/']]) {
      assert.strictEqual(browserPath.join(...parts), path.posix.join(...parts), `join(${JSON.stringify(parts)})`);
    }
  });

  it('reads Windows-style fsPaths too (a browser on Windows)', () => {
    assert.strictEqual(browserPath.basename('\\story\\a.txt'), 'a.txt');
    assert.strictEqual(browserPath.dirname('\\story\\a.txt'), '\\story');
  });

  it('has every path function the extension calls (esbuild aliases `path` to it in the web build)', () => {
    const used = new Set<string>();
    for (const file of extensionSources(path.join(ROOT, 'src', 'extension')).filter((f) => !f.includes(`${path.sep}platform${path.sep}`))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?<![.\w])path\.(posix\.)?([a-z]+)\(/gi)) used.add(m[2]);
    }
    assert.ok(used.size > 0);
    for (const fn of used) {
      assert.strictEqual(typeof (browserPath as Record<string, unknown>)[fn], 'function', `browserPath.${fn}`);
      assert.strictEqual(typeof (browserPath.posix as Record<string, unknown>)[fn], 'function', `browserPath.posix.${fn}`);
    }
  });
});
