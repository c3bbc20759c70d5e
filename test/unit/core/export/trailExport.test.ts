// The verification trail in every export: evidence and quotes checked against the source say by whom
// and when, and the name (untrusted text from a sidecar) is neutralised for each format.
import { strict as assert } from 'node:assert';
import { buildReport, CSV_COLUMNS, toCsv, toHtml, toMarkdown, toW3c } from '../../../../src/core/export';
import type { Annotation } from '../../../../src/core/storage/model';
import { exportInput, HARBOUR } from './fixture';

// A hostile name: a Markdown link to a command, HTML, and a spreadsheet formula.
const HOSTILE = '=HYPERLINK("x") [run](command:evil) <b>Ana</b>';

function checkedInput() {
  const input = exportInput();
  const harbour = input.sources[0].sidecar!;
  harbour.annotations = harbour.annotations.map((a) =>
    a.id === 'a_ev0000000001' ? ({ ...a, checked: { by: HOSTILE, at: '2026-03-06T09:00:00Z' }, createdBy: HOSTILE } as Annotation) : a,
  );
  const quoted = 'again, and again';
  const start = HARBOUR.indexOf(quoted);
  harbour.annotations.push({
    id: 'a_ck0000000001',
    kind: 'check',
    layer: 'quote',
    checked: { by: 'Tom Hale', at: '2026-03-06T10:00:00+01:00' },
    target: { exact: quoted, prefix: '', suffix: '', start, end: start + quoted.length },
    created: '2026-03-06T10:00:00+01:00',
    modified: '2026-03-06T10:00:00+01:00',
  });
  return input;
}

describe('[export/trail] checked against the source, in every format', () => {
  const report = buildReport(checkedInput());

  it('the report lists the checked quote with who checked it', () => {
    assert.deepEqual(report.checkedQuotes.map((c) => [c.file, c.quote.text, c.quote.checked.by]), [['harbour.txt', 'again, and again', 'Tom Hale']]);
  });

  it('Markdown: the mark on the evidence line and a section of checked quotes; the name cannot become a link', () => {
    const md = toMarkdown(report);
    assert.match(md, /checked against the source by .*on 2026-03-06/);
    assert.match(md, /## Quotes checked against the source\n\n- “again, and again” · Tomas Reyes · .* — _checked against the source by Tom Hale on 2026-03-06_/);
    assert.ok(!md.includes('[run](command:evil)'), 'link syntax escaped');
    assert.ok(md.includes('\\[run\\](command:evil) \\<b\\>Ana\\</b\\> on 2026-03-06'), md);
    assert.ok(!md.includes('<b>'));
  });

  it('HTML: escaped', () => {
    const html = toHtml(report);
    assert.ok(html.includes('[run](command:evil) &lt;b&gt;Ana&lt;/b&gt; on 2026-03-06</p>'), html);
    assert.ok(!html.includes('<b>Ana</b>'));
    assert.ok(html.includes('checked against the source by Tom Hale on 2026-03-06'));
  });

  it('CSV: checked_by and checked_at columns; a name starting with = is not a formula', () => {
    const csv = toCsv(report);
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    assert.deepEqual(header.split(',').slice(-2), ['checked_by', 'checked_at']);
    assert.equal(CSV_COLUMNS.at(-1), 'checked_at');
    const evidence = rows.find((r) => r.startsWith('evidence,harbour.txt') && r.includes('About 1,200'));
    assert.ok(evidence?.includes(`"'=HYPERLINK(""x"") [run](command:evil) <b>Ana</b>",2026-03-06T09:00:00Z`), evidence);
    const quote = rows.find((r) => r.startsWith('quote,harbour.txt') && r.includes('again, and again'));
    assert.ok(quote?.endsWith(',Tom Hale,2026-03-06T10:00:00+01:00'), quote);
  });

  it('W3C: an assessing body says who checked; the decision names its creator', () => {
    const items = toW3c(report).first.items;
    const evidence = items.find((i) => i.id.endsWith('#a_ev0000000001'));
    assert.ok(evidence?.body?.some((b) => typeof b !== 'string' && b.purpose === 'assessing' && b.value.startsWith('checked against the source by =HYPERLINK')));
    assert.deepEqual(evidence?.creator, { type: 'Person', name: HOSTILE });
    const check = items.find((i) => i.id.endsWith('#a_ck0000000001'));
    assert.equal(check?.motivation, 'assessing');
    const quote = items.find((i) => i.id.includes('#quote:') && i.target.selector[0].exact === 'again, and again');
    assert.ok(quote?.body?.some((b) => typeof b !== 'string' && b.value === 'checked against the source by Tom Hale on 2026-03-06'));
  });
});
