// Which files are articles. A file is one when it has a sidecar, when its folder holds a claims
// registry, when it matches the `crosscheck.articles` globs, or when the user added it by hand
// ("Analyze This File"; kept in workspace state). Everything else, e.g. a README in an unrelated
// project, is left alone.
import * as path from 'path';
import * as vscode from 'vscode';
import { mapInParallel } from './inParallel';
import { ARTICLE_EXTENSIONS, EXPORTS_FOLDER, GENERATED_MARKER_WINDOW, isArticleFileName, isGeneratedFileName, isGeneratedText } from '../../core/articleFileNames';
import { CLAIMS_FILE, SIDECAR_SUFFIX } from '../../core/storage/model';
import type { Config } from '../config';
import { articleUriForSidecar, claimsUriFor, folderOf, isClaimsUri, isSidecarUri, sidecarUriFor } from './sidecarStore';
import { isWorkspaceFile } from './workspaceFile';

const EXPLICIT_KEY = 'crosscheck.explicitArticles';
/** Each story folder's last listing, with the folder's modification time (workspace state; see articlesIn). */
const FOLDER_LISTINGS_KEY = 'crosscheck.folderListings';
/** How many folders' listings are remembered across reloads. */
const REMEMBERED_FOLDERS = 64;

/** A folder's remembered listing: its URI, its modification time then, and its article files' names. */
type RememberedListing = [folder: string, mtime: number, names: string[]];
const EXCLUDE = `**/{node_modules,.git,${EXPORTS_FOLDER}}/**`;

export const hasArticleExtension = (uri: vscode.Uri) => ARTICLE_EXTENSIONS.includes(path.posix.extname(uri.path).toLowerCase());

export class ArticleFiles implements vscode.Disposable {
  /** Answers per file, dropped whenever a sidecar, registry or the settings change. */
  private readonly verdicts = new Map<string, Promise<boolean>>();
  private globMatches: Promise<Set<string>> | undefined;
  /** The last listing of every article, kept until something changes (the Sources view lists on every refresh). */
  private listing: Promise<vscode.Uri[]> | undefined;
  /** Counts changes, so a listing that a change overtook does not answer for files. */
  private generation = 0;
  /** Workspace searches (ripgrep processes) kept until something changes. */
  private registries: Promise<vscode.Uri[]> | undefined;
  private sidecars: Promise<vscode.Uri[]> | undefined;
  /** Each folder's article files with the folder's modification time when listed, until something changes. */
  private readonly folderListings = new Map<string, { mtime: number; uris: Promise<vscode.Uri[]> }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires when the set of articles may have changed. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly config: Config,
    private readonly state: vscode.Memento,
    /** Folders created or deleted: the watchers below may not report each file in them (folderEvents.ts). */
    onDidChangeFolders?: vscode.Event<vscode.Uri[]>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{*${SIDECAR_SUFFIX},${CLAIMS_FILE}}`, false, true, false);
    const anyFile = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}', false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.changed()),
      watcher.onDidDelete(() => this.changed()),
      anyFile,
      anyFile.onDidCreate(() => this.changed()),
      anyFile.onDidDelete(() => this.changed()),
      config.onDidChange((e) => e.affectsConfiguration('crosscheck.articles') && this.changed()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.changed()),
    );
    if (onDidChangeFolders) this.disposables.push(onDidChangeFolders(() => this.changed()));
  }

  isArticle(uri: vscode.Uri): Promise<boolean> {
    if (isSidecarUri(uri) || isClaimsUri(uri) || (uri.scheme !== 'untitled' && !isWorkspaceFile(uri))) {
      return Promise.resolve(false);
    }
    const key = uri.toString();
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.decide(uri);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** Makes files articles for this workspace ("Analyze This File", "Add Folder as Sources": one update for a whole folder). */
  async add(...uris: vscode.Uri[]): Promise<void> {
    const explicit = new Set(this.state.get<string[]>(EXPLICIT_KEY, []));
    // Added before (a folder added again): nothing changes, nothing is listed again.
    if (uris.every((uri) => explicit.has(uri.toString()))) return;
    for (const uri of uris) explicit.add(uri.toString());
    await this.state.update(EXPLICIT_KEY, [...explicit].sort());
    this.changed();
  }

  /** Every article in the workspace, sorted by path: listed once, then from memory until the set of articles may have changed. */
  async all(): Promise<vscode.Uri[]> {
    if (!this.listing) {
      const generation = this.generation;
      const listing = this.list();
      this.listing = listing;
      listing.then(
        (uris) => {
          // Each listed file is an article by the rules decide applies: no need to read it again when it is analysed.
          if (this.generation !== generation) return;
          for (const uri of uris) if (!this.verdicts.has(uri.toString())) this.verdicts.set(uri.toString(), Promise.resolve(true));
        },
        () => this.listing === listing && (this.listing = undefined),
      );
    }
    return [...(await this.listing)];
  }

  private async list(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    const keep = (uri: vscode.Uri) => found.set(uri.toString(), uri);
    const [sidecars, registryFolders, globbed] = await Promise.all([this.sidecarFiles(), this.registryFolders(), this.globbed()]);
    // A file already listed (its folder's listing) is not looked for again.
    const present = async (uri: vscode.Uri) => (found.has(uri.toString()) || (await exists(uri)) ? [uri] : []);
    // articlesIn leaves generated files out already: those are not checked twice.
    const checked = new Set<string>();
    for (const inFolder of await mapInParallel(registryFolders, (folder) => this.articlesIn(folder))) {
      for (const a of inFolder) {
        keep(a);
        checked.add(a.toString());
      }
    }
    for (const hits of await mapInParallel(sidecars.map(articleUriForSidecar), present)) hits.forEach((uri) => keep(uri));
    for (const g of globbed) keep(vscode.Uri.parse(g));
    const explicit = this.state.get<string[]>(EXPLICIT_KEY, []).map((e) => vscode.Uri.parse(e));
    for (const hits of await mapInParallel(explicit, present)) hits.forEach((uri) => keep(uri));
    const listed = [...found.values()];
    const generated = await mapInParallel(listed, (uri) => (checked.has(uri.toString()) ? Promise.resolve(false) : isGeneratedFile(uri)));
    return listed.filter((_uri, i) => !generated[i]).sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * The article files directly inside a folder (see articlesIn below), listed again only when the
   * folder's modification time changed (a file added, removed or renamed there; one stat instead of
   * a read of every file) or something the watchers see changed. The listing is remembered across
   * reloads the same way, so reopening a story of a thousand articles does not read each file to
   * find the exports among them; a file that became an export in place is still left out when it is
   * analysed (DocumentAnalysis reads its text).
   */
  async articlesIn(folder: vscode.Uri): Promise<vscode.Uri[]> {
    let mtime: number;
    try {
      mtime = (await vscode.workspace.fs.stat(folder)).mtime;
    } catch {
      return [];
    }
    const key = folder.toString();
    const known = this.folderListings.get(key);
    if (known?.mtime === mtime) return [...(await known.uris)];
    const listing = { mtime, uris: this.listFolder(folder, mtime) };
    this.folderListings.set(key, listing);
    listing.uris.catch(() => this.folderListings.get(key) === listing && this.folderListings.delete(key));
    return [...(await listing.uris)];
  }

  private async listFolder(folder: vscode.Uri, mtime: number): Promise<vscode.Uri[]> {
    const key = folder.toString();
    const remembered = this.state.get<RememberedListing[]>(FOLDER_LISTINGS_KEY, []);
    const known = Array.isArray(remembered) ? remembered.find((r) => Array.isArray(r) && r[0] === key) : undefined;
    if (known && known[1] === mtime && Array.isArray(known[2]) && known[2].every((name) => typeof name === 'string' && isArticleFileName(name) && !name.includes('/'))) {
      return known[2].map((name) => vscode.Uri.joinPath(folder, name));
    }
    const found = await articlesIn(folder);
    // The time read before the listing: a change during it makes the next call list again.
    const others = (Array.isArray(remembered) ? remembered : []).filter((r) => Array.isArray(r) && r[0] !== key).slice(0, REMEMBERED_FOLDERS - 1);
    await this.state.update(FOLDER_LISTINGS_KEY, [[key, mtime, found.map((uri) => path.posix.basename(uri.path))], ...others]);
    return found;
  }

  /** Folders that hold a claims registry (searched once until one is created or deleted: the views ask on every refresh). */
  async registryFolders(): Promise<vscode.Uri[]> {
    this.registries ??= this.searchOnce(searchRegistryFolders, () => (this.registries = undefined));
    return [...(await this.registries)];
  }

  /** Every sidecar of the workspace (searched once until one is created or deleted). */
  async sidecarFiles(): Promise<vscode.Uri[]> {
    this.sidecars ??= this.searchOnce(searchSidecars, () => (this.sidecars = undefined));
    return [...(await this.sidecars)];
  }

  /**
   * Searches the workspace again; where what is kept differs, it is dropped and listeners are told.
   * A command about to offer folders calls this, so it offers what is on disk now even when the
   * watcher missed a file (folderEvents.ts says when it does).
   */
  async verify(): Promise<void> {
    const generation = this.generation;
    const kept = await Promise.all([this.registries, this.sidecars].map((search) => search?.catch(() => undefined)));
    const [registries, sidecars] = await Promise.all([searchRegistryFolders(), searchSidecars()]);
    // A change seen meanwhile dropped the kept searches already; these may predate it.
    if (this.generation !== generation) return;
    if (!sameUris(kept[0], registries) || !sameUris(kept[1], sidecars)) this.changed();
    // Kept from now on: the caller's next question is answered without searching again.
    this.registries = Promise.resolve(registries);
    this.sidecars = Promise.resolve(sidecars);
  }

  /** A search kept until the next change; one that fails is forgotten, so the next asks again. */
  private searchOnce(search: () => Thenable<vscode.Uri[]>, forget: () => void): Promise<vscode.Uri[]> {
    const made = Promise.resolve(search());
    made.catch(forget);
    return made;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private changed(): void {
    this.generation++;
    this.verdicts.clear();
    this.globMatches = undefined;
    this.listing = undefined;
    this.folderListings.clear();
    this.registries = undefined;
    this.sidecars = undefined;
    this.emitter.fire();
  }

  private async decide(uri: vscode.Uri): Promise<boolean> {
    // Reports, CSV and JSON-LD Crosscheck wrote are never articles, wherever they were saved.
    if (await isGeneratedFile(uri)) return false;
    if (this.state.get<string[]>(EXPLICIT_KEY, []).includes(uri.toString())) return true;
    if (!isWorkspaceFile(uri)) return false;
    if (await exists(sidecarUriFor(uri))) return true;
    const name = path.posix.basename(uri.path);
    if (isArticleFileName(name) && (await exists(claimsUriFor(folderOf(uri))))) return true;
    return (await this.globbed()).has(uri.toString());
  }

  /** Files matched by the `crosscheck.articles` globs, found once and kept until something changes. */
  private globbed(): Promise<Set<string>> {
    if (!this.globMatches) {
      this.globMatches = (async () => {
        const matches = new Set<string>();
        for (const folder of vscode.workspace.workspaceFolders ?? []) {
          for (const glob of this.config.articleGlobs(folder)) {
            const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE);
            for (const f of files) if (!isSidecarUri(f) && !isClaimsUri(f)) matches.add(f.toString());
          }
        }
        return matches;
      })();
    }
    return this.globMatches;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The article files directly inside a folder (not its subfolders: each folder is one story). */
export async function articlesIn(folder: vscode.Uri): Promise<vscode.Uri[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const candidates = entries.filter(([name, type]) => type === vscode.FileType.File && isArticleFileName(name)).map(([name]) => vscode.Uri.joinPath(folder, name));
  const generated = await mapInParallel(candidates, isGeneratedFile);
  return candidates.filter((_uri, i) => !generated[i]);
}

/**
 * A file Crosscheck wrote (an export): by its name ("….crosscheck-report.md") or by the marker at
 * its start (an open editor's text first, else the file's first bytes). Unreadable files are not.
 */
export async function isGeneratedFile(uri: vscode.Uri): Promise<boolean> {
  if (isGeneratedFileName(path.posix.basename(uri.path))) return true;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return isGeneratedText(open.getText(new vscode.Range(0, 0, 40, 0)));
  if (!isWorkspaceFile(uri)) return false;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return isGeneratedText(new TextDecoder().decode(bytes.subarray(0, GENERATED_MARKER_WINDOW * 2)));
  } catch {
    return false;
  }
}

async function searchRegistryFolders(): Promise<vscode.Uri[]> {
  const registries = await vscode.workspace.findFiles(`**/${CLAIMS_FILE}`, EXCLUDE);
  return registries.map(folderOf).sort((a, b) => a.path.localeCompare(b.path));
}

function searchSidecars(): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, EXCLUDE);
}

/** Whether a kept search (undefined: none kept, so none stale) holds the same files as a new one. */
function sameUris(kept: readonly vscode.Uri[] | undefined, found: readonly vscode.Uri[]): boolean {
  if (!kept) return true;
  if (kept.length !== found.length) return false;
  const names = new Set(kept.map((uri) => uri.toString()));
  return found.every((uri) => names.has(uri.toString()));
}
