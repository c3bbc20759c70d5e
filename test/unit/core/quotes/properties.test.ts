// Properties that hold for any text: the article and quote stages never throw, and every span they
// return is exact (quote text is its span, spans sit inside content paragraphs and do not overlap).
import * as assert from 'assert';
import fc from 'fast-check';
import { parseArticle } from '../../../../src/core/article';
import type { Entity } from '../../../../src/core/model';
import { attributeSpeakers, findQuotes } from '../../../../src/core/quotes';

// Pieces that make the scanner and attribution work hard: every mark, names, cue words, line breaks.
const pieces = [
  '"', '“', '”', '„', '‟', "'", '‘', '’', '‚', '«', '»', '‹', '›', ' ', '  ', '\n', '\r\n', '\n\n', '.', ',', ':', ';', '—', '(', ')',
  'Grant', 'Ms Grant', 'Lydia Grant', 'the minister', 'Minister Ana Ruiz', 'he', 'she', 'it', 'they', 'said', 'told', 'according to',
  'and', 'that', 'the company', 'an official', 'don’t', "rock 'n' roll", 'the ’90s', 'Share on X', '© 2031', 'Your support', 'x', '\uFEFF',
];
const articleText = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join(''));

describe('[quotes/properties]', () => {
  it('never throws and returns exact, ordered, non-overlapping quote spans inside content', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const article = parseArticle(text);
        const grant: Entity = { name: 'Lydia Grant', type: 'person', mentions: [], aliases: ['Lydia Grant', 'Grant'] };
        const quotes = attributeSpeakers(article, findQuotes(article), [grant]);
        let lastEnd = -1;
        for (const q of quotes) {
          assert.ok(q.start < q.end && q.start >= lastEnd, `span ${q.start}-${q.end} after ${lastEnd}`);
          assert.strictEqual(q.text, text.slice(q.start, q.end));
          assert.ok(article.paragraphs.some((p) => !p.boilerplate && p.start <= q.start && q.end <= p.end), 'inside a content paragraph');
          if (q.speakerMention) assert.ok(q.speakerMention.start >= 0 && q.speakerMention.end <= text.length && q.speakerMention.start <= q.speakerMention.end);
          if (q.cue) assert.strictEqual(q.cue.text, text.slice(q.cue.start, q.cue.end));
          lastEnd = q.end;
        }
      }),
      { numRuns: 400, seed: 20311 },
    );
  });

  it('keeps paragraph, headline, byline and dateline spans inside the text, ordered and trimmed', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const a = parseArticle(text);
        let lastEnd = 0;
        for (const p of a.paragraphs) {
          assert.ok(p.start >= lastEnd && p.start < p.end && p.end <= text.length);
          assert.ok(!/\s/.test(text[p.start]) && !/\s/.test(text[p.end - 1]), `paragraph ${JSON.stringify(text.slice(p.start, p.end))} is trimmed`);
          lastEnd = p.end;
        }
        for (const s of [a.headline, a.byline, a.dateline]) if (s) assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
      }),
      { numRuns: 400, seed: 20312 },
    );
  });
});
