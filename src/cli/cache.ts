// The CLI's analysis cache: derived data only, never a person's decisions. Every entry is keyed under
// the analysis version (a hash of the code that made it); the article entries by the sha256 of its text:
//   raw     the article's own analysis (quotes with their first speakers, entities): the expensive part;
//           a header line holds its entities' names and the sha256 of the analysis after it, so a warm
//           run's corpus pass reads the header alone
//   corpus  the same after the corpus pass (entities renamed across articles, speakers attributed again),
//           also keyed by the names the corpus gave the article's entities
//   groups  the quote groups of a whole run, keyed by the sha256 of what the grouping reads (every
//           article's file name and quotes): a warm run skips the corpus-wide comparison of quotes
//   names   the corpus pass of a whole run (corpusNames), keyed by the sha256 of what it reads (every
//           article's entity names, types and aliases, in order): a warm run skips merging names
//   document  an article's JSON as `analyze --json` prints it, with the quotes the grouping reads, keyed
//           by the corpus key, the file's name and the decisions laid over it (sidecar and alias
//           overrides): a warm run prints it as it is. Stored as a header line (the quotes, and the
//           sha256 of the text after it) then the JSON, so reading it parses the header alone; the
//           JSON is printed only when its hash is the one in the header
//   run     the whole output of a JSON run, one per set of inputs, with a trailer line saying what it
//           was made from (src/cli/runOutput.ts): a run over unchanged articles prints it as it is
// An entry is trusted only when its shape is right and the key written inside it is the one asked for;
// anything else (a torn, foreign or hand-edited file) is a miss and gets rewritten. Entries are written
// atomically (temp file + rename), so runs sharing a cache never see half an entry.
// The file calls are synchronous: the cache is read and written on the CLI's worker threads (and once
// on its main thread, for the groups), where the promise API's trips through the thread pool cost
// several times the reads and writes themselves.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entityNamesOf, type EntityNames, type Quote, type QuoteGroup, type RawAnalysis, type SourceQuotes } from '../core';
import { atomicWriteNewFileSync } from '../node/atomicWrite';
import type { PortableDecisions } from './decisions';
import { fitsText, isRawAnalysis } from '../core/analysisCacheEntry';

// The entry checks are the core's, shared with the editor's persistent cache.
export { fitsText, isRawAnalysis };

/** How much of a split entry is read first for its header line (most headers are a few kilobytes). */
const HEADER_READ = 16 * 1024;

/** Marks a file as one of ours (a foreign JSON file with the right name is not an entry). */
const FORMAT = 'crosscheck-analysis-cache/1';

export type CacheStage = 'raw' | 'corpus' | 'groups' | 'names' | 'document' | 'run';

/** Both stages keep the same shape: an analysis without the article structure. */
export type CorpusEntry = RawAnalysis;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * sha256(JSON.stringify(items.map(json))), hashed an item at a time: the array's JSON for a story
 * of thousands of articles is tens of megabytes that nothing else needs.
 */
export function jsonArraySha256<T>(items: readonly T[], json: (item: T) => unknown): string {
  const hash = createHash('sha256').update('[');
  items.forEach((item, k) => hash.update((k === 0 ? '' : ',') + JSON.stringify(json(item)), 'utf8'));
  return hash.update(']').digest('hex');
}

/**
 * Where the cache lives by default: `crosscheck` in the user's cache folder ($XDG_CACHE_HOME or
 * ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'crosscheck');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'crosscheck');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'crosscheck');
}

export class AnalysisCache {
  private readonly madeDirs = new Set<string>();

  /** `version` names the analysis code; entries of another version are never read. */
  constructor(readonly dir: string, readonly version: string) {}

  /** The key of a corpus entry: the text's hash and the names the corpus gave its entities. */
  static corpusKey(textHash: string, names: unknown): string {
    return sha256(`${textHash}\n${JSON.stringify(names)}`);
  }

  /** The key of a document entry: the corpus key, the file's name as printed, and the decisions laid over the analysis. */
  static documentKey(corpusKey: string, file: string, decisions: PortableDecisions): string {
    return sha256(JSON.stringify([corpusKey, file, decisions.sidecar, decisions.aliasOverrides]));
  }

  /** The key of a groups entry: everything the quote grouping reads. */
  static groupsKey(sources: readonly SourceQuotes[]): string {
    return jsonArraySha256(sources, (s) => [s.file, s.quotes.map((q) => [q.start, q.end, q.text, q.speaker])]);
  }

  /** The key of a names entry: every article's names, types and aliases, in order. */
  static namesKey(perArticle: readonly (readonly EntityNames[])[]): string {
    return jsonArraySha256(perArticle, (row) => row.map((e) => [e.name, e.type, e.aliases]));
  }

  pathOf(stage: CacheStage, key: string): string {
    return path.join(this.dir, this.version.slice(0, 16), stage, key.slice(0, 2), `${key}.json`);
  }

  async getRaw(key: string): Promise<RawAnalysis | undefined> {
    const body = this.readSplit('raw', key)?.body;
    if (body === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
    return isRawAnalysis(value) ? value : undefined;
  }

  /**
   * The names, types and aliases of the entities of a raw entry, read from its header line alone (the
   * corpus pass reads nothing else of an article), when the entry is whole: the analysis after the
   * header is as long as the header says. The analysis itself is checked against its sha256 when it is
   * read (getRaw); one that fails is made again from the same text, so its names are the header's.
   */
  async getEntityNames(key: string): Promise<EntityNames[] | undefined> {
    const names = this.readHeader('raw', key)?.names;
    return Array.isArray(names) && names.every(isNames) ? names : undefined;
  }

  async putRaw(key: string, raw: RawAnalysis): Promise<void> {
    this.writeSplit('raw', key, { names: entityNamesOf(raw.entities) }, JSON.stringify(raw));
  }

  async getCorpus(key: string): Promise<CorpusEntry | undefined> {
    const value = this.read('corpus', key);
    return value !== undefined && isRawAnalysis(value) ? value : undefined;
  }

  /** The quote groups stored for `sources` (whose key is `key`), when every member is one of their quotes. */
  async getGroups(key: string, sources: readonly SourceQuotes[]): Promise<QuoteGroup[] | undefined> {
    const value = this.read('groups', key);
    return value !== undefined && isGroupsOf(value, sources) ? value : undefined;
  }

  /** The corpus's names stored for `perArticle` (whose key is `key`), when they fit it row by row. */
  async getNames(key: string, perArticle: readonly (readonly EntityNames[])[]): Promise<EntityNames[][] | undefined> {
    const value = this.read('names', key);
    return value !== undefined && isNamesOf(value, perArticle) ? value : undefined;
  }

  /** An article's printed JSON and its quotes, when the entry is ours, for this key, and its JSON is the one its header hashed. */
  async getDocument(key: string): Promise<CachedDocument | undefined> {
    const entry = this.readSplit('document', key);
    const quotes = entry?.header.quotes;
    return entry && Array.isArray(quotes) && quotes.every(isGroupQuote) ? { json: entry.body, quotes } : undefined;
  }

  async putDocument(key: string, document: CachedDocument): Promise<void> {
    this.writeSplit('document', key, { quotes: document.quotes }, document.json);
  }

  async put(stage: 'corpus' | 'groups' | 'names', key: string, value: RawAnalysis | QuoteGroup[] | EntityNames[][]): Promise<void> {
    this.write(stage, key, Array.isArray(value) ? this.entryPieces(stage, key, value) : this.entryLine(stage, key, value));
  }

  /**
   * entryLine for an array value, an item at a time: a story's names or quote groups are tens of
   * megabytes as one string, held twice while written (as a string and as bytes).
   */
  private *entryPieces(stage: CacheStage, key: string, items: readonly unknown[]): Generator<string> {
    // `…,"value":[]}` without its last two characters opens the array.
    yield this.entryLine(stage, key, []).slice(0, -2);
    for (let k = 0; k < items.length; k++) yield (k === 0 ? '' : ',') + JSON.stringify(items[k]);
    yield ']}';
  }

  private write(stage: CacheStage, key: string, text: string | Iterable<string>): void {
    const file = this.pathOf(stage, key);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    atomicWriteNewFileSync(file, text);
  }

  /** The entry's value when the file is ours, for this stage, version and key; undefined otherwise. */
  private read(stage: CacheStage, key: string): unknown {
    const text = this.readText(stage, key);
    return text === undefined ? undefined : this.valueOfLine(text, stage, key);
  }

  /**
   * An entry kept as a header line and a body: the header's value (what is read without the body, and
   * the body's sha256), when the body hashes to it. JSON.stringify writes no line break of its own, so
   * the first one ends the header.
   */
  private readSplit(stage: CacheStage, key: string): { header: Record<string, unknown>; body: string } | undefined {
    const text = this.readText(stage, key);
    const cut = text?.indexOf('\n') ?? -1;
    if (text === undefined || cut < 0) return undefined;
    const header = this.valueOfLine(text.slice(0, cut), stage, key);
    const body = text.slice(cut + 1);
    return isObject(header) && typeof header.sha256 === 'string' && sha256(body) === header.sha256 ? { header, body } : undefined;
  }

  private writeSplit(stage: CacheStage, key: string, header: Record<string, unknown>, body: string): void {
    const line = this.entryLine(stage, key, { ...header, sha256: sha256(body), bytes: Buffer.byteLength(body) });
    this.write(stage, key, `${line}\n${body}`);
  }

  /** A split entry's header value, read without its body, when the file is as long as the header says. */
  private readHeader(stage: CacheStage, key: string): Record<string, unknown> | undefined {
    let fd: number;
    try {
      fd = fs.openSync(this.pathOf(stage, key), 'r');
    } catch {
      return undefined;
    }
    try {
      const size = fs.fstatSync(fd).size;
      let buffer = Buffer.alloc(Math.min(size, HEADER_READ));
      let filled = 0;
      let cut = -1;
      while (cut < 0 && filled < size) {
        if (filled === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, size - filled))]);
        const read = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
        if (read === 0) break;
        cut = buffer.indexOf(0x0a, filled);
        filled += read;
      }
      if (cut < 0) return undefined;
      const header = this.valueOfLine(buffer.toString('utf8', 0, cut), stage, key);
      return isObject(header) && header.bytes === size - cut - 1 ? header : undefined;
    } catch {
      return undefined;
    } finally {
      fs.closeSync(fd);
    }
  }

  private readText(stage: CacheStage, key: string): string | undefined {
    try {
      return fs.readFileSync(this.pathOf(stage, key), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** An entry's line of JSON (a whole entry, or the header or trailer of one kept in parts). */
  entryLine(stage: CacheStage, key: string, value: unknown): string {
    return JSON.stringify({ format: FORMAT, stage, version: this.version, key, value });
  }

  /** The value of an entry's line of JSON when it is ours, for this stage, version and key. */
  valueOfLine(text: string, stage: CacheStage, key: string): unknown {
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isObject(entry) || entry.format !== FORMAT || entry.stage !== stage || entry.version !== this.version || entry.key !== key) return undefined;
    return entry.value;
  }
}

// Shape checks: a cache entry is input like any file, so nothing in it is assumed.

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isSpan = (v: unknown): v is Record<string, unknown> & { start: number; end: number } => isObject(v) && isInt(v.start) && isInt(v.end) && v.start <= v.end;
/** Whether `v` is a list of quote groups whose members are all quotes of `sources`, as they stand there. */
export function isGroupsOf(v: unknown, sources: readonly SourceQuotes[]): v is QuoteGroup[] {
  if (!Array.isArray(v)) return false;
  const quotes = new Map<string, Pick<Quote, 'text' | 'speaker'>>();
  for (const s of sources) for (const q of s.quotes) quotes.set(`${s.file}\u0000${q.start}\u0000${q.end}`, q);
  const isMember = (m: unknown) => {
    if (!isSpan(m) || typeof m.file !== 'string') return false;
    const q = quotes.get(`${m.file}\u0000${m.start}\u0000${m.end}`);
    return q !== undefined && q.text === m.text && q.speaker === m.speaker;
  };
  return v.every((g) => isObject(g) && typeof g.key === 'string' && Array.isArray(g.members) && g.members.length >= 2 && g.members.every(isMember));
}

/** A quote as the quote grouping reads it. */
export interface GroupQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** 'reported' for reported speech, which the grouping leaves out. */
  kind?: 'reported';
}

/** A document entry's payload: what `analyze` prints for the article, and what the quote grouping reads of it. */
export interface CachedDocument {
  json: string;
  quotes: GroupQuote[];
}

const isGroupQuote = (v: unknown): v is GroupQuote =>
  isSpan(v) && typeof v.text === 'string' && (v.speaker === null || typeof v.speaker === 'string') && (v.kind === undefined || v.kind === 'reported');

const ENTITY_TYPES: ReadonlySet<unknown> = new Set(['person', 'organization', 'place']);
const isNames = (v: unknown): v is EntityNames =>
  isObject(v) && typeof v.name === 'string' && ENTITY_TYPES.has(v.type) && Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === 'string');
/** Whether `v` gives names to `perArticle`: one row per article, one entry per entity, each a name, a type and aliases. */
export function isNamesOf(v: unknown, perArticle: readonly (readonly EntityNames[])[]): v is EntityNames[][] {
  return Array.isArray(v) && v.length === perArticle.length && v.every((row, i) => Array.isArray(row) && row.length === perArticle[i].length && row.every(isNames));
}

