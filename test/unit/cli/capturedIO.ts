// The command line's output kept for a test to read: what `main` prints to stdout and stderr.
import * as assert from 'assert';
import type { CliIO } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

export function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => void stdout.push(l), err: (l) => void stderr.push(l), progress: () => undefined };
}

/** Runs the CLI, asserts it succeeded (`label` and stderr in the message otherwise) and returns its stdout. */
export async function runOk(argv: string[], label: string): Promise<string> {
  const io = capture();
  const code = await main(argv, io);
  assert.strictEqual(code, 0, label + argv.join(' ') + '\n' + io.stderr.join('\n'));
  return io.stdout.join('\n');
}
