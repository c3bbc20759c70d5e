import * as assert from 'assert';
import { trimmed, withoutQuoteMarks } from '../../../../src/extension/commands/selectionSpans';

const span = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return [start, start + needle.length] as const;
};

describe('[extension/commands/selectionSpans]', () => {
  const quotes: [string, string, string, string][] = [
    ['straight marks and a space', 'He said: "We sail at dawn." Then left.', ' "We sail at dawn."', 'We sail at dawn.'],
    ['curly marks', 'Vale: \u201CNot today,\u201D she said.', '\u201CNot today,\u201D', 'Not today,'],
    ['guillemets', 'Il a dit \u00AB Jamais \u00BB hier.', '\u00AB Jamais \u00BB', 'Jamais'],
    ['corner brackets', '\u300C\u660E\u65E5\u300D', '\u300C\u660E\u65E5\u300D', '\u660E\u65E5'],
    ['no marks: unchanged', 'plain words here', 'words', 'words'],
  ];
  for (const [name, text, selected, want] of quotes) {
    it(`withoutQuoteMarks: ${name}`, () => {
      const [s, e] = span(text, selected);
      const r = withoutQuoteMarks(text, s, e);
      assert.strictEqual(text.slice(r.start, r.end), want);
    });
  }

  it('withoutQuoteMarks: a selection of marks only becomes empty', () => {
    const r = withoutQuoteMarks('"" x', 0, 2);
    assert.strictEqual(r.start, r.end);
  });

  const trims: [string, string, string][] = [
    ['a\n  claim text \r\n', '  claim text \r\n', 'claim text'],
    ['x   y', '   ', ''],
  ];
  for (const [text, selected, want] of trims) {
    it(`trimmed: ${JSON.stringify(selected)}`, () => {
      const [s, e] = span(text, selected);
      const r = trimmed(text, s, e);
      assert.strictEqual(text.slice(r.start, r.end), want);
    });
  }
});
