import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/io';

// An article (and its file name) written to retitle or repaint the terminal that prints it.
const ESC = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function capture(): CliIO & { lines: string[]; stdout: string[] } {
  const lines: string[] = [];
  const stdout: string[] = [];
  return { lines, stdout, out: (l) => void (lines.push(l), stdout.push(l)), err: (l) => void lines.push(l), progress: (l) => void lines.push(l) };
}

describe('[cli/terminalText] CLI output carries no control characters from the workspace', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-esc-'));
    fs.writeFileSync(path.join(dir, `evil${ESC}.txt`), `Harbour ${ESC} talks\n\n"We are close ${ESC}," said Mara Quill, the port director.\n`);
    // eslint-disable-next-line no-control-regex
    fs.writeFileSync(path.join(dir, `evil${ESC}.txt.crosscheck.json`), `{"version":1,"annotations":[{"id":"${ESC}"}]}`.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const args of [[], ['--json']]) {
    it(`analyze ${args.join(' ')}`.trim(), async () => {
      const io = capture();
      await main(['analyze', dir, ...args], io);
      assert.ok(io.lines.length > 0);
      for (const line of io.lines) assert.doesNotMatch(line, CONTROL, JSON.stringify(line));
      if (args.includes('--json')) assert.doesNotThrow(() => JSON.parse(io.stdout.join('\n')));
    });
  }

  it('export to stdout (Markdown)', async () => {
    const io = capture();
    await main(['export', dir, '--format', 'md'], io);
    for (const line of io.lines) assert.doesNotMatch(line, CONTROL, JSON.stringify(line));
  });
});
