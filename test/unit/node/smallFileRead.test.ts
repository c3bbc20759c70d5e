import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSmallFileSync } from '../../../src/node/smallFileRead';

describe('[node/smallFileRead] a small file read at once', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-small-read-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers a small regular file with its bytes, as written', () => {
    const file = path.join(dir, 'harbour.txt');
    const text = 'Harbour dues rise\n\n"We were not consulted," said Ottoline Varga.\n';
    fs.writeFileSync(file, text);
    assert.equal(new TextDecoder().decode(readSmallFileSync(file, 1024)), text);
  });

  it('leaves larger files, folders and missing files to the asynchronous read', () => {
    const file = path.join(dir, 'long.txt');
    fs.writeFileSync(file, 'x'.repeat(2048));
    assert.equal(readSmallFileSync(file, 2047), undefined);
    assert.equal(readSmallFileSync(file, 2048)?.length, 2048);
    assert.equal(readSmallFileSync(dir, 1024 * 1024), undefined);
    assert.equal(readSmallFileSync(path.join(dir, 'gone.txt'), 1024), undefined);
  });
});
