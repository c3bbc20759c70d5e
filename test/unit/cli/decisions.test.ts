import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RegistryReads } from '../../../src/cli/decisions';
import { main } from '../../../src/cli/main';
import { emptyClaimsRegistry } from '../../../src/core/storage/claims';
import { makeAnchor } from '../../../src/core/anchoring/selectors';
import { serializeSidecar } from '../../../src/core/storage/sidecar';
import type { Sidecar } from '../../../src/core/storage/model';

// A fictional wire story; the sidecar corrects who said the quote.
const ARTICLE = 'Rail talks collapse\n\n"We are not finished," the negotiator said on Friday, according to Orrin Vale of the Lakeside Courier.\n';
const QUOTE = 'We are not finished,';

function workspace(sidecar?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-decisions-'));
  fs.writeFileSync(path.join(dir, 'talks.txt'), ARTICLE);
  if (sidecar !== undefined) fs.writeFileSync(path.join(dir, 'talks.txt.crosscheck.json'), sidecar);
  return dir;
}

async function analyzeJson(dir: string): Promise<{ json: { documents: { quotes: { start: number; text: string; speaker: string | null }[] }[] }; errors: string[] }> {
  const out: string[] = [];
  const errors: string[] = [];
  const code = await main(['analyze', dir, '--json'], { out: (l) => out.push(l), err: (l) => errors.push(l), progress: () => undefined });
  assert.strictEqual(code, 0, errors.join('\n'));
  return { json: JSON.parse(out.join('\n')), errors };
}

async function expectUnreadable(dir: string): Promise<void> {
  const errors: string[] = [];
  const out: string[] = [];
  const code = await main(['analyze', dir, '--json'], { out: (l) => out.push(l), err: (l) => errors.push(l), progress: () => undefined });
  assert.strictEqual(code, 1);
  assert.ok(errors.some((e) => e.includes('talks.txt.crosscheck.json') && e.includes('cannot read')), errors.join('\n'));
  assert.strictEqual(JSON.parse(out.join('\n')).documents[0].quotes.length, 1);
}

describe('[cli/decisions]', () => {
  it('a corrected speaker in the sidecar shows in analyze --json', async () => {
    const start = ARTICLE.indexOf(QUOTE);
    const now = '2026-03-01T10:00:00.000Z';
    const sidecar: Sidecar = {
      version: 1,
      source: { outlet: 'Lakeside Courier' },
      annotations: [{ id: 'a_0000000000aa', kind: 'speaker', speaker: 'Imre Dalton', target: makeAnchor(ARTICLE, start, start + QUOTE.length), created: now, modified: now }],
    };
    const dir = workspace(serializeSidecar(sidecar));
    const { json } = await analyzeJson(dir);
    const quote = json.documents[0].quotes.find((q) => q.start === start);
    assert.deepStrictEqual(quote && [quote.text, quote.speaker], [QUOTE, 'Imre Dalton']);
  });

  it('a sidecar that is not JSON is reported and fails the run (exit 1); the analysis still comes out', async () => {
    const dir = workspace('{ not json');
    const errors: string[] = [];
    const out: string[] = [];
    const code = await main(['analyze', dir, '--json'], { out: (l) => out.push(l), err: (l) => errors.push(l), progress: () => undefined });
    assert.strictEqual(code, 1);
    assert.ok(errors.some((e) => e.includes('talks.txt.crosscheck.json')), errors.join('\n'));
    assert.strictEqual(JSON.parse(out.join('\n')).documents.length, 1);
  });

  it('a sidecar that cannot be read at all fails the run (exit 1); the analysis still comes out', async function () {
    if (process.getuid?.() === 0) {
      // Root reads a file whatever its mode: a folder in the sidecar's place cannot be read by anyone.
      const dir = workspace();
      fs.mkdirSync(path.join(dir, 'talks.txt.crosscheck.json'));
      await expectUnreadable(dir);
    } else {
      const dir = workspace('{"version":1}');
      fs.chmodSync(path.join(dir, 'talks.txt.crosscheck.json'), 0o000);
      await expectUnreadable(dir);
    }
  });

  it('a sidecar that reads cleanly keeps exit 0', async () => {
    const dir = workspace(serializeSidecar({ version: 1, source: {}, annotations: [] } as unknown as Sidecar));
    await analyzeJson(dir);
  });

  it('reads a folder’s claims registry once while it stays as it was, and again once it changes; what it reported is reported for each article', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-registry-'));
    const file = path.join(dir, 'crosscheck.claims.json');
    const registries = new RegistryReads();
    const errors: string[] = [];
    const io = { out: () => undefined, err: (l: string) => void errors.push(l), progress: () => undefined };
    assert.strictEqual(registries.read(file, io).value, undefined, 'no registry');
    fs.writeFileSync(file, JSON.stringify({ ...emptyClaimsRegistry(), aliasOverrides: [{ id: 'ao_000000000001', kind: 'merge', canonical: 'Orrin Vale', aliases: ['Vale'] }] }));
    const first = registries.read(file, io);
    assert.ok(first.value, 'read once written');
    assert.strictEqual(registries.read(file, io), first, 'the same read while unchanged');
    fs.writeFileSync(file, JSON.stringify({ ...emptyClaimsRegistry(), aliasOverrides: [] }, null, 2));
    const second = registries.read(file, io);
    assert.notStrictEqual(second, first, 'read again once changed');
    assert.deepStrictEqual(second.value?.aliasOverrides, []);
    assert.deepStrictEqual(errors, [], 'nothing to report so far');
    fs.writeFileSync(file, '{ not json');
    const broken = registries.read(file, io);
    assert.strictEqual(broken.complete, false);
    const reported = errors.length;
    assert.ok(reported > 0, 'a broken registry is reported');
    registries.read(file, io);
    assert.strictEqual(errors.length, 2 * reported, 'and reported again for the next article');
    assert.deepStrictEqual(errors.slice(reported), errors.slice(0, reported));
  });
});
