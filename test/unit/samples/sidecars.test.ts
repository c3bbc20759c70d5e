// The sample folder is what a first run of the extension shows: its stored decisions must load
// without a single diagnostic and point at exactly the passages they name.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../src/core/storage/claims';
import { CLAIMS_FILE, SIDECAR_SUFFIX } from '../../../src/core/storage/model';
import { parseSidecar, serializeSidecar } from '../../../src/core/storage/sidecar';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');
const CONTEXT = 32;
const read = (name: string): string => fs.readFileSync(path.join(SAMPLES, name), 'utf8');
const editorText = (raw: string): string => (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);

const sidecarNames = fs.readdirSync(SAMPLES).filter((n) => n.endsWith(SIDECAR_SUFFIX)).sort();
const articleNames = fs.readdirSync(SAMPLES).filter((n) => /^\d\d-.*\.(txt|md)$/.test(n)).sort();

describe('[samples] articles', () => {
  it('has at least six articles, one of them Markdown', () => {
    assert.ok(articleNames.length >= 6, articleNames.join(', '));
    assert.ok(articleNames.some((n) => n.endsWith('.md')));
  });
  for (const name of articleNames) {
    it(`${name} is 500–900 words`, () => {
      const words = editorText(read(name)).match(/\S+/g)?.length ?? 0;
      assert.ok(words >= 500 && words <= 900, `${words} words`);
    });
  }
});

describe('[samples] claims registry', () => {
  const text = read(CLAIMS_FILE);
  const loaded = parseClaimsRegistry(text);

  it('loads without diagnostics and is stored exactly as the serializer writes it', () => {
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(serializeClaimsRegistry(loaded.value), text);
  });

  it('holds 4–6 claims with at least four different statuses', () => {
    assert.ok(loaded.value.claims.length >= 4 && loaded.value.claims.length <= 6);
    assert.ok(new Set(loaded.value.claims.map((c) => c.status)).size >= 4);
  });

  it('has evidence for every claim in at least two articles, with every stance used', () => {
    const articlesByClaim = new Map<string, Set<string>>();
    const stances = new Set<string>();
    for (const name of sidecarNames) {
      for (const a of parseSidecar(read(name)).value.annotations) {
        if (a.kind !== 'evidence') continue;
        stances.add(a.stance);
        articlesByClaim.set(a.claimId, (articlesByClaim.get(a.claimId) ?? new Set()).add(name));
      }
    }
    for (const claim of loaded.value.claims) assert.ok((articlesByClaim.get(claim.id)?.size ?? 0) >= 2, claim.text);
    assert.deepEqual([...articlesByClaim.keys()].filter((id) => !loaded.value.claims.some((c) => c.id === id)), []);
    assert.deepEqual([...stances].sort(), ['disputes', 'mentions', 'supports']);
  });
});

describe('[samples] sidecars', () => {
  it('include a corrected speaker, a suppressed highlight and a note', () => {
    const kinds = new Set(sidecarNames.flatMap((n) => parseSidecar(read(n)).value.annotations.map((a) => a.kind)));
    for (const kind of ['speaker', 'suppress', 'note']) assert.ok(kinds.has(kind as never), kind);
  });

  for (const name of sidecarNames) {
    const article = name.slice(0, -SIDECAR_SUFFIX.length);
    it(`${name} loads cleanly and every anchor matches ${article} exactly`, () => {
      const text = read(name);
      const loaded = parseSidecar(text);
      assert.deepEqual(loaded.diagnostics, []);
      assert.equal(serializeSidecar(loaded.value), text);
      const body = editorText(read(article));
      for (const { id, target } of loaded.value.annotations) {
        assert.equal(body.slice(target.start, target.end), target.exact, id);
        assert.equal(body.slice(Math.max(0, target.start - CONTEXT), target.start), target.prefix, id);
        assert.equal(body.slice(target.end, target.end + CONTEXT), target.suffix, id);
      }
    });
  }
});
