import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
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
});
