import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { claimsPathFor, loadClaimsFile, loadSidecarFile, saveClaimsFile, saveSidecarFile, sidecarPathFor } from '../../../src/node/storedFiles';
import { FileWriteQueue } from '../../../src/node/writeQueue';
import { createAnnotation, createClaim } from '../../../src/core/storage/create';
import { seededRandomSource } from '../../../src/core/storage/ids';

const ARTICLE = 'The Ennis ferry will run twice a day from May, the operator said.\n';

describe('[node/storedFiles] load and save sidecars and the claims registry', () => {
  let dir: string;
  const queue = new FileWriteQueue();
  const options = { random: seededRandomSource(9), now: () => new Date('2026-04-01T08:00:00.000Z') };
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'crosscheck-store-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a missing sidecar loads empty and writable, and saving creates it', async () => {
    const file = await loadSidecarFile(sidecarPathFor(path.join(dir, 'ferry.txt')));
    assert.equal(file.path, path.join(dir, 'ferry.txt.crosscheck.json'));
    assert.equal(file.diskText, null);
    const note = createAnnotation(ARTICLE, 4, 9, { kind: 'note', note: 'which Ennis?' }, options);
    const saved = await saveSidecarFile(file, { ...file.value, annotations: [note] }, queue);
    assert.equal(saved.status, 'written');
    const again = await loadSidecarFile(file.path);
    assert.deepEqual(again.value.annotations, [note]);
    assert.deepEqual(again.diagnostics, []);
  });

  it('refuses to overwrite a file changed on disk since it was loaded', async () => {
    const target = path.join(dir, 'ferry.txt.crosscheck.json');
    const file = await loadSidecarFile(target);
    await fs.writeFile(target, '{"version":1,"annotations":[]}\n');
    const saved = await saveSidecarFile(file, file.value, queue);
    assert.equal(saved.status, 'stale');
  });

  it('refuses to write a read-only (newer version) file and leaves it byte for byte', async () => {
    const target = path.join(dir, 'ferry.txt.crosscheck.json');
    const newer = '{"version":9,"annotations":[],"futureThing":{"a":1}}';
    await fs.writeFile(target, newer);
    const file = await loadSidecarFile(target);
    const saved = await saveSidecarFile(file, file.value, queue);
    assert.equal(saved.status, 'read-only');
    assert.equal(await fs.readFile(target, 'utf8'), newer);
  });

  it('saves the claims registry and reports an unchanged save', async () => {
    const file = await loadClaimsFile(claimsPathFor(dir));
    const claim = createClaim('The ferry runs twice a day from May.', { claimant: 'Ennis Ferries' }, options);
    const saved = await saveClaimsFile(file, { ...file.value, claims: [claim] }, queue);
    assert.equal(saved.status, 'written');
    if (saved.status !== 'written') return;
    const again = await saveClaimsFile(saved.file, saved.file.value, queue);
    assert.equal(again.status, 'unchanged');
    assert.match(await fs.readFile(path.join(dir, 'crosscheck.claims.json'), 'utf8'), /"claimant": "Ennis Ferries"/);
  });
});
