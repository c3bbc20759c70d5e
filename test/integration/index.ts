// Entry point the extension host loads as `extensionTestsPath`: runs every suite file
// with mocha. The extension host's console does not reach the terminal under
// code-server, so the results also go to a JSON file named by CROSSCHECK_TEST_RESULTS.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

export interface TestOutcome {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface TestResults {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestOutcome[];
  /** Set when the suite could not run at all (no files, a file that throws on load). */
  fatal?: string;
}

const RESULTS_ENV = 'CROSSCHECK_TEST_RESULTS';

/**
 * Suite files next to this bundle (out/test/integration/suite), or in CROSSCHECK_TEST_SUITE_DIR
 * (the harness's self-test points it at deliberately failing tests).
 */
function suiteDirectory(): string {
  return process.env.CROSSCHECK_TEST_SUITE_DIR || path.join(__dirname, 'suite');
}

function suiteFiles(): string[] {
  const suiteDir = suiteDirectory();
  if (!fs.existsSync(suiteDir)) return [];
  return fs.readdirSync(suiteDir, { recursive: true })
    .map((f) => path.join(suiteDir, String(f)))
    .filter((f) => f.endsWith('.test.js'))
    .sort();
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function writeResults(results: TestResults): void {
  const target = process.env[RESULTS_ENV];
  if (!target) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Write then rename: the runner watching for this file never reads half of it.
  fs.writeFileSync(`${target}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${target}.tmp`, target);
}

export function run(): Promise<void> {
  const started = Date.now();
  const results: TestResults = { passed: 0, failed: 0, pending: 0, durationMs: 0, tests: [] };
  const finish = (fatal?: string): void => {
    results.durationMs = Date.now() - started;
    if (fatal) results.fatal = fatal;
    writeResults(results);
  };

  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 30_000, grep: process.env.CROSSCHECK_TEST_GREP });
  const files = suiteFiles();
  if (files.length === 0) {
    finish(`no *.test.js files under ${suiteDirectory()}`);
    return Promise.reject(new Error(results.fatal));
  }
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        finish();
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error) => {
        results.failed++;
        results.tests.push({ fullTitle: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: describeError(error) });
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ fullTitle: test.fullTitle(), state: 'pending', durationMs: 0 });
      });
    } catch (error) {
      finish(describeError(error));
      reject(error);
    }
  });
}
