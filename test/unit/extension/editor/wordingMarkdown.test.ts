import * as assert from 'assert';
import { wordingDiffMarkdown, wordingNote } from '../../../../src/extension/editor/wordingMarkdown';

const here = '[extension/wordingMarkdown] ';

describe('[extension/wordingMarkdown]', () => {
  const cases: [string, string, string][] = [
    ['We will leave no stone unturned', "We'll leave no stone unturned", "~~We will~~ **We'll** leave no stone unturned"],
    ['That is not in the cards', 'That is not on the cards', 'That is not ~~in~~ **on** the cards'],
    ['not on the table', 'That is not on the table', '**That is** not on the table'],
    ['a real risk, they said', 'a real risk', 'a real risk~~, they said~~'],
    ['the *only* <b>way</b>', 'the only way', 'the ~~\\*~~only ~~\\* \\<b\\>~~way~~\\</b\\>~~'],
    // A partial quote: the words cut on either side stay apart from the words kept.
    ['We will sail at dawn unless the wind turns', 'Sail at dawn', '~~We will~~ Sail at dawn ~~unless the wind turns~~'],
    ['We will sail at dawn and not before,', "We'll sail at dawn.", "~~We will~~ **We'll** sail at dawn ~~and not before,~~ **\\.**"],
    ['sail at dawn', 'We sail at dawn', '**We** sail at dawn'],
  ];
  for (const [mine, theirs, expected] of cases) {
    it(`${mine} → ${theirs}`, () => {
      assert.strictEqual(wordingDiffMarkdown(mine, theirs), expected, here + mine);
    });
  }

  it('escapes markup and links from the article text', () => {
    const md = wordingDiffMarkdown('say no', 'say [click](command:evil) <img src=x onerror=alert(1)>');
    // Every bracket, parenthesis and angle bracket from the article arrives backslash-escaped.
    assert.ok(!/(^|[^\\])[[\]()<>]/.test(md), here + md);
    assert.ok(md.includes('\\[click\\]\\(command\\:evil\\)'), here + md);
  });

  it('says nothing when the wordings match but for case and marks', () => {
    assert.strictEqual(wordingNote('That’s not on the table.', "that's not on the table"), '');
  });
});
