import * as assert from 'assert';
import { escapeMarkdown, excerpt, quoted } from '../../../../src/extension/text/markdownText';

describe('[extension/markdownText]', () => {
  const escapes: [string, string, string][] = [
    ['emphasis', '*bold* and _italic_', '\\*bold\\* and \\_italic\\_'],
    ['a command link in an article', '[here](command:workbench.action.quit)', '\\[here\\]\\(command\\:workbench\\.action\\.quit\\)'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['theme icon syntax', '$(zap) now', '\\$\\(zap\\) now'],
    ['heading and list markers', '# 1. - + !', '\\# 1\\. \\- \\+ \\!'],
    ['code and backslash', '`x` \\ y', '\\`x\\` \\\\ y'],
    ['line breaks fold to one space', 'one\r\n\r\ntwo\tthree', 'one two three'],
    ['plain words stay as they are', 'Mara Quill, 42', 'Mara Quill, 42'],
  ];
  for (const [name, input, want] of escapes) it(`escapes ${name}`, () => assert.strictEqual(escapeMarkdown(input), want));

  const excerpts: [string, number, string][] = [
    ['short text', 80, 'short text'],
    ['  spaced\n out  ', 80, 'spaced out'],
    ['abcdefghij', 5, 'abcd…'],
  ];
  for (const [input, max, want] of excerpts) it(`excerpt(${JSON.stringify(input)}, ${max})`, () => assert.strictEqual(excerpt(input, max), want));
});

describe('[extension/markdownText] quoted: evidence labels never show doubled quotation marks', () => {
  const cases: [string, string][] = [
    ['“We will leave no stone unturned,”', '“We will leave no stone unturned,”'],
    ['"The quay reopens in spring."', '“The quay reopens in spring.”'],
    ['The storm damaged 48 boats', '“The storm damaged 48 boats”'],
    ['‘Not on the table’', '“Not on the table”'],
    ['the workers’', '“the workers’”'],
    ['«Nous restons»', '“Nous restons”'],
    ['  “spaced\n out”  ', '“spaced out”'],
  ];
  for (const [input, want] of cases) it(`quoted(${JSON.stringify(input)})`, () => assert.strictEqual(quoted(input), want));
});
