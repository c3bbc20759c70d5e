// The @vscode/test-electron path: the same suite (out/test/integration/index.js) in a
// desktop VS Code. Uses CROSSCHECK_VSCODE_EXECUTABLE when set, else downloads VS Code
// (which needs internet; test/vscode-offline/run.mjs is the path for machines without).
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// This file is bundled to out/test/integration/runTest.js.
const REPO = path.resolve(__dirname, '..', '..', '..');

/** A temp copy of the fixture workspace, so tests can write sidecars freely. */
function tempWorkspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ws-'));
  const target = path.join(root, 'workspace');
  fs.cpSync(path.join(REPO, 'test', 'fixtures', 'workspace'), target, { recursive: true });
  return target;
}

interface ResultsSummary { passed: number; failed: number; fatal?: string }

async function main(): Promise<number> {
  const workspace = tempWorkspace();
  const resultsFile = path.join(path.dirname(workspace), 'results.json');
  try {
    const exitCode = await runTests({
      vscodeExecutablePath: process.env.CROSSCHECK_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      extensionTestsEnv: { CROSSCHECK_TEST_RESULTS: resultsFile },
      // A fresh profile inside the temp folder: no user extensions, settings or state leak in.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(path.dirname(workspace), 'user-data')],
    }).catch((error: unknown) => {
      process.stderr.write(`VS Code could not be started: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    });
    // mocha's spec reporter has printed each test; CI reads this last line.
    const results: ResultsSummary = fs.existsSync(resultsFile)
      ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as ResultsSummary
      : { passed: 0, failed: 0, fatal: 'the suite wrote no results' };
    if (results.fatal) process.stderr.write(`suite could not run: ${results.fatal}\n`);
    process.stdout.write(`${results.passed} passed, ${results.failed} failed\n`);
    return exitCode === 0 && results.failed === 0 && results.passed > 0 && !results.fatal ? 0 : 1;
  } finally {
    if (!process.env.CROSSCHECK_KEEP_TEMP) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`integration run failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stdout.write('0 passed, 0 failed\n');
    process.exitCode = 1;
  },
);
