// Temp copies of committed folders, so a run may write sidecars without touching the repo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Derived files that must never travel with a copy (caches, sidecars written by earlier runs). */
const SKIPPED = /(^|\/)(node_modules|\.git|\.crosscheck-cache)(\/|$)/;

/** Copies `source` into a new temp folder (named after it) and returns the copy's absolute path. */
export function tempCopyOf(source, prefix = 'crosscheck-ws-') {
  if (!fs.existsSync(source)) throw new Error(`folder to open is missing: ${source}`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const target = path.join(root, path.basename(source));
  fs.cpSync(source, target, { recursive: true, filter: (from) => !SKIPPED.test(path.relative(source, from)) });
  return target;
}

/** Removes a folder made by tempCopyOf (its parent temp folder included). */
export function removeTempCopy(copy) {
  if (copy) fs.rmSync(path.dirname(copy), { recursive: true, force: true });
}
