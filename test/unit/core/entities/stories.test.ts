// storiesOf / mergeAcrossStories: names are reconciled only between articles on the same story.
import assert from 'node:assert/strict';
import { mergeAcrossStories, storiesOf } from '../../../../src/core/entities';
import { MAX_PAIRED } from '../../../../src/core/entities/stories';
import type { Entity, EntityType } from '../../../../src/core/model';

function entity(name: string, type: EntityType, aliases: string[] = [name]): Entity {
  return { name, type, aliases, mentions: aliases.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text })) };
}

describe('[entities/stories] storiesOf', () => {
  it('links articles that share a full name and an organisation, and leaves an unrelated article alone', () => {
    const perArticle = [
      [entity('Amara Okafor', 'person'), entity('Lisbon', 'place'), entity('Harbour Council', 'organization')],
      [entity('Amara Okafor', 'person'), entity('Lisbon', 'place'), entity('Harbour Council', 'organization'), entity('Ferry Union', 'organization')],
      [entity('Okafor', 'person'), entity('Harbour Council', 'organization'), entity('Ferry Union', 'organization')],
      [entity('Tomas Brenner', 'person'), entity('Lisbon', 'place')],
    ];
    assert.deepEqual(storiesOf(perArticle), [[0, 1, 2], [3]]);
  });

  it('a story of more articles than are compared pair by pair is still one story, and an unrelated article stays out', () => {
    const story = Array.from({ length: 3 * MAX_PAIRED }, (_v, i) => [
      entity('Amara Okafor', 'person'),
      entity('Harbour Council', 'organization'),
      entity(`Witness ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`, 'person'),
    ]);
    const unrelated = [entity('Tomas Brenner', 'person'), entity('Harbour Council', 'organization')];
    const perArticle = [...story.slice(0, 10), unrelated, ...story.slice(10)];
    assert.deepEqual(storiesOf(perArticle), [perArticle.map((_a, i) => i).filter((i) => i !== 10), [10]]);
  });

  it('two places in common are not a story', () => {
    const perArticle = [
      [entity('U.S.', 'place'), entity('London', 'place')],
      [entity('U.S.', 'place'), entity('London', 'place')],
    ];
    assert.deepEqual(storiesOf(perArticle), [[0], [1]]);
  });

  it('an organisation known by two names counts once', () => {
    const perArticle = [
      [entity('Coastal Rescue Agency', 'organization', ['Coastal Rescue Agency', 'CRA'])],
      [entity('Coastal Rescue Agency', 'organization', ['Coastal Rescue Agency', 'CRA'])],
    ];
    assert.deepEqual(storiesOf(perArticle), [[0], [1]]);
  });
});

describe('[entities/stories] mergeAcrossStories', () => {
  it('renames a surname only within its story', () => {
    const perArticle = [
      [entity('Amara Okafor', 'person'), entity('Harbour Council', 'organization')],
      [entity('Okafor', 'person'), entity('Harbour Council', 'organization'), entity('Ferry Union', 'organization')],
      [entity('Okafor', 'person'), entity('Lisbon', 'place')],
    ];
    const names = mergeAcrossStories(perArticle).map((es) => es.map((e) => e.name));
    assert.deepEqual(names, [['Amara Okafor', 'Harbour Council'], ['Okafor', 'Harbour Council', 'Ferry Union'], ['Okafor', 'Lisbon']]);
    perArticle[0].push(entity('Ferry Union', 'organization'));
    const linked = mergeAcrossStories(perArticle).map((es) => es.map((e) => e.name));
    assert.deepEqual(linked[1], ['Amara Okafor', 'Harbour Council', 'Ferry Union']);
    assert.deepEqual(linked[2], ['Okafor', 'Lisbon']);
  });
});
