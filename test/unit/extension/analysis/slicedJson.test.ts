// Sliced worker replies: whatever is sliced parses back to the same value, long arrays nested in
// long arrays included, with the host pausing between slices; parts that do not fit are refused.
import * as assert from 'assert';
import { parseSliced, sliceJson } from '../../../../src/extension/analysis/slicedJson';

const noPause = () => Promise.resolve();

describe('[extension/analysis/slicedJson]', () => {
  it('puts a value with long (and nested long) arrays back together exactly', async () => {
    const value = {
      article: { text: 'x'.repeat(1000), paragraphs: Array.from({ length: 700 }, (_, i) => ({ start: i, end: i + 1 })) },
      entities: Array.from({ length: 9 }, (_, e) => ({ name: `E${e}`, mentions: Array.from({ length: e * 100 }, (_, m) => ({ start: m, text: 'm' })) })),
      quotes: [],
      nothing: null,
      skipped: undefined,
      list: Array.from({ length: 3 }, () => Array.from({ length: 40 }, (_, i) => [i, String(i)])),
    };
    const parts = sliceJson(value, 200);
    assert.ok(parts.length > 20, `sliced into ${parts.length} parts`);
    assert.deepStrictEqual(await parseSliced(parts, noPause), JSON.parse(JSON.stringify(value)));
  });

  it('slices many small analyses (a batch of a corpus pass) into parts of about the given size', async () => {
    const batch = Array.from({ length: 25 }, (_, a) => ({ analysis: { quotes: Array.from({ length: 20 }, (_, q) => ({ start: q, end: q + 5, text: `quote ${a}.${q}`, speaker: 'Orla Venn' })) } }));
    const parts = sliceJson(batch, 1000);
    assert.ok(parts.length > 10, `${parts.length} parts`);
    assert.ok(parts.every((p) => p.length < 2500), `largest part ${Math.max(...parts.map((p) => p.length))} characters`);
    assert.deepStrictEqual(await parseSliced(parts, noPause), batch);
  });

  it('keeps a "__proto__" key a plain key and pauses when a slice runs long', async () => {
    const value = JSON.parse('{"notes":[{"__proto__":[1,2,3,4,5,6,7,8,9,10],"text":"n"}]}') as unknown;
    let pauses = 0;
    const back = await parseSliced(sliceJson(value, 8), () => Promise.resolve(void pauses++), -1);
    assert.deepStrictEqual(JSON.stringify(back), JSON.stringify(value));
    assert.strictEqual(({} as { polluted?: unknown }).polluted, undefined);
    assert.ok(pauses > 0);
  });

  it('refuses parts that do not lead to an array of the skeleton', async () => {
    await assert.rejects(parseSliced(['{"a":{}}', '[["a"],[1]]'], noPause));
    await assert.rejects(parseSliced(['{"a":[]}', '[["__proto__"],[1]]'], noPause));
    await assert.rejects(parseSliced(['{"a":[]}', '{"not":"a chunk"}'], noPause));
  });
});
