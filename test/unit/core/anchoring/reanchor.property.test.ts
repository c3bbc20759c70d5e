import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { runTrial, trialArbitrary } from './editFuzz';

describe('[anchoring/property] random edit sequences never lose or misplace an annotation', () => {
  it('500 cases, editor and external flows: points at its quote, or is an orphan only when the quote was changed', () => {
    fc.assert(
      fc.property(trialArbitrary, (input) => {
        const outcome = runTrial(input);
        for (const flow of [outcome.editor, outcome.external]) {
          assert.equal(flow.wrong, false, `wrong text: ${outcome.detail}`);
          assert.equal(flow.lost, false, `lost: ${outcome.detail}`);
        }
        // In the editor flow an intact passage is tracked to the very same characters.
        if (outcome.intact) assert.equal(outcome.editor.copy, false, `editor moved to a copy: ${outcome.detail}`);
      }),
      { numRuns: 500 },
    );
  });
});
