import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeArticle } from '../../../../src/core/analyze';

// Short fictional articles in styles the tuning never saw (wire copy heavy with titles, a British paper
// with Mr/Ms, Indian English, a translated piece). Each pins quotes with speakers, entities with types,
// short forms that must join their full name, and names that must not appear as entities.
const DIR = join(__dirname, '../../../fixtures/generalisation');

interface Expected {
  quotes: [string, string | null][];
  entities: [string, string][];
  aliases: [string, string][];
  absent: string[];
}

describe('[quotes+entities/generalisation] unseen styles of news writing', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const text = readFileSync(join(DIR, file), 'utf8');

    it(`${file}: quotes and speakers`, async () => {
      const a = await analyzeArticle(text);
      assert.deepStrictEqual(a.quotes.map((q) => [q.text, q.speaker]), expected.quotes);
    });

    it(`${file}: entities, their types, short forms, and no false names`, async () => {
      const a = await analyzeArticle(text);
      const byName = new Map(a.entities.map((e) => [e.name, e]));
      for (const [name, type] of expected.entities) assert.strictEqual(byName.get(name)?.type, type, `${name} should be a ${type}`);
      for (const [name, alias] of expected.aliases) assert.ok(byName.get(name)?.aliases?.includes(alias), `${alias} should join ${name}`);
      for (const name of expected.absent) assert.ok(!byName.has(name), `${name} should not be an entity`);
    });
  }
});
