import * as assert from 'assert';
import { buildReport } from '../../../../src/core/export/report';
import { csvField, CSV_COLUMNS, toCsv } from '../../../../src/core/export/csv';
import { exportInput, TEXTS } from './fixture';

/** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('[export/csv]', () => {
  const csv = toCsv(buildReport(exportInput()));
  const [header, ...rows] = parseCsv(csv);
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);

  it('has the header and one row per evidence passage and per quote', () => {
    assert.deepStrictEqual(header, [...CSV_COLUMNS]);
    assert.deepStrictEqual(
      rows.map((r) => [r[col('record')], r[col('file')], r[col('stance')] || r[col('speaker')]]),
      [
        ['evidence', 'harbour.txt', 'supports'],
        ['evidence', 'coast.txt', 'disputes'],
        ['evidence', 'harbour.txt', 'supports'],
        ['quote', 'harbour.txt', 'Elena Varga'],
        ['quote', 'harbour.txt', 'Tomas Reyes'],
        ['quote', 'coast.txt', 'Elena Varga'],
        ['quote', 'coast.txt', 'Elena Varga'],
      ],
    );
    for (const r of rows) assert.strictEqual(r.length, CSV_COLUMNS.length);
  });

  it('round-trips text with commas and quote marks, and it is the article text at the positions', () => {
    for (const r of rows) {
      const text = TEXTS[r[col('file')]];
      assert.strictEqual(text.slice(Number(r[col('start')]), Number(r[col('end')])), r[col('text')]);
    }
    assert.strictEqual(rows[2][col('text')], 'the blaze started because a pump failed, "again, and again"');
  });

  it('marks quotes carried by several sources with their group', () => {
    assert.deepStrictEqual(
      rows.filter((r) => r[col('quote_group')]).map((r) => [r[col('file')], r[col('quote_group')], r[col('group_sources')], r[col('speaker_conflict')]]),
      [
        ['harbour.txt', 'g:coast.txt@114', '2', 'false'],
        ['coast.txt', 'g:coast.txt@114', '2', 'false'],
      ],
    );
  });

  it('gives each evidence row its claim’s claimant and context, neutralised like every cell', () => {
    const input = exportInput();
    input.registry.claims[0] = { ...input.registry.claims[0], claimant: '@City officials', context: '=HYPERLINK("http://x"), a briefing' };
    const [head, ...body] = parseCsv(toCsv(buildReport(input)));
    const at = (name: string) => head.indexOf(name);
    assert.deepStrictEqual(head.slice(at('claim_status'), at('stance') + 1), ['claim_status', 'claimant', 'context', 'stance']);
    const claimRows = body.filter((r) => r[at('claim_id')] === input.registry.claims[0].id);
    assert.ok(claimRows.length > 0);
    for (const r of claimRows) {
      assert.strictEqual(r[at('claimant')], "'@City officials");
      assert.strictEqual(r[at('context')], '\'=HYPERLINK("http://x"), a briefing');
    }
    assert.ok(toCsv(buildReport(input)).includes(`"'=HYPERLINK(""http://x""), a briefing"`), 'quoted and escaped');
    for (const r of body.filter((row) => row[at('record')] !== 'evidence')) assert.strictEqual(r[at('claimant')] + r[at('context')], '', 'quotes have no claim');
  });

  const fields: [string | number | boolean | undefined, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-5 people', "'-5 people"],
    [42, '42'],
    [false, 'false'],
    [undefined, ''],
  ];
  for (const [input, expected] of fields) {
    it(`field ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.strictEqual(csvField(input), expected));
  }
});
