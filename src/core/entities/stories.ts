// Which articles of a corpus are on the same story. Names are reconciled across articles only inside
// one story: a folder of unrelated wire stories must not have "U.S." rewritten as "United States", nor
// one story's "Reyes" taken for another story's "Ana Reyes".
import type { Entity } from '../model';
import { nameKeyMemo } from './classify';
import { mergeAcrossArticles, type EntityNames } from './corpus';

/**
 * Weight two articles must share to be on one story. A person's full name weighs 2, a surname or an
 * organisation 1, a place ½ ("U.S." and "London" are named by unrelated stories too): a full name and one
 * more person or organisation, or three people or organisations, make a story.
 */
export const SHARED_TO_LINK = 3;
/** Articles beyond which a weak key is not compared pair by pair (keeps the pass linear in the corpus). */
export const MAX_PAIRED = 64;

/** Partitions article indices into stories: articles linked directly or through others sharing names. */
export function storiesOf(perArticle: Entity[][]): number[][] {
  const nameKey = nameKeyMemo();
  const signatures = perArticle.map((entities) => signature(entities, nameKey));
  const parent = perArticle.map((_e, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // Inverted index: each key lists the articles (and which of their entities) that name it, so only
  // articles sharing a key are compared; an entity met under two shared keys counts once, at its best weight.
  const byKey = new Map<string, [article: number, entity: number][]>();
  signatures.forEach((keys, i) =>
    keys.forEach((entity, k) => {
      const named = byKey.get(k);
      if (named) named.push([i, entity]);
      else byKey.set(k, [[i, entity]]);
    }),
  );
  const shared = new Map<string, Map<number, number>>();
  for (const [key, named] of byKey) {
    const weight = keyWeight(key);
    // A weak key most of a large corpus shares says little, and comparing all its pairs would be quadratic.
    if (named.length > MAX_PAIRED) continue;
    for (let a = 0; a < named.length; a++) {
      for (let b = a + 1; b < named.length; b++) {
        // Already on one story: what else they share cannot change that (and most pairs of a big story are).
        if (find(named[a][0]) === find(named[b][0])) continue;
        const pair = `${named[a][0]}:${named[b][0]}`;
        const entities = shared.get(pair) ?? new Map<number, number>();
        entities.set(named[a][1], Math.max(weight, entities.get(named[a][1]) ?? 0));
        shared.set(pair, entities);
        let total = 0;
        for (const w of entities.values()) total += w;
        if (total >= SHARED_TO_LINK) parent[find(named[b][0])] = find(named[a][0]);
      }
    }
  }
  const groups = new Map<number, number[]>();
  perArticle.forEach((_e, i) => {
    const story = groups.get(find(i));
    if (story) story.push(i);
    else groups.set(find(i), [i]);
  });
  return [...groups.values()];
}

/** Key → index of the entity it names: a person by full name and by surname, anything else by every name. */
export function signature(entities: readonly EntityNames[], nameKey: (name: string) => string): Map<string, number> {
  const keys = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type === 'person') {
      const words = nameKey(e.name).split(' ');
      keys.set(`surname:${words[words.length - 1]}`, i);
      if (words.length > 1) keys.set(`fullname:${words.join(' ')}`, i);
    } else for (const alias of [e.name, ...e.aliases]) keys.set(`${e.type}:${nameKey(alias)}`, i);
  });
  return keys;
}

export function keyWeight(key: string): number {
  if (key.startsWith('fullname:')) return 2;
  return key.startsWith('place:') ? 0.5 : 1;
}

/** mergeAcrossArticles applied story by story; the input is not modified. */
export function mergeAcrossStories(perArticle: Entity[][]): Entity[][] {
  const out: Entity[][] = perArticle.map((entities) => entities);
  for (const story of storiesOf(perArticle)) {
    const merged = mergeAcrossArticles(story.map((i) => perArticle[i]));
    story.forEach((i, k) => (out[i] = merged[k]));
  }
  return out;
}
