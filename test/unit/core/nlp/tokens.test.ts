// tokenize / flattenTerms: one parse, exact UTF-16 offsets whatever the text holds.
import assert from 'node:assert/strict';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { flattenTerms, tokenize } from '../../../../src/core/nlp/tokens';

const term = (text: string, pre = '', post = ' ') => ({ text, pre, post, tags: new Set<string>() });

describe('[nlp/tokens] flattenTerms', () => {
  const cases: { name: string; text: string; sentences: ReturnType<typeof term>[][]; expected: [string, number, boolean][] }[] = [
    {
      name: 'lossless terms take offsets from pre + text + post',
      text: '“Hi,” said Ana. Go.',
      sentences: [[term('Hi', '“', ',” '), term('said'), term('Ana', '', '. ')], [term('Go', '', '.')]],
      expected: [['Hi', 1, true], ['said', 6, false], ['Ana', 11, false], ['Go', 16, true]],
    },
    {
      name: 'a term whose pre does not match the text is found by search',
      text: 'A  B C',
      sentences: [[term('A', '', ' '), term('B'), term('C', '', '')]],
      expected: [['A', 0, true], ['B', 3, false], ['C', 5, false]],
    },
    {
      name: 'a term missing from the text is skipped, not misplaced',
      text: 'one two',
      sentences: [[term('one'), term('zzz'), term('two', '', '')]],
      expected: [['one', 0, true], ['two', 4, false]],
    },
    {
      name: 'a quotation or a clause after a colon starts like a sentence',
      text: 'He said: “Nobody left” then Ana',
      sentences: [[term('He'), term('said', '', ': '), term('Nobody', '“'), term('left', '', '” '), term('then'), term('Ana', '', '')]],
      expected: [['He', 0, true], ['said', 3, false], ['Nobody', 10, true], ['left', 17, false], ['then', 23, false], ['Ana', 28, false]],
    },
    {
      name: 'symbols before the first word keep it sentence-initial',
      text: '🌊 Storm',
      sentences: [[term('🌊'), term('Storm', '', '')]],
      expected: [['🌊', 0, true], ['Storm', 3, true]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = flattenTerms(c.text, c.sentences).map((t) => [t.text, t.start, t.sentenceStart]);
      assert.deepEqual(got, c.expected);
    });
  }
});

describe('[nlp/tokens] tokenize', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  const texts = [
    'Plain text. Two sentences.',
    'CRLF line\r\nends\r\n\r\nkept.',
    'Astral 🌊 characters 𝔘 and combining é marks.',
    '“Curly” quotes, ‘singles’ — and dashes… U.S. envoys.',
    '',
    '   \n\t ',
  ];
  for (const text of texts) {
    it(`gives text.slice(start, end) === token.text for ${JSON.stringify(text.slice(0, 24))}`, () => {
      const tokens = tokenize(nlp, text);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
      for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].start >= tokens[i - 1].end, 'in order, no overlap');
    });
  }

  it('tags names from the lexicon and marks sentence starts', () => {
    const tokens = tokenize(nlp, 'Yesterday Maria flew to Paris. She stayed.');
    assert.deepEqual(tokens.map((t) => [t.text, t.sentence, t.sentenceStart]), [
      ['Yesterday', 0, true], ['Maria', 0, false], ['flew', 0, false], ['to', 0, false], ['Paris', 0, false],
      ['She', 1, true], ['stayed', 1, false],
    ]);
    assert.ok(tokens[4].tags.has('Place'));
  });
});
