import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHECKER = pathToFileURL(path.resolve(__dirname, '..', '..', '..', 'scripts', 'checkImportCycles.mjs')).href;

interface Checker {
  importGraph(files: string[]): Map<string, string[]>;
  cycles(graph: Map<string, string[]>): string[][];
}

function tree(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cycles-'));
  return Object.entries(files).map(([name, text]) => {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  });
}

describe('import cycle check', () => {
  let checker: Checker;
  before(async () => { checker = await import(CHECKER) as Checker; });

  it('finds a cycle through a folder, a type-only import and an index file', () => {
    const files = tree({
      'views/tree.ts': "import type { Store } from '../storage';\nexport const tree = 1;\n",
      'storage/index.ts': "export { store } from './store';\n",
      'storage/store.ts': "import {\n  tree,\n} from '../views/tree';\nexport const store = tree;\n",
      'lone.ts': "import { store } from './storage/store';\n",
    });
    const found = checker.cycles(checker.importGraph(files));
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)).sort(), ['storage/index.ts', 'storage/store.ts', 'views/tree.ts']);
  });

  it('passes a tree without cycles, and src/ as it stands', () => {
    const files = tree({ 'a.ts': "import { b } from './b';\n", 'b.ts': 'export const b = 1;\n' });
    assert.deepEqual(checker.cycles(checker.importGraph(files)), []);
    const src = path.resolve(__dirname, '..', '..', '..', 'src');
    const all = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => e.isDirectory() ? all(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
    assert.deepEqual(checker.cycles(checker.importGraph(all(src))), []);
  });
});
