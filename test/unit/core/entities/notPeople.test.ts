// Classes of false people met on news nobody tuned on (issue 12), each with invented text: a surname several
// people share, a middle name left out, animals, characters an actor plays, towns before their province, shops
// and publications named like people, halves of coordinated names, slashed photo credits, plurals of nouns.
import assert from 'node:assert/strict';
import { findEntitiesWith } from '../../../../src/core/entities';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { articleOf, at } from './helpers';

type Typed = [name: string, type: string];

/** Texts and the people (only) they name. */
const peopleCases: { rule: string; text: string; people: string[] }[] = [
  {
    rule: 'an animal named after its kind is no person ("his terrier Rosie")',
    text: 'Tomas Berglund, 71, walks his terrier Rosie along the canal each morning. Rosie knows the way.',
    people: ['Tomas Berglund'],
  },
  {
    rule: 'an animal in apposition is no person ("Charlie, a two-year-old beagle")',
    text: 'The shelter was run by Maren Ostby.\n\nShe adopted Charlie, a two-year-old beagle who arrived in May.',
    people: ['Maren Ostby'],
  },
  {
    rule: 'a name before an actor\'s name in brackets is the character that actor plays',
    text: 'The film follows Mira (Ilsa Vandeberg) and her rival Teodor (Kasimir Laine) across a frozen city.',
    people: ['Ilsa Vandeberg', 'Kasimir Laine'],
  },
  {
    rule: 'a shop named with a possessive is no person ("Rosa\'s Café")',
    text: 'Staff at Rosa\'s Café voted to join the union on Friday, said organiser Dalia Forsgren.',
    people: ['Dalia Forsgren'],
  },
  {
    rule: 'a publication before an organisation\'s role and a name is an organisation ("Harbour Review editor")',
    text: 'Who reads the budget, asks Ledger Walker editor Soren Haldane, in a column this week.',
    people: ['Soren Haldane'],
  },
  {
    rule: 'the half of a coordinated name before "and" is no person ("Kestrel Arts and Ice Complex")',
    text: 'The council cut the $12 million Marlow Sport and Ice Complex, said Mayor Petra Ionescu.',
    people: ['Petra Ionescu'],
  },
  {
    rule: 'the surname after a slashed photo credit is a credit, with whatever the line glued to it',
    text: 'The storm closed the port, said port chief Idris Kallio.\n\nWIREPHOTO/Lena Dovik Snow covers the quay on Monday.',
    people: ['Idris Kallio'],
  },
  {
    rule: 'the plural of a derived noun names nobody ("Director of Public Prosecutions")',
    text: 'The Director of Public Prosecutions has filed a motion, Maria Keller said.',
    people: ['Maria Keller'],
  },
  {
    rule: 'a name ending in "Mart" or "Programme" names no person',
    text: 'Staff from Kestrel Drug Mart joined the Coastal Renewal Programme, said Ines Marlow.',
    people: ['Ines Marlow'],
  },
];

describe('[entities/notPeople] names that are no person', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  for (const { rule, text, people } of peopleCases) {
    it(rule, () => {
      const got = findEntitiesWith(nlp, articleOf(text)).filter((e) => e.type === 'person').map((e) => e.name);
      assert.deepEqual(got, people);
    });
  }

  it('a town followed by its province or state is a place, a title word before it included', () => {
    const text = 'The mill sits west of Prince Alder, B.C., and north of Vessby, Ont., said Maja Lindqvist.';
    const got = findEntitiesWith(nlp, articleOf(text)).map((e): Typed => [e.name, e.type]);
    // The provinces themselves ("B.C.", "Ont") are places as well.
    assert.deepEqual(got.filter(([n]) => !['B.C.', 'Ont'].includes(n)), [['Prince Alder', 'place'], ['Vessby', 'place'], ['Maja Lindqvist', 'person']]);
  });

  it('a province written in full after a town makes it a place too, but not before a title', () => {
    const text = 'Kim Corvale, Nova Scotia, is her home town. Governor Ray Holt, Texas governor since May, came too.';
    const got = findEntitiesWith(nlp, articleOf(text)).map((e): Typed => [e.name, e.type]);
    assert.ok(got.some(([n, t]) => n === 'Kim Corvale' && t === 'place'), JSON.stringify(got));
    assert.ok(got.some(([n, t]) => n === 'Ray Holt' && t === 'person'), JSON.stringify(got));
  });
});

describe('[entities/notPeople] people who share a surname', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });
  const personMentions = (text: string) =>
    new Map(findEntitiesWith(nlp, articleOf(text)).filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.start)]));

  it('the surname alone is the namesake the story named first, when its paragraph names no other', () => {
    const text = 'Oskar Halvorsen scored twice on Sunday.\n\nIda Halvorsen, his sister, also played.\n\n"It felt good," said Halvorsen.';
    const got = personMentions(text);
    assert.deepEqual(got.get('Oskar Halvorsen'), [at(text, 'Oskar Halvorsen').start, at(text, 'Halvorsen', 2).start]);
    assert.deepEqual(got.get('Ida Halvorsen'), [at(text, 'Ida Halvorsen').start]);
    assert.equal(got.has('Halvorsen'), false);
  });

  it('the surname alone is the namesake named last in its own paragraph, a sentence apart from any other', () => {
    const text = 'Oskar Halvorsen scored twice.\n\nIda Halvorsen also played. Halvorsen said the ice was soft.';
    const got = personMentions(text);
    assert.deepEqual(got.get('Ida Halvorsen'), [at(text, 'Ida Halvorsen').start, at(text, 'Halvorsen', 2).start]);
    assert.deepEqual(got.get('Oskar Halvorsen'), [at(text, 'Oskar Halvorsen').start]);
  });

  it('a surname right after two namesakes in one sentence stays as written, and neither takes it as an alias', () => {
    const text = 'Ana Reyes and Luis Reyes run the firm. Reyes declined to comment.';
    const entities = findEntitiesWith(nlp, articleOf(text)).filter((e) => e.type === 'person');
    assert.deepEqual(entities.map((e) => e.name), ['Ana Reyes', 'Luis Reyes', 'Reyes']);
  });

  it('a shared surname joined by position is no alias of the namesake (the corpus must not merge the family)', () => {
    const text = 'Oskar Halvorsen scored twice.\n\nIda Halvorsen also played.\n\nHalvorsen said the ice was soft.';
    const oskar = findEntitiesWith(nlp, articleOf(text)).find((e) => e.name === 'Oskar Halvorsen');
    assert.deepEqual(oskar?.aliases, ['Oskar Halvorsen']);
    assert.equal(oskar?.mentions.length, 2);
  });

  it('given name and surname join the full name with a middle name', () => {
    const text = 'Jonas Emil Varga died in custody. His father, Peter Varga, said Jonas Varga had been ill.';
    const got = personMentions(text);
    assert.deepEqual(got.get('Jonas Emil Varga'), [at(text, 'Jonas Emil Varga').start, at(text, 'Jonas Varga').start]);
    assert.equal(got.has('Jonas Varga'), false);
  });
});
