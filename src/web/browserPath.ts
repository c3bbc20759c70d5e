// The `path` module in the web build (esbuild aliases `path` to this file; see esbuild.mjs): the
// few functions the extension uses, in pure TypeScript. Paths there are Uri.fsPath values, which
// use `/` (and `\` when the browser runs on Windows), so both count as separators; join writes `/`.
// test/unit/web/browserPath.test.ts checks it against Node's path.posix and that every function
// the extension calls exists here.

const isSeparator = (c: string): boolean => c === '/' || c === '\\';

/** The path without trailing separators (the root stays itself). */
function trimTrailing(p: string): string {
  let end = p.length;
  while (end > 1 && isSeparator(p[end - 1])) end--;
  return p.slice(0, end);
}

function lastSeparator(p: string): number {
  return Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
}

export const sep = '/';

export function basename(p: string, suffix?: string): string {
  const trimmed = trimTrailing(p);
  const base = trimmed.length === 1 && isSeparator(trimmed) ? '' : trimmed.slice(lastSeparator(trimmed) + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, base.length - suffix.length) : base;
}

export function dirname(p: string): string {
  const trimmed = trimTrailing(p);
  const at = lastSeparator(trimmed);
  if (at < 0) return '.';
  if (at === 0) return trimmed[0];
  return trimTrailing(trimmed.slice(0, at));
}

export function extname(p: string): string {
  const base = basename(p);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

/** Joins with `/` and resolves `.` and `..` segments, as path.posix.join does. */
export function join(...parts: string[]): string {
  const joined = parts.filter((part) => part.length > 0).join('/');
  return joined.length === 0 ? '.' : normalize(joined);
}

export function normalize(p: string): string {
  if (p.length === 0) return '.';
  const absolute = isSeparator(p[0]);
  const trailing = isSeparator(p[p.length - 1]);
  const out: string[] = [];
  for (const segment of p.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const body = out.join('/');
  const result = (absolute ? '/' : '') + body;
  if (result.length === 0) return absolute ? '/' : '.';
  return trailing && body.length > 0 ? `${result}/` : result;
}

export function isAbsolute(p: string): boolean {
  return p.length > 0 && isSeparator(p[0]);
}

/** The same functions under `path.posix`, which most of the extension uses. */
export const posix = { sep, basename, dirname, extname, join, normalize, isAbsolute };
