// A cache entry is trusted only when it is ours, for the stage, version and key asked for, and fits
// the text; the editor's worker reads entries with these checks, in the CLI's format.
import * as assert from 'assert';
import { analyzeAlone, parseArticle } from '../../../src/core';
import { articleEntryText, cacheEntryPath, cacheEntryText, namesKeyText, readArticleEntry, readCacheEntry, readNamesEntry } from '../../../src/core/analysisCacheEntry';

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

  it('reads back an article\'s structure as parseArticle makes it, only for its text, with nothing added', () => {
    const text = 'THE QUENBY LEDGER\n\nFerry service resumes after storm\n\nBy Mara Quist\n\nQUENBY, March 3 (Ledger) — "The crossing is safe again," said Ottilie Varnum.\n\nShare this article\n';
    const article = parseArticle(text);
    assert.ok(article.headline && article.paragraphs.length > 3, 'the text has a structure to keep');
    const entry = articleEntryText('v1', 'k1', article);
    assert.ok(!entry.includes('Ottilie'), 'the text itself is not kept');
    const expected = { version: 'v1', key: 'k1', text };
    assert.strictEqual(JSON.stringify(readArticleEntry(entry, expected)), JSON.stringify(article), 'the same article, in the same key order');
    assert.strictEqual(readArticleEntry(entry, { ...expected, version: 'v2' }), undefined, 'another analysis version');
    assert.strictEqual(readArticleEntry(entry, { ...expected, key: 'k2' }), undefined, 'another key');
    assert.strictEqual(readArticleEntry(cacheEntryText('raw', 'v1', 'k1', JSON.parse(entry).value), expected), undefined, 'another stage');
    assert.strictEqual(readArticleEntry(entry, { ...expected, text: text.slice(0, 40) }), undefined, 'spans beyond the text');
    const edit = (change: (value: Record<string, unknown>) => void) => {
      const parsed = JSON.parse(entry) as { value: Record<string, unknown> };
      change(parsed.value);
      return readArticleEntry(JSON.stringify(parsed), expected);
    };
    assert.strictEqual(edit((v) => ((v.meta as Record<string, unknown>).title = 'Not in the text')), undefined, 'a meta value the text does not hold');
    assert.strictEqual(edit((v) => ((v.meta as Record<string, unknown>).note = 'Ferry')), undefined, 'a meta field parseArticle does not write');
    assert.strictEqual(edit((v) => (v.quotes = [])), undefined, 'a field parseArticle does not write');
    assert.strictEqual(edit((v) => ((v.paragraphs as Record<string, unknown>[])[0].boilerplate = 'yes')), undefined, 'a paragraph of the wrong shape');
    assert.strictEqual(edit((v) => ((v.paragraphs as Record<string, unknown>[])[0].extra = 1)), undefined, 'a paragraph with more');
    assert.strictEqual(readArticleEntry(entry.replace('"meta":{', '"meta":{"__proto__":"Ferry",'), expected), undefined, 'a "__proto__" key');
    assert.ok(edit((v) => ((v.meta as Record<string, unknown>).date = '2024-03-03')), 'an ISO date need not be in the text');
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
