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
/**
 * Articles beyond which a key is not compared pair by pair (keeps the pass linear in the corpus): the
 * articles naming it are each compared with the first of them (its anchor) instead. A name most of a
 * large story shares still joins that story's articles, and still counts towards any pair compared.
 */
export const MAX_PAIRED = 64;

/** Partitions article indices into stories: articles linked directly or through others sharing names. */
export function storiesOf(perArticle: readonly (readonly EntityNames[])[]): number[][] {
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
  // Inverted index: each key lists the articles that name it (in order), so only articles sharing a key are compared.
  const byKey = new Map<string, number[]>();
  signatures.forEach((keys, i) => {
    for (const key of keys.keys()) {
      const named = byKey.get(key);
      if (named) named.push(i);
      else byKey.set(key, [i]);
    }
  });
  const join = (a: number, b: number) => {
    // Already on one story: what else they share cannot change that (and most pairs of a big story are).
    if (find(a) !== find(b) && sharesEnough(signatures[a], signatures[b])) parent[find(b)] = find(a);
  };
  for (const named of byKey.values()) {
    if (named.length > MAX_PAIRED) {
      for (let b = 1; b < named.length; b++) join(named[0], named[b]);
      continue;
    }
    for (let a = 0; a < named.length; a++) for (let b = a + 1; b < named.length; b++) join(named[a], named[b]);
  }
  const groups = new Map<number, number[]>();
  perArticle.forEach((_e, i) => {
    const story = groups.get(find(i));
    if (story) story.push(i);
    else groups.set(find(i), [i]);
  });
  return [...groups.values()];
}

/**
 * Whether two articles (the earlier's signature first) share names that weigh enough to be on one
 * story: every key they share, each of the earlier article's entities counted once, at its best key's weight.
 */
export function sharesEnough(earlier: ReadonlyMap<string, number>, later: ReadonlyMap<string, number>): boolean {
  const best = new Map<number, number>();
  for (const [key, entity] of earlier) {
    if (later.has(key)) best.set(entity, Math.max(keyWeight(key), best.get(entity) ?? 0));
  }
  let total = 0;
  for (const w of best.values()) total += w;
  return total >= SHARED_TO_LINK;
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
