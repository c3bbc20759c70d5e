// findCandidates: name runs with titles split off, possessives removed, and the context each carries.
// Sentence-initial and headline words come through marked unreliable; later stages decide on them.
import assert from 'node:assert/strict';
import { findCandidates } from '../../../../src/core/entities/candidates';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { tokenize } from '../../../../src/core/nlp/tokens';

type Row = { text: string; expected: { surface: string; title?: string; reliable: boolean }[] };

const rows: Row[] = [
  { text: 'It was signed by Mayor Helena Varga yesterday.', expected: [{ surface: 'Helena Varga', title: 'mayor', reliable: true }] },
  { text: 'Aides to Ms. Okafor’s office left.', expected: [{ surface: 'Aides', reliable: false }, { surface: 'Okafor', title: 'ms', reliable: true }] },
  { text: 'Varga left early.', expected: [{ surface: 'Varga', reliable: false }] },
  { text: 'Kofi Mensah left early.', expected: [{ surface: 'Kofi Mensah', reliable: true }] },
  { text: 'Port Council Approves Harbour Plan\n\nThe vote was close.', expected: [{ surface: 'Port Council', reliable: false }, { surface: 'Harbour Plan', reliable: false }] },
  { text: 'Staff met Christi C. Elwood and Sen. Tom Reyes.', expected: [{ surface: 'Staff', reliable: false }, { surface: 'Christi C. Elwood', reliable: true }, { surface: 'Tom Reyes', title: 'sen', reliable: true }] },
  { text: 'Both the Lisbon and Porto offices shut.', expected: [{ surface: 'Lisbon', reliable: true }, { surface: 'Porto', reliable: true }] },
  { text: 'A photo (Reuters/@HarbourCouncil) ran.', expected: [{ surface: 'Reuters', reliable: true }, { surface: 'HarbourCouncil', reliable: false }] },
];

describe('[entities/candidates] findCandidates', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  for (const { text, expected } of rows) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const got = findCandidates(text, tokenize(nlp, text), []);
      assert.deepEqual(got.map((c) => ({ surface: c.surface, ...(c.title ? { title: c.title } : {}), reliable: c.reliable })), expected);
      for (const c of got) assert.equal(text.slice(c.start, c.end), c.surface);
    });
  }

  it('records the words around a name', () => {
    const text = 'Officials in Kesterfield said the Tarsa news agency reported it.';
    const got = findCandidates(text, tokenize(nlp, text), []);
    assert.deepEqual(got.map((c) => [c.surface, c.before, c.after]), [
      ['Officials', undefined, 'in kesterfield'],
      ['Kesterfield', 'in', 'said the'],
      ['Tarsa', 'the', 'news agency'],
    ]);
  });

  it('skips names inside boilerplate and splits a name at its boundary', () => {
    const text = 'Follow Harbour Times on social media. Mayor Helena Varga spoke.';
    const cut = text.indexOf('Mayor');
    const got = findCandidates(text, tokenize(nlp, text), [{ start: 0, end: cut }]);
    assert.deepEqual(got.map((c) => c.surface), ['Helena Varga']);
  });
});
