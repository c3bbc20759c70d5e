import { strict as assert } from 'node:assert';
import { anchorAfter, confirmedAnchor, maxFuzzyErrors, needsConfirmation, reanchor, settleEdited } from '../../../../src/core/anchoring/reanchor';
import { makeAnchor } from '../../../../src/core/anchoring/selectors';

// Fictional article text (never seed text).
const BASE = 'The council of Marrow Bay met on Tuesday. Mayor Odile Fenn said the ferry levy "will be cut in half before the summer season". Robin Achterberg, who runs the boatyard, called the plan reckless. Later Robin added that the levy had doubled since spring.';

function anchorOf(text: string, passage: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(passage, at + 1);
  return makeAnchor(text, at, at + passage.length);
}

describe('[anchoring/reanchor] after changes outside the editor', () => {
  const quote = 'will be cut in half before the summer season';
  const anchor = anchorOf(BASE, quote);

  it('keeps the position when the text there is unchanged', () => {
    assert.deepEqual(reanchor(BASE, anchor), { status: 'exact', start: anchor.start, end: anchor.end });
  });

  it('finds a moved passage by its unique quote', () => {
    const text = 'UPDATED 14:05. ' + BASE;
    assert.deepEqual(reanchor(text, anchor), { status: 'moved', start: anchor.start + 15, end: anchor.end + 15 });
  });

  it('picks among repeated quotes by context', () => {
    const text = 'Robin thinks the levy "will be cut in half before the summer season" too. ' + BASE;
    const result = reanchor(text, anchor);
    assert.equal(result.status, 'moved');
    assert.equal(result.start, text.indexOf(quote, 30));
  });

  it('follows a lightly edited quote (fuzzy) only with agreeing context', () => {
    const text = BASE.replace('cut in half', 'cut by half');
    const result = reanchor(text, anchor);
    assert.equal(result.status, 'fuzzy');
    assert.equal(text.slice(result.start, result.end), 'will be cut by half before the summer season');
    // Pending: nothing is stored until a person confirms; then the quote itself follows the text.
    assert.equal(anchorAfter(text, anchor, result), anchor);
    const stored = confirmedAnchor(text, anchor, result);
    assert.equal(stored.exact, 'will be cut by half before the summer season');
    assert.equal(reanchor(text, stored).status, 'exact');
  });

  it('a one-word change ("asked" → "questioned") is found as a fuzzy match pending confirmation, never exact', () => {
    const text0 = 'The pier reopened at noon. The harbour master asked the council for a delay. Nobody else spoke.';
    const passage = 'The harbour master asked the council for a delay';
    const a = anchorOf(text0, passage);
    assert.ok(boundedDistanceOver10Percent(passage), 'the case a 10% error rate alone orphaned');
    const text = text0.replace('asked', 'questioned');
    const result = reanchor(text, a);
    assert.equal(result.status, 'fuzzy');
    assert.ok(needsConfirmation(result.status));
    assert.equal(text.slice(result.start, result.end), 'The harbour master questioned the council for a delay');
    assert.equal(anchorAfter(text, a, result), a, 'exact is not updated without confirmation');
    assert.equal(confirmedAnchor(text, a, result).exact, 'The harbour master questioned the council for a delay');
  });

  it('an insertion before the passage is an exact re-anchor: offsets follow silently', () => {
    const text = 'UPDATED 14:05 with a statement from the boatyard. ' + BASE;
    const result = reanchor(text, anchor);
    assert.deepEqual(result, { status: 'moved', start: anchor.start + 50, end: anchor.end + 50 });
    assert.equal(needsConfirmation(result.status), false);
    const stored = anchorAfter(text, anchor, result);
    assert.equal(stored.exact, anchor.exact);
    assert.equal(stored.start, anchor.start + 50);
  });

  it('the same words far from their old surroundings are relocated, pending confirmation', () => {
    const sentence = ' Mayor Odile Fenn said the ferry levy "will be cut in half before the summer season".';
    const rest = BASE.replace(sentence, '');
    const text = rest + ' In other business, a quarry expansion was approved after a long debate. A statement on Friday promised fares "will be cut in half before the summer season" once more.';
    const result = reanchor(text, anchor);
    assert.equal(result.status, 'relocated');
    assert.ok(needsConfirmation(result.status));
    assert.equal(text.slice(result.start, result.end), quote);
    assert.equal(anchorAfter(text, anchor, result), anchor);
  });

  it('an anchor stored without context has nothing to contradict: its unique words elsewhere are followed silently', () => {
    const text = 'A new lead paragraph. ' + BASE.replace(' Mayor Odile Fenn said', ' The mayor said');
    assert.equal(reanchor(text, { ...anchor, prefix: '', suffix: '' }).status, 'moved');
  });

  it('orphans a heavily rewritten quote', () => {
    const text = BASE.replace(quote, 'may be reviewed at some point next year');
    assert.deepEqual(reanchor(text, anchor), { status: 'orphan', start: anchor.start, end: anchor.end });
  });

  it('orphans a deleted passage and leaves the anchor untouched', () => {
    const text = BASE.replace(' Mayor Odile Fenn said the ferry levy "will be cut in half before the summer season".', '');
    const result = reanchor(text, anchor);
    assert.equal(result.status, 'orphan');
    assert.equal(anchorAfter(text, anchor, result), anchor);
  });

  it('does not jump to an earlier lookalike when the name was corrected in place (h#2798)', () => {
    const robin = anchorOf(BASE, 'Robin', 1); // "Later Robin added…"
    const text = BASE.replace('Later Robin added', 'Later Elisa added');
    assert.equal(reanchor(text, robin).status, 'orphan');
  });

  it('never fuzzy-matches a short quote', () => {
    const odile = anchorOf(BASE, 'Odile Fenn');
    assert.equal(reanchor(BASE.replace('Odile Fenn', 'Odile Fern'), odile).status, 'orphan');
  });

  it('refuses an ambiguous fuzzy match (two equally good edited copies)', () => {
    const line = 'the harbour fees rise again in the new year';
    const text0 = `Alpha. ${line}. Omega.`;
    const a = anchorOf(text0, line);
    const edited = 'the harbour fees rise agian in the new year';
    const text = `Alpha. ${edited}. Omega. Alpha. ${edited}. Omega.`;
    assert.equal(reanchor(text, a).status, 'orphan');
  });

  it('handles CRLF, emoji and empty text without throwing', () => {
    const text = 'Line one\r\nThe mayor 👋 said "soon"\r\nLine three';
    const a = anchorOf(text, 'said "soon"');
    assert.equal(reanchor('\r\n' + text, a).status, 'moved');
    assert.equal(reanchor('', a).status, 'orphan');
  });
});

function boundedDistanceOver10Percent(passage: string): boolean {
  // 'asked' → 'questioned' is 7 edits: more than 10% of this passage, within one word's allowance.
  return 7 > maxFuzzyErrors(passage.length) && 7 <= maxFuzzyErrors(passage.length, true);
}

describe('[anchoring/reanchor] settleEdited (after editor edits touched the passage)', () => {
  const anchor = makeAnchor(BASE, 80, 124); // the ferry-levy quote
  it('is exact when the same text was typed back', () => {
    assert.equal(anchor.exact, 'will be cut in half before the summer season');
    assert.equal(settleEdited(BASE, anchor).status, 'exact');
  });
  it('is fuzzy for a one-character fix in a long passage', () => {
    const text = BASE.slice(0, 90) + 'X' + BASE.slice(91);
    assert.deepEqual(settleEdited(text, anchor), { status: 'fuzzy', start: 80, end: 124 });
  });
  it('is an orphan when the passage was rewritten', () => {
    const text = BASE.slice(0, 80) + 'nothing like it' + BASE.slice(124);
    assert.deepEqual(settleEdited(text, { ...anchor, end: 95 }), { status: 'orphan', start: 80, end: 95 });
  });
});
