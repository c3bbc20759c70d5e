// trailingColonAt / withoutTrailingColon: what /:\s*$/ finds and removes, read from the end.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { trailingColonAt, withoutTrailingColon } from '../../../../src/core/quotes/trailingColon';

describe('[quotes/trailingColon]', () => {
  it('finds the colon a clause ends with, spaces and line breaks after it allowed', () => {
    assert.equal(trailingColonAt('Grant:'), 5);
    assert.equal(trailingColonAt('And here was the answer: \n\t'), 23);
    assert.equal(trailingColonAt('At 10:30 the ferry left'), -1);
    assert.equal(trailingColonAt(''), -1);
    assert.equal(withoutTrailingColon('Grant of the Estuary Trust put it like this:  '), 'Grant of the Estuary Trust put it like this');
    assert.equal(withoutTrailingColon('no colon here'), 'no colon here');
  });

  it('agrees with /:\\s*$/ on any text', () => {
    const piece = fc.constantFrom(':', ' ', '\n', '\u00a0', 'a', 'Ana', ': ', '“', '\u2003');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        const m = /:\s*$/.exec(text);
        assert.equal(trailingColonAt(text), m ? m.index : -1);
        assert.equal(withoutTrailingColon(text), text.replace(/:\s*$/, ''));
      }),
      { numRuns: 500 },
    );
  });
});
