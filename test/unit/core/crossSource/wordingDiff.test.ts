import * as assert from 'assert';
import { wordingDiff } from '../../../../src/core/crossSource/wordingDiff';

const render = (a: string, b: string) =>
  wordingDiff(a, b)
    .map((p) => (p.added ? `+[${p.value}]` : p.removed ? `-[${p.value}]` : p.value))
    .join('');

describe('[crossSource/wordingDiff]', () => {
  const cases: [string, string, string][] = [
    ['not in the cards right now', 'not on the cards right now', 'not -[in]+[on] the cards right now'],
    ['That’s not on the table', "that's not on the table", "that's not on the table"],
    ['He said “no”', 'he said: "no"', 'he said+[: ]"no"'],
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
