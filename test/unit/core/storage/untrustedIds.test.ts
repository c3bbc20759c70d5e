import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runMergeDriver } from '../../../../src/cli/mergeDriver';
import type { CliIO } from '../../../../src/cli/io';
import { parseClaimsRegistry } from '../../../../src/core/storage/claims';
import { parseSidecar } from '../../../../src/core/storage/sidecar';

// A merge-conflict id is shown in notifications and views: it must be an id, not text with a link.
const HOSTILE_ID = '[Resolve conflicts](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)';
const NOTE = { id: 'a_000000000001', kind: 'note', note: 'n', created: '2026-03-01T10:00:00Z', modified: '2026-03-01T10:00:00Z', target: { exact: 'quay', prefix: '', suffix: '', start: 0, end: 4 } };
const CLAIM = { id: 'c_000000000001', text: 'The quay reopens', status: 'unverified', created: '2026-03-01T10:00:00Z', modified: '2026-03-01T10:00:00Z' };

describe('[storage/untrustedIds] conflict and override ids follow the id patterns', () => {
  const sidecarCases: Array<[string, unknown]> = [
    ['a source conflict', { kind: 'source', id: HOSTILE_ID, base: null, ours: 'a', theirs: 'b' }],
    ['an annotation conflict', { kind: 'annotation', id: HOSTILE_ID, base: null, ours: NOTE, theirs: null }],
    ['an annotation conflict with a short id', { kind: 'annotation', id: 'a_1', base: null, ours: NOTE, theirs: null }],
  ];
  for (const [name, record] of sidecarCases) {
    it(`sidecar: ${name} with a hostile id makes the file read-only`, () => {
      const loaded = parseSidecar(JSON.stringify({ version: 1, annotations: [], conflicts: [record] }));
      assert.equal(loaded.writable, false);
      assert.ok(loaded.diagnostics.some((d) => d.severity === 'error' && d.path === '$.conflicts[0].id'), JSON.stringify(loaded.diagnostics));
      assert.ok(!(loaded.value.conflicts ?? []).some((c) => c.id === (record as { id: string }).id));
    });
  }

  const registryCases: Array<[string, unknown]> = [
    ['a claim conflict', { kind: 'claim', id: HOSTILE_ID, base: null, ours: CLAIM, theirs: null }],
    ['an alias override conflict', { kind: 'aliasOverride', id: HOSTILE_ID, base: null, ours: null, theirs: null }],
  ];
  for (const [name, record] of registryCases) {
    it(`registry: ${name} with a hostile id makes the file read-only`, () => {
      const loaded = parseClaimsRegistry(JSON.stringify({ version: 1, claims: [], conflicts: [record] }));
      assert.equal(loaded.writable, false);
      assert.ok(loaded.diagnostics.some((d) => d.severity === 'error' && d.path === '$.conflicts[0].id'), JSON.stringify(loaded.diagnostics));
    });
  }

  it('registry: an alias override with a hostile id makes the file read-only', () => {
    const loaded = parseClaimsRegistry(JSON.stringify({ version: 1, claims: [], aliasOverrides: [{ id: HOSTILE_ID, kind: 'split', name: 'A', from: 'B' }] }));
    assert.equal(loaded.writable, false);
  });

  it('well-formed conflict ids still load writable', () => {
    const loaded = parseSidecar(JSON.stringify({ version: 1, annotations: [], conflicts: [{ kind: 'source', id: 'title', base: null, ours: 'a', theirs: 'b' }, { kind: 'annotation', id: 'a_000000000001', base: null, ours: NOTE, theirs: null }] }));
    assert.equal(loaded.writable, true, JSON.stringify(loaded.diagnostics));
    const registry = parseClaimsRegistry(JSON.stringify({ version: 1, claims: [], aliasOverrides: [{ id: 'o_hl6cdf7vr78e', kind: 'split', name: 'A', from: 'B' }], conflicts: [{ kind: 'claim', id: 'c_000000000001', base: null, ours: CLAIM, theirs: null }] }));
    assert.equal(registry.writable, true, JSON.stringify(registry.diagnostics));
  });

  describe('the merge driver never carries a hostile record in', () => {
    let dir: string;
    const errors: string[] = [];
    const io: CliIO = { out: () => undefined, err: (line) => void errors.push(line), progress: () => undefined };
    beforeEach(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'crosscheck-ids-'));
      errors.length = 0;
    });
    afterEach(() => fs.rm(dir, { recursive: true, force: true }));

    async function merge(base: unknown, ours: unknown, theirs: unknown): Promise<{ code: number; ours: string; before: string }> {
      const files = ['base', 'ours', 'theirs'].map((n) => path.join(dir, n));
      const texts = [base, ours, theirs].map((v) => JSON.stringify(v));
      await Promise.all(files.map((f, i) => fs.writeFile(f, texts[i])));
      const code = await runMergeDriver(files, io);
      return { code, ours: await fs.readFile(files[1], 'utf8'), before: texts[1] };
    }

    it('theirs carries a conflict with a hostile id: refused, ours untouched', async () => {
      const clean = { version: 1, annotations: [] };
      const r = await merge(clean, clean, { ...clean, conflicts: [{ kind: 'source', id: HOSTILE_ID, base: null, ours: 'a', theirs: 'b' }] });
      assert.equal(r.code, 1);
      assert.equal(r.ours, r.before);
      assert.doesNotMatch(errors.join('\n'), /\]\(command:/);
    });

    it('a source field with a hostile name changed on both sides: refused, ours untouched', async () => {
      const side = (v: string) => ({ version: 1, source: { [HOSTILE_ID]: v }, annotations: [] });
      const r = await merge(side('base'), side('ours'), side('theirs'));
      assert.equal(r.code, 1);
      assert.equal(r.ours, r.before);
      assert.doesNotMatch(errors.join('\n'), /\]\(command:/);
    });
  });
});
