import * as assert from 'assert';
import fc from 'fast-check';
import { wordingDiff } from '../../../../src/core/crossSource/wordingDiff';

const render = (a: string, b: string) =>
  wordingDiff(a, b)
    .map((p) => (p.added ? `+[${p.value}]` : p.removed ? `-[${p.value}]` : p.value))
    .join('');

describe('[crossSource/wordingDiff]', () => {
  const cases: [string, string, string][] = [
    ['not in the cards right now', 'not on the cards right now', 'not -[in]+[on] the cards right now'],
    ['That’s not on the table', "that's not on the table", "that's not on the table"],
    ['He said “no”', 'he said: "no"', 'he said+[:] "no"'],
    ['in  the\ncards', 'in the cards', 'in the cards'],
    ['We will meet within a week', 'We will meet within a week.', 'We will meet within a week+[.]'],
    ['', 'new words', '+[new words]'],
  ];
  for (const [a, b, expected] of cases) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)}`, () => assert.strictEqual(render(a, b), expected));
  }

  it('reports only common parts for identical text', () => {
    const parts = wordingDiff('firm measures', 'firm measures');
    assert.ok(parts.every((p) => !p.added && !p.removed));
    assert.strictEqual(parts.map((p) => p.value).join(''), 'firm measures');
  });
});

describe('[crossSource/wordingDiff] properties', () => {
  it('the common and added parts spell the second rendering; the common and removed parts the first, up to case, marks and spacing', () => {
    const word = fc.constantFrom('That', 'that’s', "that's", 'not', 'on', 'in', 'the', 'cards', '“no”', 'no,', '—', 'Table.', '  ', '\n');
    const text = fc.array(word, { maxLength: 10 }).map((w) => w.join(' '));
    const loose = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, '').toLowerCase();
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordingDiff(a, b);
        assert.strictEqual(parts.filter((p) => !p.removed).map((p) => p.value).join(''), b);
        assert.strictEqual(loose(parts.filter((p) => !p.added).map((p) => p.value).join('')), loose(a));
        assert.ok(parts.every((p) => p.value !== '' && !(p.added && p.removed)));
      }),
      { numRuns: 300 },
    );
  });
});
