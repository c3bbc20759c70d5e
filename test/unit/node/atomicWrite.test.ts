import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { atomicWriteFile, atomicWriteNewFileSync, removeStaleTempFiles } from '../../../src/node/atomicWrite';
import { createAnnotation } from '../../../src/core/storage/create';
import { seededRandomSource } from '../../../src/core/storage/ids';
import { parseSidecar, serializeSidecar } from '../../../src/core/storage/sidecar';
import type { Sidecar } from '../../../src/core/storage/model';

const KILLS = 200;

function bigSidecar(label: string, count: number): string {
  const random = seededRandomSource(label.length);
  const text = `Desk log ${label}: the harbour authority of Port Ennis confirmed the closure of quay four. `.repeat(40);
  const annotations = Array.from({ length: count }, (_, i) =>
    createAnnotation(text, (i * 7) % 3000, ((i * 7) % 3000) + 25, { kind: 'note', note: `${label} note ${i}` }, { random, now: () => new Date(1_700_000_000_000 + i) }));
  const sidecar: Sidecar = { version: 1, source: { outlet: `Ennis Gazette (${label})` }, annotations };
  return serializeSidecar(sidecar);
}

describe('[node/atomicWrite] crash-safe saves', function () {
  this.timeout(180_000);
  let dir: string;
  before(async () => {
    // tmpfs when there is one: same rename semantics, but fsync does not wait for a disk, so 200
    // kill rounds take seconds rather than minutes on a busy machine.
    const base = await fs.stat('/dev/shm').then((s) => (s.isDirectory() ? '/dev/shm' : os.tmpdir()), () => os.tmpdir());
    dir = await fs.mkdtemp(path.join(base, 'crosscheck-atomic-'));
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('replaces the content, keeps the file mode and leaves no temp file', async () => {
    const target = path.join(dir, 'plain.txt.crosscheck.json');
    await fs.writeFile(target, 'old\n', { mode: 0o600 });
    await atomicWriteFile(target, 'new\n');
    assert.equal(await fs.readFile(target, 'utf8'), 'new\n');
    assert.equal((await fs.stat(target)).mode & 0o777, 0o600);
    assert.deepEqual((await fs.readdir(dir)).filter((n) => n.includes('crosscheck-tmp')), []);
  });

  it('fails cleanly (no temp left) when the folder does not exist', async () => {
    await assert.rejects(atomicWriteFile(path.join(dir, 'missing', 'x.json'), 'x'), /ENOENT/);
  });

  it('writes a new file from pieces, and a failure while writing them leaves neither the file nor a temp file', async () => {
    const target = path.join(dir, 'pieces.json');
    atomicWriteNewFileSync(target, ['[', '"Ennis",', '"quay ✓"', ']']);
    assert.equal(await fs.readFile(target, 'utf8'), '["Ennis","quay ✓"]');
    const failing = path.join(dir, 'failing.json');
    function* torn() {
      yield '[1,';
      throw new Error('the value could not be written');
    }
    assert.throws(() => atomicWriteNewFileSync(failing, torn()), /could not be written/);
    assert.deepEqual((await fs.readdir(dir)).filter((n) => n.includes('failing')), []);
  });

  it(`after ${KILLS} SIGKILLs at random moments of saving, the file is always the old or the new version and parses`, async () => {
    const child = path.join(dir, 'saveLoopChild.js');
    await esbuild.build({ entryPoints: [path.join(__dirname, 'saveLoopChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'silent' });
    const oldText = bigSidecar('old', 600);
    const newText = bigSidecar('new', 700);
    const oldFile = path.join(dir, 'old.json');
    const newFile = path.join(dir, 'new.json');
    await fs.writeFile(oldFile, oldText);
    await fs.writeFile(newFile, newText);
    const seen = { old: 0, new: 0 };
    // Four files killed in parallel (each round is one child process), 200 rounds in all.
    const lanes = 4;
    await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
      const target = path.join(dir, `article-${lane}.txt.crosscheck.json`);
      let random = 12345 + lane;
      for (let i = lane; i < KILLS; i += lanes) {
        await fs.writeFile(target, oldText);
        random = (random * 1103515245 + 12345) % 2 ** 31;
        const delayMs = random % 25;
        await new Promise<void>((resolve, reject) => {
          const proc = spawn(process.execPath, [child, target, oldFile, newFile], { stdio: ['ignore', 'pipe', 'inherit'] });
          proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), delayMs));
          proc.once('error', reject);
          proc.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed (${signal})`))));
        });
        const after = await fs.readFile(target, 'utf8');
        assert.ok(after === oldText || after === newText, `kill ${i}: torn file (${after.length} characters)`);
        const loaded = parseSidecar(after);
        assert.equal(loaded.writable, true, `kill ${i}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
        seen[after === oldText ? 'old' : 'new']++;
      }
    }));
    const leftovers = (await fs.readdir(dir)).filter((n) => n.endsWith('.crosscheck-tmp'));
    // Both outcomes must occur, or the kills did not land during saves.
    assert.ok(seen.old > 0 && seen.new > 0, JSON.stringify(seen));
    let removed = 0;
    for (let lane = 0; lane < lanes; lane++) removed += await removeStaleTempFiles(path.join(dir, `article-${lane}.txt.crosscheck.json`), 0);
    assert.equal(removed, leftovers.length);
    process.stdout.write(`      kills: ${KILLS}, file was old ${seen.old} / new ${seen.new} times, never torn; temp files left by killed saves: ${leftovers.length} (removed by cleanup)\n`);
  });
});
