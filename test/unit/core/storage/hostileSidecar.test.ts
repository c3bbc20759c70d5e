import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../../src/core/analyze';
import { reanchor } from '../../../../src/core/anchoring/reanchor';
import { applyDecisions } from '../../../../src/core/storage/applyDecisions';
import { parseSidecar, serializeSidecar } from '../../../../src/core/storage/sidecar';
import { MAX_CONTEXT_LENGTH, MAX_EXACT_LENGTH, MAX_NESTING_DEPTH, MAX_STORED_FILE_CHARS } from '../../../../src/core/storage/limits';

const ARTICLE = readFileSync(path.join(__dirname, '../../../../samples/01-meridian-wire-ammonia-fire.txt'), 'utf8');
const note = (i: number, target: Record<string, unknown>) => ({
  id: `a_00000000000${i}`, kind: 'note', note: 'n', created: '2026-03-01T10:00:00Z', modified: '2026-03-01T10:00:00Z', target,
});
// Three notes on "the" at a wrong offset, each with 2,000 characters of context on either side.
const HOSTILE = JSON.stringify({
  version: 1,
  annotations: [1, 2, 3].map((i) => note(i, { exact: 'the', prefix: 'q'.repeat(2000), suffix: 'z'.repeat(2000), start: 7 + i, end: 10 + i })),
});

function timed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('[storage/hostileSidecar] a sidecar cannot stall the analysis', () => {
  it('keeps at most MAX_CONTEXT_LENGTH characters of prefix and suffix, and says so', () => {
    const loaded = parseSidecar(HOSTILE);
    for (const a of loaded.value.annotations) {
      assert.ok(a.target.prefix.length <= MAX_CONTEXT_LENGTH && a.target.suffix.length <= MAX_CONTEXT_LENGTH);
      assert.equal(a.target.prefix, 'q'.repeat(MAX_CONTEXT_LENGTH), 'the context nearest the passage is kept');
    }
    assert.ok(loaded.diagnostics.some((d) => /prefix.*shortened|only the .* nearest/.test(d.message)), JSON.stringify(loaded.diagnostics.slice(0, 2)));
  });

  it('the article with the hostile sidecar analyses in at most 5× the time of the article alone', async function () {
    this.timeout(120_000);
    const sidecar = parseSidecar(HOSTILE).value;
    const run = async (s: typeof sidecar | undefined) => {
      const start = process.hrtime.bigint();
      applyDecisions(await analyzeArticle(ARTICLE), s);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    await run(undefined); // loads compromise
    const plain = Math.min(await run(undefined), await run(undefined));
    const hostile = Math.min(await run(sidecar), await run(sidecar));
    assert.ok(hostile <= 5 * plain, `with the hostile sidecar ${hostile.toFixed(1)} ms, without ${plain.toFixed(1)} ms`);
  });

  it('reanchor itself is bounded, whatever anchor it is handed: work grows linearly with the text', function () {
    this.timeout(120_000);
    const hostileAnchors = (text: string) => () => {
      reanchor(text, { exact: 'the', prefix: 'q'.repeat(2000), suffix: 'z'.repeat(2000), start: 8, end: 11 });
      reanchor(text, { exact: ARTICLE.slice(100, 3100).replace(/e/g, 'E'), prefix: ARTICLE.slice(0, 100), suffix: 'z'.repeat(2000), start: 5, end: 3005 });
      reanchor(text, { exact: ARTICLE.slice(100, 1900).replace(/e/g, 'E'), prefix: ARTICLE.slice(0, 100), suffix: ARTICLE.slice(1900, 4000), start: 5, end: 1805 });
    };
    const small = ARTICLE.repeat(4);
    const large = ARTICLE.repeat(32);
    timed(hostileAnchors(small)); // warm up
    const tSmall = Math.max(5, Math.min(timed(hostileAnchors(small)), timed(hostileAnchors(small))));
    const tLarge = Math.min(timed(hostileAnchors(large)), timed(hostileAnchors(large)));
    assert.ok(tLarge <= 2 * 8 * tSmall, `8× the text took ${(tLarge / tSmall).toFixed(1)}× the time (${tSmall.toFixed(1)} → ${tLarge.toFixed(1)} ms)`);
  });

  it('refuses an exact passage longer than MAX_EXACT_LENGTH (read-only, not writable)', () => {
    const exact = 'x'.repeat(MAX_EXACT_LENGTH + 1);
    const loaded = parseSidecar(JSON.stringify({ version: 1, annotations: [note(1, { exact, prefix: '', suffix: '', start: 0, end: exact.length })] }));
    assert.equal(loaded.writable, false);
    assert.ok(loaded.diagnostics.some((d) => d.severity === 'error' && d.path === '$.annotations[0].target.exact'));
  });

  it('refuses a file larger than MAX_STORED_FILE_CHARS without parsing it', () => {
    const loaded = parseSidecar(`{"version":1,"annotations":[],"pad":"${'x'.repeat(MAX_STORED_FILE_CHARS)}"}`);
    assert.equal(loaded.writable, false);
    assert.match(loaded.diagnostics[0].message, /too large/);
  });

  it('refuses nesting deeper than MAX_NESTING_DEPTH, and never throws on save', () => {
    const deep = `{"version":1,"annotations":[],"extra":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const loaded = parseSidecar(deep);
    assert.equal(loaded.writable, false);
    assert.match(loaded.diagnostics[0].message, new RegExp(`nested more than ${MAX_NESTING_DEPTH}`));
    assert.doesNotThrow(() => serializeSidecar(loaded.value));
    // Nesting inside strings does not count.
    assert.equal(parseSidecar(JSON.stringify({ version: 1, annotations: [], extra: '['.repeat(500) })).writable, true);
  });
});
