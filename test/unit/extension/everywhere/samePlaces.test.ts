import { strict as assert } from 'node:assert';
import type { Quote } from '../../../../src/core/model';
import { sameMentions, sameQuotes, unmarkedNames, type StoryArticle } from '../../../../src/extension/everywhere/samePlaces';

// Fictional articles written for this test.
const A = '"The quay is safe," said Orla Pennick. Pennick added: "The quay is safe."\n';
const B = 'Skippers doubt it. "The quay  is safe," a board member said. Pennickton is a village.\n';

const span = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};
const quote = (text: string, needle: string, speaker: string | null, from = 0): Quote => ({ ...span(text, needle, from), text: needle, speaker });

const articles: StoryArticle[] = [
  {
    uri: 'file:///s/a.txt',
    source: 'a.txt',
    text: A,
    quotes: [quote(A, 'The quay is safe,', 'Orla Pennick'), quote(A, 'The quay is safe.', null)],
    mentions: [{ ...span(A, 'Orla Pennick'), name: 'Orla Pennick' }],
  },
  { uri: 'file:///s/b.txt', source: 'Coastline Courier', text: B, quotes: [quote(B, 'The quay  is safe,', 'a board member')], mentions: [{ ...span(B, 'Pennickton'), name: 'Pennickton' }] },
];

describe('[extension/everywhere] one correction, every place', () => {
  it('finds the same quote words (spacing ignored) elsewhere, not the one corrected nor those already right', () => {
    const corrected = { uri: 'file:///s/a.txt', ...span(A, 'The quay is safe,') };
    const found = sameQuotes(articles, corrected, 'The quay is safe,', 'Orla Pennick');
    assert.deepEqual(found.map((p) => [p.source, p.text]), [['Coastline Courier', 'The quay  is safe,']]);
    assert.equal(found.length, 1);
  });

  it('finds the same entity mention words to hide them too', () => {
    const corrected = { uri: 'file:///s/a.txt', ...span(A, 'Orla Pennick') };
    assert.deepEqual(sameMentions(articles, corrected, 'Orla Pennick'), []);
    assert.deepEqual(sameMentions(articles, { uri: 'x', start: 0, end: 0 }, 'Pennickton').map((p) => p.text), ['Pennickton']);
  });

  it('finds a name marked once wherever it stands as a whole word and is not yet that entity', () => {
    const corrected = { uri: 'file:///s/a.txt', ...span(A, 'Pennick', A.indexOf('Pennick added')) };
    const found = unmarkedNames(articles, corrected, 'Pennick', 'Orla Pennick');
    // "Orla Pennick" is already that entity; "Pennickton" is another word; the corrected one is left out.
    assert.deepEqual(found, []);
    const elsewhere = unmarkedNames(articles, { uri: 'x', start: 0, end: 0 }, 'Pennick', 'Pennick the harbour master');
    assert.deepEqual(elsewhere.map((p) => [p.uri, p.start]), [['file:///s/a.txt', A.indexOf('Pennick')], ['file:///s/a.txt', A.indexOf('Pennick added')]]);
    assert.deepStrictEqual([elsewhere.length, new Set(elsewhere.map((p) => p.uri)).size], [2, 1]);
  });
});
