import * as assert from 'assert';
import { AlignScratch, alignTokens, nearlySame } from '../../../../src/core/crossSource/align';
import { tokenize } from '../../../../src/core/crossSource/normalize';

/** The word as it would stand inside a sentence (capitalised words are names there). */
const one = (w: string) => tokenize(`said ${w}`)[1];

describe('[crossSource/align]', () => {
  const near: [string, string, boolean][] = [
    ['Hrushevsky', 'Hrushevskyy', true],
    ['Kovalenko', 'Kovalenka', true],
    ['Organisation', 'Organizasion', true],
    ['organisation', 'organizasion', false],
    ['police', 'policy', false],
    ['contract', 'contrast', false],
    ['94,000', '94,500', false],
    ['Varga', 'Vargas', false],
  ];
  for (const [a, b, expected] of near) it(`${a} ≈ ${b}: ${expected}`, () => assert.strictEqual(nearlySame(one(a), one(b)), expected));

  it('aligns a partial quote inside a longer one, with the token ranges of the match', () => {
    const a = tokenize('not on the table');
    const b = tokenize('Extra ferries for Port Ennis are not on the table, she said');
    const got = alignTokens(a, b);
    assert.deepStrictEqual([got.contentMatches, got.a, got.b], [2, { start: 0, end: 4 }, { start: 6, end: 10 }]);
    assert.ok(Math.abs(got.score - 2.4) < 1e-9);
  });

  it('scores nothing when no word is shared', () => assert.deepStrictEqual(alignTokens(tokenize('a b c'), tokenize('x y z')).score, 0));
  it('handles empty input', () => assert.strictEqual(alignTokens([], tokenize('words here')).score, 0));

  it('gives the same alignments with one scratch reused across pairs of any length as with none', () => {
    const texts = [
      'The harbour fee will not rise this year, the Port Ennis board said',
      'fee will not rise',
      'Kestrel Quay stays open; Kestrel Quay traders were told the fee would rise',
      'the harbour fee will rise this year',
      '',
      'Marta Oyelaran-Hrushevsky said the quay would reopen after the storm season ended',
      'Marta Oyelaran-Hrushevskyy: the quay would reopen',
    ].map(tokenize);
    const scratch = new AlignScratch();
    for (const a of texts) for (const b of texts) assert.deepStrictEqual(alignTokens(a, b, scratch), alignTokens(a, b));
  });
});
