// Golden fictional articles: test/fixtures/articles/NN-name.txt with NN-name.expected.json beside it.
// Each expected file gives the entities the recogniser would hand over (givenEntities) and what the
// article parser and the quote stages must make of the text: structure, boilerplate, quotes, speakers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle, stripBom } from '../../../../src/core/article';
import type { EntityType, Span } from '../../../../src/core/model';
import { attributeSpeakers, findQuotes } from '../../../../src/core/quotes';
import { entity } from './helpers';

const dir = path.resolve(__dirname, '../../../fixtures/articles');

interface Expected {
  givenEntities: { name: string; type: EntityType; forms: string[] }[];
  headline: string | null;
  byline: string | null;
  dateline: string | null;
  date: string | null;
  boilerplate: string[];
  quotes: { start: number; end: number; text: string; speaker: string | null; cue: string | null; mention: string | null }[];
}

describe('[quotes/articles] golden fictional articles', () => {
  const files = fs.readdirSync(dir).filter((f) => /^\d\d-.*\.(txt|md)$/.test(f));
  it('has golden articles to check', () => assert.ok(files.length >= 3));
  for (const file of files) {
    it(file, () => {
      const text = stripBom(fs.readFileSync(path.join(dir, file), 'utf8'));
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.(txt|md)$/, '.expected.json')), 'utf8')) as Expected;
      const article = parseArticle(text);
      const slice = (s: Span | undefined) => (s ? text.slice(s.start, s.end) : null);
      const entities = expected.givenEntities.map((e) => entity(text, e.name, e.type, e.forms));
      const quotes = attributeSpeakers(article, findQuotes(article), entities).map((q) => ({
        start: q.start, end: q.end, text: q.text, speaker: q.speaker, cue: q.cue?.text ?? null, mention: slice(q.speakerMention),
      }));
      assert.deepStrictEqual(
        { givenEntities: expected.givenEntities, headline: slice(article.headline), byline: slice(article.byline), dateline: slice(article.dateline), date: article.meta.date ?? null, boilerplate: article.boilerplate.map(slice), quotes },
        expected,
      );
      for (const q of quotes) assert.strictEqual(text.slice(q.start, q.end), q.text, 'quote text is its span');
    });
  }
});
