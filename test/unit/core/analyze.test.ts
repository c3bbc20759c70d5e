import * as assert from 'assert';
import { analyzeArticle } from '../../../src/core';

describe('[core/analyze]', () => {
  it('removes a byte-order mark so offsets match the editor', async () => {
    const a = await analyzeArticle('\uFEFFHeadline\r\nBody.');
    assert.strictEqual(a.article.text, 'Headline\r\nBody.');
  });
});
