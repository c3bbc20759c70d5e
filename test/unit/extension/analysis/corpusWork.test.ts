// The editor's corpus steps (what the analysis worker runs) give what the core's analyzeCorpus, and
// so the CLI, gives for the same articles; and a finished article reuses its raw analysis.
import * as assert from 'assert';
import { analyzeCorpus, emptyClaimsRegistry, groupQuotes, parseArticle, renderExport, suggestClaims } from '../../../../src/core';
import { applyDecisions } from '../../../../src/core/storage/applyDecisions';
import { parseSidecar } from '../../../../src/core/storage/sidecar';
import { CorpusWork, finishedKey, withTextOf, type Settled } from '../../../../src/extension/analysis/corpusWork';

const TEXTS = [
  'Dock strike enters second week\n\nTalks between Orla Brennick and the Harbour Workers Union stalled on Monday in Port Aldane.\n\n"We are not moving," Brennick said.\n',
  'Union rejects offer\n\nThe Harbour Workers Union said on Tuesday that it would keep picketing.\n\n"The offer is an insult," said Brennick, who leads the union.\n',
];

/** The analyses a settle reply shows, each with the text the host sent put back (in the order of `texts`). */
const shown = (settled: Settled[], texts: readonly string[]) => settled.map((s, i) => withTextOf(s, texts[i]));

describe('extension: corpus steps (corpusWork)', () => {
  it('equal analyzeCorpus: alone, the corpus pass over names, then finish', async () => {
    const work = new CorpusWork();
    const names = [];
    for (const [i, text] of TEXTS.entries()) names.push(await work.alone({ text, hash: `h${i}` }));
    const corpus = work.corpus(names);
    const finished = await Promise.all(TEXTS.map((text, i) => work.finish({ text, hash: `h${i}`, names: corpus[i] })));
    const expected = await analyzeCorpus(TEXTS);
    assert.deepStrictEqual(
      finished.map((a) => ({ quotes: a.quotes, entities: a.entities })),
      expected.map((a) => ({ quotes: a.quotes, entities: a.entities })),
    );
  });

  it('finishes from the raw analysis kept under the hash, and analyses again when it is not kept', async () => {
    const work = new CorpusWork();
    const names = await work.alone({ text: TEXTS[0], hash: 'a' });
    const viaCache = await work.finish({ text: TEXTS[0], hash: 'a', names });
    const fresh = await new CorpusWork().finish({ text: TEXTS[0], hash: 'a', names });
    assert.deepStrictEqual(viaCache, fresh);
  });

  it('lays the sidecar on the finished analysis it keeps (as the CLI does), and asks for the text when it no longer keeps it', async () => {
    const sidecar = parseSidecar(JSON.stringify({
      version: 1,
      annotations: [{ id: 'a_000000000001', kind: 'note', note: 'check the union', created: '2026-03-01T10:00:00Z', modified: '2026-03-01T10:00:00Z', target: { exact: 'Harbour Workers Union', prefix: 'Brennick and the ', suffix: ' stalled', start: 68, end: 89 } }],
    })).value;
    const work = new CorpusWork();
    const names = work.corpus([await work.alone({ text: TEXTS[0], hash: 'a' })])[0];
    const finished = await work.finish({ text: TEXTS[0], hash: 'a', names });
    const key = finishedKey('a', names);
    const decided = await work.decide({ key, hash: 'a', sidecar, aliasOverrides: [] });
    assert.deepStrictEqual(decided, applyDecisions(finished, sidecar, { aliasOverrides: [] }));
    assert.strictEqual(decided?.notes.length, 1, 'the note is placed');
    // A fresh worker (restarted, or the entry evicted) answers null until it is sent the text.
    const restarted = new CorpusWork();
    assert.strictEqual(await restarted.decide({ key, hash: 'a', sidecar, aliasOverrides: [] }), null);
    assert.deepStrictEqual(await restarted.decide({ key, hash: 'a', sidecar, aliasOverrides: [], source: { text: TEXTS[0], names } }), decided);
    // A skipped (too large) article: the empty analysis, decisions laid over it all the same.
    const skipped = await restarted.decide({ key: finishedKey('b', undefined), hash: 'b', sidecar: undefined, aliasOverrides: [], source: { text: 'x', names: undefined } });
    assert.deepStrictEqual(skipped?.quotes, []);
  });

  it('settles a batch of a corpus pass in one call, as decide with the text would, and forgets all it keeps', async () => {
    const work = new CorpusWork();
    const alone = [];
    for (const [i, text] of TEXTS.entries()) alone.push(await work.alone({ text, hash: `h${i}` }));
    const corpus = work.corpus(alone);
    const requests = TEXTS.map((text, i) => ({ key: finishedKey(`h${i}`, corpus[i]), hash: `h${i}`, sidecar: undefined, aliasOverrides: [], source: { text, names: corpus[i] } }));
    const settled = await work.settle(requests);
    assert.ok(settled.every((s) => s.textOmitted && s.analysis.article.text === ''), 'the texts the host sent are not sent back');
    const expected = await analyzeCorpus(TEXTS);
    assert.deepStrictEqual(shown(settled, TEXTS).map((a) => [a.quotes, a.article]), expected.map((a) => [a.quotes, a.article]));
    assert.deepStrictEqual(await work.decide({ ...requests[1], source: undefined }), settled[1].analysis, 'the finished analyses are kept');
    work.forget();
    assert.strictEqual(await work.decide({ ...requests[1], source: undefined }), null, 'nothing kept after forget');
    assert.deepStrictEqual(shown(await work.settle(requests), TEXTS), settled.map((s) => s.analysis), 'finished again from the texts');
  });

  it('sends back a corpus entry for what it finished, takes a good one instead of finishing, and rewrites a bad one', async () => {
    const work = new CorpusWork();
    const names = work.corpus([await work.alone({ text: TEXTS[1], hash: 'h' })])[0];
    const request = { key: finishedKey('h', names), hash: 'h', sidecar: undefined, aliasOverrides: [], source: { text: TEXTS[1], names }, cached: { version: 'v', key: 'k' } };
    const [first] = await work.settle([request]);
    const written = first.entry ?? '';
    assert.ok(written.includes('"stage":"corpus"'), 'finished: a corpus entry to write');
    assert.ok(first.articleEntry?.includes('"stage":"article"'), 'parsed: an article entry to write');
    // A reload: nothing kept, the entry read back gives the same analysis without a corpus entry to
    // write (the article entry is sent again: this reload had none to parse ahead from).
    const [warm] = await new CorpusWork().settle([{ ...request, cached: { ...request.cached, entry: written } }]);
    assert.deepStrictEqual(warm, { analysis: JSON.parse(JSON.stringify(first.analysis)), articleEntry: first.articleEntry, textOmitted: true });
    for (const bad of [written.slice(0, 50), written.replace('"key":"k"', '"key":"other"'), written.replace('"version":"v"', '"version":"w"')]) {
      const [again] = await new CorpusWork().settle([{ ...request, cached: { ...request.cached, entry: bad } }]);
      assert.strictEqual(again.entry, written, 'a bad entry is not trusted: finished again and rewritten');
    }
  });
});

describe('extension: a reload pass from the persistent cache (aloneFromEntries, then settle)', () => {
  it('finishes each article from its entries as the first pass did, its structure parsed ahead while the entries were read', async () => {
    const first = new CorpusWork();
    const alone = await Promise.all(TEXTS.map((text, i) => first.aloneCached({ text, hash: `h${i}`, version: 'v' })));
    const names = first.corpus(alone.map((a) => a.names));
    const requests = TEXTS.map((text, i) => ({ key: finishedKey(`h${i}`, names[i]), hash: `h${i}`, sidecar: undefined, aliasOverrides: [], source: { text, names: names[i] }, cached: { version: 'v', key: `k${i}` } }));
    const cold = await first.settle(requests);
    const reloaded = new CorpusWork();
    assert.deepStrictEqual(await reloaded.aloneFromEntries(TEXTS.map((text, i) => ({ text, hash: `h${i}`, version: 'v', entry: alone[i].entry }))), alone.map((a) => a.names));
    // Settled in the other order: each article is its own text's, whichever was parsed first.
    const warm = await reloaded.settle(requests.map((r, i) => ({ ...r, cached: { ...r.cached, entry: cold[i].entry } })).reverse());
    assert.deepStrictEqual(warm.reverse(), cold.map((c) => ({ analysis: JSON.parse(JSON.stringify(c.analysis)), articleEntry: c.articleEntry, textOmitted: true })));
    assert.deepStrictEqual(shown(warm, TEXTS).map((a) => a.article), TEXTS.map((text) => parseArticle(text)));

    // With each article's structure from its article entry: nothing parsed, nothing to write, the same analyses.
    const again = new CorpusWork();
    await again.aloneFromEntries(TEXTS.map((text, i) => ({ text, hash: `h${i}`, version: 'v', entry: alone[i].entry, articleEntry: cold[i].articleEntry })));
    const fromEntries = await again.settle(requests.map((r, i) => ({ ...r, cached: { ...r.cached, entry: cold[i].entry } })));
    assert.deepStrictEqual(fromEntries, cold.map((c) => ({ analysis: JSON.parse(JSON.stringify(c.analysis)), textOmitted: true })));
    assert.strictEqual(JSON.stringify(shown(fromEntries, TEXTS).map((a) => a.article)), JSON.stringify(TEXTS.map((text) => parseArticle(text))), 'in the same key order');
    // An article entry that does not fit its text (another article's) is parsed again instead, and rewritten.
    const crossed = new CorpusWork();
    await crossed.aloneFromEntries(TEXTS.map((text, i) => ({ text, hash: `h${i}`, version: 'v', entry: alone[i].entry, articleEntry: cold[(i + 1) % TEXTS.length].articleEntry })));
    const reparsed = await crossed.settle(requests.map((r, i) => ({ ...r, cached: { ...r.cached, entry: cold[i].entry } })));
    assert.deepStrictEqual(shown(reparsed, TEXTS).map((a) => a.article), TEXTS.map((text) => parseArticle(text)));
    assert.deepStrictEqual(reparsed.map((w) => w.articleEntry), cold.map((c) => c.articleEntry), 'rewritten as parsed');
  });
});

describe('extension: the corpus pass over names with the persistent cache (corpusCached)', () => {
  it('takes a good names entry without merging, merges and sends one back otherwise, and indexes the rows afterwards', async () => {
    const first = new CorpusWork();
    const perArticle = await Promise.all(TEXTS.map((text, i) => first.alone({ text, hash: `h${i}` })));
    const request = { perArticle, version: 'v', key: 'k' };
    const merged = first.corpusCached(request);
    assert.deepStrictEqual(merged.names, new CorpusWork().corpus(perArticle));
    assert.ok(merged.entry?.includes('"stage":"names"'), 'merged here: an entry to write');
    const reloaded = new CorpusWork();
    assert.deepStrictEqual(reloaded.corpusCached({ ...request, entry: merged.entry }), { names: JSON.parse(JSON.stringify(merged.names)) });
    for (const bad of [merged.entry?.slice(0, 40), merged.entry?.replace('"key":"k"', '"key":"other"'), merged.entry?.replace('"version":"v"', '"version":"w"')]) {
      assert.strictEqual(new CorpusWork().corpusCached({ ...request, entry: bad }).entry, merged.entry, 'a bad entry is not trusted: merged again and rewritten');
    }
    // Indexed afterwards: the next pass answers as a fresh merge would.
    reloaded.indexCorpus();
    assert.deepStrictEqual(reloaded.corpus([perArticle[1], perArticle[0]]), new CorpusWork().corpus([perArticle[1], perArticle[0]]));
  });
});

describe('extension: corpus steps with the persistent cache (aloneCached)', () => {
  it('sends back an entry to write when it analysed, takes a good entry without analysing, and rewrites a bad one', async () => {
    const text = TEXTS[0];
    const first = await new CorpusWork().aloneCached({ text, hash: 'h', version: 'v' });
    assert.ok(first.entry, 'analysed: an entry to write');
    // Another worker (a reload) given that entry answers the same names and asks for no write.
    const reloaded = new CorpusWork();
    const warm = await reloaded.aloneCached({ text, hash: 'h', version: 'v', entry: first.entry });
    assert.deepStrictEqual(warm, { names: first.names });
    const corpus = reloaded.corpus([warm.names]);
    assert.deepStrictEqual(await reloaded.finish({ text, hash: 'h', names: corpus[0] }), await new CorpusWork().finish({ text, hash: 'h', names: corpus[0] }), 'finished from the entry as from a fresh analysis');
    // An entry of another analysis version, or a damaged one, is analysed again and rewritten.
    const stale = await new CorpusWork().aloneCached({ text, hash: 'h', version: 'v2', entry: first.entry });
    assert.ok(stale.entry?.includes('"version":"v2"'), 'rewritten under the new version');
    const torn = await new CorpusWork().aloneCached({ text, hash: 'h', version: 'v', entry: first.entry.slice(0, 40) });
    assert.deepStrictEqual(torn, first);
  });

  it('takes many good entries in one call (aloneFromEntries) and answers null, without analysing, for one it cannot trust', async () => {
    const first = await Promise.all(TEXTS.map((text, i) => new CorpusWork().aloneCached({ text, hash: `h${i}`, version: 'v' })));
    const [one, two] = first.map((f) => f.entry ?? '');
    const reloaded = new CorpusWork();
    const answers = await reloaded.aloneFromEntries([
      // Another text's entry under this text's hash: its spans do not fit.
      { text: TEXTS[1], hash: 'h0', version: 'v', entry: one },
      { text: TEXTS[0], hash: 'h0', version: 'v', entry: one },
      { text: TEXTS[1], hash: 'h1', version: 'v', entry: two.slice(0, 40) },
      { text: TEXTS[1], hash: 'h1', version: 'v2', entry: two },
      { text: TEXTS[1], hash: 'h1', version: 'v' },
    ]);
    assert.deepStrictEqual(answers, [null, first[0].names, null, null, null]);
    // Nothing was analysed for the nulls: sent alone, the text is analysed and its entry written again.
    assert.deepStrictEqual(await reloaded.aloneCached({ text: TEXTS[1], hash: 'h1', version: 'v' }), first[1]);
    // A raw analysis the worker keeps answers without an entry.
    assert.deepStrictEqual(await reloaded.aloneFromEntries([{ text: TEXTS[1], hash: 'h1', version: 'v' }]), [first[1].names]);
  });
});

describe('extension: export on the worker (renderExport)', () => {
  it('renders what the core renders over analyzeCorpus (as `crosscheck export` does), from cache entries or not', async () => {
    const base = { title: 'dock-strike', folderUri: 'file:///stories/dock-strike/', generated: '2026-03-02T09:00:00Z', registry: emptyClaimsRegistry() };
    const analyses = await analyzeCorpus(TEXTS);
    const sources = TEXTS.map((text, i) => ({ file: `${i}.txt`, uri: `file:///stories/dock-strike/${i}.txt`, text, hash: `h${i}` }));
    for (const format of ['md', 'csv', 'w3c'] as const) {
      const expected = renderExport({ ...base, sources: sources.map((s, i) => ({ file: s.file, uri: s.uri, analysis: analyses[i] })) }, format);
      assert.strictEqual(await new CorpusWork().renderExport({ ...base, format, sources }), expected, format);
    }
    const entries = await Promise.all(TEXTS.map((text, i) => new CorpusWork().aloneCached({ text, hash: `h${i}`, version: 'v' })));
    const fromCache = await new CorpusWork().renderExport({ ...base, format: 'md', version: 'v', sources: sources.map((s, i) => ({ ...s, entry: entries[i].entry })) });
    assert.strictEqual(fromCache, renderExport({ ...base, sources: sources.map((s, i) => ({ file: s.file, uri: s.uri, analysis: analyses[i] })) }, 'md'));
  });
});

describe('extension: quote groups on the worker (kept per story between requests)', () => {
  const STORY = [
    'Port shut\n\n"We will keep the harbour open through the winter, whatever the council decides," said Orla Brennick.\n',
    'Harbour stays open\n\nBrennick told reporters: "We will keep the harbour open through the winter."\n\n"The offer is an insult to every worker on the quay," she added.\n',
    'Union angry\n\n"The offer is an insult to every worker on the quay," said a union organiser.\n',
    'Winter plans\n\n"The harbour is staying open all winter," Brennick said, "whatever the council decides."\n',
  ];

  it('answers what groupQuotes answers after each edit, article added and article removed', async () => {
    const analyses = await analyzeCorpus([...STORY, STORY[0].replace('Orla Brennick', 'Dan Hale')]);
    const source = (file: string, i: number) => ({ file, quotes: analyses[i].quotes });
    const work = new CorpusWork();
    const steps = [
      [source('a', 0), source('b', 1), source('c', 2)],
      [source('a', 0), source('b', 1), source('c', 2), source('d', 3)],
      [source('a', 4), source('b', 1), source('c', 2), source('d', 3)],
      [source('a', 4), source('c', 2), source('d', 3)],
      [source('a', 0), source('b', 1), source('c', 2), source('d', 3)],
    ];
    let grouped = 0;
    for (const [k, sources] of steps.entries()) {
      // As the worker receives them: through JSON.
      const received = JSON.parse(JSON.stringify(sources)) as typeof sources;
      const groups = work.groupQuotes(received);
      assert.deepStrictEqual(groups, groupQuotes(received), `step ${k}`);
      grouped += groups.length;
    }
    assert.ok(grouped > 0, 'the story forms groups');
    work.forget();
    assert.deepStrictEqual(work.groupQuotes(steps[0]), groupQuotes(steps[0]));
  });
});

describe('extension: claim suggestions on the worker (kept per story between requests)', () => {
  // Fictional.
  const TEXTS = [
    'The council counted 300 homes flooded near the harbour barrier on Tuesday. The flood happened because the barrier failed at the quay.',
    'The council counted 320 homes flooded near the harbour barrier overnight.',
    'About 300 homes flooded near the harbour barrier, the council said. The barrier failed at the quay, and the flood happened because of it.',
  ];
  const wire = (story: string, texts: string[], withArticle: (i: number) => boolean) => ({
    story,
    dismissed: [],
    sources: texts.map((text, i) => ({ file: `${story}/${i}.txt`, hash: text, ...(withArticle(i) ? { article: parseArticle(text) } : {}) })),
  });
  const expected = (story: string, texts: string[]) => suggestClaims(texts.map((text, i) => ({ file: `${story}/${i}.txt`, analysis: { article: parseArticle(text), quotes: [], entities: [], diagnostics: [] } })));

  it('answers what suggestClaims answers, names the articles it does not hold, and keeps a few stories', () => {
    const work = new CorpusWork();
    assert.deepStrictEqual(work.suggestClaims(wire('a', TEXTS, () => false)), { missing: ['a/0.txt', 'a/1.txt', 'a/2.txt'] });
    const all = work.suggestClaims(wire('a', TEXTS, () => true));
    assert.deepStrictEqual(all, { suggestions: expected('a', TEXTS) });
    assert.ok('suggestions' in all && all.suggestions.length > 1, 'the fixture has suggestions');
    // Held: nothing to send again; one edit sends that article only.
    assert.deepStrictEqual(work.suggestClaims(wire('a', TEXTS, () => false)), all);
    const edited = [TEXTS[0], TEXTS[1].replace('320', '300'), TEXTS[2]];
    assert.deepStrictEqual(work.suggestClaims(wire('a', edited, () => false)), { missing: ['a/1.txt'] });
    assert.deepStrictEqual(work.suggestClaims(wire('a', edited, (i) => i === 1)), { suggestions: expected('a', edited) });
    // Four more stories: the first is dropped, the others kept.
    for (const story of ['b', 'c', 'd', 'e']) work.suggestClaims(wire(story, TEXTS, () => true));
    assert.ok('missing' in work.suggestClaims(wire('a', edited, () => false)));
    assert.deepStrictEqual(work.suggestClaims(wire('e', TEXTS, () => false)), { suggestions: expected('e', TEXTS) });
    work.forget();
    assert.ok('missing' in work.suggestClaims(wire('e', TEXTS, () => false)));
  });
});
