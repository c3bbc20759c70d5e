import * as assert from 'assert';
import type { ArticleAnalysis } from '../../../../../src/core/model';
import { suggestClaims, type SuggestionSource } from '../../../../../src/core/crossSource/claims/suggest';

/** One paragraph per line; a line starting with "|" is page furniture. */
function source(file: string, lines: string[]): SuggestionSource {
  let text = '';
  const paragraphs = [];
  for (const line of lines) {
    const boilerplate = line.startsWith('|');
    paragraphs.push({ start: text.length, end: text.length + line.length, boilerplate });
    text += line + '\n\n';
  }
  const analysis: ArticleAnalysis = {
    article: { text, meta: {}, paragraphs, boilerplate: paragraphs.filter((p) => p.boilerplate).map(({ start, end }) => ({ start, end })) },
    quotes: [],
    entities: [],
    diagnostics: [],
  };
  return { file, analysis };
}

const gazette = source('gazette.txt', [
  'Officials said 1,000 people were evacuated from the Saltmarsh estate. Two workers remain in hospital.',
  'The blaze started because a pump overheated at the depot.',
  '| Subscribe for 3 months of news',
]);
const post = source('post.txt', [
  'Police said 1,500 people were evacuated from the estate overnight. Two workers remain in hospital, the operator said.',
  'A spokesman said the fire started because a pump overheated.',
]);
const daily = source('daily.txt', ['Two workers remain in intensive care. The port spent $2 million on new alarms last year.']);

describe('[crossSource/claims/suggest]', () => {
  const got = suggestClaims([gazette, post, daily]);

  it('finds the contradiction, the corroborations and the single-sourced figure, in that order', () => {
    assert.deepStrictEqual(
      got.map((s) => [s.status, s.kind, s.subject, s.files]),
      [
        ['contradicted', 'count', 'people', ['gazette.txt', 'post.txt']],
        ['corroborated', 'count', 'workers', ['gazette.txt', 'post.txt', 'daily.txt']],
        ['corroborated', 'causal', 'causal', ['gazette.txt', 'post.txt']],
        ['single-sourced', 'money', 'money (USD)', ['daily.txt']],
      ],
    );
  });

  it('gives the values each source reports and exact evidence spans', () => {
    const people = got[0];
    assert.deepStrictEqual(people.values, [
      { file: 'gazette.txt', values: [1000] },
      { file: 'post.txt', values: [1500] },
    ]);
    assert.strictEqual(people.key, 'fig:count:people:1000|1500');
    assert.strictEqual(people.text, 'Officials said 1,000 people were evacuated from the Saltmarsh estate.');
    const texts = { 'gazette.txt': gazette, 'post.txt': post, 'daily.txt': daily } as Record<string, SuggestionSource>;
    for (const s of got) {
      for (const e of s.evidence) {
        const text = texts[e.file].analysis.article.text;
        assert.strictEqual(text.slice(e.start, e.end), e.text);
        assert.strictEqual(text.slice(e.sentence.start, e.sentence.end), e.excerpt);
      }
    }
    assert.deepStrictEqual(
      people.evidence.map((e) => [e.file, e.start, e.end, e.text]),
      [
        ['gazette.txt', 15, 27, '1,000 people'],
        ['post.txt', 12, 24, '1,500 people'],
      ],
    );
  });

  it('ignores page furniture', () => assert.ok(!got.some((s) => s.evidence.some((e) => e.text.includes('months')))));

  it('keeps keys stable whatever the order of the sources', () => {
    const reversed = suggestClaims([daily, post, gazette]);
    assert.deepStrictEqual(reversed.map((s) => s.key).sort(), got.map((s) => s.key).sort());
  });

  it('leaves out dismissed suggestions', () => {
    const dismissed = [got[0].key, got[3].key];
    assert.deepStrictEqual(
      suggestClaims([gazette, post, daily], { dismissed }).map((s) => s.key),
      [got[1].key, got[2].key],
    );
  });

  it('agrees within 15% when a writer hedges', () => {
    const a = source('a.txt', ['About 90,000 troops were seen near the border.']);
    const b = source('b.txt', ['Satellite images showed 94,000 troops near the border.']);
    assert.deepStrictEqual(
      suggestClaims([a, b]).map((s) => s.status),
      ['corroborated'],
    );
  });

  it('leaves out what follows a furniture heading ("Related", "About <sender>", notes to editors)', () => {
    const cases: [string, number][] = [
      ['Related', 1],
      ['About Harbour Trust', 1],
      ['Notes to editors:', 1],
      ['About 300 boats were moored.', 4],
    ];
    for (const [heading, expected] of cases) {
      const release = source('release.txt', ['Some 40 pilots joined the strike.', heading, 'The trust handles 12 million tonnes of cargo and 900 jobs.']);
      assert.strictEqual(suggestClaims([release]).length, expected, heading);
    }
  });

  it('does not suggest a statement again when its sentence already carries a suggested figure', () => {
    const a = source('a.txt', ['The yard shut because 40 welders walked out.', 'The strike began because pay talks failed.']);
    assert.deepStrictEqual(
      suggestClaims([a]).map((s) => [s.kind, s.text]),
      [
        ['count', 'The yard shut because 40 welders walked out.'],
        ['causal', 'The strike began because pay talks failed.'],
      ],
    );
  });

  it('counts the same figure twice in one sentence once', () => {
    const a = source('a.txt', ['Of the 12 boats, 12 boats sank.']);
    assert.deepStrictEqual(suggestClaims([a]).map((s) => s.evidence.length), [1]);
  });

  it('joins an outlet’s second mention when another mention of the same outlet matches each rival', () => {
    const a = source('a.txt', ['About 800 residents of Dunmore left their homes overnight.']);
    const b = source('b.txt', ['Police moved 900 people out of Dunmore homes overnight.', 'Reports say 800 people were evacuated from Dunmore.']);
    const c = source('c.txt', ['Crews helped 850 people leave Dunmore homes overnight.']);
    const got = suggestClaims([a, b, c]);
    assert.deepStrictEqual(got.map((s) => [s.status, s.evidence.map((e) => e.text)]), [['contradicted', ['800 residents', '900 people', '800 people', '850 people']]]);
  });

  it('sorts by status, then the number of outlets, then where the first source states it', () => {
    const a = source('a.txt', ['The fleet has 7 trawlers.', 'Crews landed 30 tonnes of cod.', 'Some 40 pilots joined the strike.']);
    const b = source('b.txt', ['Some 40 pilots joined the strike at the harbour.']);
    assert.deepStrictEqual(suggestClaims([a, b]).map((s) => s.subject), ['pilots', 'trawlers', 'tonnes']);
  });

  it('lines up "2 hours", "a two-hour call" and "a two-hour video call" as one figure', () => {
    const a = source('a.txt', ['The mayors of Brill and Tovey spoke for 2 hours on Monday.']);
    const b = source('b.txt', ['After a two-hour call, the mayors of Brill and Tovey agreed.']);
    const c = source('c.txt', ['The Brill mayor held a two-hour video call with Tovey.']);
    const got = suggestClaims([a, b, c]);
    assert.deepStrictEqual(got.map((s) => [s.status, s.files.length, s.evidence.map((e) => e.text)]), [['corroborated', 3, ['2 hours', 'two-hour', 'two-hour']]]);
  });

  it('suggests no small counts of generic things, no labels and no idioms', () => {
    const a = source('a.txt', ['The two leaders met at the Phase 2 site. "I could not ask for more than this," Oda said.']);
    assert.deepStrictEqual(suggestClaims([a]), []);
  });

  it('returns nothing for no sources or empty articles', () => {
    assert.deepStrictEqual(suggestClaims([]), []);
    assert.deepStrictEqual(suggestClaims([source('e.txt', [''])]), []);
  });
});
