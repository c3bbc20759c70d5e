// The editor's persistent analysis cache: the CLI's entry format (src/core/analysisCacheEntry.ts),
// kept in the extension's global storage so a window reload takes each article's raw analysis (and
// its analysis finished in its corpus) from disk instead of computing it again. The entries of one
// story folder live in one pack file (cachePack.ts): a reload reads one file per folder, once, and
// answers every lookup of that folder from memory. Files are read and written only through
// vscode.workspace.fs (no Node fs: the extension also runs where there is none); entries are
// checked on the analysis worker, never here, and a bad entry is simply analysed again and
// rewritten. Derived data only: no decisions.
import * as vscode from 'vscode';
import type { CacheStage } from '../../core/analysisCacheEntry';
import { decodePack, encodingPack, packEntryId, retainedEntries, type PackEntry } from './cachePack';
import { sha256Hex } from './contentHash';
import { folderOf } from '../storage/sidecarStore';
import { isWorkspaceFile } from '../storage/workspaceFile';

/** The key of an article's raw entry: sha256 of its text, as the CLI keys it. */
export const textKey = (text: string): Promise<string> => sha256Hex(text);

/**
 * The key of an article's corpus entry (its analysis finished with the names its corpus gave it):
 * the text's hash and those names, as the CLI's AnalysisCache.corpusKey makes it.
 */
export const finishedEntryKey = (textHash: string, names: unknown, hash: (text: string) => Promise<string> = textKey): Promise<string> => hash(`${textHash}\n${JSON.stringify(names)}`);

/** A pack larger than this is not read (a planted file must not cost the host a huge read). */
const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** Writes wait this long for more entries, so a pass over a folder rewrites its pack a few times, not once per article. */
const WRITE_DELAY_MS = 1000;

interface Pack {
  uri: vscode.Uri;
  entries: Map<string, PackEntry>;
  /** Entries added or used since the pack was last written. */
  dirty: boolean;
  /** The write under way (it writes again while entries keep coming). */
  writing?: Promise<void>;
}

export class AnalysisCache {
  /** Each story folder's pack, read once per session. */
  private readonly packs = new Map<string, Promise<Pack>>();
  private readonly madeDirs = new Set<string>();
  private writeError: string | undefined;

  private constructor(
    private readonly root: vscode.Uri,
    /** Names the analysis code: a hash of the worker bundle, so any change to the analysis makes a new version. */
    readonly version: string,
    private readonly log: Pick<vscode.LogOutputChannel, 'warn'>,
  ) {}

  /** The cache under `storage`, versioned by the worker script's content; undefined when the script cannot be read. */
  static async open(storage: vscode.Uri, workerScript: vscode.Uri, log: Pick<vscode.LogOutputChannel, 'warn'>): Promise<AnalysisCache | undefined> {
    try {
      const code = await vscode.workspace.fs.readFile(workerScript);
      const version = await sha256Hex(code);
      return new AnalysisCache(vscode.Uri.joinPath(storage, 'analysis-cache'), version, log);
    } catch (e) {
      log.warn(`no analysis cache: cannot read ${workerScript.toString()} (${(e as Error).message})`);
      return undefined;
    }
  }

  /** Like open, with a version given (tests). */
  static at(root: vscode.Uri, version: string, log: Pick<vscode.LogOutputChannel, 'warn'>): AnalysisCache {
    return new AnalysisCache(root, version, log);
  }

  /** The pack file of a story folder: named by a hash of the folder's URI, under this version. */
  async packUri(folder: vscode.Uri): Promise<vscode.Uri> {
    return vscode.Uri.joinPath(this.root, this.version.slice(0, 16), 'packs', `${(await sha256Hex(folder.toString())).slice(0, 32)}.pack`);
  }

  /** The entry's text under this key in the article's folder (a raw entry unless said), or undefined. Untitled articles have none. */
  async read(article: vscode.Uri, key: string, stage: CacheStage = 'raw'): Promise<string | undefined> {
    const pack = await this.packOf(article);
    const entry = pack?.entries.get(packEntryId(stage, key));
    if (!pack || !entry) return undefined;
    entry.usedAt = Date.now();
    return new TextDecoder('utf-8').decode(entry.bytes);
  }

  /**
   * Stores an entry in the article's folder pack; resolves once the pack is written. The pack is
   * written atomically (a temporary file beside it, renamed over it), so a reader (another window
   * sharing global storage) sees the old pack or the new, never half of one; two windows writing the
   * same pack lose one's new entries, which are then analysed and written again. A cache that cannot
   * be written is said once in the log; analysis goes on without it.
   */
  async write(article: vscode.Uri, key: string, entryText: string, stage: CacheStage = 'raw'): Promise<void> {
    const pack = await this.packOf(article);
    if (!pack) return;
    // A folder's names entry is its latest corpus pass's: the older ones (one per edit) would crowd out its articles' entries.
    if (stage === 'names') for (const [id, e] of pack.entries) if (e.stage === 'names' && e.key !== key) pack.entries.delete(id);
    pack.entries.set(packEntryId(stage, key), { stage, key, bytes: new TextEncoder().encode(entryText), usedAt: Date.now() });
    pack.dirty = true;
    pack.writing ??= this.writeSoon(pack);
    return pack.writing;
  }

  private packOf(article: vscode.Uri): Promise<Pack | undefined> {
    if (!isWorkspaceFile(article)) return Promise.resolve(undefined);
    const folder = folderOf(article);
    let pack = this.packs.get(folder.toString());
    if (!pack) {
      pack = this.readPack(folder);
      this.packs.set(folder.toString(), pack);
    }
    return pack;
  }

  private async readPack(folder: vscode.Uri): Promise<Pack> {
    const uri = await this.packUri(folder);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_PACK_BYTES) return { uri, entries: new Map(), dirty: false };
      return { uri, entries: decodePack(await vscode.workspace.fs.readFile(uri), this.version), dirty: false };
    } catch {
      return { uri, entries: new Map(), dirty: false };
    }
  }

  private async writeSoon(pack: Pack): Promise<void> {
    try {
      await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS));
      while (pack.dirty) {
        pack.dirty = false;
        await this.writePack(pack);
      }
    } finally {
      pack.writing = undefined;
    }
  }

  private async writePack(pack: Pack): Promise<void> {
    const kept = retainedEntries(pack.entries.values(), Date.now());
    const dir = vscode.Uri.joinPath(pack.uri, '..');
    const name = pack.uri.path.slice(pack.uri.path.lastIndexOf('/') + 1);
    const temporary = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      if (!this.madeDirs.has(dir.toString())) {
        await vscode.workspace.fs.createDirectory(dir);
        this.madeDirs.add(dir.toString());
      }
      // Put together a few MB per event-loop turn: a folder with a 1 MB article packs tens of MB.
      const encoding = encodingPack(kept, this.version);
      for (let step = encoding.next(); !step.done; step = encoding.next()) await new Promise((resolve) => setTimeout(resolve, 0));
      await vscode.workspace.fs.writeFile(temporary, encoding.out);
      await vscode.workspace.fs.rename(temporary, pack.uri, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
      if (this.writeError === undefined) {
        this.writeError = (e as Error).message;
        this.log.warn(`cannot write the analysis cache in ${this.root.toString()} (${this.writeError}); continuing without it`);
      }
    }
  }
}
