import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runMergeDriver } from '../../../src/cli/mergeDriver';
import type { CliIO } from '../../../src/cli/io';

const SIDECAR = (note: string) => JSON.stringify({
  version: 1,
  annotations: [{ id: 'a_000000000001', kind: 'note', note, created: '2026-03-01T10:00:00Z', modified: '2026-03-01T10:00:00Z', target: { exact: 'quay', prefix: '', suffix: '', start: 0, end: 4 } }],
});

describe('[node/mergeDriver] refuses what it cannot merge safely', () => {
  let dir: string;
  const errors: string[] = [];
  const io: CliIO = { out: () => undefined, err: (line) => void errors.push(line), progress: () => undefined };
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'crosscheck-driver-'));
    errors.length = 0;
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const cases: Array<[string, string, RegExp]> = [
    ['theirs from a newer Crosscheck', JSON.stringify({ version: 4, annotations: [] }), /theirs: the sidecar was written by a newer Crosscheck \(version 4\)/],
    ['theirs not valid JSON', '{"version": 1, "annotations": [', /theirs: the sidecar is not valid JSON/],
    ['theirs with an unreadable annotation', JSON.stringify({ version: 1, annotations: [{ id: 'bad' }] }), /theirs: parts of the sidecar could not be read/],
  ];
  for (const [name, theirs, message] of cases) {
    it(`${name}: exit 1, ours left byte for byte`, async () => {
      const [base, ours, theirsFile] = ['base', 'ours', 'theirs'].map((n) => path.join(dir, n));
      await fs.writeFile(base, SIDECAR('base'));
      await fs.writeFile(ours, SIDECAR('ours'));
      await fs.writeFile(theirsFile, theirs);
      assert.equal(await runMergeDriver([base, ours, theirsFile], io), 1);
      assert.equal(await fs.readFile(ours, 'utf8'), SIDECAR('ours'));
      assert.match(errors.join('\n'), message);
    });
  }

  it('usage error without three files', async () => {
    assert.equal(await runMergeDriver(['only-one'], io), 2);
  });
});
