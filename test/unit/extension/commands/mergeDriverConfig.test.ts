import * as assert from 'assert';
import { mergeDriverCommand, withMergeAttributes } from '../../../../src/extension/commands/mergeDriverConfig';

describe('[extension/commands/mergeDriverConfig]', () => {
  const attributes: [string, string, string][] = [
    ['no file yet', '', '*.crosscheck.json merge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n'],
    ['appended after a final newline', '*.png binary\n', '*.png binary\n*.crosscheck.json merge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n'],
    ['a newline added first when missing', '*.png binary', '*.png binary\n*.crosscheck.json merge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n'],
    ['a line present with other spacing is not repeated', '*.crosscheck.json\tmerge=crosscheck\n', '*.crosscheck.json\tmerge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n'],
    ['both present: unchanged', 'crosscheck.claims.json merge=crosscheck\n*.crosscheck.json merge=crosscheck', 'crosscheck.claims.json merge=crosscheck\n*.crosscheck.json merge=crosscheck'],
    ['CRLF file keeps CRLF', '*.png binary\r\n', '*.png binary\r\n*.crosscheck.json merge=crosscheck\r\ncrosscheck.claims.json merge=crosscheck\r\n'],
    ['a commented line does not count', '# *.crosscheck.json merge=crosscheck\n', '# *.crosscheck.json merge=crosscheck\n*.crosscheck.json merge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n'],
  ];
  for (const [name, existing, expected] of attributes) {
    it(`.gitattributes: ${name}`, () => {
      assert.strictEqual(withMergeAttributes(existing), expected);
      assert.strictEqual(withMergeAttributes(expected), expected, 'a second run adds nothing');
    });
  }

  const commands: [string, string, string, boolean?][] = [
    ['plain path', '/home/ed/.vscode/extensions/crosscheck-0.1.0/bin/crosscheck.js', 'node /home/ed/.vscode/extensions/crosscheck-0.1.0/bin/crosscheck.js merge-driver %O %A %B'],
    ['path with a space is quoted', '/Users/Ed Vale/ext/bin/crosscheck.js', 'node "/Users/Ed Vale/ext/bin/crosscheck.js" merge-driver %O %A %B'],
    ['shell characters are escaped inside the quotes', '/tmp/a$b`c/bin/crosscheck.js', 'node "/tmp/a\\$b\\`c/bin/crosscheck.js" merge-driver %O %A %B'],
    ['Windows path with forward slashes', 'C:\\Users\\ed\\ext\\bin\\crosscheck.js', 'node C:/Users/ed/ext/bin/crosscheck.js merge-driver %O %A %B', true],
    // git expands %O %A %B %P (and %L, %S, %X, %Y) in the driver command: a literal % must be %%.
    ['a % in the path is doubled for git', '/home/ed/100%A/bin/crosscheck.js', 'node /home/ed/100%%A/bin/crosscheck.js merge-driver %O %A %B'],
    ['a % in a quoted path is doubled too', '/home/ed/a b%P/bin/crosscheck.js', 'node "/home/ed/a b%%P/bin/crosscheck.js" merge-driver %O %A %B'],
    // On POSIX a backslash is part of the file name, not a separator.
    ['POSIX backslash is kept (escaped for sh)', '/home/ed/a\\b/bin/crosscheck.js', 'node "/home/ed/a\\\\b/bin/crosscheck.js" merge-driver %O %A %B', false],
  ];
  for (const [name, script, expected, windows] of commands) {
    it(`driver command: ${name}`, () => assert.strictEqual(mergeDriverCommand(script, windows ?? false), expected));
  }
});
