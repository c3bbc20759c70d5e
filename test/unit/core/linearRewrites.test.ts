// The linear-time rewrites of patterns that backtracked give the same results as the patterns they
// replace: each original is kept here as the reference, and compared on random strings made of the
// characters that matter to it (fast-check), and on the shapes that made it slow.
import * as assert from 'assert';
import fc from 'fast-check';
import { stripEmphasis, stripLinks } from '../../../src/core/article/markdownInline';
import { RUN_PATTERNS } from '../../../src/core/quotes/resolve';
import { runMatches } from '../../../src/core/quotes/runMatches';
import { possessiveThenName } from '../../../src/core/quotes/subject';
import { TITLES } from '../../../src/core/quotes/lexicon';

/** Strings over a small alphabet, so that marks, brackets and spaces meet often. */
const over = (chars: string[], maxLength = 40) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));

describe('linear rewrites give what the patterns they replace gave', () => {
  it('stripLinks is replace(/\\[([^\\]]*)\\]\\([^)]*\\)/g, "$1")', () => {
    const reference = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    fc.assert(
      fc.property(over(['[', ']', '(', ')', 'a', ' ', '\n']), (s) => assert.strictEqual(stripLinks(s), reference(s))),
      { numRuns: 3000 },
    );
    for (const s of ['[Title](url) and [b](c)', '[a [b](c)', '[a](b', '[a]x(b)', '- **Related:** [Title](https://x.example/a)']) assert.strictEqual(stripLinks(s), reference(s));
  });

  it('stripEmphasis is replace(/(\\*{1,2}|__?)(\\S(?:.*?\\S)?)\\1/g, "$2")', () => {
    const reference = (s: string) => s.replace(/(\*{1,2}|__?)(\S(?:.*?\S)?)\1/g, '$2');
    fc.assert(
      fc.property(over(['*', '_', 'a', 'b', ' ', '\n', '\u2028', '\u00a0']), (s) => assert.strictEqual(stripEmphasis(s), reference(s))),
      { numRuns: 5000 },
    );
    for (const s of ['**Related:** x', '*a* and *b*', '__init__', '*a *a *a', 'a*b*c', '** x**', '_a_ _b_', '***x***']) assert.strictEqual(stripEmphasis(s), reference(s));
  });

  it('MASTHEAD takes each capitalised word whole and accepts the same lines', () => {
    const reference = /^(?:(?:\p{Lu}[\p{L}'’.&-]*|the|of|and|de|do|da|du|la|le|el)\s*){1,6}$/u;
    const rewritten = /^(?:(?:(?=(\p{Lu}[\p{L}'’.&-]*))\1|the|of|and|de|do|da|du|la|le|el)\s*){1,6}$/u;
    fc.assert(
      fc.property(over(['A', 'B', 'a', 'the', 'of', 'de', 'l', 'e', ' ', '.', '&', '1'], 14), (s) => assert.strictEqual(rewritten.test(s), reference.test(s), JSON.stringify(s))),
      { numRuns: 5000 },
    );
    // The reference would try every split of the capitals into six words (n⁶ ways): this returns at once.
    assert.strictEqual(rewritten.test('A'.repeat(100_000) + '1'), false);
  });

  const words = ['Ana', 'Ruiz', 'A', 'a', 'President', 'president', 'Foreign', 'minister', 'Minister', 'the', "Spain's", 'McDONALD', 'U.S.', 'iPhone', 'É', 'é', 'x'];
  const glue = ['.', '-', '’', "'", ' ', '  ', ',', ', ', '\n'];
  for (const [name, pattern] of Object.entries(RUN_PATTERNS)) {
    it(`runMatches(${name}) is text.matchAll of the same pattern`, () => {
      const global = new RegExp(pattern.full.source, 'gu');
      const flat = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words, ...glue), { maxLength: 24 }).map((a) => a.join('')), (s) =>
          assert.deepStrictEqual(flat(runMatches(s, pattern)), flat(s.matchAll(global)), JSON.stringify(s))),
        { numRuns: 4000 },
      );
    });
  }

  it('possessiveThenName is /[\'’]s\\s+.*\\s[\\p{Lu}][\\p{Ll}]+$/u.test', () => {
    const reference = /['’]s\s+.*\s[\p{Lu}][\p{Ll}]+$/u;
    fc.assert(
      fc.property(fc.array(fc.constantFrom("'s", '’s', 's', "'", ' ', '  ', '\n', 'Ana', 'ana', 'A', 'x', 'Bo'), { maxLength: 16 }).map((a) => a.join('')), (s) =>
        assert.strictEqual(possessiveThenName(s), reference.test(s), JSON.stringify(s))),
      { numRuns: 5000 },
    );
  });

  it('a lazy group before \\s+ gives the same match with (?<!\\s) in front of the spaces', () => {
    const titles = TITLES.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const pairs: [RegExp, RegExp][] = [
      [/^(.+?)\s+(?:of|from|at|for)\s+the\s+\p{Lu}/u, /^(.+?)(?<!\s)\s+(?:of|from|at|for)\s+the\s+\p{Lu}/u],
      [new RegExp(`^(?:the|its|their|his|her)\\s+(?:(.+?)\\s+)?(${titles})$`, 'i'), new RegExp(`^(?:the|its|their|his|her)\\s+(?:(.+?)(?<!\\s)\\s+)?(${titles})$`, 'i')],
    ];
    const pieces = ['the', 'its', 'of', 'for', 'the ', 'Port', 'port', 'minister', 'prime minister', 'chief', ' ', '  ', '\n', 'x'];
    for (const [reference, rewritten] of pairs) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), (s) =>
          assert.deepStrictEqual(rewritten.exec(s.trimStart())?.slice(), reference.exec(s.trimStart())?.slice(), JSON.stringify(s))),
        { numRuns: 4000 },
      );
    }
  });

  it('a pattern that starts with a run gives the same matches with a lookbehind that keeps it out of the run', () => {
    const pairs: [RegExp, RegExp, string[]][] = [
      [/\s+$/, /(?<!\s)\s+$/, ['a', ' ', '  ', '\n', '\t']],
      [/\s*[\r\n\u0085\u2028\u2029]+\s*/g, /(?<!\s)\s*[\r\n\u0085\u2028\u2029]+\s*|[\r\n\u0085\u2028\u2029]+\s*/g, ['a', ' ', '\n', '\r', '\u0085', '\u2028', '\t']],
      [/[.!?]+["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu, /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu, ['.', '!', '?', '"', '”', ')', ' ', '\n', 'A', 'a', '1']],
      [/(\p{L}{4,})\.\s.*$/su, /(?<!\p{L})(\p{L}{4,})\.\s.*$/su, ['a', 'B', '.', ' ', '\n', "'"]],
      [/[.,;:!?]+$/, /(?<![.,;:!?])[.,;:!?]+$/, ['.', ',', '!', 'a', ' ']],
      [/[\s,;:.]+$/, /(?<![\s,;:.])[\s,;:.]+$/, [' ', ',', '.', 'a', '\n']],
      [/\s+(?:of|for|at|from|in|with|who|whose|which)\s.*$/i, /(?<!\s)\s+(?:of|for|at|from|in|with|who|whose|which)\s.*$/i, [' ', 'of', 'at', 'x', '\n', 'who']],
      [/\/+$/, /(?<!\/)\/+$/, ['/', 'a', '.']],
      [/["”»›’']+$/, /(?<!["”»›’'])["”»›’']+$/, ['"', '”', '’', "'", 'a', ' ']],
      [/^[ \t]*[-.;]?\s*$/, /^(?=([ \t]*))\1[-.;]?\s*$/, [' ', '\t', '-', '.', ';', '\n', 'x']],
      // eslint-disable-next-line no-control-regex -- the URL check refuses control characters on purpose
      [/^https?:\/\/[^\s/?#\u0000-\u001f\u007f-\u009f]+[^\s\u0000-\u001f\u007f-\u009f]*$/i, /^https?:\/\/(?=([^\s/?#\u0000-\u001f\u007f-\u009f]+))\1[^\s\u0000-\u001f\u007f-\u009f]*$/i, ['https://', 'http://', 'a', '/', '?', '#', ' ', '\u0001', '.']],
    ];
    for (const [reference, rewritten, chars] of pairs) {
      // The whole match and where it starts (a possessive's helper group is not compared).
      const all = (re: RegExp, s: string) => (re.global ? [...s.matchAll(re)].map((m) => [m.index, m[0]]) : [re.exec(s)?.index, re.exec(s)?.[0]]);
      fc.assert(fc.property(over(chars, 30), (s) => assert.deepStrictEqual(all(rewritten, s), all(reference, s), JSON.stringify(s))), { numRuns: 3000 });
    }
  });
});
