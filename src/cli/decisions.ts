// Human decisions for the CLI: the article's sidecar and its folder's claims registry, applied to
// the analysis exactly as the editor applies them (a corrected speaker shows in `analyze --json`).
import * as fs from 'fs';
import * as path from 'path';
import { applyDecisions, type ArticleAnalysis } from '../core';
import { parseClaimsRegistry } from '../core/storage/claims';
import type { Loaded } from '../core/storage/document';
import { CLAIMS_FILE, SIDECAR_SUFFIX } from '../core/storage/model';
import { parseSidecar } from '../core/storage/sidecar';
import { readArticle } from './files';
import type { CliIO } from './io';

export interface WithDecisions {
  analysis: ArticleAnalysis;
  /** False when a sidecar or registry (or part of one) could not be read: the output lacks a person's decisions. */
  complete: boolean;
}

export function withDecisions(articlePath: string, analysis: ArticleAnalysis, io: CliIO): WithDecisions {
  const sidecar = readStored(articlePath + SIDECAR_SUFFIX, parseSidecar, io);
  const registry = readStored(path.join(path.dirname(articlePath), CLAIMS_FILE), parseClaimsRegistry, io);
  const complete = sidecar.complete && registry.complete;
  if (!sidecar.value && !registry.value) return { analysis, complete };
  return {
    analysis: applyDecisions(analysis, sidecar.value, { aliasOverrides: registry.value?.aliasOverrides ?? [] }),
    complete,
  };
}

interface Stored<T> {
  /** Undefined when the file is absent or unreadable. */
  value: T | undefined;
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
  return { value: loaded.value, complete: errors.length === 0 };
}
