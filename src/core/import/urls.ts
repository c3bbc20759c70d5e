// Which article an outside annotation or review is about, by address: the sidecar's `source.url`
// compared after normalising (scheme http/https alike, host case, fragment, trailing slash, default
// port). Crosscheck's own exports name an article without a URL by its file:// IRI; such an address
// matches the article at the same relative path, so an export re-imports into a copy of the folder.
import type { ImportArticle } from './batch';

/** A comparable form of an http(s) address; undefined for anything else. */
export function normalizeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const path = url.pathname.replace(/(?<!\/)\/+$/, ''); // (?<!\/): a run of slashes is tried once
  return `${url.host}${path}${url.search}`;
}

/** The articles whose source URL is this address (usually one). */
export function articlesAt(articles: readonly ImportArticle[], raw: unknown): ImportArticle[] {
  const wanted = normalizeUrl(raw);
  if (wanted !== undefined) return articles.filter((a) => normalizeUrl(a.sidecar?.source.url) === wanted);
  const file = fileUrlPath(raw);
  if (file === undefined) return [];
  // The longest relative path that ends the file IRI's path names the article.
  const matches = articles.filter((a) => file === a.file || file.endsWith('/' + a.file));
  const longest = Math.max(0, ...matches.map((a) => a.file.length));
  return matches.filter((a) => a.file.length === longest);
}

function fileUrlPath(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 4096 || !/^file:/i.test(raw)) return undefined;
  try {
    return decodeURIComponent(new URL(raw).pathname);
  } catch {
    return undefined;
  }
}
