// Child process for the kill test: saves two versions of a sidecar over one file, alternately,
// forever, and says "ready" once the first save is done. The parent SIGKILLs it at a random moment.
import { readFileSync } from 'node:fs';
import { atomicWriteFile } from '../../../src/node/atomicWrite';

async function main(): Promise<void> {
  const [target, oldFile, newFile] = process.argv.slice(2);
  const versions = [readFileSync(newFile, 'utf8'), readFileSync(oldFile, 'utf8')];
  await atomicWriteFile(target, versions[0]);
  process.stdout.write('ready\n');
  for (let i = 1; ; i++) await atomicWriteFile(target, versions[i % 2]);
}

void main();
