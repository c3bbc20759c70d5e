// What the Entities view shows: entities of some types, and names containing some text (any of
// the entity's names; case and spacing ignored). Plain data, unit-tested.
import type { EntityTypeName } from '../../../core/storage/model';

export const ENTITY_TYPES: readonly EntityTypeName[] = ['person', 'organization', 'place'];

export interface EntityFilter {
  types?: readonly EntityTypeName[];
  name?: string;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export const isEntityFiltered = (filter: EntityFilter) => Boolean(filter.types?.length || filter.name?.trim());

export function matchesEntity(filter: EntityFilter, entity: { type: EntityTypeName; name: string; names: readonly string[] }): boolean {
  if (filter.types?.length && !filter.types.includes(entity.type)) return false;
  const name = fold(filter.name ?? '');
  return !name || [entity.name, ...entity.names].some((n) => fold(n).includes(name));
}

/** How a description words each facet, in the editor's language. */
export interface EntityFilterWords {
  types(types: readonly EntityTypeName[]): string;
  name(name: string): string;
}

export function describeEntityFilter(filter: EntityFilter, _sort: 'none', words: EntityFilterWords): string | undefined {
  const parts: string[] = [];
  if (filter.types?.length) parts.push(words.types(filter.types));
  if (filter.name?.trim()) parts.push(words.name(filter.name.trim()));
  return parts.length ? parts.join(' · ') : undefined;
}
