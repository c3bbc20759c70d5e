// The merge driver through real git: a temp repository with .gitattributes and the driver
// configured to run the built CLI (bin/crosscheck.js → dist/cli.js, bundled here into a temp folder
// exactly as `npm run build` does, so the test does not depend on a stale dist/).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { createAnnotation } from '../../../src/core/storage/create';
import { seededRandomSource } from '../../../src/core/storage/ids';
import type { Annotation, Sidecar } from '../../../src/core/storage/model';
import { parseSidecar, serializeSidecar } from '../../../src/core/storage/sidecar';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const ARTICLE = [
  'Port Ennis, Tuesday. The harbour authority said quay four would reopen on Friday.',
  'Harbour master Ilse Varga said the storm had "moved two of the pontoons a full metre".',
  'The ferry operator said sailings would resume once divers had checked the hull moorings.',
  '',
].join('\n');

describe('[node/gitMergeDriver] crosscheck merge-driver under real git', function () {
  this.timeout(120_000);
  let work: string;
  let repo: string;
  const random = seededRandomSource(2024);
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const now = () => new Date((clock += 60_000));
  const note = (passage: string, text: string): Annotation => {
    const at = ARTICLE.indexOf(passage);
    return createAnnotation(ARTICLE, at, at + passage.length, { kind: 'note', note: text }, { random, now });
  };

  function git(...args: string[]): { status: number; stdout: string; stderr: string } {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  function gitOk(...args: string[]): string {
    const r = git(...args);
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  }
  const sidecarPath = () => path.join(repo, 'article.txt.crosscheck.json');
  async function writeSidecar(annotations: Annotation[]): Promise<void> {
    const sidecar: Sidecar = { version: 1, source: { outlet: 'Ennis Gazette' }, annotations };
    await fs.writeFile(sidecarPath(), serializeSidecar(sidecar));
  }
  async function readSidecar(): Promise<Sidecar> {
    const loaded = parseSidecar(await fs.readFile(sidecarPath(), 'utf8'));
    assert.deepEqual(loaded.diagnostics.filter((d) => d.severity === 'error'), []);
    return loaded.value;
  }
  function commitAll(message: string): void {
    gitOk('add', '-A');
    gitOk('commit', '-q', '-m', message);
  }

  before(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'crosscheck-git-'));
    await fs.mkdir(path.join(work, 'bin'));
    await fs.copyFile(path.join(REPO_ROOT, 'bin', 'crosscheck.js'), path.join(work, 'bin', 'crosscheck.js'));
    await esbuild.build({ entryPoints: [path.join(REPO_ROOT, 'src/cli/main.ts')], outfile: path.join(work, 'dist', 'cli.js'), bundle: true, format: 'cjs', platform: 'node', target: 'node18', external: ['vscode'], logLevel: 'silent' });
  });
  after(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  let a1: Annotation;
  let a2: Annotation;
  beforeEach(async () => {
    repo = await fs.mkdtemp(path.join(work, 'repo-'));
    gitOk('init', '-q', '-b', 'main');
    gitOk('config', 'user.email', 'desk@ennis.example');
    gitOk('config', 'user.name', 'Ennis Desk');
    gitOk('config', 'merge.crosscheck.name', 'Crosscheck sidecar merge');
    gitOk('config', 'merge.crosscheck.driver', `node "${path.join(work, 'bin', 'crosscheck.js')}" merge-driver %O %A %B`);
    await fs.writeFile(path.join(repo, '.gitattributes'), '*.crosscheck.json merge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n');
    await fs.writeFile(path.join(repo, 'article.txt'), ARTICLE);
    a1 = note('quay four would reopen on Friday', 'ask the authority for the notice');
    a2 = note('Ilse Varga', 'harbour master since 2019?');
    await writeSidecar([a1, a2]);
    commitAll('base');
  });

  it('two branches adding and editing different annotations merge clean, nothing lost', async () => {
    gitOk('checkout', '-q', '-b', 'left');
    // Same passage on both branches: a line-based merge would collide here; the driver merges by id.
    const left = note('moved two of the pontoons', 'photo desk has pictures');
    const a1Left = { ...a1, note: 'notice is dated 3 March', modified: now().toISOString() };
    await writeSidecar([a1Left, a2, left]);
    commitAll('left');
    gitOk('checkout', '-q', 'main');
    gitOk('checkout', '-q', '-b', 'right');
    const right = note('moved two of the pontoons', 'metre or metres? check audio');
    const a2Right = { ...a2, note: 'harbour master since 2021', modified: now().toISOString() };
    await writeSidecar([a1, a2Right, right]);
    commitAll('right');

    const merged = git('merge', '--no-edit', 'left');
    assert.equal(merged.status, 0, merged.stdout + merged.stderr);
    const result = await readSidecar();
    const byId = new Map(result.annotations.map((a) => [a.id, a]));
    assert.deepEqual([...byId.keys()].sort(), [a1.id, a2.id, left.id, right.id].sort());
    assert.deepEqual(byId.get(a1.id), a1Left);
    assert.deepEqual(byId.get(a2.id), a2Right);
    assert.equal(result.conflicts, undefined);
    assert.equal(gitOk('status', '--porcelain'), '');
    // The merged file is in canonical form (what the tool itself would write).
    assert.equal(await fs.readFile(sidecarPath(), 'utf8'), serializeSidecar(result));
  });

  it('two people changing the same annotation (different fields): one merged item naming both of them', async () => {
    gitOk('checkout', '-q', '-b', 'left');
    const byAna = { ...a1, note: 'notice is dated 3 March', modified: now().toISOString(), modifiedBy: 'Ana Ruiz' };
    await writeSidecar([byAna, a2]);
    commitAll('left');
    gitOk('checkout', '-q', 'main');
    const byTom = { ...a1, tags: ['notices'], modified: now().toISOString(), modifiedBy: 'Tom Hale' };
    await writeSidecar([byTom, a2]);
    commitAll('main edit');

    const merged = git('merge', '--no-edit', 'left');
    assert.equal(merged.status, 0, merged.stdout + merged.stderr);
    const result = await readSidecar();
    const item = result.annotations.find((a) => a.id === a1.id);
    assert.deepEqual(
      [item?.note, item?.tags, item?.modifiedBy, item?.modified, item?.alsoChangedBy],
      ['notice is dated 3 March', ['notices'], 'Tom Hale', byTom.modified, [{ by: 'Ana Ruiz', at: byAna.modified }]],
    );
    assert.equal(result.conflicts, undefined);
  });

  it('the same annotation edited differently on both sides: a clear conflict, both versions kept, valid JSON', async () => {
    gitOk('checkout', '-q', '-b', 'left');
    const ours = { ...a1, note: 'notice says Friday 09:00', modified: now().toISOString() };
    await writeSidecar([ours, a2]);
    commitAll('left');
    gitOk('checkout', '-q', 'main');
    const theirs = { ...a1, note: 'notice says Saturday', modified: now().toISOString() };
    await writeSidecar([theirs, a2]);
    commitAll('main edit');
    gitOk('checkout', '-q', 'left');

    const merged = git('merge', '--no-edit', 'main');
    assert.notEqual(merged.status, 0);
    assert.match(merged.stdout + merged.stderr, /CONFLICT/);
    assert.match(merged.stderr + merged.stdout, /conflict: annotation a_\w+ changed differently on both sides/);
    assert.match(gitOk('status', '--porcelain'), /^UU article\.txt\.crosscheck\.json$/m);
    const text = await fs.readFile(sidecarPath(), 'utf8');
    assert.doesNotMatch(text, /^(<<<<<<<|>>>>>>>|=======)/m);
    const result = await readSidecar();
    assert.deepEqual(result.annotations.find((a) => a.id === a1.id), ours);
    assert.deepEqual(result.conflicts, [{ kind: 'annotation', id: a1.id, base: a1, ours, theirs }]);
  });

  it('claims registries added on both branches merge by claim id', async () => {
    const registry = (claims: object[]) => JSON.stringify({ version: 1, claims, aliasOverrides: [], dismissedSuggestions: [] }, null, 2) + '\n';
    const claim = (id: string, text: string) => ({ id, text, status: 'unverified', created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z' });
    const file = path.join(repo, 'crosscheck.claims.json');
    gitOk('checkout', '-q', '-b', 'left');
    await fs.writeFile(file, registry([claim('c_00000000000a', 'Quay four reopens on Friday.')]));
    commitAll('left claim');
    gitOk('checkout', '-q', 'main');
    await fs.writeFile(file, registry([claim('c_00000000000b', 'Two pontoons moved a metre.')]));
    commitAll('main claim');
    const merged = git('merge', '--no-edit', 'left');
    assert.equal(merged.status, 0, merged.stdout + merged.stderr);
    const result = JSON.parse(await fs.readFile(file, 'utf8'));
    assert.deepEqual(result.claims.map((c: { id: string }) => c.id), ['c_00000000000a', 'c_00000000000b']);
  });

  it('dismissed suggestions keep who dismissed them: one side’s record carried, both people when both dismissed one', async () => {
    const file = path.join(repo, 'crosscheck.claims.json');
    const registry = (dismissals: { key: string; by: string; at: string }[]) =>
      JSON.stringify({ version: 1, claims: [], aliasOverrides: [], dismissedSuggestions: dismissals.map((d) => d.key).sort(), dismissals }, null, 2) + '\n';
    await fs.writeFile(file, registry([]));
    commitAll('empty registry');
    gitOk('checkout', '-q', '-b', 'left');
    await fs.writeFile(file, registry([{ key: 'stmt:a', by: 'Ana Ruiz', at: '2026-03-02T09:00:00.000Z' }, { key: 'stmt:both', by: 'Ana Ruiz', at: '2026-03-02T10:00:00.000Z' }]));
    commitAll('left dismissals');
    gitOk('checkout', '-q', 'main');
    await fs.writeFile(file, registry([{ key: 'stmt:both', by: 'Tom Hale', at: '2026-03-02T08:00:00.000Z' }]));
    commitAll('main dismissal');
    const merged = git('merge', '--no-edit', 'left');
    assert.equal(merged.status, 0, merged.stdout + merged.stderr);
    const result = JSON.parse(await fs.readFile(file, 'utf8'));
    assert.deepEqual(result.dismissedSuggestions, ['stmt:a', 'stmt:both']);
    assert.deepEqual(result.dismissals, [
      { key: 'stmt:a', by: 'Ana Ruiz', at: '2026-03-02T09:00:00.000Z' },
      { key: 'stmt:both', by: 'Tom Hale', at: '2026-03-02T08:00:00.000Z', alsoChangedBy: [{ by: 'Ana Ruiz', at: '2026-03-02T10:00:00.000Z' }] },
    ]);
  });
});
