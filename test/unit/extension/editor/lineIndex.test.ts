import * as assert from 'assert';
import { lineAndCharacter, lineStarts } from '../../../../src/extension/editor/lineIndex';

/** The reference: scan from the start, as the Problems code did before the index. */
function scanned(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  const stop = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: stop - lineStart };
}

describe('[extension/lineIndex]', () => {
  const starts: [string, string, number[]][] = [
    ['empty text', '', [0]],
    ['one line', 'Quay opens.', [0]],
    ['LF', 'a\nbc\n', [0, 2, 5]],
    ['CRLF counts once', 'a\r\nbc\r\nd', [0, 3, 7]],
    ['lone CR', 'a\rb', [0, 2]],
    ['blank lines', '\n\n', [0, 1, 2]],
  ];
  for (const [name, text, expected] of starts) {
    it(`line starts: ${name}`, () => assert.deepStrictEqual(lineStarts(text), expected));
  }

  const positions: [string, string, number, { line: number; character: number }][] = [
    ['start', 'a\nbc', 0, { line: 0, character: 0 }],
    ['on a newline', 'a\nbc', 1, { line: 0, character: 1 }],
    ['start of the next line', 'a\nbc', 2, { line: 1, character: 0 }],
    ['between CR and LF', 'a\r\nbc', 2, { line: 0, character: 2 }],
    ['after CRLF', 'a\r\nbc', 3, { line: 1, character: 0 }],
    ['past the end is clamped', 'a\nbc', 99, { line: 1, character: 2 }],
    ['negative is clamped', 'a\nbc', -4, { line: 0, character: 0 }],
  ];
  for (const [name, text, offset, expected] of positions) {
    it(`position: ${name}`, () => assert.deepStrictEqual(lineAndCharacter(lineStarts(text), text.length, offset), expected));
  }

  it('agrees with a scan from the start at every offset of a mixed text', () => {
    const text = '\uFEFFTitle\r\n\r\n"We sail," she said.\rNext\n\nLast line';
    const index = lineStarts(text);
    for (let offset = -1; offset <= text.length + 1; offset++) {
      assert.deepStrictEqual(lineAndCharacter(index, text.length, offset), scanned(text, offset), `offset ${offset}`);
    }
  });
});
