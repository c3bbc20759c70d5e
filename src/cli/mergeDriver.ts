// `crosscheck merge-driver %O %A %B`: git's custom merge driver for sidecars and the claims
// registry. Reads base (%O), ours (%A) and theirs (%B), merges by id and writes the result into %A.
// Exit 0: clean. Exit 1: conflicts (recorded inside the valid JSON under "conflicts", ours kept in
// place) or a side that cannot be merged safely (unreadable or from a newer Crosscheck: %A is left
// as ours, theirs stays in git's index: `git checkout --theirs <file>`).
// Set up once per repository:
//   .gitattributes:  *.crosscheck.json merge=crosscheck   crosscheck.claims.json merge=crosscheck
//   git config merge.crosscheck.driver "crosscheck merge-driver %O %A %B"
import { promises as fs } from 'node:fs';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../core/storage/claims';
import type { Loaded } from '../core/storage/document';
import { parseJsonText } from '../core/storage/jsonText';
import { mergeClaimsRegistries, mergeSidecars, type MergeOutcome } from '../core/storage/merge';
import { parseSidecar, serializeSidecar } from '../core/storage/sidecar';
import { plainText } from '../core/untrustedText';
import { atomicWriteFile } from '../node/atomicWrite';
import type { CliIO } from './io';

/**
 * git relays a driver's stderr to its caller, and editors show it in notifications (which render
 * `[label](command:…)` as a link): every line that holds text from the files is neutralised.
 */
const say = (io: CliIO, line: string) => io.err(plainText(line));

type Kind = 'sidecar' | 'claims';

/** Git passes temp file names, so the kind comes from the content (base may be empty: added on both sides). */
function kindOf(texts: string[]): Kind | undefined {
  for (const text of texts) {
    const parsed = parseJsonText(text);
    if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') continue;
    if ('annotations' in parsed.value) return 'sidecar';
    if ('claims' in parsed.value) return 'claims';
  }
  return undefined;
}

async function readOrEmpty(file: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
}

export async function runMergeDriver(args: string[], io: CliIO): Promise<number> {
  if (args.length !== 3) {
    io.err('crosscheck merge-driver: expected three files: %O %A %B (base, ours — the result is written here —, theirs)');
    return 2;
  }
  const [basePath, oursPath, theirsPath] = args;
  const [baseText, oursText, theirsText] = await Promise.all([readOrEmpty(basePath), readOrEmpty(oursPath), readOrEmpty(theirsPath)]);
  const kind = kindOf([oursText, theirsText, baseText]);
  if (!kind) {
    io.err('crosscheck merge-driver: neither side is a readable Crosscheck sidecar or claims registry; keeping ours (theirs: git checkout --theirs)');
    return 1;
  }
  return kind === 'sidecar'
    ? mergeFiles(kind, [baseText, oursText, theirsText], parseSidecar, mergeSidecars, serializeSidecar, oursPath, io)
    : mergeFiles(kind, [baseText, oursText, theirsText], parseClaimsRegistry, mergeClaimsRegistries, serializeClaimsRegistry, oursPath, io);
}

async function mergeFiles<T>(
  kind: Kind,
  texts: [string, string, string],
  parse: (text: string) => Loaded<T>,
  merge: (base: T, ours: T, theirs: T) => MergeOutcome<T>,
  serialize: (value: T) => string,
  oursPath: string,
  io: CliIO,
): Promise<number> {
  const sides = texts.map(parse);
  const names = ['base', 'ours', 'theirs'];
  const blocked = sides.map((side, i) => (side.writable ? undefined : `${names[i]}: ${side.readOnlyReason}`)).filter(Boolean);
  if (blocked.length > 0) {
    io.err(`crosscheck merge-driver: cannot merge this ${kind} safely (${blocked.join('; ')}); keeping ours, theirs is in git's index (git checkout --theirs)`);
    for (const side of sides) for (const d of side.diagnostics.filter((x) => x.severity === 'error').slice(0, 5)) say(io, `  ${d.message}`);
    return 1;
  }
  const outcome = merge(sides[0].value, sides[1].value, sides[2].value);
  const text = serialize(outcome.value);
  // The result must read back as a valid, writable file: a record the loader refuses (a conflict
  // whose id is not an id, say) is never carried into the repository silently.
  const check = parse(text);
  if (!check.writable) {
    io.err(`crosscheck merge-driver: the merged ${kind} would not read back (${check.readOnlyReason}); keeping ours, theirs is in git's index (git checkout --theirs)`);
    for (const d of check.diagnostics.filter((x) => x.severity === 'error').slice(0, 5)) say(io, `  ${d.message}`);
    return 1;
  }
  await atomicWriteFile(oursPath, text);
  for (const note of outcome.notes) say(io, `crosscheck merge-driver: ${note}`);
  if (outcome.conflicts > 0) {
    io.err(`crosscheck merge-driver: ${outcome.conflicts} conflict(s) in this ${kind}; resolve them in Crosscheck (or edit "conflicts"), then git add`);
    return 1;
  }
  return 0;
}
