// Cross-article reconciliation: the same thing gets the same canonical name and type in every
// article ("US" here, "United States" there; "Okafor" here, "Pavel Okafor" there).
import type { Entity, EntityType } from '../model';
import { nameKeyMemo } from './classify';
import { initialsOf, isAcronym, surnamesOf } from './merge';

/** "van dijk", "von der leyen": a surname that starts with its particle. */
export const NAME_PARTICLE_START = /^(van|von|de|del|della|di|da|der|den|la|le|du|bin|al|el|ibn|dos|das) /;

interface Node {
  article: number;
  entity: Entity;
  parent: number;
}

/** Gives the same entity the same canonical name in every article; the input is not modified. */
export function mergeAcrossArticles(perArticle: Entity[][]): Entity[][] {
  const nameKey = nameKeyMemo();
  const nodes: Node[] = [];
  perArticle.forEach((entities, article) => entities.forEach((entity) => nodes.push({ article, entity, parent: nodes.length })));
  const find = (i: number): number => {
    while (nodes[i].parent !== i) {
      nodes[i].parent = nodes[nodes[i].parent].parent;
      i = nodes[i].parent;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) nodes[rb].parent = ra;
  };

  // 1. Same type and a shared spelling (case, points and "the" aside).
  const byKey = new Map<string, number>();
  nodes.forEach((n, i) => {
    for (const alias of [n.entity.name, ...n.entity.aliases]) {
      const key = `${n.entity.type}:${nameKey(alias)}`;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else union(seen, i);
    }
  });

  // 2. A lone surname joins the only full name in the corpus that ends with it;
  //    an acronym joins the only name whose initials it spells.
  const surnameOwners = new Map<string, Set<number>>();
  const initialsOwners = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    const words = nameKey(n.entity.name).split(' ');
    if (n.entity.type === 'person' && words.length >= 2) for (const s of surnamesOf(words)) addTo(surnameOwners, s, find(i));
    if (n.entity.type !== 'person') {
      for (const alias of n.entity.aliases) {
        const initials = initialsOf(alias);
        if (initials) addTo(initialsOwners, initials, find(i));
      }
    }
  });
  nodes.forEach((n, i) => {
    const key = nameKey(n.entity.name);
    const particleSurname = n.entity.type === 'person' && NAME_PARTICLE_START.test(key);
    if (key.includes(' ') && !particleSurname) return;
    const owners = n.entity.type === 'person'
      ? surnameOwners.get(key)
      : n.entity.aliases.some(isAcronym) ? initialsOwners.get(key.toUpperCase()) : undefined;
    if (owners) {
      const roots = new Set([...owners].map(find));
      if (roots.size === 1 && [...roots][0] !== find(i)) union([...roots][0], i);
    }
  });

  // 3. Transliteration variants of a person's name ("Hrytsenko" / "Hrytsenkko"): one edit apart in a long
  //    surname, with the same given name or none. Surnames one edit apart share a key (the surname with
  //    one letter deleted, or the surname itself), so only those pairs are compared, never all pairs.
  //    Persons with the same surname and given name are already one cluster (step 1): one node each stands for them.
  const bySurname = new Map<string, Map<string, number>>();
  nodes.forEach((n, i) => {
    if (n.entity.type !== 'person') return;
    const words = nameKey(n.entity.name).split(' ');
    const surname = words[words.length - 1];
    if (surname.length < 6) return;
    const given = words.length === 1 ? '' : words.slice(0, -1).join(' ');
    const owners = bySurname.get(surname) ?? new Map<string, number>();
    if (!owners.has(given)) owners.set(given, i);
    bySurname.set(surname, owners);
  });
  const variants = oneDeletionIndex(bySurname.keys());
  const compared = new Set<string>();
  for (const surnames of variants.values()) {
    for (let a = 0; a < surnames.length; a++) {
      for (let b = a + 1; b < surnames.length; b++) {
        const [sx, sy] = surnames[a] < surnames[b] ? [surnames[a], surnames[b]] : [surnames[b], surnames[a]];
        const pair = `${sx} ${sy}`;
        if (compared.has(pair) || !oneEditApart(sx, sy)) continue;
        compared.add(pair);
        const x = bySurname.get(sx) as Map<string, number>;
        const y = bySurname.get(sy) as Map<string, number>;
        for (const [given, i] of x) {
          for (const [otherGiven, j] of y) if (given === '' || otherGiven === '' || given === otherGiven) union(i, j);
        }
      }
    }
  }

  // 4. Each cluster's canonical name (fullest, most used) and type (most used).
  const clusters = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = find(i);
    const members = clusters.get(r);
    if (members) members.push(n);
    else clusters.set(r, [n]);
  });
  const renamed = new Map<Entity, { name: string; type: EntityType; aliases: string[] }>();
  for (const members of clusters.values()) {
    const name = pickName(members.map((m) => m.entity.name));
    const type = pickType(members.map((m) => m.entity.type));
    const aliases = [...new Set([name, ...members.flatMap((m) => m.entity.aliases)])];
    // A person takes the full name everywhere ("Okafor" is Amara Okafor in every article). An organisation or a
    // place keeps the words its own article writes ("U.S." stays "U.S." beside another article's "United States"),
    // unless that article also writes the fuller name; the shared aliases still link them.
    const written = new Map<number, Set<string>>();
    for (const m of members) {
      const keys = written.get(m.article) ?? new Set<string>();
      for (const a of [m.entity.name, ...m.entity.aliases]) keys.add(nameKey(a));
      written.set(m.article, keys);
    }
    for (const m of members) {
      const own = type === 'person' || (written.get(m.article)?.has(nameKey(name)) ?? false);
      renamed.set(m.entity, { name: own ? name : m.entity.name, type, aliases });
    }
  }

  // 5. Rebuild each article, joining entities that now share a name.
  return perArticle.map((entities) => renameEntities(entities, entities.map((e) => renamed.get(e) ?? e)));
}

/** An entity's name, type and aliases: all that reconciling names across articles reads. */
export type EntityNames = Pick<Entity, 'name' | 'type' | 'aliases'>;

/**
 * Gives each of an article's entities the name, type and aliases the corpus chose for it (`names[k]`
 * for `entities[k]`), joining entities that now share a name; the input is not modified.
 */
export function renameEntities(entities: Entity[], names: readonly EntityNames[]): Entity[] {
  const byName = new Map<string, Entity>();
  entities.forEach((e, k) => {
    const r = names[k] ?? e;
    const existing = byName.get(r.name);
    if (existing) {
      existing.mentions = [...existing.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
      return;
    }
    byName.set(r.name, { ...e, name: r.name, type: r.type, aliases: r.aliases, mentions: [...e.mentions] });
  });
  return [...byName.values()];
}

/** True when one insertion, deletion or substitution turns a into b. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function addTo(map: Map<string, Set<number>>, key: string, value: number) {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}

/** The name with the most words; among those, the most frequent, then the first seen. */
function pickName(names: string[]): string {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  let best = names[0];
  for (const n of count.keys()) {
    const words = (s: string) => s.split(' ').length;
    if (words(n) > words(best) || (words(n) === words(best) && (count.get(n) ?? 0) > (count.get(best) ?? 0))) best = n;
  }
  return best;
}

function pickType(types: EntityType[]): EntityType {
  const count = new Map<EntityType, number>();
  for (const t of types) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * Each surname under itself and under every form with one letter left out: two surnames one edit
 * apart meet under a shared key (a substitution, insertion or deletion leaves one in common), so
 * variants are looked up, never compared pair by pair.
 */
export function oneDeletionIndex(surnames: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const surname of surnames) {
    const keys = new Set([surname]);
    for (let d = 0; d < surname.length; d++) keys.add(surname.slice(0, d) + surname.slice(d + 1));
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(surname);
      else index.set(key, [surname]);
    }
  }
  return index;
}
