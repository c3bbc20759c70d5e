import { strict as assert } from 'node:assert';
import { runAtOnce, runInTurns } from '../../../../src/extension/views/hostTurns';

/** Busy work that may pause after each item; `spin` ms of CPU per item. */
function* sumWithPauses(items: number[], spin: number, log: string[]): Generator<void, number, void> {
  let sum = 0;
  for (const n of items) {
    const until = performance.now() + spin;
    while (performance.now() < until) {
      // the work of one item
    }
    sum += n;
    log.push(`item ${n}`);
    yield;
  }
  return sum;
}

describe('[views] work in turns of the event loop', () => {
  it('at once: the same answer, with nothing run in between', () => {
    const log: string[] = [];
    setTimeout(() => log.push('timer'), 0);
    assert.equal(runAtOnce(sumWithPauses([1, 2, 3], 0, log)), 6);
    assert.deepEqual(log, ['item 1', 'item 2', 'item 3']);
  });

  it('in turns: the same answer, and a timer runs between pauses once a turn has used its time', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('timer'), 0);
    // 5 ms an item against the 8 ms a turn: the first turn runs one item or two (two when the
    // machine does not pre-empt the test), then the timer gets its turn.
    assert.equal(await runInTurns(sumWithPauses([1, 2, 3, 4], 5, log)), 10);
    assert.deepEqual(log.filter((l) => l !== 'timer'), ['item 1', 'item 2', 'item 3', 'item 4']);
    assert.ok([1, 2].includes(log.indexOf('timer')), log.join(', '));
  });
});
