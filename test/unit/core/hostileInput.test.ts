// Hostile input: the whole analysis never throws and every span it returns is a real slice of the
// text it reports (BOM removed, CRLF kept), on texts built to break naive code: CRLF with a BOM,
// decomposed (NFD) accents, one 200k-character line, thousands of unbalanced quote marks, NUL
// bytes, lone surrogates. Timing is measured by test/bench/scaling.ts, never asserted here.
import * as assert from 'assert';
import { analyzeArticle, type ArticleAnalysis } from '../../../src/core';
import { cutsInLongRuns, MAX_UNBROKEN_RUN } from '../../../src/core/nlp/tokens';

/** Every quote, speaker mention and entity mention is inside the text and names what it covers. */
function assertSpansValid(a: ArticleAnalysis): void {
  const { text } = a.article;
  const inside = (s: { start: number; end: number }, what: string) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: ${s.start}–${s.end} outside 0–${text.length}`);
  };
  for (const q of a.quotes) {
    inside(q, `quote "${q.text.slice(0, 30)}"`);
    assert.strictEqual(text.slice(q.start, q.end), q.text);
    if (q.speakerMention) inside(q.speakerMention, 'speaker mention');
  }
  for (const e of a.entities) {
    for (const m of e.mentions) {
      inside(m, `mention of ${e.name}`);
      assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
  }
  for (const p of a.article.paragraphs) inside(p, 'paragraph');
}

const HOSTILE: { name: string; text: string }[] = [
  { name: 'empty', text: '' },
  { name: 'only whitespace and line breaks', text: ' \r\n\r\n\t \n' },
  { name: 'BOM only', text: '\uFEFF' },
  { name: 'thousands of unbalanced straight and curly marks', text: 'She said "no and “maybe ‘left » « again „ ” word " '.repeat(3000) },
  { name: 'one 200k-character line', text: 'The mayor, Ana Ruiz, said the plan "will work" and must pass; '.repeat(3300).slice(0, 200_000) },
  { name: 'one 200k-character line without spaces', text: 'x'.repeat(200_000) },
  { name: 'NUL bytes inside the text', text: 'Pia Holm said "we\u0000 will go" on\u0000Monday.' },
  { name: 'lone surrogates', text: '\uD800 Pia Holm said "yes \uDC00 indeed," on Monday. \uD83D' },
  { name: 'NFD accents', text: 'Zoe\u0301 Me\u0301ndez said: «Ce\u0301sar a tort», ajouta l’e\u0301lue.\n\n"Nous verrons," dit Ine\u0300s.' },
  { name: 'emoji and combining marks at every word', text: '👩🏽‍⚖️ Judge Ama Owusu said "the court 🏛️ is clo\u0301sed," before 👋 leaving.'.repeat(50) },
  { name: 'control characters and form feeds', text: 'Line\u000b one\f "quoted\u0085 text," said Ola Berg.\u2028Next\u2029 line.' },
];

describe('hostile input: the analysis never crashes and spans stay exact', function () {
  this.timeout(120_000);
  for (const { name, text } of HOSTILE) {
    it(name, async () => {
      const analysis = await analyzeArticle(text);
      assert.strictEqual(analysis.article.text, text.replace(/^\uFEFF/, ''));
      assertSpansValid(analysis);
    });
  }

  it('CRLF with a BOM: the quote sits on the exact characters of the CRLF text without the BOM', async () => {
    const text = '\uFEFFHarbour vote\r\n\r\nThe chair, Mara Lindqvist, said: "The quay opens in May."\r\n\r\n"We are ready," said Tove Aas.\r\n';
    const analysis = await analyzeArticle(text);
    const body = text.slice(1);
    assert.strictEqual(analysis.article.text, body);
    const quotes = analysis.quotes.map((q) => [q.start, q.end, q.text]);
    const first = body.indexOf('The quay');
    const second = body.indexOf('We are ready,');
    assert.deepStrictEqual(quotes, [
      [first, first + 'The quay opens in May.'.length, 'The quay opens in May.'],
      [second, second + 'We are ready,'.length, 'We are ready,'],
    ]);
  });

  it('a long unbroken line gives the same quote spans as the same sentences on separate lines', async () => {
    const sentence = 'The mayor, Ana Ruiz, said the plan "will work" after the vote; ';
    const long = await analyzeArticle(sentence.repeat(200));
    const quoted = long.quotes.map((q) => q.text);
    assert.ok(quoted.length >= 150, `only ${quoted.length} quotes found`);
    assert.ok(quoted.every((q) => q === 'will work'), 'every quote is the quoted phrase');
  });
});

describe('cutsInLongRuns: long runs without a sentence break are cut at spaces', () => {
  const cases: { name: string; text: string; cuts: number[] }[] = [
    { name: 'ordinary text is never cut', text: 'One sentence. Another one!\nA third line', cuts: [] },
    { name: 'a run just at the limit is not cut', text: 'a'.repeat(MAX_UNBROKEN_RUN), cuts: [] },
    { name: 'a run without spaces is cut at the limit', text: 'a'.repeat(MAX_UNBROKEN_RUN * 2 + 10), cuts: [MAX_UNBROKEN_RUN, MAX_UNBROKEN_RUN * 2] },
    { name: 'a run with spaces is cut after the last space before the limit', text: 'abcd '.repeat(MAX_UNBROKEN_RUN / 5 + 1), cuts: [MAX_UNBROKEN_RUN] },
    { name: 'a cut never splits a surrogate pair', text: 'a' + '😀'.repeat(MAX_UNBROKEN_RUN), cuts: [MAX_UNBROKEN_RUN + 1] },
  ];
  for (const { name, text, cuts } of cases) {
    it(name, () => assert.deepStrictEqual(cutsInLongRuns(text), cuts));
  }
});
