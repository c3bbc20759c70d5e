// The Claims Matrix of a story with many sources shows a page of columns at a time; cells keep their
// column's index in the whole table, so a reveal from page 3 finds the right passage.
import * as assert from 'assert';
import { MATRIX_PAGE_SIZE, matrixBody, shownPage } from '../../../../../src/extension/views/matrix/matrixHtml';
import { buildMatrix, evidenceAt, type MatrixFolderInput } from '../../../../../src/extension/views/matrix/matrixModel';

const SOURCES = 120;
const uri = (i: number) => `file:///story/${String(i).padStart(3, '0')}-ledger.txt`;
const folder: MatrixFolderInput = {
  folder: 'file:///story',
  title: 'story',
  articles: Array.from({ length: SOURCES }, (_v, i) => ({ uri: uri(i), label: `${String(i).padStart(3, '0')}-ledger.txt` })),
  claims: [{ id: 'c_onlyclaim000', text: 'The ferry ran late all week.', status: 'unverified', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' }],
  evidence: [{ article: uri(77), claimId: 'c_onlyclaim000', stance: 'supports', annotationId: 'a_77', exact: 'late all week', placed: true }],
};

const columnsOf = (html: string) => [...html.matchAll(/data-col="(\d+)"/g)].map((m) => Number(m[1]));

describe('extension: Claims Matrix paging', () => {
  const tables = buildMatrix([folder]);

  it('renders one page of sources at a time, cells numbered as in the whole table', () => {
    const first = matrixBody(tables);
    assert.deepStrictEqual(columnsOf(first), Array.from({ length: MATRIX_PAGE_SIZE }, (_v, i) => i));
    assert.match(first, /Sources 1–50 of 120/);
    assert.match(first, /data-page="-1" disabled>Previous sources/);
    const second = matrixBody(tables, new Map([[0, 1]]));
    assert.deepStrictEqual(columnsOf(second), Array.from({ length: MATRIX_PAGE_SIZE }, (_v, i) => MATRIX_PAGE_SIZE + i));
    assert.match(second, /data-col="77"[^>]*data-count="1"/, 'the evidence sits in its own column on the second page');
    assert.deepStrictEqual(evidenceAt(tables, 0, 0, 77), { article: uri(77), annotationId: 'a_77' });
    const last = matrixBody(tables, new Map([[0, 2]]));
    assert.deepStrictEqual(columnsOf(last), Array.from({ length: SOURCES - 2 * MATRIX_PAGE_SIZE }, (_v, i) => 2 * MATRIX_PAGE_SIZE + i));
    assert.match(last, /data-page="3" disabled>Next sources/);
    assert.match(last, /tabindex="0" data-table="0" data-row="0" data-col="100"/, "the page's first cell takes the focus");
  });

  it('clamps a page that no longer exists, and shows no pager for a small story', () => {
    assert.strictEqual(shownPage(tables[0], 9), 2);
    assert.strictEqual(shownPage(tables[0], -3), 0);
    const small = buildMatrix([{ ...folder, articles: folder.articles.slice(0, 3) }]);
    assert.doesNotMatch(matrixBody(small), /class="pager"/);
  });
});
