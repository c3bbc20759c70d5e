// `npm run eval [-- --verbose|--json] [--only NAME]`: runs the CLI on the seed articles and on every
// development set under ../shared/eval/dev, scores each with the reference scorer that lives beside
// them, and prints one table (or, with --json, one object keyed by set). --verbose prints the
// scorer's list of misses for each set as well. The CLI's analyses go to $TMPDIR/crosscheck-eval (or
// CROSSCHECK_EVAL_OUT). Exits 1 when the seeds or the scorer are missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CROSSCHECK_SHARED ?? path.resolve(root, '..', 'shared');
const scorer = path.join(shared, 'eval', 'score.mjs');
const devDir = path.join(shared, 'eval', 'dev');

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

/** Every scored set: the seeds, then each dev folder that has articles/ and gold.json. */
function sets() {
  const list = [{ name: 'seeds', articles: path.join(shared, 'seeds'), gold: path.join(shared, 'eval', 'seeds-gold.json') }];
  if (fs.existsSync(devDir)) {
    for (const name of fs.readdirSync(devDir).sort()) {
      const articles = path.join(devDir, name, 'articles');
      const gold = path.join(devDir, name, 'gold.json');
      if (fs.existsSync(articles) && fs.existsSync(gold)) list.push({ name, articles, gold });
    }
  }
  return list.filter((s) => !only || s.name === only);
}

for (const p of [scorer, path.join(shared, 'seeds')]) {
  if (!fs.existsSync(p)) {
    console.error(`eval: ${p} is missing (set CROSSCHECK_SHARED to the folder holding seeds/ and eval/)`);
    process.exit(1);
  }
}

// The analyses quote the evaluation sets' news text, which never goes inside the project folder.
const outDir = process.env.CROSSCHECK_EVAL_OUT ?? path.join(os.tmpdir(), 'crosscheck-eval');
fs.mkdirSync(outDir, { recursive: true });

function runSet(set) {
  const analysisFile = path.join(outDir, `${set.name}.json`);
  const started = performance.now();
  const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'crosscheck.js'), 'analyze', set.articles, '--json'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  // Exit 1 with output means some input could not be read; the JSON still scores what was.
  if (!cli.stdout) {
    process.stderr.write(cli.stderr);
    throw new Error(`the CLI exited with ${cli.status} on ${set.name}`);
  }
  fs.writeFileSync(analysisFile, cli.stdout);
  if (verbose && !json) {
    console.log(`\n=== ${set.name} ===`);
    spawnSync(process.execPath, [scorer, set.gold, analysisFile, set.articles, '--verbose'], { stdio: 'inherit' });
  }
  const score = spawnSync(process.execPath, [scorer, set.gold, analysisFile, set.articles, '--json'], { encoding: 'utf8' });
  if (score.status !== 0) {
    process.stderr.write(score.stderr);
    throw new Error(`the scorer exited with ${score.status} on ${set.name}`);
  }
  return { ...JSON.parse(score.stdout), articles: fs.readdirSync(set.articles).length, cliMs: Math.round(ms) };
}

const fmt = (value) => (value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(3));

const results = {};
for (const set of sets()) results[set.name] = runSet(set);

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const columns = [
    ['set', (_, name) => name],
    ['quotes P', (r) => fmt(r.quotes?.p)],
    ['quotes R', (r) => fmt(r.quotes?.r)],
    ['quotes F1', (r) => fmt(r.quotes?.f1)],
    ['speakers', (r) => fmt(r.speakerAccuracy)],
    ['lenient', (r) => fmt(r.speakerAccuracyLenient)],
    ['people F1', (r) => fmt(r.entitiesByType?.person?.f1)],
    ['orgs F1', (r) => fmt(r.entitiesByType?.organization?.f1)],
    ['places F1', (r) => fmt(r.entitiesByType?.place?.f1)],
    ['groups R', (r) => fmt(r.quoteGroupPairRecall)],
    ['groups P', (r) => fmt(r.quoteGroupPairPrecision)],
    ['articles', (r) => String(r.articles)],
    ['CLI ms', (r) => String(r.cliMs)],
  ];
  const rows = Object.entries(results).map(([name, r]) => columns.map(([, cell]) => cell(r, name)));
  const widths = columns.map(([title], i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns.map(([title]) => title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log(`(analyses in ${outDir}/<set>.json, outside the project: CROSSCHECK_EVAL_OUT to choose; --verbose lists each set's misses)`);
}
