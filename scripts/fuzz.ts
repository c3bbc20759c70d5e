// `npm run fuzz -- --trials N [--seed S] [--json]`: random edit sequences against re-anchoring.
// Last line (with --json): {"trials","lost","wrong"}; both must be 0. Exit 1 otherwise.
import fc from 'fast-check';
import { runTrial, trialArbitrary, type FlowOutcome } from '../test/unit/core/anchoring/editFuzz';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i === -1 ? NaN : Number(process.argv[i + 1]);
  return Number.isFinite(value) ? value : fallback;
}

const trials = option('--trials', 10000);
const seed = option('--seed', Date.now() % 2 ** 31);
const json = process.argv.includes('--json');

const started = Date.now();
const inputs = fc.sample(trialArbitrary, { numRuns: trials, seed });
let lost = 0;
let wrong = 0;
let intact = 0;
const statuses: Record<string, Record<string, number>> = { editor: {}, external: {} };
const copies = { editor: 0, external: 0 };
const examples: string[] = [];
for (const input of inputs) {
  const outcome = runTrial(input);
  if (outcome.intact) intact++;
  for (const [flow, result] of [['editor', outcome.editor], ['external', outcome.external]] as Array<['editor' | 'external', FlowOutcome]>) {
    statuses[flow][result.status] = (statuses[flow][result.status] ?? 0) + 1;
    if (result.copy) copies[flow]++;
    if (result.lost) lost++;
    if (result.wrong) wrong++;
    if ((result.lost || result.wrong) && examples.length < 3) examples.push(`${flow} ${result.lost ? 'lost' : 'wrong'}: ${outcome.detail}`);
  }
}
const ms = Date.now() - started;
for (const example of examples) process.stderr.write(example + '\n');
const summary = { seed, ms, intact, statuses, copies };
if (json) {
  process.stdout.write(JSON.stringify(summary) + '\n');
  process.stdout.write(JSON.stringify({ trials, lost, wrong }) + '\n');
} else {
  process.stdout.write(`${trials} trials in ${ms} ms (seed ${seed}): lost ${lost}, wrong ${wrong}\n${JSON.stringify(summary, null, 2)}\n`);
}
process.exitCode = lost === 0 && wrong === 0 ? 0 : 1;
