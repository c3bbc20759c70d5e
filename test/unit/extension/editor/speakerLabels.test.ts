import * as assert from 'assert';
import { speakerLabels } from '../../../../src/extension/editor/speakerLabels';

const here = '[extension/editor/speakerLabels] ';

describe('[extension/editor/speakerLabels]', () => {
  const text = '"We will reopen," said Mara Quill. "Soon," she added, and "today" said Ben Ode.\r\nNext line "x" here';
  const quote = (inner: string, speaker: string | null) => ({ end: text.indexOf(inner) + inner.length, speaker });
  const quotes = [quote('We will reopen,', 'Mara Quill'), quote('Soon,', 'Mara Quill'), quote('today', 'Ben Ode'), quote('x', null)];
  const firstLineEnd = text.indexOf('\r\n');

  it('endOfLine: one label per line, after its last character (before the line break), each speaker once', () => {
    assert.deepStrictEqual(speakerLabels(text, quotes, 'endOfLine'), [
      { at: firstLineEnd, text: '\u2014 Mara Quill, Ben Ode' },
      { at: text.length, text: '\u2014 unattributed' },
    ], here);
  });

  it('endOfLine labels never sit inside a line: nothing of the article follows them on their line', () => {
    for (const label of speakerLabels(text, quotes, 'endOfLine')) assert.ok(label.at === text.length || /[\r\n]/.test(text[label.at]), here + label.at);
  });

  it('inline: after the closing mark of each quote', () => {
    const labels = speakerLabels(text, quotes, 'inline');
    assert.strictEqual(labels.length, 4);
    assert.strictEqual(text[labels[0].at - 1], '"', here);
    assert.strictEqual(labels[0].text, '\u2014 Mara Quill');
  });

  it('off: no labels', () => assert.deepStrictEqual(speakerLabels(text, quotes, 'off'), []));
});
