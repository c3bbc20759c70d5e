// The matrix webview's HTML, generated as a string (pure, unit-tested). Everything from articles,
// sidecars and the registry is escaped; the only script and style are nonce'd blocks allowed by a
// strict Content-Security-Policy, and there are no inline event handlers or links.
import type { Stance } from '../../../core/storage/model';
import { quoted } from '../../text/markdownText';
import { MATRIX_SCRIPT } from './matrixScript';
import { MATRIX_STYLE } from './matrixStyle';
import type { MatrixArticle, MatrixCell, MatrixTable } from './matrixModel';

/** Visible glyph for each cell state: shape and text carry the meaning, colour only repeats it. */
const STANCE_GLYPH: Record<Stance | 'absent', string> = { supports: '✓', disputes: '✗', mentions: '○', absent: '·' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Nonces are base64 of random bytes; anything else is refused so it cannot break out of the CSP. */
const NONCE = /^[A-Za-z0-9+/=_-]{16,}$/;

export interface MatrixPageOptions {
  /** The webview's cspSource (e.g. "https://*.vscode-cdn.net"). */
  cspSource: string;
  nonce: string;
}

export function contentSecurityPolicy({ cspSource, nonce }: MatrixPageOptions): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** The whole page: CSP, style, the tables, the script. */
export function matrixPage(tables: readonly MatrixTable[], options: MatrixPageOptions): string {
  if (!NONCE.test(options.nonce)) throw new Error('matrixPage: the nonce must be 16+ base64 characters');
  // Hosts differ ("https://*.vscode-cdn.net", "'self' https://…"): refuse only what could end the directive or the attribute.
  if (/[;"<>\r\n]/.test(options.cspSource)) throw new Error('matrixPage: unexpected characters in cspSource');
  const { nonce } = options;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Claims Matrix</title>
<style nonce="${nonce}">${MATRIX_STYLE}</style>
</head>
<body>
<main id="matrix" aria-live="polite">${matrixBody(tables)}</main>
<script nonce="${nonce}">${MATRIX_SCRIPT}</script>
</body>
</html>`;
}

/** Sources shown at once in a table: a story of hundreds of sources is paged, a page of columns at a time. */
export const MATRIX_PAGE_SIZE = 50;

/** The page of a table that is shown, clamped to the pages it has (a page asked for may be gone after an update). */
export function shownPage(table: MatrixTable, asked: number | undefined): number {
  const pages = Math.max(1, Math.ceil(table.columns.length / MATRIX_PAGE_SIZE));
  return Math.min(Math.max(0, Math.floor(asked ?? 0)), pages - 1);
}

/** The part that is replaced on every update (sent to the webview by message); `pages`: the page shown of each table. */
export function matrixBody(tables: readonly MatrixTable[], pages: ReadonlyMap<number, number> = new Map()): string {
  if (tables.length === 0 || tables.every((t) => t.rows.length === 0)) {
    return '<p class="empty">No claims yet. Select a sentence in an article and run <strong>Crosscheck: Add Claim from Selection</strong>, or accept a suggestion in the Claims view.</p>';
  }
  return tables.map((t, i) => tableHtml(t, i, tables.length > 1, shownPage(t, pages.get(i)))).join('\n');
}

/** Previous / next page of sources, with where this page lies among them. */
function pagerHtml(table: MatrixTable, index: number, page: number): string {
  const total = table.columns.length;
  if (total <= MATRIX_PAGE_SIZE) return '';
  const first = page * MATRIX_PAGE_SIZE;
  const last = Math.min(total, first + MATRIX_PAGE_SIZE);
  const button = (to: number, label: string, enabled: boolean) => `<button type="button" data-table="${index}" data-page="${to}"${enabled ? '' : ' disabled'}>${label}</button>`;
  return `<nav class="pager" aria-label="${escapeHtml(`Pages of sources of ${table.title}`)}">${button(page - 1, 'Previous sources', page > 0)} <span role="status">Sources ${first + 1}–${last} of ${total}</span> ${button(page + 1, 'Next sources', last < total)}</nav>`;
}

function tableHtml(table: MatrixTable, index: number, titled: boolean, page: number): string {
  const caption = `Claims of ${escapeHtml(table.title)}: one row per claim, one column per source. Arrow keys move between cells; Enter reveals the passage.`;
  const heading = titled ? `<h2 id="matrix-title-${index}">${escapeHtml(table.title)}</h2>` : '';
  // Only this page's columns are rendered; cells keep their column's index in the whole table (data-col).
  const from = page * MATRIX_PAGE_SIZE;
  const to = from + MATRIX_PAGE_SIZE;
  const head = table.columns.slice(from, to).map(columnHeading).join('');
  const rows = table.rows
    .map((row, r) => {
      const cells = row.cells.slice(from, to).map((cell, c) => cellHtml(cell, index, r, from + c, from, sourceName(table.columns[from + c]), row.text)).join('');
      return `<tr><th scope="row" class="claim"><span class="status status-${escapeHtml(row.status)}">${escapeHtml(row.status)}</span> ${escapeHtml(row.text)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `${heading}${pagerHtml(table, index, page)}<table role="grid" data-table="${index}" aria-label="${escapeHtml(`Claims matrix of ${table.title}`)}">
<caption>${caption}</caption>
<thead><tr><th scope="col">Claim</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** How a source is named to the reader: its outlet, else its file name. */
export function sourceName(column: MatrixArticle): string {
  return column.title?.trim() || column.label;
}

/**
 * A column heading in at most two short lines: the outlet, then the file name (one line, cut
 * with an ellipsis); the full file name and headline are in the tooltip.
 */
function columnHeading(column: MatrixArticle): string {
  const name = sourceName(column);
  const tip = [name, ...(name === column.label ? [] : [column.label]), ...(column.headline ? [column.headline] : [])].join('\n');
  const file = name === column.label ? '' : `<span class="file">${escapeHtml(column.label)}</span>`;
  return `<th scope="col" title="${escapeHtml(tip)}"><span class="source">${escapeHtml(name)}</span>${file}</th>`;
}

/** What a cell says, in words: the label read by screen readers and shown beside the glyph. */
export function cellLabel(cell: MatrixCell): string {
  if (cell.stances.length === 0) return 'absent';
  return cell.stances.join(' & ');
}

function cellHtml(cell: MatrixCell, table: number, row: number, col: number, firstCol: number, source: string, claim: string): string {
  const label = cellLabel(cell);
  const n = cell.evidence.length;
  const lost = cell.evidence.filter((e) => !e.placed).length;
  const passages = n === 0 ? 'no passage' : `${n} passage${n === 1 ? '' : 's'}${lost ? `, ${lost} no longer in the article` : ''}`;
  const action = n === 0 ? '' : '. Press Enter to reveal it in the article';
  const aria = `${source}: ${label}, ${passages}${action}. Claim: ${claim}`;
  const glyphs = (cell.stances.length === 0 ? (['absent'] as const) : cell.stances).map((s) => `<span class="glyph glyph-${s}" aria-hidden="true">${STANCE_GLYPH[s]}</span>`).join('');
  const tip = cell.evidence.map((e) => `${e.stance}: ${quoted(e.exact, 200)}${e.placed ? '' : ' (passage not found)'}`).join('\n');
  const kind = cell.stances.length === 0 ? 'absent' : cell.stances.length === 1 ? cell.stances[0] : 'mixed';
  const tabindex = table === 0 && row === 0 && col === firstCol ? '0' : '-1';
  return `<td role="gridcell" class="cell cell-${kind}" tabindex="${tabindex}" data-table="${table}" data-row="${row}" data-col="${col}" data-count="${n}" aria-label="${escapeHtml(aria)}"${tip ? ` title="${escapeHtml(tip)}"` : ''}><span class="mark">${glyphs}<span class="label">${escapeHtml(label)}</span>${n > 1 ? `<span class="count">×${n}</span>` : ''}</span></td>`;
}
