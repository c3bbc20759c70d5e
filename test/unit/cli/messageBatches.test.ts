// messageBatches: articles go to the workers several at a time, each message for one worker.
import assert from 'node:assert/strict';
import { messageBatches } from '../../../src/cli/analyze';

describe('[cli/analyze] messageBatches', () => {
  it('covers every article once, in order within each message, up to 8 a message', () => {
    const batches = messageBatches(50, 2, (i) => (i * 7919) % 13);
    assert.deepEqual(batches.flatMap((b) => b.indices).sort((a, b) => a - b), Array.from({ length: 50 }, (_v, i) => i));
    for (const b of batches) {
      assert.ok(b.indices.length >= 1 && b.indices.length <= 8);
      assert.deepEqual(b.indices, [...b.indices].sort((x, y) => x - y));
    }
  });

  it('puts in one message only articles meant for one worker (affinity modulo the workers)', () => {
    const affinity = (i: number) => [3, 4, 5, 6, 7, 8][i % 6];
    const batches = messageBatches(30, 3, affinity);
    for (const b of batches) {
      assert.ok(b.affinity !== undefined && b.affinity < 3);
      for (const i of b.indices) assert.equal(affinity(i) % 3, b.affinity);
    }
    // 30 articles over 3 workers, 10 each: one full message and one of 2 per worker.
    assert.deepEqual(batches.map((b) => b.indices.length).sort(), [10, 10, 10].flatMap(() => [8, 2]).sort());
  });

  it('sends articles without an affinity (unreadable) together, for any worker', () => {
    const batches = messageBatches(10, 2, (i) => (i % 2 === 0 ? undefined : 1));
    const shared = batches.filter((b) => !('affinity' in b));
    assert.deepEqual(shared.flatMap((b) => b.indices), [0, 2, 4, 6, 8]);
  });
});
