// Golden fixtures: fictional articles (test/fixtures/entities/NN-name.txt) with the entities a
// careful reader marks, exact mentions included, and the corpus-level names after reconciliation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findEntitiesWith, mergeAcrossArticles } from '../../../../src/core/entities';
import type { Entity } from '../../../../src/core/model';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { articleOf } from './helpers';

const dir = path.resolve(__dirname, '../../../fixtures/entities');
const files = fs.readdirSync(dir).filter((f) => /^\d\d-.*\.txt$/.test(f)).sort();
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

interface Expected {
  entities: { name: string; type: string; mentions: [string, number][] }[];
}

describe('[entities/fixtures] golden articles', () => {
  let nlp: Nlp;
  const found = new Map<string, Entity[]>();
  before(async () => {
    nlp = await loadNlp();
    for (const f of files) found.set(f, findEntitiesWith(nlp, articleOf(read(f))));
  });

  for (const f of files) {
    it(`${f}: names, types and exact mentions`, () => {
      const expected = JSON.parse(read(f.replace(/\.txt$/, '.expected.json'))) as Expected;
      const text = read(f);
      const got = found.get(f) ?? [];
      assert.deepEqual(got.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => [m.text, m.start]) })), expected.entities);
      for (const e of got) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }

  it('corpus: the same entities carry the same names across articles', () => {
    const expected = JSON.parse(read('corpus.expected.json')) as Record<string, string[]>;
    const merged = mergeAcrossArticles(files.map((f) => found.get(f) ?? []));
    assert.deepEqual(Object.fromEntries(files.map((f, i) => [f, merged[i].map((e) => `${e.type}: ${e.name}`)])), expected);
  });
});
