// `merge-analyses` and `export` take --reported-speech as `analyze` does: with it, reported speech is
// among the quotes as kind "reported"; without it, the output is what it was before the option.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { capture, runOk } from './capturedIO';

const here = '[cli/reportedSpeechCommands] ';

const run = (argv: string[]): Promise<string> => runOk(argv, here);

describe('[cli/reportedSpeechCommands] --reported-speech on merge-analyses and export', function () {
  this.timeout(120_000);
  let dir: string;
  const text = 'Harbour talks resume\n\nPort director Mara Quill said the talks would resume on Friday. "We are close," she said.\n';
  const reported = 'the talks would resume on Friday';

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-reported-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Ferry notes\n\n"The timetable stands," said Ivo Brandt of the ferry line.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('merge-analyses: with the flag, what analyze --reported-speech prints; without, what analyze prints', async () => {
    const shards: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const file = path.join(dir, `shard-${i}.json`);
      fs.writeFileSync(file, await run(['analyze', dir, '--json', '--no-cache', '--jobs', '1', '--reported-speech', '--shard', `${i}/2`]));
      shards.push(file);
    }
    const withFlag = await run(['merge-analyses', ...shards, '--json', '--reported-speech']);
    assert.strictEqual(withFlag, await run(['analyze', dir, '--json', '--no-cache', '--jobs', '1', '--reported-speech']));
    const quotes = JSON.parse(withFlag).documents.find((d: { file: string }) => d.file === 'a.txt').quotes;
    assert.deepStrictEqual(quotes.filter((q: { kind?: string }) => q.kind === 'reported').map((q: { text: string }) => q.text), [reported]);

    const withoutFlag = await run(['merge-analyses', ...shards, '--json']);
    assert.strictEqual(withoutFlag, await run(['analyze', dir, '--json', '--no-cache', '--jobs', '1']), here + 'byte-identical to analyze without the option');
    assert.ok(!withoutFlag.includes('"reported"'), here + 'no reported quote without the flag');
  });

  it('export: the flag adds reported-speech rows (and only them); without it the rows are as before', async () => {
    const withFlag = (await run(['export', dir, '--format', 'csv', '--reported-speech'])).split('\n');
    const withoutFlag = (await run(['export', dir, '--format', 'csv'])).split('\n');
    const reportedRows = withFlag.filter((l) => l.startsWith('reported speech,'));
    assert.strictEqual(reportedRows.length, 1, here + withFlag.join('\n'));
    assert.ok(reportedRows[0].includes(reported) && reportedRows[0].includes('Mara Quill'), here + reportedRows[0]);
    assert.deepStrictEqual(withoutFlag, withFlag.filter((l) => !l.startsWith('reported speech,')));

    const md = await run(['export', dir, '--format', 'md', '--reported-speech']);
    assert.ok(md.includes(`Reported: ${reported}`), here + md);
    assert.ok(!(await run(['export', dir, '--format', 'md'])).includes('Reported:'));
  });

  it('an unknown option is still a usage error', async () => {
    const io = capture();
    assert.strictEqual(await main(['merge-analyses', 'x.json', '--reported'], io), 2);
  });
});
