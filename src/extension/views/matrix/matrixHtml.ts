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

/** The part that is replaced on every update (sent to the webview by message). */
export function matrixBody(tables: readonly MatrixTable[]): string {
  if (tables.length === 0 || tables.every((t) => t.rows.length === 0)) {
    return '<p class="empty">No claims yet. Select a sentence in an article and run <strong>Crosscheck: Add Claim from Selection</strong>, or accept a suggestion in the Claims view.</p>';
  }
  return tables.map((t, i) => tableHtml(t, i, tables.length > 1)).join('\n');
}

function tableHtml(table: MatrixTable, index: number, titled: boolean): string {
  const caption = `Claims of ${escapeHtml(table.title)}: one row per claim, one column per source. Arrow keys move between cells; Enter reveals the passage.`;
  const heading = titled ? `<h2 id="matrix-title-${index}">${escapeHtml(table.title)}</h2>` : '';
  const head = table.columns.map(columnHeading).join('');
  const rows = table.rows
    .map((row, r) => {
      const cells = row.cells.map((cell, c) => cellHtml(cell, index, r, c, sourceName(table.columns[c]), row.text)).join('');
      return `<tr><th scope="row" class="claim"><span class="status status-${escapeHtml(row.status)}">${escapeHtml(row.status)}</span> ${escapeHtml(row.text)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `${heading}<table role="grid" data-table="${index}" aria-label="${escapeHtml(`Claims matrix of ${table.title}`)}">
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

function cellHtml(cell: MatrixCell, table: number, row: number, col: number, source: string, claim: string): string {
  const label = cellLabel(cell);
  const n = cell.evidence.length;
  const lost = cell.evidence.filter((e) => !e.placed).length;
  const passages = n === 0 ? 'no passage' : `${n} passage${n === 1 ? '' : 's'}${lost ? `, ${lost} no longer in the article` : ''}`;
  const action = n === 0 ? '' : '. Press Enter to reveal it in the article';
  const aria = `${source}: ${label}, ${passages}${action}. Claim: ${claim}`;
  const glyphs = (cell.stances.length === 0 ? (['absent'] as const) : cell.stances).map((s) => `<span class="glyph glyph-${s}" aria-hidden="true">${STANCE_GLYPH[s]}</span>`).join('');
  const tip = cell.evidence.map((e) => `${e.stance}: ${quoted(e.exact, 200)}${e.placed ? '' : ' (passage not found)'}`).join('\n');
  const kind = cell.stances.length === 0 ? 'absent' : cell.stances.length === 1 ? cell.stances[0] : 'mixed';
  const tabindex = table === 0 && row === 0 && col === 0 ? '0' : '-1';
  return `<td role="gridcell" class="cell cell-${kind}" tabindex="${tabindex}" data-table="${table}" data-row="${row}" data-col="${col}" data-count="${n}" aria-label="${escapeHtml(aria)}"${tip ? ` title="${escapeHtml(tip)}"` : ''}><span class="mark">${glyphs}<span class="label">${escapeHtml(label)}</span>${n > 1 ? `<span class="count">×${n}</span>` : ''}</span></td>`;
}
