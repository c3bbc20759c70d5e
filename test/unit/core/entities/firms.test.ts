// Organisations met on wire copy (issue 12), each with invented text: gazetteer names in the other
// spelling or across "and"/"in", a place written before a known body, firms whose names are shaped like a
// person's but whose context is a firm's (share prices, "investment banks …", "companies including …", an
// opening acronym), and other names taken for people (brands, events, stations).
import assert from 'node:assert/strict';
import { findEntitiesWith } from '../../../../src/core/entities';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { articleOf } from './helpers';

type Typed = [name: string, type: string];

const cases: { rule: string; text: string; expected: Typed[] }[] = [
  {
    rule: 'a gazetteer name in British spelling, across "and" and "in", is one organisation',
    text: 'Monitors from the Organisation for Security and Cooperation in Europe reached the valley on Monday.',
    expected: [['Organisation for Security and Cooperation in Europe', 'organization']],
  },
  {
    rule: 'a country before a known body is a place of its own',
    text: 'Agents of the U.S. Federal Bureau of Investigation searched the warehouse.',
    expected: [['U.S.', 'place'], ['Federal Bureau of Investigation', 'organization']],
  },
  {
    rule: 'a name whose price moves in pence or cents is a firm',
    text: 'Property stocks were firm. Harwell Gate added 12p to 468p while Brisk Holm climbed 3 pence.',
    expected: [['Harwell Gate', 'organization'], ['Brisk Holm', 'organization']],
  },
  {
    rule: 'names after a plural kind of firm are firms, and so is a name that opens with an acronym',
    text: 'Traders cited upbeat notes from investment banks Tobias Fenwick and KMB Lanyard. KMB Lanyard said demand was firm.',
    expected: [['Tobias Fenwick', 'organization'], ['KMB Lanyard', 'organization']],
  },
  {
    rule: 'an acronym before a title word is the body, the title split off',
    text: 'The ruling was reversed by the QRA Administrator on appeal, and Ana Lund welcomed it.',
    expected: [['QRA', 'organization'], ['Ana Lund', 'person']],
  },
  {
    rule: 'a property firm is headed by "Estates"',
    text: 'Shares in Corrow Estates rose after the results.',
    expected: [['Corrow Estates', 'organization']],
  },
  {
    rule: 'names in a list that "companies including" introduces are firms',
    text: 'Offices of companies including Orvell Pasko, Tovan Hollis and Kestrel Foods line the street.',
    expected: [['Orvell Pasko', 'organization'], ['Tovan Hollis', 'organization'], ['Kestrel Foods', 'organization']],
  },
  {
    rule: 'a title word before a station’s name belongs to the place',
    text: 'The line runs from King Anselm Station to the harbour.',
    expected: [['Anselm Station', 'place']],
  },
  {
    rule: 'a brand-shaped word is no person, even when it speaks',
    text: 'Riders were angry, TransLink said.',
    expected: [],
  },
  {
    rule: 'a fundraiser is an event, whoever it is named after',
    text: 'Tickets for the Marla Jensen Cottages Fundraiser sold out.',
    expected: [],
  },
  {
    rule: 'a name that opens with its kind is an organisation; militant groups are known',
    text: 'Staff at Studio Vantrell designed it, and al-Shabaab claimed the attack.',
    expected: [['Studio Vantrell', 'organization'], ['Shabaab', 'organization']],
  },
];

describe('[entities/firms] organisations on wire copy', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  for (const { rule, text, expected } of cases) {
    it(rule, () => {
      const got = findEntitiesWith(nlp, articleOf(text));
      assert.deepEqual(got.map((e) => [e.name, e.type]), expected);
    });
  }
});
