// The linear-time rewrites of patterns that backtracked give the same results as the patterns they
// replace: each original is kept here as the reference, and compared on random strings made of the
// characters that matter to it (fast-check), and on the shapes that made it slow.
import * as assert from 'assert';
import fc from 'fast-check';
import { stripEmphasis, stripLinks } from '../../../src/core/article/markdownInline';
import { RUN_PATTERNS } from '../../../src/core/quotes/resolve';
import { runMatches } from '../../../src/core/quotes/runMatches';

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
});
