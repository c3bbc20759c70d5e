#!/usr/bin/env node
// `npm run package`: builds crosscheck-<version>.vsix with vsce and checks what it holds.
// compromise is bundled by esbuild, hence --no-dependencies. Fails when vsce warns, when
// the package holds anything but shipped files, or when it reaches 1 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = 1024 * 1024;
/** Every file in the VSIX's extension/ folder must match one of these. */
const SHIPPED = [
  /^package\.json$/, /^package\.nls(\.[\w-]+)?\.json$/, /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/, /^readme\.md$/i, /^changelog\.md$/i, /^license(\.txt)?$/i,
  /^dist\/(web\/)?(extension|cli|analysisWorker)\.js$/, /^dist\/nlp\.js$/, /^bin\/[^/]+$/, /^schemas\/.+\.json$/, /^media\/(?!screenshots\/).+\.(png|svg)$/,
];

function manifest() {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
}

/** Relative README links need a base URL unless the repository is on GitHub or GitLab. */
function baseUrlArgs(pkg) {
  const url = String(pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
  if (!url || /github\.com|gitlab\.com/.test(url)) return [];
  return ['--baseContentUrl', `${url}/blob/HEAD`, '--baseImagesUrl', `${url}/raw/HEAD`];
}

function vsce(args) {
  const bin = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  return spawnSync(process.execPath, [bin, ...args], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Manifest mistakes VS Code only logs: a colour whose light or dark default is not a string
 * makes it drop that colour and every colour contributed after it.
 */
function manifestProblems(pkg) {
  return (pkg.contributes?.colors ?? [])
    .filter((color) => typeof color.defaults?.light !== 'string' || typeof color.defaults?.dark !== 'string')
    .map((color) => `colour ${color.id}: defaults.light and defaults.dark must be strings (use "#00000000" for none)`);
}

export function packageVsix() {
  const pkg = manifest();
  const problems = manifestProblems(pkg);
  if (problems.length) throw new Error(`package.json:\n  ${problems.join('\n  ')}`);
  const out = path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);
  fs.rmSync(out, { force: true });
  const result = vsce(['package', '--no-dependencies', '--out', out, ...baseUrlArgs(pkg)]);
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`vsce package failed:\n${output}`);
  const warnings = output.split('\n').filter((line) => /WARNING/i.test(line));
  if (warnings.length) throw new Error(`vsce warned; fix these before shipping:\n${warnings.join('\n')}`);

  const listing = vsce(['ls', '--no-dependencies']);
  if (listing.status !== 0) throw new Error(`vsce ls failed:\n${listing.stdout}${listing.stderr}`);
  const files = listing.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
  const stray = files.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)));
  if (stray.length) throw new Error(`the VSIX would ship files that must not ship:\n  ${stray.join('\n  ')}`);
  for (const required of ['dist/extension.js', 'dist/cli.js', 'dist/nlp.js', 'dist/analysisWorker.js', 'dist/web/extension.js', 'LICENSE', 'CHANGELOG.md', 'README.md', pkg.icon]) {
    if (required && !files.some((file) => file.toLowerCase() === required.toLowerCase())) throw new Error(`the VSIX lacks ${required}`);
  }
  const bytes = fs.statSync(out).size;
  if (bytes >= MAX_BYTES) throw new Error(`${path.basename(out)} is ${bytes} bytes; the limit is ${MAX_BYTES}`);
  return { file: out, bytes, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { file, bytes, files } = packageVsix();
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB\n`);
    for (const entry of files) process.stdout.write(`  ${entry}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
