// `npm run eval [-- --verbose|--json]`: runs the CLI on the seed articles and scores it with the
// reference scorer that lives beside them (../shared/eval). Exits 1 when the seeds are not there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CROSSCHECK_SHARED ?? path.resolve(root, '..', 'shared');
const seeds = path.join(shared, 'seeds');
const gold = path.join(shared, 'eval', 'seeds-gold.json');
const scorer = path.join(shared, 'eval', 'score.mjs');
for (const p of [seeds, gold, scorer]) {
  if (!fs.existsSync(p)) {
    console.error(`eval: ${p} is missing (set CROSSCHECK_SHARED to the folder holding seeds/ and eval/)`);
    process.exit(1);
  }
}

const outDir = path.join(root, '.eval');
fs.mkdirSync(outDir, { recursive: true });
const analysisFile = path.join(outDir, 'analysis.json');
const started = performance.now();
const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'crosscheck.js'), 'analyze', seeds, '--json'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (cli.status !== 0) {
  process.stderr.write(cli.stderr);
  console.error(`eval: the CLI exited with ${cli.status}`);
  process.exit(1);
}
fs.writeFileSync(analysisFile, cli.stdout);
const ms = performance.now() - started;

const flags = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');
const score = spawnSync(process.execPath, [scorer, gold, analysisFile, seeds, ...flags], { stdio: 'inherit' });
if (!flags.includes('--json')) console.log(`(CLI on ${fs.readdirSync(seeds).length} seed articles: ${ms.toFixed(0)} ms; analysis in .eval/analysis.json)`);
process.exit(score.status ?? 1);
