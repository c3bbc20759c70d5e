import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { atomicWriteFile, atomicWriteNewFileSync } from '../../../src/node/atomicWrite';
import { refuseSymlink, refuseSymlinkSync } from '../../../src/node/noSymlink';

describe('[node/symlinks] Crosscheck never writes through a symbolic link', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'crosscheck-links-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('an atomic write to a symlinked sidecar is refused: the link stays a link, its target untouched', async () => {
    const outside = path.join(dir, 'outside.txt');
    const link = path.join(dir, 'a.txt.crosscheck.json');
    await fs.writeFile(outside, 'precious');
    await fs.symlink(outside, link);
    await assert.rejects(atomicWriteFile(link, '{"version":1}'), /symbolic link/);
    assert.ok((await fs.lstat(link)).isSymbolicLink());
    assert.equal(await fs.readFile(outside, 'utf8'), 'precious');
    assert.deepEqual((await fs.readdir(dir)).sort(), ['a.txt.crosscheck.json', 'outside.txt'], 'no temp file left behind');
  });

  it('the synchronous write of cache entries refuses a link too, writes a new file whole, and leaves no temp file', async () => {
    const outside = path.join(dir, 'outside.txt');
    const link = path.join(dir, 'entry.json');
    await fs.writeFile(outside, 'precious');
    await fs.symlink(outside, link);
    assert.throws(() => atomicWriteNewFileSync(link, '{}'), /symbolic link/);
    assert.equal(await fs.readFile(outside, 'utf8'), 'precious');
    atomicWriteNewFileSync(path.join(dir, 'fresh.json'), '{"a":1}');
    assert.equal(await fs.readFile(path.join(dir, 'fresh.json'), 'utf8'), '{"a":1}');
    assert.throws(() => atomicWriteNewFileSync(path.join(dir, 'missing', 'x.json'), 'x'), /ENOENT/);
    assert.deepEqual((await fs.readdir(dir)).sort(), ['entry.json', 'fresh.json', 'outside.txt'], 'no temp file left behind');
    refuseSymlinkSync(path.join(dir, 'fresh.json'));
    refuseSymlinkSync(path.join(dir, 'fresh.json', 'below'));
  });

  it('refuseSymlink: a link (even a dangling one) is refused, a file or a missing path is not', async () => {
    const file = path.join(dir, 'report.md');
    await fs.writeFile(file, 'x');
    await refuseSymlink(file);
    await refuseSymlink(path.join(dir, 'missing.md'));
    await fs.symlink(path.join(dir, 'nowhere'), path.join(dir, 'dangling.md'));
    await assert.rejects(refuseSymlink(path.join(dir, 'dangling.md')), /symbolic link/);
    await fs.symlink(file, path.join(dir, 'link.md'));
    await assert.rejects(refuseSymlink(path.join(dir, 'link.md')), /symbolic link/);
  });
});
