// Prints the results JSON written by test/integration/index.ts the way mocha's spec
// reporter would, ending with the one line CI reads: "N passed, N failed".
import process from 'node:process';

const GREEN = '\u001b[32m';
const RED = '\u001b[31m';
const CYAN = '\u001b[36m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

function paint(color, text, out) {
  return out.isTTY ? `${color}${text}${RESET}` : text;
}

/**
 * @param {import('../integration/index').TestResults} results
 */
export function printResults(results, out = process.stdout) {
  const write = (line = '') => out.write(`${line}\n`);
  for (const test of results.tests) {
    const duration = test.durationMs >= 75 ? paint(DIM, ` (${test.durationMs} ms)`, out) : '';
    if (test.state === 'passed') write(`  ${paint(GREEN, '✔', out)} ${test.fullTitle}${duration}`);
    else if (test.state === 'failed') write(`  ${paint(RED, '✘', out)} ${test.fullTitle}${duration}`);
    else write(`  ${paint(CYAN, '-', out)} ${test.fullTitle} (pending)`);
  }
  const failed = results.tests.filter((t) => t.state === 'failed');
  if (failed.length) {
    write();
    failed.forEach((test, i) => {
      write(`  ${i + 1}) ${test.fullTitle}`);
      write(indent(test.error ?? '(no error message)', '     '));
      write();
    });
  }
  if (results.fatal) write(paint(RED, `suite could not run: ${results.fatal}`, out));
  write();
  const pending = results.pending ? `${results.pending} pending, ` : '';
  write(paint(DIM, `${pending}${(results.durationMs / 1000).toFixed(1)} s inside the editor`, out));
  write(`${results.passed} passed, ${results.failed} failed`);
}

function indent(text, prefix) {
  return text.split('\n').map((line) => prefix + line).join('\n');
}
