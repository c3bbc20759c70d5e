// End to end through the CLI (src/cli/export.ts): a real folder with articles, sidecars and a
// claims registry on disk, every format, offsets checked against the files as written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { main } from '../../../../src/cli/main';
import { exportInput } from './fixture';
import { capture } from '../../cli/capturedIO';

describe('[cli/export]', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-export-'));
    const input = exportInput();
    for (const s of input.sources) {
      // The first article starts with a byte-order mark, which offsets must not count.
      fs.writeFileSync(path.join(dir, s.file), (s.file === 'harbour.txt' ? '\uFEFF' : '') + s.analysis.article.text);
      fs.writeFileSync(path.join(dir, s.file + '.crosscheck.json'), JSON.stringify(s.sidecar, null, 2));
    }
    fs.writeFileSync(path.join(dir, 'crosscheck.claims.json'), JSON.stringify(input.registry, null, 2));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('w3c: every selector is the file text (BOM removed) at its positions', async () => {
    const io = capture();
    assert.strictEqual(await main(['export', dir, '--format', 'w3c'], io), 0, io.stderr.join('\n'));
    const doc = JSON.parse(io.stdout.join('\n'));
    const evidence = doc.first.items.filter((a: { motivation: string }) => a.motivation === 'assessing');
    assert.strictEqual(evidence.length, 3);
    for (const a of doc.first.items) {
      const text = fs.readFileSync(fileURLToPath(a.target.source), 'utf8').replace(/^\uFEFF/, '');
      const [quote, position] = a.target.selector;
      assert.strictEqual(text.slice(position.start, position.end), quote.exact);
    }
    assert.ok(doc.id.startsWith('file:///'));
  });

  it('md, html, csv and claimreview come out, to stdout or to --out', async () => {
    for (const format of ['md', 'html', 'csv', 'claimreview']) {
      const out = path.join(dir, `report.${format}`);
      const io = capture();
      assert.strictEqual(await main(['export', dir, '--format', format, '--out', out, '--author', 'Fact Desk'], io), 0, io.stderr.join('\n'));
      const written = fs.readFileSync(out, 'utf8');
      assert.ok(written.includes('1,200 residents of Tern Row'), `${format} lacks the claim`);
    }
    const reviews = JSON.parse(fs.readFileSync(path.join(dir, 'report.claimreview'), 'utf8'));
    assert.deepStrictEqual(reviews[0].author, { '@type': 'Organization', name: 'Fact Desk' });
    assert.strictEqual(reviews[0].publisher, undefined);
  });

  it('names the ClaimReview publisher given with --publisher', async () => {
    const io = capture();
    assert.strictEqual(await main(['export', dir, '--format', 'claimreview', '--publisher', 'Tern Row Evening News'], io), 0, io.stderr.join('\n'));
    const reviews = JSON.parse(io.stdout.join(''));
    assert.deepStrictEqual(reviews[0].publisher, { '@type': 'Organization', name: 'Tern Row Evening News' });
  });

  it('says what is wrong with the arguments', async () => {
    const cases: [string[], number, string][] = [
      [['export', dir], 2, 'export needs --format'],
      [['export', dir, '--format', 'pdf'], 2, '--format takes one of md, html, csv, w3c, claimreview'],
      [['export', '--format', 'md'], 2, 'export needs a folder'],
      [['export', path.join(dir, 'missing'), '--format', 'md'], 1, 'no such folder'],
      [['export', path.join(dir, 'coast.txt'), '--format', 'md'], 2, 'export takes a folder'],
    ];
    for (const [argv, code, message] of cases) {
      const io = capture();
      assert.strictEqual(await main(argv, io), code, argv.join(' '));
      assert.ok(io.stderr.join('\n').includes(message), io.stderr.join('\n'));
    }
  });

  it('reports a damaged sidecar and still exports the rest', async () => {
    const broken = path.join(dir, 'coast.txt.crosscheck.json');
    const saved = fs.readFileSync(broken, 'utf8');
    fs.writeFileSync(broken, '{ "version": 1, "annotations": [ { "kind": "evidence" } ] }');
    try {
      const io = capture();
      assert.strictEqual(await main(['export', dir, '--format', 'csv'], io), 0);
      assert.ok(io.stderr.some((l) => l.includes('coast.txt.crosscheck.json')), io.stderr.join('\n'));
      assert.ok(io.stdout.join('\n').includes('harbour.txt'));
    } finally {
      fs.writeFileSync(broken, saved);
    }
  });
});
