// A cache entry is trusted only when it is ours, for the stage, version and key asked for, and fits
// the text; the editor's worker reads entries with these checks, in the CLI's format.
import * as assert from 'assert';
import { analyzeAlone } from '../../../src/core';
import { cacheEntryPath, cacheEntryText, namesKeyText, readCacheEntry, readNamesEntry } from '../../../src/core/analysisCacheEntry';

const TEXT = 'Ferry service resumes\n\n"The crossing is safe again," said Ottilie Varnum, the harbour master in Quenby.\n';

describe('core: analysis cache entries', () => {
  it('reads back what it wrote, and nothing written for another stage, version, key or text', async () => {
    const raw = await analyzeAlone(TEXT);
    const entry = cacheEntryText('raw', 'v1', 'k1', raw);
    const expected = { stage: 'raw' as const, version: 'v1', key: 'k1', text: TEXT };
    assert.deepStrictEqual(readCacheEntry(entry, expected), JSON.parse(JSON.stringify(raw)));
    assert.strictEqual(readCacheEntry(entry, { ...expected, version: 'v2' }), undefined, 'another analysis version');
    assert.strictEqual(readCacheEntry(entry, { ...expected, key: 'k2' }), undefined, 'another key');
    assert.strictEqual(readCacheEntry(entry, { ...expected, stage: 'corpus' }), undefined, 'another stage');
    assert.ok(raw.quotes.length > 0, 'the text has a quote to check against');
    assert.strictEqual(readCacheEntry(entry, { ...expected, text: TEXT.replace('crossing', 'channel!') }), undefined, 'spans that do not fit the text');
  });

  it('reads back a corpus pass over names only for the rows it was made for', () => {
    const perArticle = [[{ name: 'Ottilie Varnum', type: 'person' as const, aliases: [] }], [{ name: 'Varnum', type: 'person' as const, aliases: [] }, { name: 'Quenby', type: 'place' as const, aliases: [] }]];
    const merged = [perArticle[0], [{ name: 'Ottilie Varnum', type: 'person' as const, aliases: ['Varnum'] }, perArticle[1][1]]];
    const entry = cacheEntryText('names', 'v1', 'k1', merged);
    const expected = { version: 'v1', key: 'k1', perArticle };
    assert.deepStrictEqual(readNamesEntry(entry, expected), merged);
    assert.strictEqual(readNamesEntry(entry, { ...expected, version: 'v2' }), undefined, 'another analysis version');
    assert.strictEqual(readNamesEntry(entry, { ...expected, key: 'k2' }), undefined, 'another key');
    assert.strictEqual(readNamesEntry(entry, { ...expected, perArticle: [perArticle[1], perArticle[0]] }), undefined, 'rows of other lengths');
    assert.strictEqual(readNamesEntry(cacheEntryText('names', 'v1', 'k1', [merged[0], [{ name: 'Quenby', type: 'planet', aliases: [] } as never, merged[1][1]]]), expected), undefined, 'a type that is not ours');
    assert.strictEqual(readNamesEntry(entry.slice(0, 60), expected), undefined, 'torn');
    assert.strictEqual(readNamesEntry(entry.replace('"stage":"names"', '"stage":"raw"'), expected), undefined, 'another stage');
    assert.notStrictEqual(namesKeyText(perArticle), namesKeyText([perArticle[1], perArticle[0]]), 'the key text follows the order of the rows');
  });

  it('ignores torn, foreign and malformed entries', async () => {
    const raw = await analyzeAlone(TEXT);
    const expected = { stage: 'raw' as const, version: 'v1', key: 'k1', text: TEXT };
    const entry = cacheEntryText('raw', 'v1', 'k1', raw);
    assert.strictEqual(readCacheEntry(entry.slice(0, entry.length - 7), expected), undefined, 'torn');
    assert.strictEqual(readCacheEntry(JSON.stringify({ format: 'someone-else/1', stage: 'raw', version: 'v1', key: 'k1', value: raw }), expected), undefined, 'foreign');
    const bad = JSON.parse(entry) as { value: { quotes: { start: unknown }[] } };
    bad.value.quotes[0].start = -4;
    assert.strictEqual(readCacheEntry(JSON.stringify(bad), expected), undefined, 'a negative offset');
    assert.strictEqual(readCacheEntry('{"__proto__":{"format":"crosscheck-analysis-cache/1"}}', expected), undefined, 'a prototype key');
    assert.strictEqual(readCacheEntry('null', expected), undefined);
  });

  it('lays entries out as the CLI does: version prefix, stage, two-character fan-out', () => {
    assert.deepStrictEqual(cacheEntryPath('raw', 'abcdef0123456789ffff', '9f86d0'), ['abcdef0123456789', 'raw', '9f', '9f86d0.json']);
  });
});
