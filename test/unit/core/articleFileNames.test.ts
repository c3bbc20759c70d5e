import * as assert from 'assert';
import { isArticleFileName } from '../../../src/core/articleFileNames';

const here = '[core/articleFileNames] ';

describe('[core/articleFileNames]', () => {
  const cases: [string, boolean][] = [
    ['report.txt', true],
    ['Report.TXT', true],
    ['story.md', true],
    ['notes.md', false],
    ['TODO.txt', false],
    ['long-read.markdown', true],
    ['report.txt.crosscheck.json', false],
    ['report.txt.crosscheck.json.txt', false],
    ['crosscheck.claims.json', false],
    ['README.md', false],
    ['readme.txt', false],
    ['CHANGELOG.md', false],
    ['LICENSE.txt', false],
    ['readme-first-draft.md', true],
    ['photo.png', false],
    ['noextension', false],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${expected ? 'article' : 'not an article'}`, () => {
      assert.strictEqual(isArticleFileName(name), expected, here + name);
    });
  }
});
