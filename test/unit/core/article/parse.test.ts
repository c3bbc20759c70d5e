import * as assert from 'assert';
import { parseArticle, stripBom } from '../../../../src/core/article';
import type { Article, Span } from '../../../../src/core/model';

const slice = (a: Article, s: Span | undefined) => (s ? a.text.slice(s.start, s.end) : undefined);
const paragraphs = (a: Article) => a.paragraphs.map((p) => `${p.boilerplate ? 'B' : '-'} ${a.text.slice(p.start, p.end)}`);

describe('[article/parse]', () => {
  it('reads headline, byline, dateline and date, and marks furniture', () => {
    const text = [
      'Skip to content',
      'Harbour fire forces evacuation of 1,200',
      'By Mira Castell and Tom Oduya',
      'Published 3 March 2031',
      'PORT ELSWORTH, March 3 (Meridian Wire) — Fire tore through a fertiliser store on the quay overnight.',
      '“We got everyone out,” fire chief Ana Ruiz said.',
      'Share on Facebook',
      '© 2031 Meridian Wire',
    ].join('\n');
    const a = parseArticle(text);
    assert.strictEqual(slice(a, a.headline), 'Harbour fire forces evacuation of 1,200');
    assert.strictEqual(slice(a, a.byline), 'Mira Castell and Tom Oduya');
    assert.strictEqual(slice(a, a.dateline), 'PORT ELSWORTH');
    assert.deepStrictEqual(a.meta, {
      title: 'Harbour fire forces evacuation of 1,200', byline: 'Mira Castell and Tom Oduya', date: '2031-03-03', dateline: 'PORT ELSWORTH', outlet: 'Meridian Wire',
    });
    assert.deepStrictEqual(paragraphs(a), [
      'B Skip to content',
      '- Harbour fire forces evacuation of 1,200',
      '- By Mira Castell and Tom Oduya',
      'B Published 3 March 2031',
      '- PORT ELSWORTH, March 3 (Meridian Wire) — Fire tore through a fertiliser store on the quay overnight.',
      '- “We got everyone out,” fire chief Ana Ruiz said.',
      'B Share on Facebook',
      'B © 2031 Meridian Wire',
    ]);
  });

  it('reads a plain dateline with a dash and a sign-off name at the end', () => {
    const text = 'Quay reopens\n\nVALMORE – The quay reopened on Friday after three days.\n\nThe council will meet again in April to review the repairs.\n\nCrews worked through the night.\n\nJonas K. Brandt';
    const a = parseArticle(text);
    assert.strictEqual(slice(a, a.dateline), 'VALMORE');
    assert.strictEqual(slice(a, a.byline), 'Jonas K. Brandt');
  });

  it('reads a masthead and its slogan as furniture and the outlet, and a byline without "By"', () => {
    const text = [
      'The Harbour Post',
      'Home | News | Port | Sport',
      'Your paper since 1902',
      'NEWS',
      'Quay reopens after three days of repairs',
      'Ferries and cargo ships return to berth four on Friday',
      'Mira Castell, Ports Correspondent',
      'The quay at Port Elsworth reopened on Friday after crews replaced the pilings.',
    ].join('\n');
    const a = parseArticle(text);
    assert.strictEqual(slice(a, a.headline), 'Quay reopens after three days of repairs');
    assert.strictEqual(slice(a, a.byline), 'Mira Castell');
    assert.strictEqual(a.meta.outlet, 'The Harbour Post');
    assert.deepStrictEqual(paragraphs(a).map((p) => p[0]), ['B', 'B', 'B', 'B', '-', '-', '-', '-']);
  });

  it('takes no masthead when the first line is the headline', () => {
    const a = parseArticle('Quay Reopens\nShare on Facebook\nThe quay reopened on Friday after three days.');
    assert.strictEqual(slice(a, a.headline), 'Quay Reopens');
    assert.strictEqual(a.meta.outlet, undefined);
  });

  it('reads a markdown byline in single asterisks, keeping the role out', () => {
    const a = parseArticle('# Quay reopens\n\n*By Sam Oyelaran, Harbour Radio, Port Elsworth*\n\nThe quay reopened on Friday.');
    assert.strictEqual(slice(a, a.byline), 'Sam Oyelaran');
  });

  it('gives the headline of a markdown article without its "#"', () => {
    const a = parseArticle('# Quay reopens after fire\n\nThe quay reopened on Friday.');
    assert.strictEqual(slice(a, a.headline), 'Quay reopens after fire');
  });

  it('takes no headline when the first line is a prose sentence', () => {
    const a = parseArticle('The quay reopened on Friday after three days of repairs.\nCrews left.');
    assert.strictEqual(a.headline, undefined);
  });

  it('splits an appeal glued to the first sentence and marks only the appeal', () => {
    const text = 'Quay reopens\nYour support makes all the difference.Mayor Lydia Grant said the quay is open.';
    const a = parseArticle(text);
    assert.deepStrictEqual(paragraphs(a), ['- Quay reopens', 'B Your support makes all the difference.', '- Mayor Lydia Grant said the quay is open.']);
    assert.deepStrictEqual(a.boilerplate.map((s) => slice(a, s)), ['Your support makes all the difference.']);
  });

  it('extends boilerplate to a paragraph between two boilerplate paragraphs and to short lines after it', () => {
    const text = [
      'Quay reopens',
      'Your support helps us tell the story.',
      'From storms to strikes, the Harbour Post is on the ground whenever news breaks, and we stay until the story is told.',
      'Every donation you make keeps our reporters on the waterfront.',
      'The quay reopened on Friday after three days of repairs.',
      'Share this article',
      'Harbour Post Radio Podcast',
    ].join('\n');
    assert.deepStrictEqual(paragraphs(parseArticle(text)).map((p) => p[0]), ['-', 'B', 'B', 'B', '-', 'B', 'B']);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = [
      'Quay reopens after three days of repairs',
      '',
      'The quay at Port Elsworth reopened on Friday morning after crews',
      'worked for three days to replace the timber pilings under berth four.',
      '',
      'Harbour master Ines Varga said the first ferry would sail at noon,',
      'and that cargo traffic would return to normal by the end of next week.',
      '',
      'The council has promised an inquiry into how the fire spread so fast',
      'through the fertiliser store on the eastern end of the quayside.',
    ].join('\n');
    const a = parseArticle(wrapped);
    assert.strictEqual(a.paragraphs.length, 4);
    assert.ok(slice(a, a.paragraphs[1])!.endsWith('berth four.'));
  });

  it('keeps offsets exact with CRLF line endings', () => {
    const text = 'Quay reopens\r\n\r\nShare on Facebook\r\nThe quay reopened.\r\n';
    const a = parseArticle(text);
    assert.deepStrictEqual(a.paragraphs, [
      { start: 0, end: 12, boilerplate: false },
      { start: 16, end: 33, boilerplate: true },
      { start: 35, end: 53, boilerplate: false },
    ]);
    assert.deepStrictEqual(a.boilerplate, [{ start: 16, end: 33 }]);
  });

  it('counts offsets after the byte-order mark is removed', () => {
    const text = stripBom('\uFEFFQuay reopens\nThe quay reopened.');
    const a = parseArticle(text);
    assert.deepStrictEqual(a.headline, { start: 0, end: 12 });
    assert.strictEqual(stripBom('no mark'), 'no mark');
  });

  it('never throws on odd input', () => {
    for (const odd of ['', '\n\n\n', '“', '\r\n', 'x'.repeat(300000), '| | | |', '\uFEFF']) assert.doesNotThrow(() => parseArticle(odd));
  });
});
