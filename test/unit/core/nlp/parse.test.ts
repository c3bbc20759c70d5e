// parseTerms: nlp(text)'s terms without the chunker, and nothing else different.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { parseTerms, type RawTerm } from '../../../../src/core/nlp/parse';

const SAMPLES = path.resolve(__dirname, '../../../../samples');

/** What the tokens read of a term, tags in a stable order. */
const readable = (sentences: RawTerm[][]) => sentences.map((terms) => terms.map((t) => [t.text, t.pre, t.post, [...t.tags].sort().join(',')]));

describe('[nlp/parse] parseTerms', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  const texts = [
    'Yesterday Maria flew to Paris. She stayed.',
    "“We won't go,” said Dr. Ana Reyes, who doesn't agree; the U.S. envoy didn't reply.",
    'Astral 🌊 characters 𝔘 and combining é marks… and   odd\r\nspacing.',
    'The 3 beautiful women sat near the brown fox, tried to walk and wanted to see the last tsar.',
  ];
  const samples = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f)).sort();

  it('leaves the chunker out (it gives every term a chunk; matches made while tagging give only some)', () => {
    const text = texts[3];
    const unchunked = (sentences: RawTerm[][]) => sentences.flat().filter((t) => !(t as { chunk?: string }).chunk).length;
    assert.equal(unchunked((nlp(text) as unknown as { document: RawTerm[][] }).document), 0);
    assert.ok(unchunked(parseTerms(nlp, text)) > 0);
  });

  for (const text of texts) {
    it(`gives nlp(text)'s terms and tags for ${JSON.stringify(text.slice(0, 30))}`, () => {
      assert.deepEqual(readable(parseTerms(nlp, text)), readable((nlp(text) as unknown as { document: RawTerm[][] }).document));
    });
  }

  it(`gives nlp(text)'s terms and tags for every sample article (${samples.length})`, () => {
    assert.ok(samples.length > 0);
    for (const f of samples) {
      const text = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
      assert.deepEqual(readable(parseTerms(nlp, text)), readable((nlp(text) as unknown as { document: RawTerm[][] }).document), f);
    }
  });

  it('gives no terms for an empty text', () => {
    assert.deepEqual(parseTerms(nlp, ''), []);
  });

  it('falls back to nlp(text) where compromise does not expose its steps', () => {
    const calls: string[] = [];
    const bare = ((text: string) => {
      calls.push(text);
      return nlp(text);
    }) as unknown as Nlp;
    assert.deepEqual(readable(parseTerms(bare, 'Ana left.')), readable((nlp('Ana left.') as unknown as { document: RawTerm[][] }).document));
    assert.deepEqual(calls, ['Ana left.']);
  });
});
