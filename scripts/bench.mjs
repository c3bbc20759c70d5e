// `npm run bench [-- --json …]`: runs the bundled benchmark (out/bench.js, built from test/bench)
// with the garbage collector exposed, so each round starts from a collected heap.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'out', 'bench.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
