// Classes of error met on wire copy and regional news, each with invented text: datelines, descriptors and
// credits glued to names, events, portfolio titles, context cues, "of <Country>" and results lines.
import assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/article';
import { findEntitiesWith } from '../../../../src/core/entities';
import { datelinePlaces } from '../../../../src/core/entities/dateline';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { articleOf } from './helpers';

type Typed = [name: string, type: string];

const cases: { rule: string; text: string; expected: Typed[]; parse?: boolean }[] = [
  {
    rule: 'a dateline "CITY yyyy-mm-dd" names a place even on a boilerplate line, in ordinary case',
    text: 'Harbour board backs new pier.\nOSTRAVIK 2031-04-02\nThe harbour board said on Tuesday the pier would open in May.',
    expected: [['Ostravik', 'place']],
    parse: true,
  },
  {
    rule: 'a dateline "CITY, Region date" names both places',
    text: 'Mill to close.\nNEW BRANTLEY, Kestria 2031-04-02\nThe mill will close, its owners said.',
    expected: [['New Brantley', 'place'], ['Kestria', 'place']],
    parse: true,
  },
  {
    rule: 'a capitalised common noun before a given name describes the person',
    text: 'The launch went well. Billionaire Helen Vantongeren waved to the crowd.',
    expected: [['Helen Vantongeren', 'person']],
  },
  {
    rule: 'a lower-case syllable after a hyphen completes an East Asian given name; "-led" does not',
    text: 'The envoy met Pak Sun-hee in the capital. The Lund-led team left.',
    expected: [['Pak Sun-hee', 'person']],
  },
  {
    rule: 'picture credits name nobody in the story; a platform before a handle stays',
    text: 'The council voted on Monday. (Ana Roe/The Harbour Press) Later it met again. (Twitter/@HarbourCouncil)',
    expected: [['Harbour Press', 'organization'], ['Twitter', 'organization'], ['Harbour Council', 'organization']],
  },
  {
    rule: 'events and competitions are neither people, organisations nor places',
    text: 'She won the Harbour Cup in June and lost the Kestrel Open final to Mara Quill, who is from Lisbon.',
    expected: [['Mara Quill', 'person'], ['Lisbon', 'place']],
  },
  {
    rule: 'a portfolio before a title belongs to the title, not to the organisation',
    text: 'The ban was proposed by EU Fisheries Commissioner Ilse Brandt on Monday.',
    expected: [['EU', 'organization'], ['Ilse Brandt', 'person']],
  },
  {
    rule: '"said it/its" after a date makes an unknown name a firm; an age in commas makes a person',
    text: 'Halvard Marrow said on Thursday it would cut 200 jobs. Osei Brandvold, 43, said the cuts were a shock.',
    expected: [['Halvard Marrow', 'organization'], ['Osei Brandvold', 'person']],
  },
  {
    rule: 'a kind of organisation after a determiner types the name; a job without one does not',
    text: 'Analysts at the lender Corvale Marlin were wary. The other witness was insurer Tomas Brenner.',
    expected: [['Corvale Marlin', 'organization'], ['Tomas Brenner', 'person']],
  },
  {
    rule: 'a results line names two teams',
    text: 'Result of a league match on Saturday. Kestrel 2 Ostrava Athletic 1.',
    expected: [['Kestrel', 'organization'], ['Ostrava Athletic', 'organization']],
  },
  {
    rule: '"<person> of <country>" is two names; "Bank of <country>" is one',
    text: 'Seeded players included Mara Lund Quill of Germany, while the Bank of England kept rates.',
    expected: [['Mara Lund Quill', 'person'], ['Germany', 'place'], ['Bank of England', 'organization']],
  },
  {
    rule: 'an organisation\'s name then a person\'s, without punctuation, are two names',
    text: 'The photograph was taken at dawn. Meridian Images Kevin Ostrander was there.',
    expected: [['Meridian Images', 'organization'], ['Kevin Ostrander', 'person']],
  },
  {
    rule: 'a job title alone names nobody; a road or a station is a place',
    text: 'Senior Research Fellow Ana Roe said traffic on Brantley Highway near Frederick Station was slow.',
    expected: [['Ana Roe', 'person'], ['Brantley Highway', 'place'], ['Frederick Station', 'place']],
  },
  {
    rule: 'an age glued to a name by a missing space is not part of it',
    text: 'The victims included Omar Lindqvist,60, a retired teacher.',
    expected: [['Omar Lindqvist', 'person']],
  },
];

describe('[entities/wire] classes of error on wire copy', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  for (const { rule, text, expected, parse } of cases) {
    it(rule, () => {
      const got = findEntitiesWith(nlp, parse ? parseArticle(text) : articleOf(text));
      assert.deepEqual(got.map((e) => [e.name, e.type]), expected);
      for (const e of got) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }
});

describe('[entities/dateline] datelinePlaces', () => {
  const spans = (text: string) => datelinePlaces(articleOf(text)).map((s) => text.slice(s.start, s.end));
  const rows: [string, string[]][] = [
    ['Headline here.\nOSTRAVIK 2031-04-02\nBody.', ['OSTRAVIK']],
    ['PORT ELSWORTH, Kestria 2031-04-02\nBody.', ['PORT ELSWORTH', 'Kestria']],
    ['MILLBROOK, Minn. 2031-04-02\nBody.', ['MILLBROOK', 'Minn.']],
    ['VALMORA (Meridian Wire) - The board met.', ['VALMORA']],
    ['OSTRAVIK, March 3 (Meridian Wire) — The board met.', ['OSTRAVIK']],
    ['SAILING - HARBOUR REGATTA RESULTS\nBody.', []],
    ['UPDATED 2031-04-02\nBody.', []],
    ['The board met in Ostravik on 2031-04-02.', []],
  ];
  for (const [text, want] of rows) it(JSON.stringify(text.slice(0, 40)), () => assert.deepEqual(spans(text), want));
});
