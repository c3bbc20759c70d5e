import { strict as assert } from 'node:assert';
import type { Quote } from '../../../../src/core/model';
import { mentionsOf, quotesBySpeaker } from '../../../../src/extension/find/passageGroups';

// Fictional articles written for this test.
const BULLETIN = 'Lowmoor Bulletin\n\n"We sail at dawn," said Orla Pennick.\n"Not before the tide," said Davin Marsh.\n"It holds," she said.\n';
const COURIER = '"A month at least," said Davin Marsh.\n"Nobody told us," a skipper said.\n"Who knows."\n';

function quote(text: string, whole: string, speaker: string | null): Quote {
  const start = whole.indexOf(text);
  assert.ok(start >= 0, text);
  return { start, end: start + text.length, text, speaker };
}

describe('[extension/find] passages by speaker and by entity', () => {
  const articles = [
    {
      uri: 'file:///story/bulletin.txt',
      source: 'Lowmoor Bulletin',
      text: BULLETIN,
      quotes: [quote('We sail at dawn,', BULLETIN, 'Orla Pennick'), quote('Not before the tide,', BULLETIN, 'Davin Marsh'), quote('It holds,', BULLETIN, 'Orla Pennick')],
    },
    {
      uri: 'file:///story/courier.md',
      source: 'courier.md',
      text: COURIER,
      quotes: [quote('A month at least,', COURIER, 'Davin Marsh'), quote('Nobody told us,', COURIER, 'a skipper'), quote('Who knows.', COURIER, null)],
    },
  ];

  it('groups every quote of every article by speaker, most quoted first, the unattributed last', () => {
    const groups = quotesBySpeaker(articles);
    assert.deepEqual(
      groups.map((g) => [g.name, g.passages.length, g.sources]),
      [
        ['Davin Marsh', 2, ['Lowmoor Bulletin', 'courier.md']],
        ['Orla Pennick', 2, ['Lowmoor Bulletin']],
        ['a skipper', 1, ['courier.md']],
        [null, 1, ['courier.md']],
      ],
    );
  });

  it('gives each passage its article, one-based line and own words', () => {
    const marsh = quotesBySpeaker(articles)[0];
    assert.deepEqual(
      marsh.passages.map((p) => [p.uri, p.line, p.text, BULLETIN.includes(p.text) || COURIER.includes(p.text)]),
      [
        ['file:///story/bulletin.txt', 4, 'Not before the tide,', true],
        ['file:///story/courier.md', 1, 'A month at least,', true],
      ],
    );
  });

  it('a speaker named like an Object.prototype property is just a name', () => {
    const text = '"Yes," said __proto__.\n';
    const groups = quotesBySpeaker([{ uri: 'file:///x.txt', source: 'x.txt', text, quotes: [quote('Yes,', text, '__proto__'), quote('Yes,', text, 'constructor')] }]);
    assert.deepEqual(groups.map((g) => g.name).sort(), ['__proto__', 'constructor']);
  });

  it('lists an entity’s mentions in article order, then text order', () => {
    const marsh = (whole: string) => [...whole.matchAll(/Davin Marsh/g)].map((m) => ({ start: m.index, end: m.index + 11 })).reverse();
    const found = mentionsOf([
      { article: articles[0], mentions: marsh(BULLETIN) },
      { article: articles[1], mentions: marsh(COURIER) },
    ]);
    assert.deepEqual(found.map((p) => [p.source, p.line, p.text]), [
      ['Lowmoor Bulletin', 4, 'Davin Marsh'],
      ['courier.md', 1, 'Davin Marsh'],
    ]);
  });
});
