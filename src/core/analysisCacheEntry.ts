// One entry of the analysis cache as text: the format the CLI's cache (src/cli/cache.ts) writes, made
// and checked without any I/O so the editor's cache (which reads and writes through
// vscode.workspace.fs, and checks entries on the analysis worker) uses the very same format.
// An entry is trusted only when it is ours, for the stage, version and key asked for, has the shape
// of an analysis and quotes the text it claims to describe; anything else is a miss, to be rewritten.
import type { Article, Entity, Quote } from './model';
import type { RawAnalysis } from './analyze';
import type { EntityNames } from './entities/corpus';

/** Marks a file as one of ours (a foreign JSON file with the right name is not an entry). */
export const CACHE_ENTRY_FORMAT = 'crosscheck-analysis-cache/1';

/**
 * An article alone ('raw'), finished in its corpus ('corpus'), a corpus pass over every article's
 * names ('names'), or an article's structure without its text ('article': the editor keeps it so a
 * reload does not parse every article of a folder again).
 */
export type CacheStage = 'raw' | 'corpus' | 'names' | 'article';

/** An article's structure as an 'article' entry holds it: everything parseArticle finds, its text left out. */
export type ArticleStructure = Omit<Article, 'text'>;

/** The entry's text for `value` (what the cache writes). */
export function cacheEntryText(stage: CacheStage, version: string, key: string, value: RawAnalysis | EntityNames[][] | ArticleStructure): string {
  return JSON.stringify({ format: CACHE_ENTRY_FORMAT, stage, version, key, value });
}

/** An 'article' entry's text for a parsed article (keyed by its text's hash). */
export function articleEntryText(version: string, key: string, article: Article): string {
  const { text: _text, ...structure } = article;
  return cacheEntryText('article', version, key, structure);
}

/**
 * The article an 'article' entry describes when it is ours, for this version and key, and fits
 * `text`: only the fields parseArticle writes, every span inside the text, every meta value but an
 * ISO date found in it. Undefined otherwise (parsed again).
 */
export function readArticleEntry(entryText: string, expected: { version: string; key: string; text: string }): Article | undefined {
  const value = entryValue(entryText, 'article', expected);
  return isArticleStructureOf(value, expected.text) ? { text: expected.text, ...value } : undefined;
}

const ARTICLE_KEYS: ReadonlySet<string> = new Set(['meta', 'paragraphs', 'boilerplate', 'headline', 'byline', 'dateline']);
const META_KEYS: ReadonlySet<string> = new Set(['title', 'byline', 'dateline', 'date', 'outlet', 'url']);

function isArticleStructureOf(v: unknown, text: string): v is ArticleStructure {
  if (!isObject(v) || !Object.keys(v).every((k) => ARTICLE_KEYS.has(k))) return false;
  const inText = (s: unknown) => isSpan(s) && s.end <= text.length;
  const meta = v.meta;
  const metaFits = isObject(meta) && Object.entries(meta).every(([k, m]) => META_KEYS.has(k) && typeof m === 'string' && (text.includes(m) || (k === 'date' && ISO_DATE.test(m))));
  return metaFits
    && Array.isArray(v.paragraphs) && v.paragraphs.every((p) => inText(p) && typeof (p as Record<string, unknown>).boilerplate === 'boolean' && Object.keys(p as object).length === 3)
    && Array.isArray(v.boilerplate) && v.boilerplate.every((b) => inText(b) && Object.keys(b as object).length === 2)
    && ['headline', 'byline', 'dateline'].every((k) => v[k] === undefined || (inText(v[k]) && Object.keys(v[k] as object).length === 2));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a names entry's key is made from (sha256 of it, as the CLI's AnalysisCache.namesKey): every article's names, types and aliases, in order. */
export function namesKeyText(perArticle: readonly (readonly EntityNames[])[]): string {
  return JSON.stringify(perArticle.map((row) => row.map((e) => [e.name, e.type, e.aliases])));
}

/** The corpus pass's names a 'names' entry holds when it is ours, for this version and key, and fits `perArticle` row by row; undefined otherwise. */
export function readNamesEntry(entryText: string, expected: { version: string; key: string; perArticle: readonly (readonly EntityNames[])[] }): EntityNames[][] | undefined {
  const value = entryValue(entryText, 'names', expected);
  const fits = Array.isArray(value) && value.length === expected.perArticle.length
    && value.every((row, i) => Array.isArray(row) && row.length === expected.perArticle[i].length && row.every(isEntityNames));
  return fits ? (value as EntityNames[][]) : undefined;
}

/** The relative path of an entry below the cache folder, as the CLI lays it out: version/stage/ab/abcd….json. */
export function cacheEntryPath(stage: CacheStage, version: string, key: string): string[] {
  return [version.slice(0, 16), stage, key.slice(0, 2), `${key}.json`];
}

/** The analysis an entry holds when it is a trustworthy entry for this stage, version, key and text; undefined otherwise. */
export function readCacheEntry(entryText: string, expected: { stage: CacheStage; version: string; key: string; text: string }): RawAnalysis | undefined {
  const value = entryValue(entryText, expected.stage, expected);
  return isRawAnalysis(value) && fitsText(expected.text, value) ? value : undefined;
}

/** The value of an entry that is ours, for this stage, version and key; undefined otherwise. */
function entryValue(entryText: string, stage: CacheStage, expected: { version: string; key: string }): unknown {
  let entry: unknown;
  try {
    entry = JSON.parse(entryText);
  } catch {
    return undefined;
  }
  if (!isObject(entry) || entry.format !== CACHE_ENTRY_FORMAT || entry.stage !== stage || entry.version !== expected.version || entry.key !== expected.key) return undefined;
  return entry.value;
}

// Shape checks: a cache entry is input like any file, so nothing in it is assumed.

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isSpan = (v: unknown): v is Record<string, unknown> & { start: number; end: number } => isObject(v) && isInt(v.start) && isInt(v.end) && v.start <= v.end;
const ENTITY_TYPES = new Set(['person', 'organization', 'place']);

function isQuote(v: unknown): v is Quote {
  return isSpan(v) && typeof v.text === 'string' && (v.speaker === null || typeof v.speaker === 'string')
    && (v.speakerMention === undefined || isSpan(v.speakerMention))
    && (v.cue === undefined || (isSpan(v.cue) && typeof (v.cue as Record<string, unknown>).text === 'string'));
}

function isEntityNames(v: unknown): v is EntityNames {
  return isObject(v) && typeof v.name === 'string' && typeof v.type === 'string' && ENTITY_TYPES.has(v.type) && Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === 'string');
}

function isEntity(v: unknown): v is Entity {
  return isObject(v) && typeof v.name === 'string' && typeof v.type === 'string' && ENTITY_TYPES.has(v.type)
    && Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === 'string')
    && Array.isArray(v.mentions) && v.mentions.every((m) => isSpan(m) && typeof m.text === 'string');
}

export function isRawAnalysis(v: unknown): v is RawAnalysis {
  return isObject(v) && Array.isArray(v.quotes) && v.quotes.every(isQuote) && Array.isArray(v.entities) && v.entities.every(isEntity)
    && Array.isArray(v.diagnostics);
}

/** Whether every span of an entry lies in `text` and quotes what it says it quotes (a foreign entry with a right key fails). */
export function fitsText(text: string, value: RawAnalysis): boolean {
  const fits = (s: { start: number; end: number; text: string }) => s.end <= text.length && text.slice(s.start, s.end) === s.text;
  return value.quotes.every(fits) && value.entities.every((e) => e.mentions.every(fits));
}
