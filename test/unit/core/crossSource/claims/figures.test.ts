import * as assert from 'assert';
import { findFigures } from '../../../../../src/core/crossSource/claims/figures';

type Row = [string, string, number, string, string?];

describe('[crossSource/claims/figures]', () => {
  const cases: [string, Row[]][] = [
    ['Officials said about 94,000 Russian troops were massed.', [['count', '94,000 Russian troops', 94000, 'troop', 'about']]],
    ['Unemployment rose to 12% of households.', [['percent', '12%', 12, 'household']]],
    ['Only 40 per cent of residents voted.', [['percent', '40 per cent', 40, 'people']]],
    ['The fund is worth $1.2bn, or €40 million.', [['money', '$1.2bn', 1.2e9, 'usd'], ['money', '€40 million', 4e7, 'eur']]],
    ['He paid 500 euros.', [['money', '500 euros', 500, 'eur']]],
    ['Three workers died on 7 December.', [['count', 'Three workers', 3, 'worker'], ['date', '7 December', 1207, 'date']]],
    ['The talks were set for Dec. 9, 2025 in Vilnius.', [['date', 'Dec. 9, 2025', 20251209, 'date']]],
    ['About 1,200 persons were moved.', [['count', '1,200 persons', 1200, 'people', 'about']]],
    ['He called nine East European NATO member countries.', [['count', 'nine East European NATO member countries', 9, 'country']]],
    ['It took 3 European Union summit meetings.', [['count', '3 European Union summit meetings', 3, 'meet']]],
    ['Some 5 Baltic Sea naval patrol boat crews', [['count', '5 Baltic Sea naval', 5, 'naval', 'some']]],
    ['He met 4 European Union ministers today.', [['count', '4 European Union ministers', 4, 'minister']]],
    // A number word or digits hyphenated to a unit of measure is the same figure as "2 hours".
    ['After a two-hour video call and a 40-mile drive, 2 hours more.', [['count', 'two-hour', 2, 'hour'], ['count', '40-mile', 40, 'mil'], ['count', '2 hours', 2, 'hour']]],
    // Not figures: ages, compounds that describe, labels, names with a number in them, small counts of generic things.
    ['A ten-year-old girl, a 12-year-old boy and a two-party system.', []],
    ['The Phase 3 trial moved to Stage 2; see No. 4 on page 12.', []],
    ['They bought 3 Vexo-9 scanners.', []],
    ['The two leaders met 4 European Union leaders and three companies five times.', []],
    // Not figures: years, clock times, names with numbers, "one" as an article, metadata dates.
    ['In 2014 the F-16 landed at 23:47 and again at 4 p.m. with one man aboard.', []],
    ['Published 3 March 2026 | Updated 2 hours ago', []],
    // Not claims about the story: ages, clock times in translated copy, family details.
    ['Captain Ruiz, 51 years, born in Vigo, said it started around 20 hours.', []],
    ['A 67 years old resident and a man aged 40 years left with their two young sons.', []],
    ['The crew worked for around 20 hours; she has three daughters of her own.', [['count', '20 hours', 20, 'hour', 'around'], ['count', 'three daughters', 3, 'daughter']]],
    ['Some 1,500 Marram residents left; she lived there for 41 years, aged 67.', [['count', '1,500 Marram residents', 1500, 'people', 'some'], ['count', '41 years', 41, 'year']]],
    ['It happened on page 3.', []],
    ['He has done it for twenty-two years; two-thirds of staff agree.', [['count', 'twenty-two years', 22, 'year']]],
    ['Two of the 14 people taken to hospital were staff.', [['count', '14 people', 14, 'people']]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const got = findFigures(text);
      assert.deepStrictEqual(
        got.map((f) => [f.kind, f.text, f.value, f.unit, ...(f.qualifier ? [f.qualifier] : [])]),
        expected,
      );
      for (const f of got) assert.strictEqual(text.slice(f.start, f.end), f.text);
    });
  }

  it('reports offsets into the whole text when given a span', () => {
    const text = 'Intro. Then 30 ships sailed.';
    const got = findFigures(text, { start: 7, end: text.length });
    assert.deepStrictEqual(
      got.map((f) => [f.start, f.end, f.text]),
      [[12, 20, '30 ships']],
    );
  });
});
