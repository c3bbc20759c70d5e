// Crosscheck's own CSV export (export/csv.ts) read back: each `evidence` row gives a claim
// (claim_id, claim, claim_status, and claimant and context when the export has them) and a passage (file, start, end, text, stance, note) that is
// placed in the article with that relative path, found by its text with the offsets as a hint.
// `quote` rows are analysis output, not decisions: they are skipped. Cells the export protected
// from spreadsheets with a leading apostrophe are read without it.
import { locateQuote } from '../anchoring/locate';
import type { Claim, Stance } from '../storage/model';
import { BatchBuilder, type ImportBatch, type ImportInput, type ImportOptions } from './batch';
import { isClaimStatus } from './ratings';

const REQUIRED = ['record', 'file', 'text', 'claim_id', 'claim', 'claim_status', 'stance'] as const;
const STANCES: readonly Stance[] = ['supports', 'disputes', 'mentions'];
const MAX_ROWS = 200_000;

/** RFC 4180 records (quoted fields may hold commas, quote marks and line breaks). Linear time. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const end = next === -1 ? text.length : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (rows.length > MAX_ROWS) return rows;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A cell as written before the export's spreadsheet guard ("'=1+1" → "=1+1"). */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function importCsv(fileText: string, input: ImportInput, options: ImportOptions = {}): ImportBatch {
  const b = new BatchBuilder('csv', input, options);
  const rows = parseCsv(fileText);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    b.batch.error = `not a Crosscheck CSV export: the header lacks ${missing.join(', ')}`;
    return b.batch;
  }
  const col = (row: string[], name: string) => {
    const at = header.indexOf(name);
    return at >= 0 && at < row.length ? row[at] : '';
  };
  const blockedRegistry = b.registryBlocked();
  const claimsById = new Map<string, Claim>();
  for (const row of rows.slice(1)) {
    if (row.length === 1 && row[0] === '') continue;
    if (col(row, 'record') !== 'evidence') continue;
    b.batch.read++;
    const file = col(row, 'file');
    const raw = col(row, 'text');
    const claimText = unguard(col(row, 'claim')).trim();
    const claimId = col(row, 'claim_id');
    const label = raw || claimText || '(empty row)';
    if (!claimText) {
      b.notPlaced(label, 'the row names no claim (evidence of a claim missing from the exported registry)', claimId || undefined);
      continue;
    }
    if (blockedRegistry) {
      b.notPlaced(label, blockedRegistry, claimId || undefined);
      continue;
    }
    // One claim per exported claim (its rows repeat it); one already in the registry is reused as it is.
    const key = claimId || claimText;
    let claim = claimsById.get(key);
    if (!claim) {
      claim = b.existingClaim(claimText, claimId || undefined);
      if (claim) b.batch.duplicates++;
      else {
        const statusCell = col(row, 'claim_status');
        if (statusCell && !isClaimStatus(statusCell)) b.batch.warnings.push(`claim status ${JSON.stringify(statusCell.slice(0, 40))} is not a status; "${claimText.slice(0, 60)}" is imported as unverified`);
        // claimant and context: columns of newer exports, absent from older ones.
        const claimant = unguard(col(row, 'claimant')).trim();
        const context = unguard(col(row, 'context')).trim();
        claim = b.claim(claimText, isClaimStatus(statusCell) ? statusCell : 'unverified', { preferredId: claimId, ...(claimant ? { claimant } : {}), ...(context ? { context } : {}) });
      }
      claimsById.set(key, claim);
    }

    const article = b.input.articles.find((a) => a.file === file);
    if (!article) {
      b.notPlaced(label, `no article ${file || '(no file given)'} in the folder`, claimId || undefined);
      continue;
    }
    const blocked = b.blocked(article);
    if (blocked) {
      b.notPlaced(label, blocked, claimId || undefined);
      continue;
    }
    const stanceCell = col(row, 'stance');
    const stance = (STANCES as readonly string[]).includes(stanceCell) ? (stanceCell as Stance) : 'mentions';
    const start = Number(col(row, 'start'));
    const hint = Number.isInteger(start) && start >= 0 ? start : undefined;
    // The text as exported, or without the guard apostrophe (a passage may itself start with "'").
    const candidates = [...new Set([unguard(raw), raw])].filter((t) => t.trim() !== '');
    const found = candidates.map((exact) => locateQuote(article.text, { exact, ...(hint !== undefined ? { start: hint } : {}) })).find((f) => f.status === 'found');
    if (!found || found.status !== 'found') {
      b.notPlaced(label, `the passage is not in ${file}, or occurs there several times and the offsets do not say which`, claimId || undefined);
      continue;
    }
    const note = col(row, 'note');
    b.annotate(article, found.start, found.end, { kind: 'evidence', claimId: claim.id, stance, ...(note ? { note: unguard(note) } : {}) });
  }
  return b.batch;
}
