// `crosscheck import` end to end on real folders: round trips through the CLI's own exports into an
// empty copy of the folder, a Hypothesis file imported twice, and a damaged sidecar left untouched.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { main } from '../../../src/cli/main';
import { exportInput } from '../core/export/fixture';
import { capture } from './capturedIO';

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('[cli/import]', function () {
  this.timeout(60000);
  let dir: string;
  let source: string;

  const emptyCopy = (name: string) => {
    const to = path.join(dir, name);
    fs.mkdirSync(to);
    for (const f of ['harbour.txt', 'coast.txt']) fs.copyFileSync(path.join(source, f), path.join(to, f));
    return to;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-import-'));
    source = path.join(dir, 'source');
    fs.mkdirSync(source);
    const input = exportInput();
    input.registry.claims[1] = { ...input.registry.claims[1], status: 'false' };
    for (const s of input.sources) {
      fs.writeFileSync(path.join(source, s.file), s.analysis.article.text);
      fs.writeFileSync(path.join(source, s.file + '.crosscheck.json'), JSON.stringify(s.sidecar, null, 2));
    }
    fs.writeFileSync(path.join(source, 'crosscheck.claims.json'), JSON.stringify(input.registry, null, 2));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const claimsOf = (folder: string) =>
    (readJson(path.join(folder, 'crosscheck.claims.json')).claims as { text: string; status: string }[]).map((c) => `${c.status}: ${c.text}`).sort();

  for (const format of ['claimreview', 'csv'] as const) {
    it(`round trip: export --format ${format}, then import into an empty copy, gives the same claims and statuses`, async () => {
      const exported = path.join(dir, `export.${format}`);
      const io = capture();
      assert.strictEqual(await main(['export', source, '--format', format, '--out', exported], io), 0, io.stderr.join('\n'));
      const target = emptyCopy(`copy-${format}`);
      const run = capture();
      assert.strictEqual(await main(['import', '--format', format, exported, '--into', target], run), 0, run.stderr.join('\n'));
      assert.deepStrictEqual(claimsOf(target), claimsOf(source));
      assert.match(run.stdout[0], /added 2 claims/);
      if (format === 'csv') {
        // Every evidence passage is back, at the same offsets.
        const evidence = (folder: string) =>
          ['harbour.txt', 'coast.txt'].flatMap((f) =>
            (readJson(path.join(folder, f + '.crosscheck.json')).annotations as { kind: string; claimId: string; stance: string; target: { start: number; end: number } }[])
              .filter((a) => a.kind === 'evidence')
              .map((a) => `${f} ${a.claimId} ${a.stance} ${a.target.start}-${a.target.end}`),
          ).sort();
        assert.deepStrictEqual(evidence(target), evidence(source));
      }
      // Importing again adds nothing.
      const before = fs.readFileSync(path.join(target, 'crosscheck.claims.json'), 'utf8');
      const again = capture();
      assert.strictEqual(await main(['import', '--format', format, exported, '--into', target], again), 0);
      assert.match(again.stdout[0], /added 0 claims and 0 annotations/);
      assert.strictEqual(fs.readFileSync(path.join(target, 'crosscheck.claims.json'), 'utf8'), before);
    });
  }

  it('hypothesis: notes where the address or the passage says, the rest listed; a second run adds nothing', async () => {
    const target = emptyCopy('copy-hypothesis');
    fs.writeFileSync(path.join(target, 'harbour.txt.crosscheck.json'), JSON.stringify({ version: 1, source: { url: 'https://gazette.example/port-fire/' }, annotations: [] }));
    const file = path.join(dir, 'hypothesis.json');
    const selector = (exact: string) => [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }];
    fs.writeFileSync(
      file,
      JSON.stringify([
        { id: 'hA', uri: 'https://gazette.example/port-fire', text: 'check the count', tags: ['figures'], user: 'acct:ines@hypothes.is', created: '2026-03-09T10:00:00+00:00', target: [{ selector: selector('1,200 residents') }] },
        { id: 'hB', uri: 'https://coast.example/unknown', text: 'operator?', tags: [], target: [{ selector: selector('called the operator reckless') }] },
        { id: 'hC', uri: 'https://coast.example/unknown', text: 'not there', tags: [], target: [{ selector: selector('a sentence from another story') }] },
        { id: 'hD', uri: 'https://coast.example/unknown', text: '\u001b]0;owned\u0007', tags: [], target: [{ selector: selector('Tern Row') }] },
      ]),
    );
    const io = capture();
    assert.strictEqual(await main(['import', '--format', 'hypothesis', file, '--into', target], io), 0, io.stderr.join('\n'));
    assert.match(io.stdout[0], /added 0 claims and 2 annotations in 2 articles; 0 already there; 2 not placed/);
    assert.ok(io.stdout.some((l) => l.includes('[hC]') && l.includes('no article has this address or this passage')));
    assert.ok(io.stdout.some((l) => l.includes('[hD]') && l.includes('2 articles')));
    assert.ok(!io.stdout.join('\n').includes('\u001b'), 'terminal escapes are shown, never sent');
    const harbour = readJson(path.join(target, 'harbour.txt.crosscheck.json'));
    assert.deepStrictEqual(harbour.source, { url: 'https://gazette.example/port-fire/' });
    assert.deepStrictEqual(
      harbour.annotations.map((a: Record<string, unknown>) => [a.kind, a.note, a.tags, a.author, a.created, a.origin]),
      [['note', 'check the count', ['figures'], 'acct:ines@hypothes.is', '2026-03-09T10:00:00+00:00', { format: 'hypothesis', id: 'hA' }]],
    );
    const again = capture();
    assert.strictEqual(await main(['import', '--format', 'hypothesis', file, '--into', target], again), 0);
    assert.match(again.stdout[0], /added 0 claims and 0 annotations in 0 articles; 2 already there; 2 not placed/);
  });

  describe('the verification trail on what is added', () => {
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM };
    before(() => {
      // No global or system git name: only the folder's own repository may name the person.
      const empty = path.join(dir, 'empty.gitconfig');
      fs.writeFileSync(empty, '');
      process.env.GIT_CONFIG_GLOBAL = empty;
      process.env.GIT_CONFIG_NOSYSTEM = '1';
    });
    after(() => {
      for (const [key, value] of [['GIT_CONFIG_GLOBAL', saved.global], ['GIT_CONFIG_NOSYSTEM', saved.nosystem]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    const exported = async () => {
      const file = path.join(dir, 'trail-export.csv');
      if (!fs.existsSync(file)) assert.strictEqual(await main(['export', source, '--format', 'csv', '--out', file], capture()), 0);
      return file;
    };
    const trailOf = (folder: string) => [
      ...readJson(path.join(folder, 'crosscheck.claims.json')).claims,
      ...['harbour.txt', 'coast.txt'].flatMap((f) => readJson(path.join(folder, f + '.crosscheck.json')).annotations),
    ] as { createdBy?: string; created?: string; modifiedBy?: string }[];
    const importInto = async (target: string, extra: string[] = []) => {
      const io = capture();
      assert.strictEqual(await main(['import', '--format', 'csv', await exported(), '--into', target, ...extra], io), 0, io.stderr.join('\n'));
      return io;
    };

    it('--author names who added every claim and annotation; a second run adds nothing and writes nothing', async () => {
      const target = emptyCopy('trail-author');
      await importInto(target, ['--author', 'Ines Moreau']);
      const items = trailOf(target);
      assert.strictEqual(items.length, 5, JSON.stringify(items));
      for (const item of items) {
        assert.strictEqual(item.createdBy, 'Ines Moreau');
        assert.strictEqual(item.modifiedBy, 'Ines Moreau');
        assert.match(item.created ?? '', /^\d{4}-\d{2}-\d{2}T/);
      }
      const files = ['crosscheck.claims.json', 'harbour.txt.crosscheck.json', 'coast.txt.crosscheck.json'].map((f) => path.join(target, f));
      const before = files.map((f) => fs.readFileSync(f, 'utf8'));
      const again = await importInto(target, ['--author', 'Someone Else']);
      assert.match(again.stdout[0], /added 0 claims and 0 annotations/);
      assert.deepStrictEqual(files.map((f) => fs.readFileSync(f, 'utf8')), before, 'nothing rewritten, no author changed');
    });

    it('without --author: git user.name of the folder, else the OS account', async () => {
      const inRepo = emptyCopy('trail-git');
      execFileSync('git', ['init', '-q'], { cwd: inRepo });
      execFileSync('git', ['config', 'user.name', 'Git Person'], { cwd: inRepo });
      await importInto(inRepo);
      assert.deepStrictEqual([...new Set(trailOf(inRepo).map((i) => i.createdBy))], ['Git Person']);

      const plain = emptyCopy('trail-os');
      await importInto(plain);
      assert.deepStrictEqual([...new Set(trailOf(plain).map((i) => i.createdBy))], [os.userInfo().username]);
    });

    it('--dry-run writes nothing, so it asks for no name', async () => {
      const target = emptyCopy('trail-dry');
      await importInto(target, ['--dry-run']);
      assert.ok(!fs.existsSync(path.join(target, 'crosscheck.claims.json')));
    });
  });

  it('a sidecar that cannot be read is never written; what would land there is listed', async () => {
    const target = emptyCopy('copy-damaged');
    const damaged = path.join(target, 'coast.txt.crosscheck.json');
    fs.writeFileSync(damaged, '{ "version": 1, "annotations": [ { "kind": ');
    const file = path.join(dir, 'one.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 'hZ', uri: 'x', text: 'n', tags: [], target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'called the operator reckless' }] }] }]));
    const io = capture();
    assert.strictEqual(await main(['import', '--format', 'hypothesis', file, '--into', target], io), 0);
    assert.ok(io.stdout.some((l) => l.includes('[hZ]') && l.includes('read-only')), io.stdout.join('\n'));
    assert.strictEqual(fs.readFileSync(damaged, 'utf8'), '{ "version": 1, "annotations": [ { "kind": ');
  });

  it('says what is wrong with the arguments', async () => {
    const cases: [string[], number, string][] = [
      [['import', 'x.json', '--into', dir], 2, 'import needs --format'],
      [['import', '--format', 'pdf', 'x.json', '--into', dir], 2, '--format takes one of hypothesis, claimreview, csv'],
      [['import', '--format', 'csv', 'x.csv'], 2, 'import needs --into'],
      [['import', '--format', 'csv', '--into', dir], 2, 'import needs a file'],
      [['import', '--format', 'claimreview', 'x', '--into', dir, '--rating', 'Wrong=maybe'], 2, 'maybe is not a status'],
      [['import', '--format', 'csv', path.join(dir, 'missing.csv'), '--into', dir], 1, 'cannot read'],
      [['import', '--format', 'csv', 'x.csv', '--into', dir, '--author', '  '], 2, '--author takes a name'],
      [['import', '--format', 'csv', 'x.csv', '--into', dir, '--author'], 2, '--author needs a value'],
      [['import', '--format', 'csv', path.join(dir, 'missing.csv'), '--into', path.join(dir, 'nowhere')], 1, 'no such folder'],
    ];
    for (const [argv, code, message] of cases) {
      const io = capture();
      assert.strictEqual(await main(argv, io), code, argv.join(' '));
      assert.ok(io.stderr.join('\n').includes(message), io.stderr.join('\n'));
    }
  });
});
