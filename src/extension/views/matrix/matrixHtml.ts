// The matrix webview's HTML, generated as a string (pure, unit-tested). Everything from articles,
// sidecars and the registry is escaped; the only script and style are nonce'd blocks allowed by a
// strict Content-Security-Policy, and there are no inline event handlers or links.
import type { Stance } from '../../../core/storage/model';
import { quoted } from '../../text/markdownText';
import { MATRIX_SCRIPT } from './matrixScript';
import { MATRIX_STYLE } from './matrixStyle';
import type { MatrixArticle, MatrixCell, MatrixTable } from './matrixModel';

/**
 * The matrix's words. The page is built in plain Node (unit-tested), so it takes them as a value:
 * matrixWords.ts gives them in the editor's language, ENGLISH_WORDS is the source text.
 */
export interface MatrixWords {
  /** `lang` of the page (the editor's language). */
  language: string;
  pageTitle: string;
  empty: string;
  caption(title: string): string;
  tableLabel(title: string): string;
  claimColumn: string;
  state(state: Stance | 'absent'): string;
  status(status: string): string;
  passages(count: number, lost: number): string;
  revealHint: string;
  cellLabel(source: string, state: string, passages: string, hint: string, claim: string): string;
  passageNotFound: string;
  pagesLabel(title: string): string;
  previousPage: string;
  nextPage: string;
  pageRange(first: number, last: number, total: number): string;
}

export const ENGLISH_WORDS: MatrixWords = {
  language: 'en',
  pageTitle: 'Claims Matrix',
  empty: 'No claims yet. Select a sentence in an article and run Crosscheck: Add Claim from Selection, or accept a suggestion in the Claims view.',
  caption: (title) => `Claims of ${title}: one row per claim, one column per source. Arrow keys move between cells; Enter reveals the passage.`,
  tableLabel: (title) => `Claims matrix of ${title}`,
  claimColumn: 'Claim',
  state: (state) => state,
  status: (status) => status,
  passages: (n, lost) => (n === 0 ? 'no passage' : `${n} passage${n === 1 ? '' : 's'}${lost ? `, ${lost} no longer in the article` : ''}`),
  revealHint: '. Press Enter to reveal it in the article',
  cellLabel: (source, state, passages, hint, claim) => `${source}: ${state}, ${passages}${hint}. Claim: ${claim}`,
  passageNotFound: ' (passage not found)',
  pagesLabel: (title) => `Pages of sources of ${title}`,
  previousPage: 'Previous sources',
  nextPage: 'Next sources',
  pageRange: (first, last, total) => `Sources ${first}–${last} of ${total}`,
};

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
export function matrixPage(tables: readonly MatrixTable[], options: MatrixPageOptions, words: MatrixWords = ENGLISH_WORDS): string {
  if (!NONCE.test(options.nonce)) throw new Error('matrixPage: the nonce must be 16+ base64 characters');
  // Hosts differ ("https://*.vscode-cdn.net", "'self' https://…"): refuse only what could end the directive or the attribute.
  if (/[;"<>\r\n]/.test(options.cspSource)) throw new Error('matrixPage: unexpected characters in cspSource');
  const { nonce } = options;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(words.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(words.pageTitle)}</title>
<style nonce="${nonce}">${MATRIX_STYLE}</style>
</head>
<body>
<main id="matrix" aria-live="polite">${matrixBody(tables, new Map(), words)}</main>
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
export function matrixBody(tables: readonly MatrixTable[], pages: ReadonlyMap<number, number> = new Map(), words: MatrixWords = ENGLISH_WORDS): string {
  if (tables.length === 0 || tables.every((t) => t.rows.length === 0)) {
    return `<p class="empty">${escapeHtml(words.empty)}</p>`;
  }
  return tables.map((t, i) => tableHtml(t, i, tables.length > 1, shownPage(t, pages.get(i)), words)).join('\n');
}

/** Previous / next page of sources, with where this page lies among them. */
function pagerHtml(table: MatrixTable, index: number, page: number, words: MatrixWords): string {
  const total = table.columns.length;
  if (total <= MATRIX_PAGE_SIZE) return '';
  const first = page * MATRIX_PAGE_SIZE;
  const last = Math.min(total, first + MATRIX_PAGE_SIZE);
  const button = (to: number, label: string, enabled: boolean) => `<button type="button" data-table="${index}" data-page="${to}"${enabled ? '' : ' disabled'}>${escapeHtml(label)}</button>`;
  return `<nav class="pager" aria-label="${escapeHtml(words.pagesLabel(table.title))}">${button(page - 1, words.previousPage, page > 0)} <span role="status">${escapeHtml(words.pageRange(first + 1, last, total))}</span> ${button(page + 1, words.nextPage, last < total)}</nav>`;
}

function tableHtml(table: MatrixTable, index: number, titled: boolean, page: number, words: MatrixWords): string {
  const caption = escapeHtml(words.caption(table.title));
  const heading = titled ? `<h2 id="matrix-title-${index}">${escapeHtml(table.title)}</h2>` : '';
  // Only this page's columns are rendered; cells keep their column's index in the whole table (data-col).
  const from = page * MATRIX_PAGE_SIZE;
  const to = from + MATRIX_PAGE_SIZE;
  const head = table.columns.slice(from, to).map(columnHeading).join('');
  const rows = table.rows
    .map((row, r) => {
      const cells = row.cells.slice(from, to).map((cell, c) => cellHtml(cell, index, r, from + c, from, sourceName(table.columns[from + c]), row.text, words)).join('');
      return `<tr><th scope="row" class="claim"><span class="status status-${escapeHtml(row.status)}">${escapeHtml(words.status(row.status))}</span> ${escapeHtml(row.text)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `${heading}${pagerHtml(table, index, page, words)}<table role="grid" data-table="${index}" aria-label="${escapeHtml(words.tableLabel(table.title))}">
<caption>${caption}</caption>
<thead><tr><th scope="col">${escapeHtml(words.claimColumn)}</th>${head}</tr></thead>
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
export function cellLabel(cell: MatrixCell, words: MatrixWords = ENGLISH_WORDS): string {
  if (cell.stances.length === 0) return words.state('absent');
  return cell.stances.map((s) => words.state(s)).join(' & ');
}

function cellHtml(cell: MatrixCell, table: number, row: number, col: number, firstCol: number, source: string, claim: string, words: MatrixWords): string {
  const label = cellLabel(cell, words);
  const n = cell.evidence.length;
  const lost = cell.evidence.filter((e) => !e.placed).length;
  const aria = words.cellLabel(source, label, words.passages(n, lost), n === 0 ? '' : words.revealHint, claim);
  const glyphs = (cell.stances.length === 0 ? (['absent'] as const) : cell.stances).map((s) => `<span class="glyph glyph-${s}" aria-hidden="true">${STANCE_GLYPH[s]}</span>`).join('');
  const tip = cell.evidence.map((e) => `${words.state(e.stance)}: ${quoted(e.exact, 200)}${e.placed ? '' : words.passageNotFound}`).join('\n');
  const kind = cell.stances.length === 0 ? 'absent' : cell.stances.length === 1 ? cell.stances[0] : 'mixed';
  const tabindex = table === 0 && row === 0 && col === firstCol ? '0' : '-1';
  return `<td role="gridcell" class="cell cell-${kind}" tabindex="${tabindex}" data-table="${table}" data-row="${row}" data-col="${col}" data-count="${n}" aria-label="${escapeHtml(aria)}"${tip ? ` title="${escapeHtml(tip)}"` : ''}><span class="mark">${glyphs}<span class="label">${escapeHtml(label)}</span>${n > 1 ? `<span class="count">×${n}</span>` : ''}</span></td>`;
}
