// Human corrections to entity identity (the claims registry's aliasOverrides), applied after the
// analysis by the editor and the CLI alike. Later overrides win over earlier ones.
import type { Entity, EntityDecision } from '../model';
import type { AliasOverride } from '../storage/model';
import { lastChange } from '../storage/trail';
import { nameKey } from './classify';

/**
 * merge: every entity whose name or alias is the canonical name or one of the listed aliases
 * becomes one entity named `canonical` (typed `type` when given).
 * split: mentions of entity `from` whose text is `name` (or ends with its last word, "Ms Ruiz")
 * move to a new entity `name` of the same type.
 * Returns new entities; the input is not modified. Overrides that match nothing change nothing.
 */
export function applyAliasOverrides(entities: readonly Entity[], overrides: readonly AliasOverride[]): Entity[] {
  let current = entities.map((e) => ({ ...e, mentions: [...e.mentions], aliases: [...e.aliases] }));
  for (const o of overrides) current = o.kind === 'merge' ? applyMerge(current, o) : applySplit(current, o);
  return current;
}

function applyMerge(entities: Entity[], o: Extract<AliasOverride, { kind: 'merge' }>): Entity[] {
  const wanted = new Set([o.canonical, ...o.aliases].map(nameKey));
  const hit = entities.filter((e) => [e.name, ...e.aliases].some((a) => wanted.has(nameKey(a))));
  if (hit.length === 0) return entities;
  const merged: Entity = {
    name: o.canonical,
    type: o.type ?? hit[0].type,
    mentions: hit.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start),
    aliases: [...new Set([o.canonical, ...o.aliases, ...hit.flatMap((e) => [e.name, ...e.aliases])])],
    origin: 'human',
    ...decidedBy(o, 'merged'),
  };
  const out: Entity[] = [];
  let placed = false;
  for (const e of entities) {
    if (!hit.includes(e)) out.push(e);
    else if (!placed) {
      out.push(merged);
      placed = true;
    }
  }
  return out;
}

function applySplit(entities: Entity[], o: Extract<AliasOverride, { kind: 'split' }>): Entity[] {
  const fromKey = nameKey(o.from);
  const source = entities.find((e) => nameKey(e.name) === fromKey);
  if (!source) return entities;
  const nameKey_ = nameKey(o.name);
  const lastWord = nameKey_.split(' ').pop() ?? nameKey_;
  const belongs = (text: string) => {
    const k = nameKey(text);
    return k === nameKey_ || (k !== fromKey && k.split(' ').pop() === lastWord && !nameKey(source.name).endsWith(` ${lastWord}`));
  };
  const moved = source.mentions.filter((m) => belongs(m.text));
  if (moved.length === 0) return entities;
  const kept = source.mentions.filter((m) => !belongs(m.text));
  const split: Entity = {
    name: o.name,
    type: source.type,
    mentions: moved,
    aliases: [...new Set([o.name, ...moved.map((m) => m.text)])],
    origin: 'human',
    ...decidedBy(o, 'split'),
  };
  const keptAliases = source.aliases.filter((a) => !belongs(a));
  const out: Entity[] = [];
  for (const e of entities) {
    if (e !== source) out.push(e);
    else {
      if (kept.length > 0) out.push({ ...e, mentions: kept, aliases: keptAliases.length ? keptAliases : [e.name], origin: 'human', ...decidedBy(o, 'split') });
      out.push(split);
    }
  }
  return out;
}

/** `{ decided }` when the override says who made it (registries from before the trail do not). */
function decidedBy(o: AliasOverride, action: EntityDecision['action']): Pick<Entity, 'decided'> {
  const change = lastChange(o);
  return change ? { decided: { ...change, action } } : {};
}
