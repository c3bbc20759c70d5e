// The editor's persistent analysis cache: the CLI's entry format and layout (src/core/analysisCacheEntry.ts),
// kept in the extension's global storage so a window reload takes each article's raw analysis (and
// its analysis finished in its corpus) from disk instead of computing it again. Files are read and written only through vscode.workspace.fs (no
// Node fs: the extension also runs where there is none); entries are checked on the analysis worker,
// never here, and a bad entry is simply analysed again and rewritten. Derived data only: no decisions.
import * as vscode from 'vscode';
import { cacheEntryPath, type CacheStage } from '../../core/analysisCacheEntry';
import { sha256Hex } from './contentHash';

/** The key of an article's raw entry: sha256 of its text, as the CLI keys it. */
export const textKey = (text: string): Promise<string> => sha256Hex(text);

/**
 * The key of an article's corpus entry (its analysis finished with the names its corpus gave it):
 * the text's hash and those names, as the CLI's AnalysisCache.corpusKey makes it.
 */
export const finishedEntryKey = (textHash: string, names: unknown): Promise<string> => textKey(`${textHash}\n${JSON.stringify(names)}`);

/** An entry larger than this is not read (a planted file must not cost the host a huge decode). */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

export class AnalysisCache {
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

  uriOf(key: string, stage: CacheStage = 'raw'): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...cacheEntryPath(stage, this.version, key));
  }

  /** The entry's text under this key (a raw entry unless said), or undefined (missing, unreadable, too large). */
  async read(key: string, stage: CacheStage = 'raw'): Promise<string | undefined> {
    const uri = this.uriOf(key, stage);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_ENTRY_BYTES) return undefined;
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an entry atomically: written to a temporary file beside it, then renamed over it, so a
   * reader (another window sharing global storage) sees the old entry or the new, never half of one.
   * A cache that cannot be written is said once in the log; analysis goes on without it.
   */
  async write(key: string, entryText: string, stage: CacheStage = 'raw'): Promise<void> {
    const target = this.uriOf(key, stage);
    const dir = vscode.Uri.joinPath(target, '..');
    const temporary = vscode.Uri.joinPath(dir, `.${key}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      if (!this.madeDirs.has(dir.toString())) {
        await vscode.workspace.fs.createDirectory(dir);
        this.madeDirs.add(dir.toString());
      }
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(entryText));
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
      if (this.writeError === undefined) {
        this.writeError = (e as Error).message;
        this.log.warn(`cannot write the analysis cache in ${this.root.toString()} (${this.writeError}); continuing without it`);
      }
    }
  }
}
