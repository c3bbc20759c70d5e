// What "Set Up Git Merge Driver" writes: the .gitattributes lines and the driver command git runs.
// Pure text functions (no vscode), so they are unit-tested on their own.

export const MERGE_ATTRIBUTES = ['*.crosscheck.json merge=crosscheck', 'crosscheck.claims.json merge=crosscheck'];
export const MERGE_DRIVER_NAME = 'Crosscheck sidecar merge';

/**
 * The driver command: `node <script> merge-driver %O %A %B`. On Windows the script path gets forward
 * slashes (on POSIX a backslash is part of a file name and is kept). git expands %O, %A, %B, %P… in
 * the command, so a literal % in the path is written %%.
 */
export function mergeDriverCommand(script: string, windows = process.platform === 'win32'): string {
  const forward = windows ? script.replace(/\\/g, '/') : script;
  // git runs the driver through sh: quote a path with spaces or shell characters.
  const quoted = /^[\w@%+=:,./-]+$/.test(forward) ? forward : `"${forward.replace(/(["\\$`])/g, '\\$1')}"`;
  return `node ${quoted.replace(/%/g, '%%')} merge-driver %O %A %B`;
}

/** The .gitattributes text with the merge lines added where missing (lines compared ignoring spacing). */
export function withMergeAttributes(existing: string): string {
  const norm = (line: string) => line.trim().split(/\s+/).join(' ');
  const present = new Set(existing.split(/\r?\n/).map(norm));
  const missing = MERGE_ATTRIBUTES.filter((line) => !present.has(line));
  if (missing.length === 0) return existing;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lead = existing.length === 0 || existing.endsWith('\n') ? '' : eol;
  return `${existing}${lead}${missing.join(eol)}${eol}`;
}
