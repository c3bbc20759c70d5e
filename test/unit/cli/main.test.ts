import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { renderExport } from '../../../src/core/export';
import { exportInput } from '../core/export/fixture';
import { capture } from './capturedIO';

const here = '[cli/main] ';

describe('[cli/main]', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
    fs.mkdirSync(path.join(dir, 'desk'));
    fs.mkdirSync(path.join(dir, '.hidden'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'desk', 'a.txt'), 'Harbour talks resume\n\n"We are close," said Mara Quill, the port director.\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '\uFEFF# Notes\n\nNothing quoted here.\n');
    fs.writeFileSync(path.join(dir, 'b.md.crosscheck.json'), '{"version":1,"source":{},"annotations":[]}');
    fs.writeFileSync(path.join(dir, 'README.md'), 'About this folder.');
    fs.writeFileSync(path.join(dir, '.hidden', 'c.txt'), 'hidden');
    fs.writeFileSync(path.join(dir, 'node_modules', 'd.txt'), 'dependency');
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks folders for articles, skipping hidden folders, node_modules, sidecars, READMEs and binaries', async () => {
    const io = capture();
    const code = await main(['analyze', dir, '--json'], io);
    assert.strictEqual(code, 0, here + io.stderr.join('\n'));
    const json = JSON.parse(io.stdout.join('\n'));
    assert.strictEqual(json.version, 1);
    assert.deepStrictEqual(json.documents.map((d: { file: string }) => d.file), ['b.md', 'desk/a.txt']);
    assert.ok(io.stderr.some((l) => /image\.txt.*binary/.test(l)), here + 'binary file warned about');
    const a = json.documents[1];
    const text = fs.readFileSync(path.join(dir, 'desk', 'a.txt'), 'utf8');
    assert.strictEqual(a.quotes.length, 1);
    assert.strictEqual(text.slice(a.quotes[0].start, a.quotes[0].end), a.quotes[0].text);
    assert.strictEqual(a.quotes[0].text, 'We are close,');
    assert.strictEqual(a.quotes[0].speaker, 'Mara Quill');
    assert.deepStrictEqual(json.quoteGroups, []);
  });

  it('never takes a file Crosscheck wrote for an article: report names, the crosscheck-exports folder, or the marker in a renamed export', async () => {
    const exportText = renderExport(exportInput(), 'md');
    fs.writeFileSync(path.join(dir, 'desk', 'desk.crosscheck-report.md'), exportText);
    fs.writeFileSync(path.join(dir, 'desk', 'renamed-report.md'), exportText);
    fs.mkdirSync(path.join(dir, 'crosscheck-exports'));
    fs.writeFileSync(path.join(dir, 'crosscheck-exports', 'plain.txt'), '"We are close," said Mara Quill.\n');
    const io = capture();
    assert.strictEqual(await main(['analyze', dir, '--json'], io), 0, here + io.stderr.join('\n'));
    assert.deepStrictEqual(JSON.parse(io.stdout.join('\n')).documents.map((d: { file: string }) => d.file), ['b.md', 'desk/a.txt']);
    const named = capture();
    assert.strictEqual(await main(['analyze', path.join(dir, 'desk', 'renamed-report.md'), '--json'], named), 1);
    assert.ok(named.stderr.some((l) => /renamed-report\.md: written by Crosscheck/.test(l)), here + named.stderr.join('\n'));
  });

  it('--reported-speech adds reported speech as quotes of kind "reported"; without it the output has none', async () => {
    const text = 'Harbour talks resume\n\nPort director Mara Quill said the talks would resume on Friday. "We are close," she said.\n';
    fs.writeFileSync(path.join(dir, 'desk', 'a.txt'), text);
    const quotesOf = async (extra: string[]) => {
      const io = capture();
      const code = await main(['analyze', path.join(dir, 'desk'), '--json', '--no-cache', ...extra], io);
      assert.strictEqual(code, 0, here + io.stderr.join('\n'));
      return JSON.parse(io.stdout.join('\n')).documents[0].quotes;
    };
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
    const direct = { ...span('We are close,'), speaker: 'Mara Quill' };
    assert.deepStrictEqual(await quotesOf([]), [direct]);
    assert.deepStrictEqual(await quotesOf(['--reported-speech']), [{ ...span('the talks would resume on Friday'), speaker: 'Mara Quill', kind: 'reported' }, direct]);
  });

  it('exits 1 naming a missing input, and still reports the rest', async () => {
    const io = capture();
    const code = await main(['analyze', path.join(dir, 'nope'), path.join(dir, 'desk'), '--json'], io);
    assert.strictEqual(code, 1);
    assert.ok(io.stderr.some((l) => l.includes('nope')), here + io.stderr.join('\n'));
    assert.strictEqual(JSON.parse(io.stdout.join('\n')).documents.length, 1);
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [[], ['analyze'], ['analyze', dir, '--bogus'], ['frobnicate'], ['analyze', dir, '--max-size', 'x']]) {
      const io = capture();
      assert.strictEqual(await main(argv, io), 2, here + argv.join(' '));
      assert.ok(io.stderr.join('\n').includes('usage:'), here + 'usage printed for ' + argv.join(' '));
    }
  });

  it('skips files over --max-size with a warning', async () => {
    const io = capture();
    const code = await main(['analyze', dir, '--json', '--max-size', '20'], io);
    assert.strictEqual(code, 0);
    assert.strictEqual(JSON.parse(io.stdout.join('\n')).documents.length, 0);
    assert.ok(io.stderr.some((l) => l.includes('--max-size')));
  });

  it('prints a readable summary without --json', async () => {
    const io = capture();
    assert.strictEqual(await main(['analyze', path.join(dir, 'desk')], io), 0);
    const out = io.stdout.join('\n');
    assert.ok(out.includes('a.txt'), here + out);
    assert.ok(out.includes('Mara Quill'), here + out);
  });
});
