import * as assert from 'assert';
import { statementKind } from '../../../../../src/core/crossSource/claims/statements';

describe('[crossSource/claims/statements]', () => {
  const cases: [string, string | null][] = [
    ['The fire started because a valve failed.', 'causal'],
    ['Delays were due to a shortage of pilots.', 'causal'],
    ['The strike led to the closure of two terminals.', 'causal'],
    ['Officials blamed the operator for the leak.', 'causal'],
    ['Fares are higher than in any other port.', 'comparison'],
    ['It was the largest evacuation in the city since 1990.', 'comparison'],
    ['The council met on Tuesday.', null],
    ['More ships arrived.', null],
    // A hedge on a figure compares nothing; asking what caused something, or harm caused to someone, is no causal claim.
    ['More than 80 firefighters were at the scene.', null],
    ['It burned for more than six hours.', null],
    ['They stopped the pumps in less than a minute.', null],
    ['Wages rose more than prices did.', 'comparison'],
    // Idioms and intensifiers: nothing to check.
    ['I could not ask for more than this.', null],
    ['She is more than entitled to a second term.', null],
    ['We were more than happy with the result.', null],
    ['He could not say what caused the fire.', null],
    ['The firm apologised for the disruption caused to residents.', null],
    ['A faulty valve caused the leak.', 'causal'],
  ];
  for (const [sentence, expected] of cases) {
    it(`${sentence} → ${expected}`, () => assert.strictEqual(statementKind(sentence), expected));
  }
});
