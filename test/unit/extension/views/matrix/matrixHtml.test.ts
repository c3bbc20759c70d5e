// The claims matrix's model and HTML, as pure functions: cells per article and claim, the CSP, and
// escaping of everything that comes from articles, sidecars and the registry.
import * as assert from 'assert';
import type { Claim } from '../../../../../src/core/storage/model';
import { cellLabel, contentSecurityPolicy, escapeHtml, matrixBody, matrixPage } from '../../../../../src/extension/views/matrix/matrixHtml';
import { buildMatrix, evidenceAt, type MatrixEvidenceInput, type MatrixFolderInput } from '../../../../../src/extension/views/matrix/matrixModel';

const claim = (id: string, text: string, created: string, status: Claim['status'] = 'unverified'): Claim => ({ id, text, status, created, modified: created });
const ev = (article: string, claimId: string, stance: MatrixEvidenceInput['stance'], annotationId: string, placed = true): MatrixEvidenceInput => ({
  article,
  claimId,
  stance,
  annotationId,
  exact: `passage ${annotationId}`,
  placed,
});

const A = 'file:///story/b-courier.md';
const B = 'file:///story/a-gazette.txt';
const folder: MatrixFolderInput = {
  folder: 'file:///story',
  title: 'story',
  articles: [
    { uri: A, label: 'b-courier.md', title: 'Port Alder Courier' },
    { uri: B, label: 'a-gazette.txt' },
  ],
  claims: [claim('c_second000000', 'Crews walked out at dawn.', '2026-01-02T00:00:00Z', 'disputed'), claim('c_first0000000', 'Forty boats stayed in port.', '2026-01-01T00:00:00Z')],
  evidence: [
    ev(A, 'c_first0000000', 'supports', 'a_1'),
    ev(B, 'c_first0000000', 'disputes', 'a_2'),
    ev(B, 'c_first0000000', 'supports', 'a_3', false),
    ev(A, 'c_second000000', 'mentions', 'a_4'),
    ev(A, 'c_gone00000000', 'supports', 'a_5'),
  ],
};

const NONCE = 'bm9uY2Vub25jZW5vbmNlMTI=';
const CSP_SOURCE = 'https://*.vscode-cdn.net';

describe('[extension/matrix] model', () => {
  const [table] = buildMatrix([folder]);

  it('orders claims by creation and articles by label', () => {
    assert.deepStrictEqual(table.rows.map((r) => r.claimId), ['c_first0000000', 'c_second000000']);
    assert.deepStrictEqual(table.columns.map((c) => c.label), ['a-gazette.txt', 'b-courier.md']);
  });

  it('puts each article’s evidence in its cell, stances in a fixed order; evidence of unknown claims is left out', () => {
    const cells = table.rows.map((r) => r.cells.map((c) => [c.stances.join('+'), c.evidence.map((e) => e.annotationId).join(',')]));
    assert.deepStrictEqual(cells, [
      [['supports+disputes', 'a_2,a_3'], ['supports', 'a_1']],
      [['', ''], ['mentions', 'a_4']],
    ]);
  });

  const labels: [string[], string][] = [
    [[], 'absent'],
    [['supports'], 'supports'],
    [['supports', 'disputes'], 'supports & disputes'],
    [['mentions'], 'mentions'],
  ];
  for (const [stances, label] of labels) {
    it(`labels a cell with stances [${stances.join(', ')}] "${label}"`, () => {
      assert.strictEqual(cellLabel({ article: A, evidence: [], stances: stances as never }), label);
    });
  }

  it('resolves a cell position to its evidence, cycling through several passages, and refuses absent or invented cells', () => {
    const tables = buildMatrix([folder]);
    assert.deepStrictEqual(evidenceAt(tables, 0, 0, 0, 0), { article: B, annotationId: 'a_2' });
    assert.deepStrictEqual(evidenceAt(tables, 0, 0, 0, 1), { article: B, annotationId: 'a_3' });
    assert.deepStrictEqual(evidenceAt(tables, 0, 0, 0, 2), { article: B, annotationId: 'a_2' });
    assert.strictEqual(evidenceAt(tables, 0, 1, 0), undefined);
    assert.strictEqual(evidenceAt(tables, 0, 9, 0), undefined);
    assert.strictEqual(evidenceAt(tables, 3, 0, 0), undefined);
    assert.deepStrictEqual(evidenceAt(tables, 0, 0, 1, -4), { article: A, annotationId: 'a_1' });
  });
});

describe('[extension/matrix] HTML', () => {
  const hostile: MatrixFolderInput = {
    ...folder,
    title: '<script>alert(1)</script>',
    articles: [{ uri: A, label: '"><img src=x onerror=alert(2)>.md', title: "O'Neil & <b>Sons</b>" }],
    claims: [claim('c_evil00000000', 'Click <img src=x onerror="alert(3)"> or javascript:alert(4) `now`', '2026-01-01T00:00:00Z')],
    evidence: [{ ...ev(A, 'c_evil00000000', 'disputes', 'a_9'), exact: '</td><script>alert(5)</script>' }],
  };
  const page = matrixPage(buildMatrix([hostile]), { cspSource: CSP_SOURCE, nonce: NONCE });

  it('declares a strict Content-Security-Policy: nothing by default, script and style by nonce only', () => {
    const csp = contentSecurityPolicy({ cspSource: CSP_SOURCE, nonce: NONCE });
    assert.strictEqual(
      csp,
      `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src ${CSP_SOURCE}; font-src ${CSP_SOURCE}`,
    );
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`));
    assert.ok(!/unsafe-inline|unsafe-eval/.test(page));
  });

  it('has exactly one script and one style element, both carrying the nonce', () => {
    assert.deepStrictEqual(page.match(/<script\b[^>]*>/g), [`<script nonce="${NONCE}">`]);
    assert.deepStrictEqual(page.match(/<style\b[^>]*>/g), [`<style nonce="${NONCE}">`]);
  });

  it('escapes every text from the articles and the registry: no injected element, handler or link', () => {
    assert.ok(!page.includes('<img'), 'an <img> got through');
    assert.ok(!/<script>alert/.test(page), 'a <script> got through');
    assert.ok(!/<b>Sons/.test(page));
    // Text may spell "onerror=" (escaped, harmless); no element may carry such an attribute.
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    const attributes = tags.flatMap((t) => [...t.replace(/"[^"]*"/g, '""').matchAll(/\s([\w-]+)=/g)].map((m) => m[1].toLowerCase()));
    assert.deepStrictEqual(attributes.filter((a) => a.startsWith('on')), [], 'an inline event handler got through');
    assert.deepStrictEqual([...new Set(tags.map((t) => /^<(\w+)/.exec(t)![1].toLowerCase()))].sort(), ['body', 'caption', 'head', 'html', 'main', 'meta', 'script', 'span', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr']);
    assert.ok(!/href=|src=["']?javascript:/i.test(page), 'a link got through');
    assert.ok(page.includes('Click &#60;img src=x onerror=&#34;alert(3)&#34;&#62; or javascript:alert(4) &#96;now&#96;'));
    assert.ok(page.includes('O&#39;Neil &#38; &#60;b&#62;Sons&#60;/b&#62;'));
    assert.ok(page.includes('&#60;/td&#62;&#60;script&#62;alert(5)'), 'the passage is in the tooltip, escaped');
  });

  it('is a grid with row and column headers, one tab stop, and a spoken label for each cell', () => {
    const body = matrixBody(buildMatrix([folder]));
    assert.match(body, /<table role="grid" data-table="0" aria-label="Claims matrix of story">/);
    assert.strictEqual((body.match(/<th scope="col"/g) ?? []).length, 3);
    assert.strictEqual((body.match(/<th scope="row"/g) ?? []).length, 2);
    assert.strictEqual((body.match(/tabindex="0"/g) ?? []).length, 1);
    assert.strictEqual((body.match(/role="gridcell"/g) ?? []).length, 4);
    assert.ok(body.includes('aria-label="a-gazette.txt: supports &#38; disputes, 2 passages, 1 no longer in the article. Press Enter to reveal it in the article. Claim: Forty boats stayed in port."'));
    assert.ok(body.includes('aria-label="a-gazette.txt: absent, no passage. Claim: Crews walked out at dawn."'));
  });

  it('shows each state as a glyph and a word, not colour alone', () => {
    const body = matrixBody(buildMatrix([folder]));
    assert.ok(body.includes('<span class="glyph glyph-supports" aria-hidden="true">✓</span><span class="glyph glyph-disputes" aria-hidden="true">✗</span><span class="label">supports &#38; disputes</span>'));
    assert.ok(body.includes('<span class="glyph glyph-absent" aria-hidden="true">·</span><span class="label">absent</span>'));
  });

  it('heads a column with the outlet, the file name on a second line and both (with the headline) in the tooltip', () => {
    const withHeadline: MatrixFolderInput = { ...folder, articles: [{ ...folder.articles[0], headline: 'Boats <stay> in port' }, folder.articles[1]] };
    const body = matrixBody(buildMatrix([withHeadline]));
    const heads = body.match(/<th scope="col"[^>]*>.*?<\/th>/g) ?? [];
    assert.deepStrictEqual(heads, [
      '<th scope="col">Claim</th>',
      '<th scope="col" title="a-gazette.txt"><span class="source">a-gazette.txt</span></th>',
      '<th scope="col" title="Port Alder Courier&#10;b-courier.md&#10;Boats &#60;stay&#62; in port"><span class="source">Port Alder Courier</span><span class="file">b-courier.md</span></th>',
    ].map((h) => h.replace('&#10;', '\n').replace('&#10;', '\n')));
  });

  it('names a cell’s source by its outlet when known, and keeps glyph, word and count together', () => {
    const body = matrixBody(buildMatrix([folder]));
    assert.ok(body.includes('aria-label="Port Alder Courier: supports, 1 passage. Press Enter to reveal it in the article. Claim: Forty boats stayed in port."'));
    assert.ok(body.includes('<span class="mark"><span class="glyph glyph-supports" aria-hidden="true">✓</span><span class="label">supports</span></span>'));
    assert.ok(body.includes('<span class="label">supports &#38; disputes</span><span class="count">×2</span></span>'));
  });

  it('says what to do when there are no claims', () => {
    assert.match(matrixBody([]), /No claims yet/);
    assert.match(matrixBody(buildMatrix([{ ...folder, claims: [] }])), /No claims yet/);
  });

  it('refuses a nonce or csp source that could break out of the policy', () => {
    assert.throws(() => matrixPage([], { cspSource: CSP_SOURCE, nonce: "x' 'unsafe-inline" }));
    assert.throws(() => matrixPage([], { cspSource: "https://x; script-src 'unsafe-inline'", nonce: NONCE }));
    assert.throws(() => matrixPage([], { cspSource: 'https://x"><script>', nonce: NONCE }));
    assert.doesNotThrow(() => matrixPage([], { cspSource: "'self' https://*.vscode-cdn.net", nonce: NONCE }));
  });

  it('escapes the five HTML-significant characters and the backtick', () => {
    assert.strictEqual(escapeHtml(`<a href="x">'&\``), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#96;');
  });
});
