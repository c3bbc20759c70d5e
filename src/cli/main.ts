// Entry of the headless CLI: parses arguments and dispatches to a command. Exit codes:
// 0 all went well, 1 some files could not be read or analysed, 2 usage error.
import * as path from 'node:path';
import { runAnalyze, type AnalyzeOptions } from './analyze';
import { EXPORT_USAGE, parseExportArgs, runExport } from './export';
import { IMPORT_USAGE, parseImportArgs, runImport } from './import';
import { processIO, terminalIO, type CliIO } from './io';
import { runMergeAnalyses } from './mergeAnalyses';
import { runMergeDriver } from './mergeDriver';
import { parseShard } from './shard';
import { defaultJobs } from './workerPool';

const USAGE = `usage: crosscheck <command> [options]

commands:
  analyze <dir|file>... [--json] [--max-size BYTES] [--jobs N] [--cache DIR | --no-cache] [--shard I/N] [--reported-speech]
      Find quotes, speakers and named entities in .txt/.md articles (folders are walked recursively).
      --json        print the version-1 analysis JSON
      --max-size N  skip articles larger than N bytes (default 5000000)
      --jobs N      worker threads analysing articles (default: the number of cores)
      --cache DIR   keep analyses here, keyed by text and analysis version (default: crosscheck in the
                    user cache folder); --no-cache reads and keeps nothing between runs
      --shard I/N   analyse only the I-th of N parts of the files (by a hash of their path); with --json
                    the output carries what merge-analyses needs
      --reported-speech  also find reported (indirect) speech ("the minister said the port would
                    reopen"): quotes with "kind": "reported" in the JSON (the editor's
                    crosscheck.analysis.reportedSpeech setting)
  merge-analyses <shard.json>... [--json] [--reported-speech]
      The corpus-level pass over the outputs of all N shards: prints what one analyze run would have
      (give --reported-speech when the shards were analysed with it).
${EXPORT_USAGE}${IMPORT_USAGE}  merge-driver %O %A %B
      Git merge driver for *.crosscheck.json and crosscheck.claims.json (three-way merge by id;
      exit 1 on conflict, with both versions kept under "conflicts").
`;

export const DEFAULT_MAX_BYTES = 5_000_000;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  io = terminalIO(io);
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'analyze') {
    const inputs: string[] = [];
    const options: AnalyzeOptions = { json: false, maxBytes: DEFAULT_MAX_BYTES, jobs: defaultJobs() };
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === '--json') options.json = true;
      else if (a === '--max-size') {
        const n = Number(rest[++i]);
        if (!Number.isFinite(n) || n <= 0) return usageError(io, '--max-size takes a positive number of bytes');
        options.maxBytes = n;
      } else if (a === '--jobs' || a === '-j') {
        const n = Number(rest[++i]);
        if (!Number.isInteger(n) || n < 1 || n > 256) return usageError(io, '--jobs takes a whole number from 1 to 256');
        options.jobs = n;
      } else if (a === '--cache') {
        const dir = rest[++i];
        if (!dir) return usageError(io, '--cache takes a folder');
        options.cacheDir = path.resolve(dir);
      } else if (a === '--no-cache') options.cacheDir = null;
      else if (a === '--reported-speech') options.reportedSpeech = true;
      else if (a === '--shard') {
        const shard = parseShard(rest[++i]);
        if (typeof shard === 'string') return usageError(io, shard);
        options.shard = shard;
      } else if (a.startsWith('-')) return usageError(io, `unknown option ${a}`);
      else inputs.push(a);
    }
    if (inputs.length === 0) return usageError(io, 'analyze needs at least one file or folder');
    return runAnalyze(inputs, options, io);
  }
  if (command === 'merge-analyses') {
    const inputs = rest.filter((a) => a !== '--json' && a !== '--reported-speech');
    const unknown = inputs.find((a) => a.startsWith('-'));
    if (unknown) return usageError(io, `unknown option ${unknown}`);
    if (inputs.length === 0) return usageError(io, 'merge-analyses needs the output of every shard');
    return runMergeAnalyses(inputs, { json: rest.includes('--json'), ...(rest.includes('--reported-speech') ? { reportedSpeech: true } : {}) }, io);
  }
  if (command === 'merge-driver') return runMergeDriver(rest, io);
  if (command === 'export') {
    const parsed = parseExportArgs(rest, DEFAULT_MAX_BYTES);
    return typeof parsed === 'string' ? usageError(io, parsed) : runExport(parsed.dir, parsed.options, io);
  }
  if (command === 'import') {
    const parsed = parseImportArgs(rest, DEFAULT_MAX_BYTES);
    return typeof parsed === 'string' ? usageError(io, parsed) : runImport(parsed, io);
  }
  return usageError(io, `unknown command ${command}`);
}

function usageError(io: CliIO, message: string): number {
  io.err(`crosscheck: ${message}\n\n${USAGE}`);
  return 2;
}
