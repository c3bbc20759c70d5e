// `crosscheck export <dir> --format md|html|csv|w3c|claimreview [--out F] [--author NAME] [--publisher NAME] [--base-url URL] [--reported-speech]`
// Reads a folder's articles, their sidecars and the claims registry, and writes one export.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyzeCorpus, EXPORT_FORMATS, isExportFormat, renderExportChecked, stripBom, type ExportFormat, type ExportSource } from '../core';
import { CLAIMS_FILE, SIDECAR_SUFFIX, type ClaimsRegistry, type Sidecar } from '../core/storage/model';
import { parseSidecar } from '../core/storage/sidecar';
import { emptyClaimsRegistry, parseClaimsRegistry } from '../core/storage/claims';
import { collectArticleFiles, readArticle } from './files';
import type { CliIO } from './io';

export interface ExportOptions {
  format: ExportFormat;
  /** Write here instead of stdout. */
  out?: string;
  /** The organisation named as author of ClaimReview output. */
  author?: string;
  /** The organisation named as publisher of ClaimReview output (absent: none named). */
  publisher?: string;
  /** Where ClaimReviews will be published (their `url`). */
  baseUrl?: string;
  maxBytes: number;
  /** Reported (indirect) speech too, as quotes of kind 'reported' (analyze's --reported-speech). */
  reportedSpeech?: boolean;
  /** For reproducible output in tests; defaults to now. */
  now?: () => Date;
}

export async function runExport(dir: string, options: ExportOptions, io: CliIO): Promise<number> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    io.err(`crosscheck: ${dir}: no such folder`);
    return 1;
  }
  if (!stat.isDirectory()) {
    io.err(`crosscheck: export takes a folder (its articles, sidecars and ${CLAIMS_FILE}); ${dir} is a file`);
    return 2;
  }
  const root = path.resolve(dir);
  const { files, errors } = collectArticleFiles([root]);
  let failed = errors.length > 0;
  for (const e of errors) io.err(`crosscheck: ${e}`);

  const articles: { relative: string; full: string; text: string }[] = [];
  for (const file of files) {
    const read = readArticle(file.path);
    if (read.kind === 'binary') io.err(`crosscheck: warning: ${file.relative} looks binary (it has NUL bytes); skipped`);
    else if (read.kind === 'error') {
      io.err(`crosscheck: ${file.relative}: ${read.message}`);
      failed = true;
    } else if (read.text.length > options.maxBytes) io.err(`crosscheck: warning: ${file.relative} is larger than --max-size; skipped`);
    else articles.push({ relative: file.relative, full: file.path, text: stripBom(read.text) });
  }

  io.progress(`analysing ${articles.length} article${articles.length === 1 ? '' : 's'}…`);
  let analyses;
  try {
    analyses = await analyzeCorpus(articles.map((a) => a.text), options.reportedSpeech ? { reportedSpeech: true } : {});
  } catch (e) {
    io.err(`crosscheck: analysis failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
  io.progress('');

  const sources: ExportSource[] = articles.map((a, i) => ({
    file: a.relative,
    uri: pathToFileURL(a.full).href,
    analysis: analyses[i],
    sidecar: loadSidecar(a.full + SIDECAR_SUFFIX, a.relative + SIDECAR_SUFFIX, io),
  }));
  const registry = loadRegistry(path.join(root, CLAIMS_FILE), io);
  const folderUri = pathToFileURL(root).href.replace(/\/?$/, '/');
  const generated = (options.now ?? (() => new Date()))().toISOString();
  const { text: output, diagnostics } = renderExportChecked({ title: path.basename(root), folderUri, generated, sources, registry }, options.format, {
    author: options.author,
    baseUrl: options.baseUrl,
    ...(options.publisher ? { publisher: options.publisher } : {}),
  });
  for (const d of diagnostics) io.err(`crosscheck: ${d.severity}: ${d.message}`);

  if (options.out) {
    try {
      fs.writeFileSync(options.out, output);
    } catch (e) {
      io.err(`crosscheck: cannot write ${options.out}: ${(e as Error).message}`);
      return 1;
    }
  } else io.out(output.replace(/\n$/, ''));
  return failed ? 1 : 0;
}

// The stored files are read through the storage layer's validating parsers: a damaged sidecar
// exports what could be read and says what could not.
function loadSidecar(file: string, shown: string, io: CliIO): Sidecar | undefined {
  const text = readIfPresent(file, shown, io);
  if (text === undefined) return undefined;
  const loaded = parseSidecar(text);
  for (const d of loaded.diagnostics) io.err(`crosscheck: ${d.severity}: ${shown}: ${d.path}: ${d.message}`);
  return loaded.value;
}

function loadRegistry(file: string, io: CliIO): ClaimsRegistry {
  const text = readIfPresent(file, CLAIMS_FILE, io);
  if (text === undefined) return emptyClaimsRegistry();
  const loaded = parseClaimsRegistry(text);
  for (const d of loaded.diagnostics) io.err(`crosscheck: ${d.severity}: ${CLAIMS_FILE}: ${d.path}: ${d.message}`);
  return loaded.value;
}

function readIfPresent(file: string, shown: string, io: CliIO): string | undefined {
  try {
    return stripBom(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') io.err(`crosscheck: warning: ${shown}: ${(e as Error).message}`);
    return undefined;
  }
}

export const EXPORT_USAGE = `  export <dir> --format md|html|csv|w3c|claimreview [--out FILE] [--author NAME] [--publisher NAME] [--base-url URL]
          [--reported-speech]
      Export a folder's claims, evidence and quotes (with its sidecars and ${CLAIMS_FILE}).
      md, html     a readable report: claims and evidence, quotes by speaker, figures to check
      csv          one row per evidence passage and per quote
      w3c          W3C Web Annotation collection (JSON-LD)
      claimreview  schema.org ClaimReview (JSON-LD) for each claim with a verdict; rating scale
                   1 False, 2 Disputed, 3 Needs context, 5 Supported (worst 1, best 5)
      --out FILE   write to FILE instead of stdout
      --author     organisation named as ClaimReview author (default "Crosscheck")
      --publisher  organisation named as ClaimReview publisher (default: none named)
      --base-url   where the reviews are published (ClaimReview url; default: the claims file)
      --reported-speech  also list reported (indirect) speech among the quotes, as analyze does
`;

/** Parses `export` arguments; a string is a usage error. */
export function parseExportArgs(args: string[], maxBytes: number): { dir: string; options: ExportOptions } | string {
  let dir: string | undefined;
  let format: ExportFormat | undefined;
  const options: Partial<ExportOptions> = { maxBytes };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (a === '--format') {
      const f = value();
      if (!isExportFormat(f ?? '')) return `--format takes one of ${EXPORT_FORMATS.join(', ')}`;
      format = f as ExportFormat;
    } else if (a === '--out') options.out = value();
    else if (a === '--author') options.author = value();
    else if (a === '--publisher') options.publisher = value();
    else if (a === '--base-url') options.baseUrl = value();
    else if (a === '--reported-speech') options.reportedSpeech = true;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (dir) return 'export takes one folder';
    else dir = a;
    if (a.startsWith('--') && args[i] === undefined) return `${a} needs a value`;
  }
  if (!dir) return 'export needs a folder';
  if (!format) return `export needs --format (${EXPORT_FORMATS.join(', ')})`;
  return { dir, options: { ...options, format } as ExportOptions };
}
