// mergeAcrossArticles: the same entity gets the same canonical name and type in every article.
import assert from 'node:assert/strict';
import { mergeAcrossArticles } from '../../../../src/core/entities';
import { oneEditApart } from '../../../../src/core/entities/corpus';
import type { Entity, EntityType } from '../../../../src/core/model';

/** An entity with one mention per alias, at made-up but distinct offsets. */
function entity(name: string, type: EntityType, aliases: string[] = [name], at = 0): Entity {
  return {
    name,
    type,
    aliases,
    mentions: aliases.map((text, i) => ({ start: at + i * 100, end: at + i * 100 + text.length, text })),
  };
}

const names = (perArticle: Entity[][]) => perArticle.map((es) => es.map((e) => `${e.type}:${e.name}`));

const cases: { rule: string; input: Entity[][]; expected: string[][] }[] = [
  {
    rule: 'a lone surname takes the only full name of that surname in the corpus',
    input: [[entity('Okafor', 'person')], [entity('Amara Okafor', 'person', ['Amara Okafor', 'Okafor'])]],
    expected: [['person:Amara Okafor'], ['person:Amara Okafor']],
  },
  {
    rule: 'a surname shared by two full names stays as written',
    input: [[entity('Reyes', 'person')], [entity('Ana Reyes', 'person')], [entity('Luis Reyes', 'person')]],
    expected: [['person:Reyes'], ['person:Ana Reyes'], ['person:Luis Reyes']],
  },
  {
    rule: 'an acronym is linked to the spelled-out name whose initials it is, but keeps the words its article writes',
    input: [[entity('CRA', 'organization')], [entity('Coastal Rescue Agency', 'organization')]],
    expected: [['organization:CRA'], ['organization:Coastal Rescue Agency']],
  },
  {
    rule: 'case variants, points and a leading "the" are the same name',
    input: [[entity('Nordhaven Group', 'organization', ['The Nordhaven Group'])], [entity('NORDHAVEN GROUP', 'organization')], [entity('Nordhaven group', 'organization')]],
    expected: [['organization:Nordhaven Group'], ['organization:Nordhaven Group'], ['organization:Nordhaven Group']],
  },
  {
    rule: 'a shared alias links articles ("U.S." / "United States"); a place is named as its article writes it',
    input: [[entity('U.S.', 'place', ['U.S.'])], [entity('United States', 'place', ['United States', 'U.S.'])]],
    expected: [['place:U.S.'], ['place:United States']],
  },
  {
    rule: 'an article that writes both forms takes the fuller one from the corpus',
    input: [[entity('US', 'place', ['US', 'United States'])], [entity('United States', 'place', ['United States'])]],
    expected: [['place:United States'], ['place:United States']],
  },
  {
    rule: 'the same spelling with different types stays apart',
    input: [[entity('Jordan', 'place')], [entity('Jordan', 'person')]],
    expected: [['place:Jordan'], ['person:Jordan']],
  },
  {
    rule: 'the type most articles give wins for a linked cluster',
    input: [[entity('Amara Okafor', 'person')], [entity('Okafor', 'person')], [entity('Okafor', 'person')]],
    expected: [['person:Amara Okafor'], ['person:Amara Okafor'], ['person:Amara Okafor']],
  },
  {
    rule: 'a one-letter transliteration variant of a long surname is the same person',
    input: [[entity('Olena Kovalenkoo', 'person')], [entity('Olena Kovalenko', 'person')], [entity('Kovalenkoo', 'person')]],
    expected: [['person:Olena Kovalenkoo'], ['person:Olena Kovalenkoo'], ['person:Olena Kovalenkoo']],
  },
  {
    rule: 'a surname with its particle takes the full name from another article',
    input: [[entity('Van Dijk', 'person')], [entity('Joost van Dijk', 'person')]],
    expected: [['person:Joost van Dijk'], ['person:Joost van Dijk']],
  },
  {
    rule: 'one letter apart with different given names are different people',
    input: [[entity('Jordan Hendrix', 'person')], [entity('Gordon Hendrik', 'person')]],
    expected: [['person:Jordan Hendrix'], ['person:Gordon Hendrik']],
  },
];

describe('[entities/corpus] oneEditApart', () => {
  const rows: [string, string, boolean][] = [
    ['hrushevsky', 'hrushevskyy', true], ['hrushevskyy', 'hrushevsky', true], ['kovalenko', 'kovalenka', true],
    ['kovalenko', 'kovalenko', true], ['okafor', 'okafur', true], ['okafor', 'okafurr', false], ['brenner', 'brennan', false],
  ];
  for (const [a, b, want] of rows) it(`${a} / ${b} → ${want}`, () => assert.equal(oneEditApart(a, b), want));
});

describe('[entities/corpus] mergeAcrossArticles', () => {
  for (const { rule, input, expected } of cases) {
    it(rule, () => assert.deepEqual(names(mergeAcrossArticles(input)), expected));
  }

  it('joins two entities of one article that now share a name, keeping every mention in order', () => {
    const a = [entity('CRA', 'organization', ['CRA'], 500), entity('Coastal Rescue Agency', 'organization', ['Coastal Rescue Agency'], 10)];
    const [merged] = mergeAcrossArticles([a]);
    assert.equal(merged.length, 1);
    assert.equal(merged[0].name, 'Coastal Rescue Agency');
    assert.deepEqual(merged[0].mentions.map((m) => [m.text, m.start]), [['Coastal Rescue Agency', 10], ['CRA', 500]]);
    assert.deepEqual(new Set(merged[0].aliases), new Set(['Coastal Rescue Agency', 'CRA']));
  });

  it('does not modify its input and handles no articles', () => {
    const input = [[entity('Okafor', 'person')], [entity('Amara Okafor', 'person')]];
    const copy = JSON.parse(JSON.stringify(input));
    mergeAcrossArticles(input);
    assert.deepEqual(input, copy);
    assert.deepEqual(mergeAcrossArticles([]), []);
    assert.deepEqual(mergeAcrossArticles([[], []]), [[], []]);
  });
});
