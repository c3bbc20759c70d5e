// The matrix's client script (runs in the webview): grid keyboard navigation with a roving tabindex,
// click or Enter to reveal a cell's evidence, live replacement of the tables, focus kept in state so
// it survives an update or a reload. It talks to the extension by message only.
export const MATRIX_SCRIPT = `
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('matrix');
  let state = vscode.getState() || {};
  const cycles = new Map();

  function cellAt(table, row, col) {
    return root.querySelector('td[data-table="' + table + '"][data-row="' + row + '"][data-col="' + col + '"]');
  }
  function pos(cell) {
    return { table: Number(cell.dataset.table), row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  }
  function focusCell(cell, moveFocus) {
    if (!cell) return;
    root.querySelectorAll('td[tabindex="0"]').forEach(function (c) { c.setAttribute('tabindex', '-1'); });
    cell.setAttribute('tabindex', '0');
    if (moveFocus) cell.focus();
    state = Object.assign({}, state, { focus: pos(cell) });
    vscode.setState(state);
  }
  function reveal(cell) {
    if (Number(cell.dataset.count) === 0) return;
    const p = pos(cell);
    const key = p.table + ':' + p.row + ':' + p.col;
    const index = cycles.get(key) || 0;
    cycles.set(key, index + 1);
    vscode.postMessage({ type: 'reveal', table: p.table, row: p.row, col: p.col, index: index });
  }
  function restore() {
    const f = state.focus;
    const had = document.activeElement && root.contains(document.activeElement);
    const cell = (f && cellAt(f.table, f.row, f.col)) || root.querySelector('td[data-row]');
    if (cell) focusCell(cell, had);
  }

  root.addEventListener('click', function (e) {
    const pager = e.target.closest('button[data-page]');
    if (pager) {
      vscode.postMessage({ type: 'page', table: Number(pager.dataset.table), page: Number(pager.dataset.page) });
      return;
    }
    const cell = e.target.closest('td[data-row]');
    if (!cell) return;
    focusCell(cell, true);
    reveal(cell);
  });
  root.addEventListener('keydown', function (e) {
    const cell = e.target.closest('td[data-row]');
    if (!cell) return;
    const p = pos(cell);
    let next = null;
    switch (e.key) {
      case 'ArrowRight': next = cellAt(p.table, p.row, p.col + 1); break;
      case 'ArrowLeft': next = cellAt(p.table, p.row, p.col - 1); break;
      case 'ArrowDown': next = cellAt(p.table, p.row + 1, p.col) || root.querySelector('td[data-table="' + (p.table + 1) + '"][data-row="0"]'); break;
      case 'ArrowUp': next = cellAt(p.table, p.row - 1, p.col); break;
      case 'Home': {
        // The first column shown (a paged table starts further right).
        const cells = root.querySelectorAll('td[data-table="' + p.table + '"][data-row="' + (e.ctrlKey ? 0 : p.row) + '"]');
        next = cells[0];
        break;
      }
      case 'End': {
        const cells = root.querySelectorAll('td[data-table="' + p.table + '"][data-row="' + p.row + '"]');
        next = cells[cells.length - 1];
        break;
      }
      case 'Enter':
      case ' ':
        e.preventDefault();
        reveal(cell);
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) focusCell(next, true);
  });
  window.addEventListener('message', function (e) {
    const m = e.data;
    if (!m || m.type !== 'render' || typeof m.html !== 'string') return;
    root.innerHTML = m.html;
    cycles.clear();
    restore();
  });
  restore();
  vscode.postMessage({ type: 'ready' });
})();
`;
