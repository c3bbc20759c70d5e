import { strict as assert } from 'node:assert';
import { FileWriteQueue } from '../../../src/node/writeQueue';

/** A writer that records calls and finishes only when told to. */
function recordingWriter() {
  const calls: Array<{ target: string; content: string; finish: () => void; fail: (e: Error) => void }> = [];
  let active = 0;
  let maxActive = 0;
  const writer = (target: string, content: string) =>
    new Promise<void>((resolve, reject) => {
      active++;
      maxActive = Math.max(maxActive, active);
      calls.push({ target, content, finish: () => { active--; resolve(); }, fail: (e) => { active--; reject(e); } });
    });
  return { calls, writer, maxActive: () => maxActive };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('[node/writeQueue] one queue per file', () => {
  it('never overlaps writes of one file and coalesces the ones queued meanwhile into the latest', async () => {
    const w = recordingWriter();
    const queue = new FileWriteQueue(w.writer);
    const first = queue.write('a.json', 'v1');
    await tick();
    const second = queue.write('a.json', 'v2');
    const third = queue.write('a.json', 'v3');
    await tick();
    assert.deepEqual(w.calls.map((c) => c.content), ['v1']);
    w.calls[0].finish();
    await first;
    await tick();
    assert.deepEqual(w.calls.map((c) => c.content), ['v1', 'v3']);
    w.calls[1].finish();
    await Promise.all([second, third]);
    assert.equal(w.maxActive(), 1);
  });

  it('writes different files independently', async () => {
    const w = recordingWriter();
    const queue = new FileWriteQueue(w.writer);
    const a = queue.write('a.json', 'A');
    const b = queue.write('b.json', 'B');
    await tick();
    assert.deepEqual(w.calls.map((c) => c.target).sort(), ['a.json', 'b.json']);
    w.calls.forEach((c) => c.finish());
    await Promise.all([a, b]);
  });

  it('debounces a burst into one write and flush() forces it', async () => {
    const w = recordingWriter();
    const queue = new FileWriteQueue(w.writer, 10_000);
    const writes = ['x1', 'x2', 'x3'].map((c) => queue.write('a.json', c));
    await tick();
    assert.equal(w.calls.length, 0);
    const flushed = queue.flush();
    await tick();
    assert.deepEqual(w.calls.map((c) => c.content), ['x3']);
    w.calls[0].finish();
    await Promise.all([...writes, flushed]);
  });

  it('reports a failed write to every waiter and keeps working', async () => {
    const w = recordingWriter();
    const queue = new FileWriteQueue(w.writer);
    const failing = queue.write('a.json', 'bad');
    await tick();
    w.calls[0].fail(new Error('EACCES'));
    await assert.rejects(failing, /EACCES/);
    const ok = queue.write('a.json', 'good');
    await tick();
    w.calls[1].finish();
    await ok;
  });
});
