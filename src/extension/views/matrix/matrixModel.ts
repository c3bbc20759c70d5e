// The claims matrix as plain data: claims are rows, a folder's articles are columns, and each cell
// holds the evidence one article gives for one claim. Pure (no vscode), so it is unit-tested.
import type { Claim, ClaimStatus, Stance } from '../../../core/storage/model';

export interface MatrixArticle {
  /** The article's URI, echoed back when a cell is revealed. */
  uri: string;
  /** The file name: the column heading when no outlet is known, else its second line. */
  label: string;
  /** The outlet, when the article or its sidecar names one: the column heading. */
  title?: string;
  /** The article's headline, for the heading's tooltip. */
  headline?: string;
}

export interface MatrixEvidenceInput {
  article: string;
  annotationId: string;
  claimId: string;
  stance: Stance;
  exact: string;
  /** False when the passage was edited away (the evidence stays in the sidecar). */
  placed: boolean;
}

export interface MatrixFolderInput {
  folder: string;
  title: string;
  articles: MatrixArticle[];
  claims: Claim[];
  evidence: MatrixEvidenceInput[];
}

export interface CellEvidence {
  annotationId: string;
  stance: Stance;
  exact: string;
  placed: boolean;
}

export interface MatrixCell {
  article: string;
  evidence: CellEvidence[];
  /** Distinct stances in STANCE_ORDER; empty: the article does not bear on the claim (absent). */
  stances: Stance[];
}

export interface MatrixRow {
  claimId: string;
  text: string;
  status: ClaimStatus;
  cells: MatrixCell[];
}

export interface MatrixTable {
  folder: string;
  title: string;
  columns: MatrixArticle[];
  rows: MatrixRow[];
}

export const STANCE_ORDER: readonly Stance[] = ['supports', 'disputes', 'mentions'];

/** One table per folder (claims are kept per folder); claims in creation order, articles by label. */
export function buildMatrix(folders: readonly MatrixFolderInput[]): MatrixTable[] {
  return folders.map((f) => {
    const columns = [...f.articles].sort((a, b) => a.label.localeCompare(b.label) || a.uri.localeCompare(b.uri));
    const claims = [...f.claims].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    // Evidence by claim, then article: each cell is a lookup, not a scan of the folder's evidence
    // (hundreds of sources × dozens of claims). Map keys: ids and URIs come from workspace files.
    const byCell = new Map<string, Map<string, CellEvidence[]>>();
    for (const { claimId, article, annotationId, stance, exact, placed } of f.evidence) {
      let perArticle = byCell.get(claimId);
      if (!perArticle) byCell.set(claimId, (perArticle = new Map()));
      const cell = perArticle.get(article);
      if (cell) cell.push({ annotationId, stance, exact, placed });
      else perArticle.set(article, [{ annotationId, stance, exact, placed }]);
    }
    const rows = claims.map((claim) => ({
      claimId: claim.id,
      text: claim.text,
      status: claim.status,
      cells: columns.map((column) => {
        const evidence = byCell.get(claim.id)?.get(column.uri) ?? [];
        return { article: column.uri, evidence, stances: STANCE_ORDER.filter((s) => evidence.some((e) => e.stance === s)) };
      }),
    }));
    return { folder: f.folder, title: f.title, columns, rows };
  });
}

/** The evidence a click on cell (table, row, col) reveals: the n-th passage, cycling; undefined when absent. */
export function evidenceAt(tables: readonly MatrixTable[], table: number, row: number, col: number, index = 0): { article: string; annotationId: string } | undefined {
  const cell = tables[table]?.rows[row]?.cells[col];
  if (!cell || cell.evidence.length === 0) return undefined;
  const n = Number.isInteger(index) && index >= 0 ? index % cell.evidence.length : 0;
  return { article: cell.article, annotationId: cell.evidence[n].annotationId };
}
