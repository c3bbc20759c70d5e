import * as assert from 'assert';
import { normalizedText, stem, tokenize } from '../../../../src/core/crossSource/normalize';

describe('[crossSource/normalize]', () => {
  const normalized: [string, string][] = [
    ['That’s not on the table', 'that is not on the table'],
    ["That's NOT on the table.", 'that is not on the table'],
    ['We won’t back down', 'we will not back down'],
    ["They can't, and we'll see", 'they can not and we will see'],
    ['the harbour’s future', 'the harbour future'],
    ['a very straight-forward answer', 'a very straightforward answer'],
    ['it cost 94,000 euros', 'it cost 94,000 euros'],
  ];
  for (const [input, expected] of normalized) {
    it(`normalises ${JSON.stringify(input)}`, () => assert.strictEqual(normalizedText(input), expected));
  }

  const stems: [string, string][] = [
    ['invades', 'invad'],
    ['invading', 'invad'],
    ['invaded', 'invad'],
    ['discussions', 'discussion'],
    ['unilaterally', 'unilateral'],
    ['stopped', 'stop'],
    ['countries', 'country'],
    ['94,000', '94000'],
  ];
  for (const [input, expected] of stems) {
    it(`stems ${input} → ${expected}`, () => assert.strictEqual(stem(input), expected));
  }

  it('keeps negations as content words and folds them together', () => {
    const tokens = tokenize('none of the ships, not one');
    assert.deepStrictEqual(
      tokens.map((t) => [t.stem, t.content]),
      [
        ['not', true],
        ['of', false],
        ['the', false],
        ['ship', true],
        ['not', true],
        ['one', false],
      ],
    );
  });

  it('marks capitalised words inside the text as parts of names', () => {
    const names = (text: string) => tokenize(text).filter((t) => t.name).map((t) => t.word);
    assert.deepStrictEqual(names('Nobody at the Kestrel Quay terminal'), ['kestrel', 'quay']);
    assert.deepStrictEqual(names('Kestrel Quay will reopen'), ['kestrel', 'quay']);
    assert.deepStrictEqual(names('The terminal will reopen, Varga said'), ['varga']);
    assert.deepStrictEqual(names('That’s what The Harbour said'), ['harbour']);
  });

  it('returns nothing for text without words', () => assert.deepStrictEqual(tokenize(' — … “” '), []));
});

describe('[crossSource/normalize] UK and US spellings', () => {
  const pairs: [string, string][] = [
    ['organisation', 'organization'],
    ['organised', 'organized'],
    ['harbour', 'harbor'],
    ['labour', 'labor'],
    ['favourable', 'favorable'],
    ['centre', 'center'],
    ['theatres', 'theaters'],
    ['catalogue', 'catalog'],
  ];
  for (const [uk, us] of pairs) it(`${uk} = ${us}`, () => assert.strictEqual(stem(uk), stem(us)));
  it('leaves short words alone (four, hour, rise)', () => {
    assert.deepStrictEqual(['four', 'hour', 'rise', 'poise'].map(stem), ['four', 'hour', 'ris', 'pois']);
  });
});

describe('[crossSource/normalize] near-exact synonyms', () => {
  const same: [string, string][] = [
    ['serious consequences', 'severe consequences'],
    ['raised the fee', 'increased the fee'],
    ['cut jobs', 'reduced jobs'],
    ['it is gorgeous', 'it is beautiful'],
    ['an unbelievable night', 'an incredible night'],
  ];
  const stems = (t: string) => tokenize(t).map((x) => x.stem);
  for (const [a, b] of same) it(`${a} = ${b}`, () => assert.deepStrictEqual(stems(a), stems(b)));
  it('keeps different words apart', () => assert.notDeepStrictEqual(stems('needs cranes'), stems('needs investment')));
});
