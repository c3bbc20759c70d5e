import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { emptySidecar } from '../../../../src/core/storage/sidecar';
import { nodeStorageBackend } from '../../../../src/extension/storage/nodeStorageBackend';
import { StaleFileError } from '../../../../src/extension/storage/storageBackend';

const tempFile = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-backend-')), name);
const withSource = (outlet: string) => ({ ...emptySidecar(), source: { outlet } });

describe('[extension/nodeStorageBackend]', () => {
  it('reads a missing sidecar as missing, and a saved one back', async () => {
    const backend = nodeStorageBackend();
    const file = tempFile('a.txt.crosscheck.json');
    assert.deepStrictEqual(await backend.loadSidecar(file), { kind: 'missing' });
    await backend.saveSidecar(file, withSource('Gull Island Herald'));
    const back = await backend.loadSidecar(file);
    assert.deepStrictEqual(back.kind === 'ok' && back.value.source, { outlet: 'Gull Island Herald' });
  });

  it('reads a sidecar that is not JSON as invalid, and refuses to write it', async () => {
    const backend = nodeStorageBackend();
    const file = tempFile('b.txt.crosscheck.json');
    fs.writeFileSync(file, '{ "version": 1, "annotations": [ nope');
    const loaded = await backend.loadSidecar(file);
    assert.strictEqual(loaded.kind, 'invalid');
    await assert.rejects(backend.saveSidecar(file, emptySidecar()));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '{ "version": 1, "annotations": [ nope');
  });

  it('never overwrites a file changed on disk after it was read', async () => {
    const backend = nodeStorageBackend();
    const file = tempFile('c.txt.crosscheck.json');
    await backend.saveSidecar(file, withSource('Before'));
    await backend.loadSidecar(file);
    const theirs = fs.readFileSync(file, 'utf8').replace('Before', 'Pulled from git');
    fs.writeFileSync(file, theirs);
    await assert.rejects(backend.saveSidecar(file, withSource('Mine')), StaleFileError);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), theirs);
  });
});
