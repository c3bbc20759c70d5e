import { strict as assert } from 'node:assert';
import { httpUrl, plainText, terminalText } from '../../../src/core/untrustedText';

// Text from an article, a sidecar, a registry or a file name, as an attacker would write it.
const HOSTILE = [
  '[Resolve conflicts](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '<command:workbench.action.terminal.new>',
  '`code` [a] (b)',
  'line one\nline two\r\nthree\rfour\u2028five\u2029six\u0085seven',
  'title\u001b]0;pwned\u0007 and \u009b31m red \u001b[2J',
  'rtl \u202Eevil\u202C and \u2066isolate\u2069',
  '$(alert) icon',
  'COMMAND:x and Command:y',
];

describe('[untrustedText] one neutraliser per sink', () => {
  describe('plainText (messages, labels, tooltips, quick picks, status bar)', () => {
    for (const s of HOSTILE) {
      it(`neutralises ${JSON.stringify(s).slice(0, 50)}`, () => {
        const out = plainText(s);
        assert.doesNotMatch(out, /\]\(/);
        assert.doesNotMatch(out, /[[\]<>`]/);
        assert.doesNotMatch(out, /command:/i);
        assert.doesNotMatch(out, /\$\(/);
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(out, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      });
    }
    it('leaves ordinary text as it is', () => {
      assert.equal(plainText('Mayor’s statement (draft), 3 of 4: “we will” — ok?'), 'Mayor’s statement (draft), 3 of 4: “we will” — ok?');
    });
    it('folds line breaks to one space and can shorten', () => {
      assert.equal(plainText('a\n\nb'), 'a b');
      assert.equal(plainText('abcdefghij', 5), 'abcd…');
    });
  });

  describe('terminalText (human-readable CLI output)', () => {
    it('shows control characters as escapes, keeps newlines and tabs', () => {
      const out = terminalText('a\tb\nc\u001b]0;title\u0007d\u009b31me\rf\u202Eg');
      assert.equal(out, 'a\tb\nc\\u001b]0;title\\u0007d\\u009b31me\\rf\\u202eg');
    });
  });

  describe('httpUrl (links that leave the machine)', () => {
    it('keeps http and https addresses', () => {
      assert.equal(httpUrl('https://example.org/a?b=c#d'), 'https://example.org/a?b=c#d');
      assert.equal(httpUrl('HTTP://example.org/'), 'HTTP://example.org/');
    });
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,<b>', 'file:///etc/passwd', 'command:x', '//evil.example', 'https://a b', 'https://a\nb', 'vbscript:x', '', 'https://']) {
      it(`refuses ${JSON.stringify(bad)}`, () => assert.equal(httpUrl(bad), undefined));
    }
  });
});
