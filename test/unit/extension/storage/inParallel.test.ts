// Checks over many files run a bounded number at a time, results in the items' order.
import * as assert from 'assert';
import { mapInParallel } from '../../../../src/extension/storage/inParallel';

describe('extension: file checks in parallel (mapInParallel)', () => {
  it('answers in the items’ order, never running more than 16 at once, all of them at last', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 100 }, (_v, i) => i);
    const results = await mapInParallel(items, async (i) => {
      running++;
      most = Math.max(most, running);
      // Later items finish first: the order of the results must not follow the order of finishing.
      await new Promise((resolve) => setTimeout(resolve, (100 - i) % 7));
      running--;
      return i * 2;
    });
    assert.deepStrictEqual(results, items.map((i) => i * 2));
    assert.strictEqual(most, 16);
    assert.deepStrictEqual(await mapInParallel([], () => Promise.resolve(1)), []);
  });

  it('fails when a check fails', async () => {
    await assert.rejects(mapInParallel([1, 2, 3], (i) => (i === 2 ? Promise.reject(new Error('unreadable')) : Promise.resolve(i))), /unreadable/);
  });
});
