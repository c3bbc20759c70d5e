// `analyze` on worker threads, with its cache and its shards: the output is byte for byte what the
// whole run in one thread prints (analyzeInOneThread, the pre-worker implementation), for any --jobs,
// cold or warm, and when four shards are merged.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeInOneThread } from '../../../src/cli/analyze';
import { AnalysisJsonWriter, nestedJson } from '../../../src/cli/analysisJson';
import { AnalysisCache, defaultCacheDir, jsonArraySha256, sha256 } from '../../../src/cli/cache';
import { main } from '../../../src/cli/main';
import { parseShard, shardOf } from '../../../src/cli/shard';
import { makeAnchor } from '../../../src/core/anchoring/selectors';
import type { Sidecar } from '../../../src/core/storage/model';
import { serializeSidecar } from '../../../src/core/storage/sidecar';
import { buildNewsCorpus } from '../../bench/newsCorpus';
import { capture, runOk } from './capturedIO';

const here = '[cli/analyzeCorpus] ';

const run = (argv: string[]): Promise<string> => runOk(argv, here);

function entries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

const inStage = (stage: string) => (file: string) => file.split(path.sep).includes(stage);
/**
 * The key written inside an entry: its JSON, a split entry's header line (JSON writes no line break of
 * its own), or a run's trailer line.
 */
const keyInside = (file: string) => {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return (JSON.parse(inStage('run')(file) ? lines[lines.length - 1] : lines[0]) as { key: string }).key;
};
const documentEntries = (cache: string) => entries(cache).filter(inStage('document'));
const runEntries = (cache: string) => entries(cache).filter(inStage('run'));
/** The kept outputs of whole runs removed: the next run reads (and writes) the other stages. */
const forgetRuns = (cache: string) => runEntries(cache).forEach((f) => fs.rmSync(f));

describe('[cli/analyzeCorpus] workers, cache and shards', function () {
  this.timeout(180_000);
  let root: string;
  let articles: string;
  let reference: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-corpus-'));
    articles = path.join(root, 'articles');
    fs.mkdirSync(path.join(articles, 'wire'), { recursive: true });
    const corpus = buildNewsCorpus(10, 120, 5);
    corpus.files.forEach((f, i) => fs.writeFileSync(path.join(articles, i % 3 === 0 ? 'wire' : '', f.name), f.text));
    // One article with a decision: a suppressed quote must stay suppressed through every path.
    const first = corpus.files[1];
    const quote = /“([^”]+)”/.exec(first.text);
    assert.ok(quote, here + 'the generated article has a quote');
    const start = (quote.index ?? 0) + 1;
    const exact = quote[1];
    const now = '2024-01-01T00:00:00.000Z';
    const sidecar: Sidecar = {
      version: 1,
      source: {},
      annotations: [{ id: 'a_0000000000aa', kind: 'suppress', layer: 'quote', target: makeAnchor(first.text, start, start + exact.length), created: now, modified: now }],
    };
    fs.writeFileSync(path.join(articles, first.name + '.crosscheck.json'), serializeSidecar(sidecar));
    reference = await analyzeInOneThread([articles], 5_000_000, capture());
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** `check` run with the one sidecar taken away (given what one thread prints then), the sidecar put back after. */
  async function withoutSidecar(check: (without: string) => Promise<void>): Promise<void> {
    const sidecarFile = entries(articles).find((f) => f.endsWith('.crosscheck.json'))!;
    const sidecarText = fs.readFileSync(sidecarFile, 'utf8');
    fs.rmSync(sidecarFile);
    try {
      await check(await analyzeInOneThread([articles], 5_000_000, capture()));
    } finally {
      fs.writeFileSync(sidecarFile, sidecarText);
    }
  }

  it('prints the same bytes as the one-thread run for any --jobs, cold and warm, with or without the cache', async () => {
    const cache = path.join(root, 'cache-jobs');
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '1', '--no-cache']), reference, here + 'jobs 1, no cache');
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '3', '--cache', cache]), reference, here + 'jobs 3, cold');
    assert.ok(entries(cache).length >= 20, here + 'both stages cached');
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), reference, here + 'jobs 2, warm');
    assert.ok(JSON.parse(reference).documents.length === 10);
  });

  it('merges four shards into what one run prints', async () => {
    const outputs: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const file = path.join(root, `shard-${i}.json`);
      fs.writeFileSync(file, await run(['analyze', articles, '--json', '--jobs', '2', '--no-cache', '--shard', `${i}/4`]));
      outputs.push(file);
    }
    const sizes = outputs.map((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as { documents: unknown[] }).documents.length);
    assert.strictEqual(sizes.reduce((a, b) => a + b, 0), 10, here + 'every file in exactly one shard');
    assert.strictEqual(await run(['merge-analyses', ...outputs.reverse(), '--json']), reference);

    const io = capture();
    assert.strictEqual(await main(['merge-analyses', ...outputs.slice(1), '--json'], io), 1, here + 'a missing shard fails the merge');
    assert.ok(io.stderr.some((l) => /missing/.test(l)), here + io.stderr.join('\n'));
  });

  it('ignores and rewrites corrupt or foreign cache entries', async () => {
    const cache = path.join(root, 'cache-corrupt');
    await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]);
    forgetRuns(cache);
    const files = entries(cache).filter((f) => f.endsWith('.json')).sort();
    const [torn, foreign, donor] = files;
    fs.writeFileSync(torn, fs.readFileSync(torn, 'utf8').slice(0, 40));
    // A well-formed entry under the wrong name: its embedded key does not match, so it is not trusted.
    fs.copyFileSync(donor, foreign);
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), reference);
    for (const f of [torn, foreign]) assert.strictEqual(keyInside(f), path.basename(f, '.json'), here + 'rewritten with its own key');
  });

  it('prints a kept document only when its text is the one its header hashed, and keys it by the decisions laid over it', async () => {
    const cache = path.join(root, 'cache-documents');
    await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]);
    const kept = documentEntries(cache).sort();
    assert.strictEqual(kept.length, 10, here + 'one document entry per article');
    // An edit to a kept document's JSON, its header left as it was: not printed, and rewritten.
    const [edited] = kept;
    const original = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, original.replace(/"text": "/, '"text": "EDITED '));
    assert.notStrictEqual(fs.readFileSync(edited, 'utf8'), original);
    forgetRuns(cache);
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), reference);
    assert.strictEqual(fs.readFileSync(edited, 'utf8'), original, here + 'rewritten as computed');
    // The decision in the one sidecar taken away: that article's document is another entry, computed afresh.
    await withoutSidecar(async (without) => {
      assert.notStrictEqual(without, reference, here + 'the decision changes the output');
      assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), without);
      assert.strictEqual(documentEntries(cache).length, 11, here + 'one more document entry');
    });
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '1', '--cache', cache]), reference);
  });

  it('keeps the quote groups of a run, and recomputes them when the entry does not match the quotes', async () => {
    const cache = path.join(root, 'cache-groups');
    await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]);
    const groupEntries = entries(cache).filter((f) => f.split(path.sep).includes('groups'));
    assert.strictEqual(groupEntries.length, 1, here + 'one groups entry per run input');
    assert.strictEqual(entries(cache).filter((f) => f.split(path.sep).includes('names')).length, 1, here + 'one names entry per run input');
    const [file] = groupEntries;
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { members: { text: string }[] }[] };
    assert.ok(entry.value.length > 0, here + 'the corpus has quote groups');
    // A member that is not one of the run's quotes as they stand: the entry is not trusted.
    entry.value[0].members[0].text += ' (edited)';
    fs.writeFileSync(file, JSON.stringify(entry));
    forgetRuns(cache);
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '1', '--cache', cache]), reference);
    const rewritten = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { members: { text: string }[] }[] };
    assert.ok(!rewritten.value[0].members[0].text.endsWith(' (edited)'), here + 'rewritten from the quotes');
  });

  it('prints the kept output of the last run over the same inputs only while its articles and decisions are as they were', async () => {
    const cache = path.join(root, 'cache-runs');
    await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]);
    assert.strictEqual(runEntries(cache).length, 1, here + 'one kept run');
    // Everything else gone: the kept output alone answers, and nothing is analysed or written again.
    for (const f of entries(cache)) if (!inStage('run')(f)) fs.rmSync(f);
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), reference);
    assert.deepStrictEqual(entries(cache), runEntries(cache), here + 'nothing analysed');
    // Its output edited, the trailer left as it was: not printed, and rewritten as made.
    const [kept] = runEntries(cache);
    const original = fs.readFileSync(kept, 'utf8');
    fs.writeFileSync(kept, original.replace('"speaker": ', '"speaker": "Edited" || '));
    assert.notStrictEqual(fs.readFileSync(kept, 'utf8'), original);
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), reference);
    assert.strictEqual(fs.readFileSync(kept, 'utf8'), original, here + 'rewritten');
    // A torn entry is a miss too.
    fs.writeFileSync(kept, original.slice(0, original.length - 30));
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '1', '--cache', cache]), reference);
    assert.strictEqual(fs.readFileSync(kept, 'utf8'), original, here + 'rewritten after a tear');

    // A decision taken away: another output, which replaces the kept one in the slot of these inputs.
    await withoutSidecar(async (without) => {
      assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), without);
      assert.strictEqual(runEntries(cache).length, 1, here + 'still one kept run for these inputs');
      assert.notStrictEqual(fs.readFileSync(kept, 'utf8'), original);
      assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), without, here + 'kept without the decision');
    });
    // An article edited: its text's hash is in the key.
    const edited = entries(articles).find((f) => f.endsWith('.txt') && !f.includes('.crosscheck'))!;
    const text = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, text.replace(/\n\n/, '\n\nOne more paragraph, written for the test, moves everything after it.\n\n'));
    try {
      const changed = await analyzeInOneThread([articles], 5_000_000, capture());
      assert.notStrictEqual(changed, reference);
      assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), changed);
    } finally {
      fs.writeFileSync(edited, text);
    }
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache]), reference);
    // Another set of inputs has a slot of its own.
    await run(['analyze', path.join(articles, 'wire'), '--json', '--jobs', '1', '--cache', cache]);
    assert.strictEqual(runEntries(cache).length, 2, here + 'one kept run per set of inputs');
  });

  it('says on a kept run what the run it keeps said, and fails as it failed', async () => {
    const folder = path.join(root, 'said');
    fs.mkdirSync(folder);
    for (const f of entries(articles).filter((f) => f.endsWith('.txt')).slice(0, 3)) fs.copyFileSync(f, path.join(folder, path.basename(f)));
    const [first] = entries(folder);
    fs.writeFileSync(first + '.crosscheck.json', '{ "version": 1, "annotations": [ oops');
    fs.writeFileSync(path.join(folder, 'scan.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const cache = path.join(root, 'cache-said');
    const runs: { code: number; stdout: string[]; stderr: string[] }[] = [];
    for (let i = 0; i < 2; i++) {
      const io = capture();
      const code = await main(['analyze', folder, '--json', '--jobs', '1', '--cache', cache], io);
      runs.push({ code, stdout: io.stdout, stderr: io.stderr });
    }
    assert.strictEqual(runEntries(cache).length, 1, here + 'kept');
    assert.strictEqual(runs[0].code, 1, here + 'a sidecar that cannot be read fails the run');
    assert.ok(runs[0].stderr.some((l) => /binary/.test(l)) && runs[0].stderr.some((l) => /decisions there are not applied|cannot read/.test(l)), here + runs[0].stderr.join('\n'));
    assert.deepStrictEqual(runs[1], { ...runs[0], stdout: runs[1].stdout }, here + 'same exit code and stderr');
    assert.strictEqual(runs[1].stdout.join('\n'), runs[0].stdout.join('\n'), here + 'same output');
  });

  it('runs sharing one cache do not corrupt it', async () => {
    const cache = path.join(root, 'cache-shared');
    const outputs = await Promise.all([1, 2, 3].map(() => run(['analyze', articles, '--json', '--jobs', '2', '--cache', cache])));
    for (const o of outputs) assert.strictEqual(o, reference);
    for (const f of entries(cache)) {
      assert.ok(!f.includes('crosscheck-tmp'), here + 'no temp file left: ' + f);
      assert.strictEqual(keyInside(f), path.basename(f, '.json'));
    }
    assert.strictEqual(await run(['analyze', articles, '--json', '--jobs', '1', '--cache', cache]), reference);
  });
});

describe('[cli/analyzeCorpus] the cache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const raw = { quotes: [{ start: 1, end: 3, text: 'ab', speaker: null }], entities: [], diagnostics: [] };

  it('hashes an array an item at a time as its whole JSON would hash (the corpus keys of earlier caches still match)', () => {
    const rows = [['Zoë Varga', 'person', ['Varga']], [], [['“quoted”', null, 'a\\b\n\u2028']]];
    for (const items of [rows, [], [rows[0]]]) assert.strictEqual(jsonArraySha256(items, (r) => r), sha256(JSON.stringify(items)));
    assert.strictEqual(jsonArraySha256([1, 2], (n) => ({ n })), sha256('[{"n":1},{"n":2}]'));
  });

  it('misses when the analysis version changes', async () => {
    const key = sha256('text');
    await new AnalysisCache(dir, 'a'.repeat(64)).putRaw(key, raw);
    assert.deepStrictEqual(await new AnalysisCache(dir, 'a'.repeat(64)).getRaw(key), raw);
    assert.strictEqual(await new AnalysisCache(dir, 'b'.repeat(64)).getRaw(key), undefined);
    // Same folder, a version that differs only after the folder-name prefix: the embedded version decides.
    assert.strictEqual(await new AnalysisCache(dir, 'a'.repeat(63) + 'c').getRaw(key), undefined);
  });

  it('rejects entries of the wrong shape, stage or key', async () => {
    const cache = new AnalysisCache(dir, 'v'.repeat(64));
    const key = sha256('x');
    await cache.put('corpus', key, raw);
    assert.deepStrictEqual(await cache.getCorpus(key), raw);
    assert.strictEqual(await cache.getRaw(key), undefined, here + 'another stage');
    const file = cache.pathOf('corpus', key);
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { quotes: unknown[] } };
    entry.value.quotes = [{ start: 'one' }];
    fs.writeFileSync(file, JSON.stringify(entry));
    assert.strictEqual(await cache.getCorpus(key), undefined);
  });

  it('reads a raw entry’s names from its header when the entry is whole, and its analysis only when it is the one the header hashed', async () => {
    const cache = new AnalysisCache(dir, 'v'.repeat(64));
    const key = sha256('y');
    const analysis = { ...raw, entities: [{ name: 'Ona Vell', type: 'person' as const, aliases: ['Ona Vell', 'Vell'], mentions: [{ start: 0, end: 8, text: 'Ona Vell' }] }] };
    await cache.putRaw(key, analysis);
    assert.deepStrictEqual(await cache.getRaw(key), analysis);
    const names = [{ name: 'Ona Vell', type: 'person', aliases: ['Ona Vell', 'Vell'] }];
    assert.deepStrictEqual(await cache.getEntityNames(key), names);
    assert.strictEqual(await cache.getCorpus(key), undefined, here + 'another stage');
    const file = cache.pathOf('raw', key);
    const [header, body] = fs.readFileSync(file, 'utf8').split('\n');
    // The analysis edited, the header left as it was: the analysis is not trusted (it is made again
    // from the text when it is needed); the header, written with it, still names its entities.
    fs.writeFileSync(file, `${header}\n${body.replace('Ona Vell', 'Ada Vell')}`);
    assert.strictEqual(await cache.getRaw(key), undefined);
    assert.deepStrictEqual(await cache.getEntityNames(key), names);
    // A torn entry: neither part.
    fs.writeFileSync(file, `${header}\n${body.slice(0, 20)}`);
    assert.strictEqual(await cache.getRaw(key), undefined);
    assert.strictEqual(await cache.getEntityNames(key), undefined);
    fs.writeFileSync(file, header);
    assert.strictEqual(await cache.getEntityNames(key), undefined, here + 'a header without its analysis');
    // Names of the wrong shape, or an analysis that is not one, even with a matching hash and length.
    const wrongBody = JSON.stringify({ quotes: 'none' });
    const entry = JSON.parse(header) as { value: { sha256: string; bytes: number; names: unknown[] } };
    entry.value.sha256 = sha256(wrongBody);
    entry.value.bytes = Buffer.byteLength(wrongBody);
    entry.value.names = [{ name: 'Ona Vell', type: 'planet', aliases: [] }];
    fs.writeFileSync(file, `${JSON.stringify(entry)}\n${wrongBody}`);
    assert.strictEqual(await cache.getRaw(key), undefined);
    assert.strictEqual(await cache.getEntityNames(key), undefined);
    // A header longer than the first read still comes out whole.
    const many = { ...raw, entities: Array.from({ length: 400 }, (_v, i) => ({ name: `Person Number ${i} Vell`, type: 'person' as const, aliases: [`Person Number ${i} Vell`], mentions: [] })) };
    await cache.putRaw(key, many);
    assert.ok(fs.readFileSync(file, 'utf8').indexOf('\n') > 16 * 1024, here + 'a long header');
    assert.strictEqual((await cache.getEntityNames(key))?.length, 400);
  });

  it('trusts quote groups only when every member is one of the quotes they were made from', async () => {
    const cache = new AnalysisCache(dir, 'v'.repeat(64));
    const sources = [
      { file: 'a.txt', quotes: [{ start: 0, end: 5, text: 'hello', speaker: 'Ona Vell' }] },
      { file: 'b.txt', quotes: [{ start: 7, end: 12, text: 'hello', speaker: null }] },
    ];
    const groups = [{ key: 'g:a.txt@0', members: [{ file: 'a.txt', start: 0, end: 5, text: 'hello', speaker: 'Ona Vell' }, { file: 'b.txt', start: 7, end: 12, text: 'hello', speaker: null }] }];
    const key = AnalysisCache.groupsKey(sources);
    assert.notStrictEqual(key, AnalysisCache.groupsKey([sources[0], { ...sources[1], file: 'c.txt' }]), here + 'the key covers file names');
    await cache.put('groups', key, groups);
    assert.strictEqual(fs.readFileSync(cache.pathOf('groups', key), 'utf8'), cache.entryLine('groups', key, groups));
    await cache.put('groups', AnalysisCache.groupsKey([]), []);
    assert.deepStrictEqual(await cache.getGroups(AnalysisCache.groupsKey([]), []), [], here + 'no groups');
    assert.deepStrictEqual(await cache.getGroups(key, sources), groups);
    const moved = [sources[0], { file: 'b.txt', quotes: [{ ...sources[1].quotes[0], start: 8, end: 13 }] }];
    assert.strictEqual(await cache.getGroups(key, moved), undefined, here + 'a member that is no longer a quote');
    const respoken = [sources[0], { file: 'b.txt', quotes: [{ ...sources[1].quotes[0], speaker: 'Someone Else' }] }];
    assert.strictEqual(await cache.getGroups(key, respoken), undefined, here + 'a member credited otherwise');
    assert.strictEqual(await cache.getRaw(key), undefined, here + 'another stage');
  });

  it('trusts the names of a corpus pass only when they fit its articles entity by entity', async () => {
    const cache = new AnalysisCache(dir, 'v'.repeat(64));
    const perArticle = [[{ name: 'Vell', type: 'person' as const, aliases: ['Vell'] }], [{ name: 'Ona Vell', type: 'person' as const, aliases: ['Ona Vell'] }]];
    const merged = [[{ name: 'Ona Vell', type: 'person' as const, aliases: ['Ona Vell', 'Vell'] }], [{ name: 'Ona Vell', type: 'person' as const, aliases: ['Ona Vell', 'Vell'] }]];
    const key = AnalysisCache.namesKey(perArticle);
    assert.notStrictEqual(key, AnalysisCache.namesKey([perArticle[1], perArticle[0]]), here + 'the key covers the order');
    await cache.put('names', key, merged);
    // Written a row at a time, as one line of JSON would be.
    assert.strictEqual(fs.readFileSync(cache.pathOf('names', key), 'utf8'), cache.entryLine('names', key, merged));
    assert.deepStrictEqual(await cache.getNames(key, perArticle), merged);
    assert.strictEqual(await cache.getNames(key, [...perArticle, []]), undefined, here + 'another number of articles');
    assert.strictEqual(await cache.getNames(key, [perArticle[0], [...perArticle[1], perArticle[0][0]]]), undefined, here + 'another number of entities');
    const file = cache.pathOf('names', key);
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { type: string }[][] };
    entry.value[0][0].type = 'planet';
    fs.writeFileSync(file, JSON.stringify(entry));
    assert.strictEqual(await cache.getNames(key, perArticle), undefined, here + 'an unknown type');
    assert.strictEqual(await cache.getGroups(key, []), undefined, here + 'another stage');
  });

  it('keeps every entry whole when many writers race on the same keys', async () => {
    const caches = Array.from({ length: 6 }, () => new AnalysisCache(dir, 'v'.repeat(64)));
    const keys = Array.from({ length: 5 }, (_v, i) => sha256(String(i)));
    await Promise.all(caches.flatMap((c, w) => keys.map((k) => c.putRaw(k, { ...raw, quotes: [{ ...raw.quotes[0], speaker: `writer ${w}` }] }))));
    for (const k of keys) assert.ok(await caches[0].getRaw(k), here + 'entry readable');
    assert.ok(entries(dir).every((f) => !f.includes('crosscheck-tmp')));
  });

  it('lives in the user cache folder of each platform', () => {
    assert.strictEqual(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u'), '/x/cache/crosscheck');
    assert.strictEqual(defaultCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/crosscheck');
    assert.strictEqual(defaultCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/crosscheck');
    assert.strictEqual(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'), path.join('C:\\Users\\u\\AppData\\Local', 'crosscheck'));
  });
});

describe('[cli/analyzeCorpus] shards and streamed JSON', () => {
  it('partitions by path alone, stably', () => {
    const paths = Array.from({ length: 200 }, (_v, i) => `desk/${i}.txt`);
    const counts = [0, 0, 0, 0];
    for (const p of paths) counts[shardOf(p, 4) - 1]++;
    assert.ok(counts.every((c) => c > 20), here + counts.join(','));
    assert.strictEqual(shardOf('desk/7.txt', 4), shardOf('desk/7.txt', 4));
    assert.deepStrictEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'x', undefined]) assert.strictEqual(typeof parseShard(bad), 'string');
  });

  it('writes what JSON.stringify prints for the whole object', () => {
    const docs = [{ file: 'a.txt', quotes: [], entities: [{ name: 'Ana', type: 'person', mentions: [{ start: 1, end: 4 }] }] }, { file: 'b\n"é', quotes: [] }];
    for (const n of [0, 1, 2]) {
      for (const groups of [[], [{ members: [{ file: 'a.txt', start: 1, end: 2 }] }]]) {
        const lines: string[] = [];
        const writer = new AnalysisJsonWriter((l) => lines.push(l));
        for (const d of docs.slice(0, n)) writer.document(nestedJson(d, 2));
        writer.end(groups);
        assert.strictEqual(lines.join('\n'), JSON.stringify({ version: 1, documents: docs.slice(0, n), quoteGroups: groups }, null, 2));
      }
    }
  });
});
