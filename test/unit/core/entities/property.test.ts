// Properties over random article-like texts: never throws, every mention is exact, ordered, and
// outside boilerplate; cross-article merging keeps every mention.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findEntitiesWith, mergeAcrossArticles } from '../../../../src/core/entities';
import { findCandidates } from '../../../../src/core/entities/candidates';
import { buildKnowledge, classify, knownNameIn, shareListTypes } from '../../../../src/core/entities/classify';
import { mergeWithinArticle } from '../../../../src/core/entities/merge';
import type { Entity, Span } from '../../../../src/core/model';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { tokenize } from '../../../../src/core/nlp/tokens';
import { articleOf } from './helpers';

/** The stages without findEntitiesWith's safety net, so that an exception fails the property. */
function unguarded(nlp: Nlp, text: string, boilerplate: Span[]): Entity[] {
  const knowledge = buildKnowledge();
  const tokens = tokenize(nlp, text);
  const typed = classify(findCandidates(text, tokens, boilerplate, knownNameIn(knowledge)), tokens, knowledge);
  shareListTypes(text, typed);
  return mergeWithinArticle(typed);
}

const WORDS = [
  'Mayor', 'Helena', 'Varga', "Varga's", 'Varga’s', 'said', 'the', 'of', 'and', 'von', 'der', 'Ministry', 'Transport', 'U.S.', 'US',
  'NATO', 'Nato', 'in', 'Lisbon', 'LISBON', 'Mr', 'Ms.', 'Dr.', 'C.', 'Port', 'Allerby', 'Council', 'CRA', 'Coastal', 'Rescue',
  'Agency', '(CRA)', '—', '–', '-', ',', '.', ':', '“', '”', '"', "'", '🌊', '𝔘', 'é', '\r\n', '\n\n', 'Reuters/@HarbourCouncil',
  'Harbourgov.eu', 'By', 'President', 'Secretary', 'State', 'Kesterfield', 'Monday', '2026', 'Covid-19', 'Hurricane', 'West',
];
const textArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\t'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

describe('[entities/property] random texts', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  it('give exact, ordered mentions outside boilerplate, and never throw', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), (text, cut) => {
        const boundary = text.length ? cut % text.length : 0;
        const boilerplate = boundary > 0 ? [{ start: 0, end: boundary }] : [];
        const entities = unguarded(nlp, text, boilerplate);
        assert.deepEqual(findEntitiesWith(nlp, articleOf(text, boilerplate)), entities);
        for (const e of entities) {
          assert.ok(e.name.length > 0);
          assert.ok(e.mentions.length > 0);
          assert.ok(e.aliases.includes(e.name));
          for (let i = 0; i < e.mentions.length; i++) {
            const m = e.mentions[i];
            assert.equal(text.slice(m.start, m.end), m.text);
            assert.ok(m.start >= boundary, 'not in boilerplate');
            if (i > 0) assert.ok(m.start >= e.mentions[i - 1].end, 'ordered, no overlap');
          }
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('keep every mention through cross-article merging', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 3 }), (texts) => {
        const per = texts.map((t) => findEntitiesWith(nlp, articleOf(t)));
        const merged = mergeAcrossArticles(per);
        assert.equal(merged.length, per.length);
        per.forEach((entities, i) => {
          const before = entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)).sort();
          const after = merged[i].flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)).sort();
          assert.deepEqual(after, before);
        });
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
