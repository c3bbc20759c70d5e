import * as assert from 'assert';
import fc from 'fast-check';
import type { ArticleAnalysis } from '../../../../../src/core/model';
import { findFigures } from '../../../../../src/core/crossSource/claims/figures';
import { sentenceSpans } from '../../../../../src/core/crossSource/claims/sentences';
import { suggestClaims } from '../../../../../src/core/crossSource/claims/suggest';

const piece = fc.constantFrom(
  '1,200', 'people', 'about', '$2m', '12%', 'of', 'residents', 'Dec.', '7', 'March', '2026', 'because', 'more than', 'ever',
  'three', 'ships', '.', '!', '\n\n', '\r\n', '“', '”', 'Mr.', 'U.S.', '—', '€', 'bn', 'per cent', '23:47', 'p.m.', '😀', '',
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(' '));

function analysis(t: string, cut: number): ArticleAnalysis {
  // Two paragraphs split anywhere, one of them possibly past the end: input the core must survive.
  const mid = Math.min(cut, t.length);
  const paragraphs = [
    { start: 0, end: mid, boilerplate: false },
    { start: mid, end: t.length + (cut % 3), boilerplate: cut % 2 === 0 },
  ];
  return { article: { text: t, meta: {}, paragraphs, boilerplate: [] }, quotes: [], entities: [], diagnostics: [] };
}

describe('[crossSource/claims] properties', () => {
  it('figures and sentences are always real spans of the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of findFigures(t)) assert.strictEqual(t.slice(f.start, f.end), f.text);
        for (const s of sentenceSpans(t)) assert.ok(s.start >= 0 && s.start < s.end && s.end <= t.length);
      }),
      { numRuns: 300 },
    );
  });

  it('suggestions never throw and their evidence is what the article says', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.nat(200)), { maxLength: 4 }), (docs) => {
        const sources = docs.map(([t, cut], i) => ({ file: `f${i}`, analysis: analysis(t, cut) }));
        for (const s of suggestClaims(sources)) {
          assert.ok(s.files.length >= 1 && s.key.length > 0);
          for (const e of s.evidence) {
            const t = docs[Number(e.file.slice(1))][0];
            assert.strictEqual(t.slice(e.start, e.end), e.text);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
