// Routing: an article is named by the smallest hash of its sentences, so copies go to one worker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleAffinity, minSentenceHash } from '../../../src/cli/routing';

// Fictional.
const STORY = [
  'The Kestrel Quay ferry will not sail until the hull has been inspected, the operator said on Monday.',
  'Passengers holding tickets for the weekend crossings will be refunded in full.',
  '“We would rather lose a week than take a risk,” said operations manager Tomasz Brell.',
  'The inspection is expected to take four days.',
].join(' ');

describe('[cli/routing] minSentenceHash', () => {
  it('is the same for an article and its reprint with a line added, or its sentences reordered', () => {
    const hash = minSentenceHash(STORY);
    assert.notEqual(hash, undefined);
    assert.equal(minSentenceHash(`${STORY}\n\nThis story was first published by the Harbour Gazette.\n`), hash);
    assert.equal(minSentenceHash(STORY.split(/(?<=\.) /).reverse().join('\n')), hash);
  });

  it('differs for an article on something else', () => {
    assert.notEqual(minSentenceHash('The council approved the new library budget after a two-hour debate on Tuesday night.'), minSentenceHash(STORY));
  });

  it('leaves out pieces too short to tell articles apart, and names nothing that has none', () => {
    assert.equal(minSentenceHash('Updated. By staff. Short.'), undefined);
    assert.equal(minSentenceHash(''), undefined);
  });

  it('names a text without any sentence break by the whole of it', () => {
    const long = 'word '.repeat(200_000);
    assert.equal(typeof minSentenceHash(long), 'number');
  });
});

describe('[cli/routing] articleAffinity', () => {
  it('reads the file, and gives nothing for one it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-routing-'));
    try {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, STORY);
      assert.equal(articleAffinity(file), minSentenceHash(STORY));
      assert.equal(articleAffinity(path.join(dir, 'missing.txt')), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
