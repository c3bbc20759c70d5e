// Entry of the headless CLI: parses arguments and dispatches to a command. Exit codes:
// 0 all went well, 1 some files could not be read or analysed, 2 usage error.
import { runAnalyze } from './analyze';
import { EXPORT_USAGE, parseExportArgs, runExport } from './export';
import { processIO, type CliIO } from './io';
import { runMergeDriver } from './mergeDriver';

const USAGE = `usage: crosscheck <command> [options]

commands:
  analyze <dir|file>... [--json] [--max-size BYTES]
      Find quotes, speakers and named entities in .txt/.md articles (folders are walked recursively).
      --json        print the version-1 analysis JSON
      --max-size N  skip articles larger than N bytes (default 5000000)
${EXPORT_USAGE}  merge-driver %O %A %B
      Git merge driver for *.crosscheck.json and crosscheck.claims.json (three-way merge by id;
      exit 1 on conflict, with both versions kept under "conflicts").
`;

export const DEFAULT_MAX_BYTES = 5_000_000;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'analyze') {
    const inputs: string[] = [];
    let json = false;
    let maxBytes = DEFAULT_MAX_BYTES;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === '--json') json = true;
      else if (a === '--max-size') {
        const n = Number(rest[++i]);
        if (!Number.isFinite(n) || n <= 0) return usageError(io, '--max-size takes a positive number of bytes');
        maxBytes = n;
      } else if (a.startsWith('-')) return usageError(io, `unknown option ${a}`);
      else inputs.push(a);
    }
    if (inputs.length === 0) return usageError(io, 'analyze needs at least one file or folder');
    return runAnalyze(inputs, { json, maxBytes }, io);
  }
  if (command === 'merge-driver') return runMergeDriver(rest, io);
  if (command === 'export') {
    const parsed = parseExportArgs(rest, DEFAULT_MAX_BYTES);
    return typeof parsed === 'string' ? usageError(io, parsed) : runExport(parsed.dir, parsed.options, io);
  }
  return usageError(io, `unknown command ${command}`);
}

function usageError(io: CliIO, message: string): number {
  io.err(`crosscheck: ${message}\n\n${USAGE}`);
  return 2;
}
