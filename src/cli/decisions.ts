// Human decisions for the CLI: the article's sidecar and its folder's claims registry, applied to
// the analysis exactly as the editor applies them (a corrected speaker shows in `analyze --json`).
import * as fs from 'fs';
import * as path from 'path';
import { applyDecisions, type ArticleAnalysis } from '../core';
import { emptyClaimsRegistry, parseClaimsRegistry } from '../core/storage/claims';
import type { Loaded } from '../core/storage/document';
import { CLAIMS_FILE, SIDECAR_SUFFIX, type AliasOverride, type ClaimsRegistry, type Sidecar } from '../core/storage/model';
import { parseSidecar } from '../core/storage/sidecar';
import { readArticle } from './files';
import type { CliIO } from './io';

export interface WithDecisions {
  analysis: ArticleAnalysis;
  /** False when a sidecar or registry (or part of one) could not be read: the output lacks a person's decisions. */
  complete: boolean;
}

export function withDecisions(articlePath: string, analysis: ArticleAnalysis, io: CliIO): WithDecisions {
  const read = readDecisions(articlePath, io);
  return { analysis: applyReadDecisions(read, () => analysis), complete: read.complete };
}

/** The decisions that apply to one article, as read from its sidecar and its folder's claims registry. */
export interface ReadDecisions {
  sidecar: Sidecar | undefined;
  /** Undefined when the folder has no (readable) registry. */
  aliasOverrides: AliasOverride[] | undefined;
  complete: boolean;
  /** What `analyze --shard` carries so `merge-analyses` applies the very same decisions (see README). */
  portable: PortableDecisions;
}

/** A sidecar's text and a registry's alias overrides: decisions as they travel inside a shard's output. */
export interface PortableDecisions {
  sidecar: string | null;
  aliasOverrides: AliasOverride[] | null;
  complete: boolean;
}

export function readDecisions(articlePath: string, io: CliIO, registries = new RegistryReads()): ReadDecisions {
  const sidecar = readStored(articlePath + SIDECAR_SUFFIX, parseSidecar, io);
  const registry = registries.read(path.join(path.dirname(articlePath), CLAIMS_FILE), io);
  const complete = sidecar.complete && registry.complete;
  const aliasOverrides = registry.value?.aliasOverrides;
  return {
    sidecar: sidecar.value,
    aliasOverrides,
    complete,
    portable: { sidecar: sidecar.value ? sidecar.text ?? null : null, aliasOverrides: aliasOverrides ?? null, complete },
  };
}

/**
 * The decisions a shard carried, validated again as the files they came from would be (a shard's
 * output is input like any file); their problems were reported by the shard that read them.
 */
export function fromPortable(p: PortableDecisions): ReadDecisions {
  const registry = p.aliasOverrides === null ? undefined : parseClaimsRegistry(JSON.stringify({ ...emptyClaimsRegistry(), aliasOverrides: p.aliasOverrides })).value;
  return {
    sidecar: p.sidecar === null ? undefined : parseSidecar(p.sidecar).value,
    aliasOverrides: registry?.aliasOverrides,
    complete: p.complete,
    portable: p,
  };
}

/** The analysis with the decisions laid over it; `analysis` is only built when there are decisions. */
export function applyReadDecisions(read: ReadDecisions, analysis: () => ArticleAnalysis): ArticleAnalysis {
  if (!read.sidecar && !read.aliasOverrides) return analysis();
  return applyDecisions(analysis(), read.sidecar, { aliasOverrides: read.aliasOverrides ?? [] });
}

export function hasDecisions(read: ReadDecisions): boolean {
  return read.sidecar !== undefined || read.aliasOverrides !== undefined;
}

/**
 * Claims registries as read, by file: a story's articles share their folder's one, which is read and
 * checked once while it stays as it was (same modification time, size and inode), not once an article.
 * What reading it reported is reported again for each article, as a fresh read would.
 */
export class RegistryReads {
  private readonly kept = new Map<string, { stamp: string; stored: Stored<ClaimsRegistry>; messages: string[] }>();

  read(file: string, io: CliIO): Stored<ClaimsRegistry> {
    let stamp = 'absent';
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      // Absent or out of reach: readStored tells which.
    }
    const kept = this.kept.get(file);
    if (kept && kept.stamp === stamp) {
      for (const m of kept.messages) io.err(m);
      return kept.stored;
    }
    const messages: string[] = [];
    const stored = readStored(file, parseClaimsRegistry, { ...io, err: (line) => (messages.push(line), io.err(line)) });
    this.kept.set(file, { stamp, stored, messages });
    return stored;
  }
}

interface Stored<T> {
  /** Undefined when the file is absent or unreadable. */
  value: T | undefined;
  /** The file's text, when it could be read. */
  text?: string;
  complete: boolean;
}

/** The stored file's value; what cannot be read is reported and marks the result incomplete. */
function readStored<T>(file: string, parse: (text: string) => Loaded<T>, io: CliIO): Stored<T> {
  if (!fs.existsSync(file)) return { value: undefined, complete: true };
  const read = readArticle(file);
  if (read.kind !== 'text') {
    io.err(`crosscheck: ${file}: cannot read (${read.kind === 'error' ? read.message : 'not a text file'}); the analysis is printed without its decisions`);
    return { value: undefined, complete: false };
  }
  const loaded = parse(read.text);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) io.err(`crosscheck: ${file}: ${d.message}; the decisions there are not applied`);
  return { value: loaded.value, text: read.text, complete: errors.length === 0 };
}
