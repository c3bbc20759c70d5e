// messageBatches: articles go to the workers several at a time.
import assert from 'node:assert/strict';
import { messageBatches } from '../../../src/cli/analyze';

describe('[cli/analyze] messageBatches', () => {
  it('covers every article once, in order, 8 a message and the rest in the last', () => {
    assert.deepEqual(messageBatches(0), []);
    assert.deepEqual(messageBatches(3), [[0, 1, 2]]);
    const batches = messageBatches(50);
    assert.deepEqual(batches.flat(), Array.from({ length: 50 }, (_v, i) => i));
    assert.deepEqual(batches.map((b) => b.length), [8, 8, 8, 8, 8, 8, 2]);
  });
});
