// `crosscheck import --format hypothesis|claimreview|csv FILE --into DIR [--rating LABEL=STATUS]… [--author NAME] [--dry-run]`
// Reads the file and the folder (articles, sidecars, claims registry), lets the core compute one
// batch of additions, then writes it: the registry first (so no evidence names a missing claim),
// then each sidecar, atomically and never over a file that could not be read or changed meanwhile.
// What it adds carries the verification trail as the editor's writes do (core storage/trail.ts):
// the author is --author, else git user.name in the folder, else the OS account.
// What could not be placed is listed, never dropped; the exit code stays 0 for it.
import * as fs from 'fs';
import * as path from 'path';
import { terminalText as terminalTextOf } from '../core/untrustedText';
import { applyToRegistry, applyToSidecar, annotationsFor, IMPORT_FORMATS, isImportFormat, planImport, stripBom, CLAIM_STATUSES, type ImportArticle, type ImportFormat } from '../core';
import { MAX_AUTHOR_LENGTH } from '../core/storage/limits';
import { CLAIMS_FILE, SIDECAR_SUFFIX, type ClaimsRegistry, type Sidecar } from '../core/storage/model';
import { stampRegistry, stampSidecar, UNKNOWN_AUTHOR } from '../core/storage/trail';
import { authorNamesIn } from '../node/authorNames';
import { claimsPathFor, loadClaimsFile, loadSidecarFile, saveClaimsFile, saveSidecarFile, type SaveOutcome, type StoredFile } from '../node/storedFiles';
import { FileWriteQueue } from '../node/writeQueue';
import { collectArticleFiles, readArticle } from './files';
import type { CliIO } from './io';

export interface ImportOptions {
  format: ImportFormat;
  file: string;
  into: string;
  /** Rating label → status, over the default table. */
  ratings: Record<string, string>;
  dryRun: boolean;
  maxBytes: number;
  /** Who is importing (--author); absent: git user.name in the folder, else the OS account. */
  author?: string;
  now?: () => Date;
}

export const IMPORT_USAGE = `  import --format hypothesis|claimreview|csv FILE --into DIR [--rating LABEL=STATUS]... [--author NAME] [--dry-run]
      Add another tool's annotations or reviews to a folder's sidecars and ${CLAIMS_FILE}.
      hypothesis   Hypothesis JSON (export or API rows): notes on the article whose source URL is the
                   annotation's uri, else where its quoted passage is found in one article only
      claimreview  schema.org ClaimReview JSON-LD: claims with a status from the rating, and evidence
                   (or a note) in the articles whose source URL is an appearance
      csv          Crosscheck's own CSV export: its claims and evidence passages
      --rating     map a ClaimReview rating to a status (${CLAIM_STATUSES.join(', ')}); repeatable
      --author     the name recorded as who added each item (default: git user.name in the
                   folder, else the OS account), as the editor records its decisions
      --dry-run    print what would be added, write nothing
      Importing the same file again adds nothing twice. Items that cannot be placed are listed.
`;

/** Parses `import` arguments; a string is a usage error. */
export function parseImportArgs(args: string[], maxBytes: number): ImportOptions | string {
  let format: ImportFormat | undefined;
  let file: string | undefined;
  let into: string | undefined;
  const ratings: Record<string, string> = {};
  let dryRun = false;
  let author: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (a === '--format') {
      const f = value();
      if (!isImportFormat(f ?? '')) return `--format takes one of ${IMPORT_FORMATS.join(', ')}`;
      format = f as ImportFormat;
    } else if (a === '--into') into = value();
    else if (a === '--rating') {
      const v = value();
      const at = v?.lastIndexOf('=') ?? -1;
      if (v === undefined || at <= 0) return '--rating takes LABEL=STATUS, e.g. --rating "Four Pinocchios=false"';
      const status = v.slice(at + 1).trim();
      if (!(CLAIM_STATUSES as readonly string[]).includes(status)) return `--rating: ${status} is not a status (${CLAIM_STATUSES.join(', ')})`;
      // Labels are the user's words: set as own properties, whatever they are ("__proto__" included).
      Object.defineProperty(ratings, v.slice(0, at).trim(), { value: status, enumerable: true, writable: true, configurable: true });
    } else if (a === '--author') {
      const v = value();
      if (v !== undefined && !v.trim()) return '--author takes a name, e.g. --author "Ines Moreau"';
      author = v?.trim().slice(0, MAX_AUTHOR_LENGTH);
    } else if (a === '--dry-run') dryRun = true;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (file) return 'import takes one file';
    else file = a;
    if (a.startsWith('--') && a !== '--dry-run' && args[i] === undefined) return `${a} needs a value`;
  }
  if (!format) return `import needs --format (${IMPORT_FORMATS.join(', ')})`;
  if (!file) return 'import needs a file to import';
  if (!into) return 'import needs --into DIR (the folder of articles)';
  return { format, file, into, ratings, dryRun, maxBytes, ...(author !== undefined ? { author } : {}) };
}

interface Loaded {
  article: ImportArticle;
  full: string;
  stored?: StoredFile<Sidecar>;
}

export async function runImport(options: ImportOptions, io: CliIO): Promise<number> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(options.into);
  } catch {
    io.err(`crosscheck: ${options.into}: no such folder`);
    return 1;
  }
  if (!stat.isDirectory()) {
    io.err(`crosscheck: --into takes a folder of articles; ${options.into} is a file`);
    return 2;
  }
  let fileText: string;
  try {
    fileText = stripBom(fs.readFileSync(options.file, 'utf8'));
  } catch (e) {
    io.err(`crosscheck: cannot read ${options.file}: ${(e as Error).message}`);
    return 1;
  }
  const root = path.resolve(options.into);
  const { files, errors } = collectArticleFiles([root]);
  for (const e of errors) io.err(`crosscheck: ${terminalTextOf(e)}`);
  // Claims live in one registry per folder: formats that add claims place evidence only in the
  // folder's own articles, never in a subfolder's (whose evidence would name another registry's claims).
  const usable = options.format === 'hypothesis' ? files : files.filter((f) => !f.relative.includes('/'));
  const loaded: Loaded[] = [];
  for (const file of usable) {
    const read = readArticle(file.path);
    if (read.kind !== 'text') {
      if (read.kind === 'error') io.err(`crosscheck: ${terminalTextOf(file.relative)}: ${terminalTextOf(read.message)}`);
      continue;
    }
    if (read.text.length > options.maxBytes) continue;
    const text = stripBom(read.text);
    let stored: StoredFile<Sidecar> | undefined;
    try {
      stored = await loadSidecarFile(file.path + SIDECAR_SUFFIX);
    } catch (e) {
      io.err(`crosscheck: ${terminalTextOf(file.relative + SIDECAR_SUFFIX)}: ${terminalTextOf((e as Error).message)}; nothing is imported into it`);
    }
    const readOnly = stored && !stored.writable ? stored.readOnlyReason ?? 'it could not be fully read' : undefined;
    loaded.push({ article: { file: file.relative, text, sidecar: stored?.value, ...(readOnly ? { readOnly } : {}) }, full: file.path, stored });
  }
  let registryFile: StoredFile<ClaimsRegistry> | undefined;
  try {
    registryFile = await loadClaimsFile(claimsPathFor(root));
  } catch (e) {
    io.err(`crosscheck: ${CLAIMS_FILE}: ${terminalTextOf((e as Error).message)}`);
  }
  const registryReadOnly = registryFile && !registryFile.writable ? registryFile.readOnlyReason ?? 'it could not be fully read' : undefined;

  const batch = planImport(
    options.format,
    fileText,
    { articles: loaded.map((l) => l.article), registry: registryFile?.value, ...(registryReadOnly ? { registryReadOnly } : {}) },
    { ratings: options.ratings, ...(options.now ? { now: options.now } : {}) },
  );
  if (batch.error) {
    io.err(`crosscheck: ${terminalTextOf(options.file)}: ${terminalTextOf(batch.error)}`);
    return 1;
  }
  for (const w of batch.warnings) io.err(`crosscheck: warning: ${terminalTextOf(w)}`);

  let failed = false;
  const queue = new FileWriteQueue();
  const wrote = (outcome: SaveOutcome<unknown>, shown: string): boolean => {
    if (outcome.status === 'written' || outcome.status === 'unchanged') return true;
    io.err(`crosscheck: ${terminalTextOf(shown)} was not written: ${outcome.status === 'read-only' ? terminalTextOf(outcome.reason) : 'it changed on disk while importing; run the import again'}`);
    failed = true;
    return false;
  };
  const touched = new Set(batch.annotations.map((a) => a.file));
  if (!options.dryRun) {
    const decision = { by: await importAuthor(options.author, root), at: (options.now ?? (() => new Date()))().toISOString() };
    if (batch.claims.length > 0 && registryFile) {
      const added = applyToRegistry(registryFile.value, batch.claims);
      const next = added && stampRegistry(registryFile.value, added, decision);
      if (next && !wrote(await saveClaimsFile(registryFile, next, queue), CLAIMS_FILE)) {
        io.err('crosscheck: no sidecar was changed, so no evidence names a claim that is not in the registry');
        return 1;
      }
    }
    for (const l of loaded) {
      if (!touched.has(l.article.file) || !l.stored || !l.article.sidecar) continue;
      const added = applyToSidecar(l.article.sidecar, annotationsFor(batch, l.article.file));
      const next = added && stampSidecar(l.article.sidecar, added, decision);
      if (next) wrote(await saveSidecarFile(l.stored, next, queue), l.article.file + SIDECAR_SUFFIX);
    }
    await queue.flush();
  }

  const verb = options.dryRun ? 'would add' : 'added';
  const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
  io.out(
    `${terminalTextOf(path.basename(options.file))}: read ${plural(batch.read, 'item')}; ${verb} ${plural(batch.claims.length, 'claim')} and ${plural(batch.annotations.length, 'annotation')} in ${plural(touched.size, 'article')}; ` +
      `${batch.duplicates} already there; ${batch.notPlaced.length} not placed`,
  );
  for (const n of batch.notPlaced) io.out(`  not placed${n.id ? ` [${terminalTextOf(n.id)}]` : ''}: “${terminalTextOf(n.item)}” — ${terminalTextOf(n.reason)}`);
  return failed ? 1 : 0;
}

/** The editor's rule for who decides, with --author first: git user.name in the folder, else the OS account. */
async function importAuthor(given: string | undefined, folder: string): Promise<string> {
  if (given !== undefined) return given;
  const found = await authorNamesIn(folder, { runGit: true });
  return (found.git ?? found.os ?? UNKNOWN_AUTHOR).slice(0, MAX_AUTHOR_LENGTH);
}
