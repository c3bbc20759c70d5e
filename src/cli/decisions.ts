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

export function withDecisions(articlePath: string, analysis: ArticleAnalysis, io: CliIO): ArticleAnalysis {
  const sidecar = readStored(articlePath + SIDECAR_SUFFIX, parseSidecar, io);
  const registry = readStored(path.join(path.dirname(articlePath), CLAIMS_FILE), parseClaimsRegistry, io);
  if (!sidecar && !registry) return analysis;
  return applyDecisions(analysis, sidecar, { aliasOverrides: registry?.aliasOverrides ?? [] });
}

/** The stored file's value, or undefined when it is absent; what cannot be read is reported, never fatal. */
function readStored<T>(file: string, parse: (text: string) => Loaded<T>, io: CliIO): T | undefined {
  if (!fs.existsSync(file)) return undefined;
  const read = readArticle(file);
  if (read.kind !== 'text') {
    io.err(`crosscheck: warning: ${file}: ${read.kind === 'error' ? read.message : 'not a text file'}; its decisions are ignored`);
    return undefined;
  }
  const loaded = parse(read.text);
  for (const d of loaded.diagnostics) if (d.severity === 'error') io.err(`crosscheck: warning: ${file}: ${d.message}`);
  return loaded.value;
}
