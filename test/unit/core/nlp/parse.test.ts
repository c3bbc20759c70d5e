// parseTerms: nlp(text)'s terms without the chunker, and nothing else different.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { parseTerms, SentenceParses, type RawTerm } from '../../../../src/core/nlp/parse';
import { analyzeAlone } from '../../../../src/core/analyze';
import { buildKnowledge } from '../../../../src/core/entities';

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

describe('[nlp/parse] SentenceParses: sentences tagged once, the same terms and tags out', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });
  const samples = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
  const fresh = (text: string) => readable(parseTerms(nlp, text));
  // Fictional. Each sentence comes back in another text, at another place, after other sentences:
  // first of a text, after a quote, inside a paragraph, twice in one text.
  const pieces = [
    'Harbour master Ines Calloway said the tug “will not sail before Friday.”',
    "Calloway's deputy, who didn't give her name, disagreed.",
    '“We’re ready,” the crew told the Tidewater Gazette on Tuesday.',
    'The U.S. Coast Guard sent 3 cutters, officials in St. Aubyn said.',
    'Nobody was hurt.',
  ];
  const shuffled = [
    pieces.join(' '),
    `${pieces[4]} ${pieces[2]}\n\n${pieces[0]} ${pieces[3]}`,
    `${pieces[1]} ${pieces[1]} ${pieces[4]}`,
    `Breaking: ${pieces[3]}\n${pieces[0]}`,
  ];

  it('gives what a parse without it gives, whether the sentences are new, held, or both', () => {
    const known = new SentenceParses();
    for (const text of [...shuffled, ...shuffled.slice().reverse(), ...shuffled]) assert.deepEqual(readable(parseTerms(nlp, text, known)), fresh(text), text);
    // A sentence is held by its exact text, trailing space or line break included: fewer than were parsed.
    const parsed = shuffled.reduce((n, text) => n + parseTerms(nlp, text).length, 0);
    assert.ok(known.size >= pieces.length && known.size < parsed, `${known.size} held of ${parsed}`);
  });

  it(`gives what a parse without it gives for every sample article, parsed twice (${samples.length})`, () => {
    const known = new SentenceParses();
    for (const text of [...samples, ...samples]) assert.deepEqual(readable(parseTerms(nlp, text, known)), fresh(text));
  });

  it('tags a sentence that comes twice in one text once', () => {
    const known = new SentenceParses();
    // Each followed by a space: the text of a sentence includes what follows it.
    const text = `${pieces[4]} ${pieces[4]} ${pieces[4]} `;
    assert.deepEqual(readable(parseTerms(nlp, text, known)), fresh(text));
    assert.equal(known.size, 1);
  });

  it('holds at most its budget of characters, keeping what was used last', () => {
    // 800 characters: each half holds about 400, so a few of these 63-character sentences at a time.
    const known = new SentenceParses(800);
    const many = Array.from({ length: 40 }, (_v, i) => `Councillor number ${i} voted against the harbour plan on Monday.`);
    for (const text of many) parseTerms(nlp, text, known);
    assert.ok(known.size > 0 && known.size <= 14, String(known.size));
    assert.deepEqual(readable(parseTerms(nlp, many[39], known)), fresh(many[39]));
    const held = known.size;
    parseTerms(nlp, many[39], known);
    assert.equal(known.size, held, 'the last sentence was still held');
  });

  it('does not hold a sentence longer than an eighth of its budget (nor one beyond 16-bit lengths)', () => {
    const known = new SentenceParses(80);
    const text = 'The inquiry into the collapse of the Saltmarsh footbridge opens on Monday.';
    assert.deepEqual(readable(parseTerms(nlp, text, known)), fresh(text));
    assert.equal(known.size, 0);
  });

  it('passes what it tagged on to another instance, which then tags none of it (workers share their sentences)', () => {
    const first = new SentenceParses(undefined, { passOn: true });
    const second = new SentenceParses(undefined, { passOn: true });
    for (const text of shuffled) parseTerms(nlp, text, first);
    const batch = first.takeTagged();
    assert.ok(batch && batch.sentences.length === first.size);
    assert.equal(first.takeTagged(), undefined, 'each sentence is passed on once');
    // Across threads the batch is structured-cloned: the same must work on a copy.
    second.adopt(structuredClone(batch));
    assert.equal(second.size, first.size);
    for (const text of shuffled) assert.deepEqual(readable(parseTerms(nlp, text, second)), fresh(text));
    assert.equal(second.takeTagged(), undefined, 'nothing was tagged again');
  });

  it('adopts no sentence whose lengths do not spell its text, nor one it already holds', () => {
    const first = new SentenceParses(undefined, { passOn: true });
    parseTerms(nlp, pieces[4], first);
    const batch = first.takeTagged();
    assert.ok(batch);
    const broken = { tagSets: batch.tagSets, sentences: batch.sentences.map(([text, packed]): [string, Uint16Array] => [`${text}!`, packed]) };
    const second = new SentenceParses();
    second.adopt(broken);
    assert.equal(second.size, 0);
    second.adopt(batch);
    second.adopt(batch);
    assert.equal(second.size, 1);
    assert.equal(new SentenceParses().takeTagged(), undefined, 'an instance not made to pass on keeps nothing for it');
  });

  it('leaves an article\'s analysis unchanged (analyzeAlone with and without it, samples in turn)', async () => {
    const knowledge = buildKnowledge();
    const known = new SentenceParses();
    for (const text of [...samples, ...shuffled, ...samples.slice().reverse()]) {
      assert.deepEqual(await analyzeAlone(text, knowledge, known), await analyzeAlone(text, knowledge));
    }
  });
});
