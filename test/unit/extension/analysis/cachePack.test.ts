// The editor's cache pack: what is written reads back entry for entry; a pack of another version,
// a foreign file, or one whose index does not add up is ignored as a whole; old and surplus entries
// are dropped when the pack is written, the least recently used first.
import * as assert from 'assert';
import type { CacheStage } from '../../../../src/core/analysisCacheEntry';
import { decodePack, encodePack, encodingPack, packEntryId, PACK_FORMAT, retainedEntries, type PackEntry } from '../../../../src/extension/analysis/cachePack';

const VERSION = 'v'.repeat(64);
const key = (c: string) => c.repeat(64);
const entry = (stage: CacheStage, c: string, text: string, usedAt = 1000): PackEntry => ({ stage, key: key(c), bytes: new TextEncoder().encode(text), usedAt });
const text = (e: PackEntry | undefined) => e && new TextDecoder().decode(e.bytes);

describe('[extension/analysis/cachePack]', () => {
  it('reads back what it wrote, entry for entry (multi-byte text included)', () => {
    const entries = [entry('raw', 'a', '{"q":"Ödön said «yes»"}'), entry('corpus', 'a', '{}', 5), entry('raw', 'b', ''), entry('names', 'c', '[[]]'), entry('article', 'a', '{"meta":{}}')];
    const read = decodePack(encodePack(entries, VERSION), VERSION);
    assert.strictEqual(read.size, 5);
    assert.strictEqual(text(read.get(packEntryId('article', key('a')))), '{"meta":{}}', 'an article structure');
    assert.strictEqual(text(read.get(packEntryId('names', key('c')))), '[[]]', 'a corpus pass over names');
    assert.strictEqual(text(read.get(packEntryId('raw', key('a')))), '{"q":"Ödön said «yes»"}');
    assert.strictEqual(text(read.get(packEntryId('corpus', key('a')))), '{}');
    assert.strictEqual(read.get(packEntryId('corpus', key('a')))?.usedAt, 5);
    assert.strictEqual(text(read.get(packEntryId('raw', key('b')))), '');
  });

  it('puts a pack together a step at a time into the same bytes', () => {
    const entries = [entry('raw', 'a', 'x'.repeat(25)), entry('corpus', 'b', 'y'.repeat(7)), entry('raw', 'c', 'z'.repeat(40))];
    const encoding = encodingPack(entries, VERSION, 10);
    let steps = 0;
    for (let step = encoding.next(); !step.done; step = encoding.next()) steps++;
    assert.ok(steps >= 6, `${steps} steps`);
    assert.deepStrictEqual(encoding.out, encodePack(entries, VERSION));
  });

  it('ignores a pack of another version, a foreign file and a damaged index as a whole', () => {
    const bytes = encodePack([entry('raw', 'a', 'one'), entry('raw', 'b', 'two')], VERSION);
    assert.strictEqual(decodePack(bytes, 'w'.repeat(64)).size, 0, 'another version');
    assert.strictEqual(decodePack(new TextEncoder().encode('{"format":"something else"}\nxyz'), VERSION).size, 0, 'foreign');
    assert.strictEqual(decodePack(new TextEncoder().encode('not json at all'), VERSION).size, 0, 'no index');
    assert.strictEqual(decodePack(bytes.subarray(0, bytes.length - 1), VERSION).size, 0, 'truncated');
    const extra = new Uint8Array(bytes.length + 1);
    extra.set(bytes);
    assert.strictEqual(decodePack(extra, VERSION).size, 0, 'bytes the index does not describe');
    const badKey = new TextEncoder().encode(`${JSON.stringify({ format: PACK_FORMAT, version: VERSION, entries: [['raw', '__proto__', 0, 1]] })}\n`);
    assert.strictEqual(decodePack(badKey, VERSION).size, 0, 'a key that is not a hash');
    const badStage = new TextEncoder().encode(`${JSON.stringify({ format: PACK_FORMAT, version: VERSION, entries: [['decisions', key('a'), 0, 1]] })}\n`);
    assert.strictEqual(decodePack(badStage, VERSION).size, 0, 'a stage that is not ours');
    const negative = new TextEncoder().encode(`${JSON.stringify({ format: PACK_FORMAT, version: VERSION, entries: [['raw', key('a'), -1, 1]] })}\n`);
    assert.strictEqual(decodePack(negative, VERSION).size, 0, 'a negative length');
  });

  it('keeps the most recently used entries within the age and size limits', () => {
    const now = 100_000;
    const entries = [entry('raw', 'a', 'x'.repeat(10), now - 10), entry('raw', 'b', 'x'.repeat(10), now - 1), entry('raw', 'c', 'x'.repeat(10), now - 50_000), entry('raw', 'd', 'x'.repeat(10), now - 5)];
    const kept = retainedEntries(entries, now, { maxAgeMs: 1000, maxBytes: 25 });
    assert.deepStrictEqual(kept.map((e) => e.key[0]), ['b', 'd']);
  });
});
