// Filter Claims… (status, text, outlet, entity, sort), Filter Sources… (outlet, date, speaker),
// Filter Entities… (type, name) and their Clear. Run from the Claims
// view's title, the palette or a keybinding; an argument (`{ statuses, text, outlet, entity, sort }`)
// sets the facets directly, so keybindings and tests need no quick pick.
import * as vscode from 'vscode';
import type { ClaimStatus } from '../../../core/storage/model';
import { sourceName } from '../../analysis/sourceName';
import type { CommandContext } from '../../commands/targets';
import { readableValue } from '../../storage/storageBackend';
import { showPick } from '../../text/messageText';
import { entityTypeLabel, statusLabel } from '../../text/labels';
import { CLAIM_SORTS, CLAIM_STATUSES, type ClaimFilter, type ClaimSort } from './claimFilter';
import { ENTITY_TYPES, type EntityFilter } from './entityFilter';
import type { SourceFilter } from './sourceFilter';
import type { EntityTypeName } from '../../../core/storage/model';

interface FilterArg {
  statuses?: unknown;
  text?: unknown;
  outlet?: unknown;
  entity?: unknown;
  sort?: unknown;
}

/** The facets an argument sets; anything malformed in it is ignored. */
function facetsFrom(arg: FilterArg): { changes: Partial<ClaimFilter>; sort?: ClaimSort } {
  const changes: Partial<ClaimFilter> = {};
  if (Array.isArray(arg.statuses)) changes.statuses = arg.statuses.filter((s): s is ClaimStatus => CLAIM_STATUSES.includes(s as ClaimStatus));
  if (typeof arg.text === 'string') changes.text = arg.text;
  if (typeof arg.outlet === 'string') changes.outlet = arg.outlet;
  if (typeof arg.entity === 'string') changes.entity = { name: arg.entity, names: [] };
  const sort = CLAIM_SORTS.find((s) => s === arg.sort);
  return sort ? { changes, sort } : { changes };
}

/** Outlets (source names) of every article holding evidence, across the registry folders. */
async function outletsWithEvidence(ctx: CommandContext): Promise<string[]> {
  const names = new Set<string>();
  for (const folder of await ctx.articles.registryFolders()) {
    for (const article of await ctx.articles.articlesIn(folder)) {
      const sidecar = readableValue(await ctx.store.sidecar(article));
      if (sidecar?.annotations.some((a) => a.kind === 'evidence')) names.add(sourceName(article, ctx.analysis.get(article)));
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** How a sort is offered, in the editor's language. */
function sortLabel(sort: ClaimSort): string {
  switch (sort) {
    case 'filed':
      return vscode.l10n.t('manual order (as filed, or as you arranged them)');
    case 'status':
      return vscode.l10n.t('by status (false, disputed, needs context, unverified, supported)');
    case 'outlets':
      return vscode.l10n.t('by number of outlets with evidence (most first)');
    case 'modified':
      return vscode.l10n.t('by last change (latest first)');
  }
}

type Facet = 'status' | 'text' | 'outlet' | 'entity' | 'sort' | 'clear';

/** crosscheck.filterClaims */
export async function filterClaims(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const state = ctx.claims.filter;
  if (typeof arg === 'object' && arg !== null && !('kind' in arg)) {
    const { changes, sort } = facetsFrom(arg as FilterArg);
    state.update(changes, sort);
    return true;
  }
  const now = state.filter;
  const facets: { label: string; description?: string; facet: Facet }[] = [
    { label: `$(pass) ${vscode.l10n.t('Status…')}`, description: now.statuses?.map(statusLabel).join(', '), facet: 'status' },
    { label: `$(search) ${vscode.l10n.t('Text…')}`, description: now.text, facet: 'text' },
    { label: `$(globe) ${vscode.l10n.t('Outlet with evidence…')}`, description: now.outlet, facet: 'outlet' },
    { label: `$(symbol-class) ${vscode.l10n.t('Entity named…')}`, description: now.entity?.name, facet: 'entity' },
    { label: `$(list-ordered) ${vscode.l10n.t('Sort…')}`, description: sortLabel(state.sort), facet: 'sort' },
    ...(state.describe() ? [{ label: `$(clear-all) ${vscode.l10n.t('Clear filter and sort')}`, facet: 'clear' as const }] : []),
  ];
  const facet = (await showPick(facets, { placeHolder: state.describe() ? vscode.l10n.t('Filter the Claims view (now: {0})', state.describe() ?? '') : vscode.l10n.t('Filter the Claims view') }))?.facet;
  switch (facet) {
    case 'status': {
      const picked = await showPick(
        CLAIM_STATUSES.map((status) => ({ label: statusLabel(status), status, picked: now.statuses?.includes(status) ?? false })),
        { canPickMany: true, placeHolder: vscode.l10n.t('Show claims with these statuses (none picked: any)') },
      );
      if (!picked) return false;
      state.update({ statuses: picked.length ? picked.map((p) => p.status) : undefined });
      return true;
    }
    case 'text': {
      const text = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Words in the claim, its claimant, notes or evidence (empty: any)'), value: now.text ?? '' });
      if (text === undefined) return false;
      state.update({ text: text.trim() || undefined });
      return true;
    }
    case 'outlet': {
      const outlets = await outletsWithEvidence(ctx);
      const picked = await showPick([{ label: `$(close) ${vscode.l10n.t('Any outlet')}`, outlet: undefined }, ...outlets.map((outlet) => ({ label: outlet, outlet }))], {
        placeHolder: vscode.l10n.t('Show claims with evidence in which outlet?'),
      });
      if (!picked) return false;
      state.update({ outlet: picked.outlet });
      return true;
    }
    case 'entity': {
      const entities = ctx.entities.entities();
      const picked = await showPick([{ label: `$(close) ${vscode.l10n.t('Any entity')}`, description: '', entity: undefined }, ...entities.map((e) => ({ label: e.name, description: entityTypeLabel(e.type), entity: e }))], {
        placeHolder: vscode.l10n.t('Show claims whose text or evidence names…'),
        matchOnDescription: true,
      });
      if (!picked) return false;
      state.update({ entity: picked.entity ? { name: picked.entity.name, names: picked.entity.names } : undefined });
      return true;
    }
    case 'sort': {
      const picked = await showPick(
        CLAIM_SORTS.map((sort) => ({ label: sortLabel(sort), sort, description: sort === state.sort ? vscode.l10n.t('current') : undefined })),
        { placeHolder: vscode.l10n.t('Sort the claims') },
      );
      if (!picked) return false;
      state.update({}, picked.sort);
      return true;
    }
    case 'clear':
      state.clear();
      return true;
    default:
      return false;
  }
}

/** crosscheck.clearClaimsFilter: the one-click way back to every claim, as filed. */
export function clearClaimsFilter(ctx: CommandContext): boolean {
  ctx.claims.filter.clear();
  return true;
}

/** crosscheck.filterEntities: by type and by name; `{ types, name }` as argument sets them directly. */
export async function filterEntities(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const state = ctx.entities.filter;
  if (typeof arg === 'object' && arg !== null && !('kind' in arg)) {
    const a = arg as { types?: unknown; name?: unknown };
    const changes: Partial<EntityFilter> = {};
    if (Array.isArray(a.types)) changes.types = a.types.filter((t): t is EntityTypeName => ENTITY_TYPES.includes(t as EntityTypeName));
    if (typeof a.name === 'string') changes.name = a.name;
    state.update(changes);
    return true;
  }
  const now = state.filter;
  const facets = [
    { label: `$(symbol-class) ${vscode.l10n.t('Type…')}`, description: now.types?.map(entityTypeLabel).join(', '), facet: 'type' as const },
    { label: `$(search) ${vscode.l10n.t('Name…')}`, description: now.name, facet: 'name' as const },
    ...(state.describe() ? [{ label: `$(clear-all) ${vscode.l10n.t('Clear filter')}`, description: undefined, facet: 'clear' as const }] : []),
  ];
  const facet = (await showPick(facets, { placeHolder: vscode.l10n.t('Filter the Entities view') }))?.facet;
  if (facet === 'type') {
    const picked = await showPick(
      ENTITY_TYPES.map((type) => ({ label: entityTypeLabel(type), type, picked: now.types?.includes(type) ?? false })),
      { canPickMany: true, placeHolder: vscode.l10n.t('Show entities of these types (none picked: any)') },
    );
    if (!picked) return false;
    state.update({ types: picked.length ? picked.map((p) => p.type) : undefined });
    return true;
  }
  if (facet === 'name') {
    const name = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Part of any of the entity’s names (empty: any)'), value: now.name ?? '' });
    if (name === undefined) return false;
    state.update({ name: name.trim() || undefined });
    return true;
  }
  if (facet === 'clear') {
    state.clear();
    return true;
  }
  return false;
}

/** crosscheck.clearEntitiesFilter */
export function clearEntitiesFilter(ctx: CommandContext): boolean {
  ctx.entities.filter.clear();
  return true;
}

/** crosscheck.filterSources: by outlet, date (a prefix: year, month or day) and speaker; `{ outlet, date, speaker }` sets them directly. */
export async function filterSources(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const state = ctx.sources.filter;
  if (typeof arg === 'object' && arg !== null && !('kind' in arg)) {
    const a = arg as { outlet?: unknown; date?: unknown; speaker?: unknown };
    const changes: Partial<SourceFilter> = {};
    for (const key of ['outlet', 'date', 'speaker'] as const) if (typeof a[key] === 'string') changes[key] = a[key] as string;
    state.update(changes);
    return true;
  }
  const now = state.filter;
  const states = ctx.analysis.all().filter((s) => !s.skipped);
  const facets = [
    { label: `$(globe) ${vscode.l10n.t('Outlet…')}`, description: now.outlet, facet: 'outlet' as const },
    { label: `$(calendar) ${vscode.l10n.t('Date…')}`, description: now.date, facet: 'date' as const },
    { label: `$(quote) ${vscode.l10n.t('Speaker…')}`, description: now.speaker, facet: 'speaker' as const },
    ...(state.describe() ? [{ label: `$(clear-all) ${vscode.l10n.t('Clear filter')}`, description: undefined, facet: 'clear' as const }] : []),
  ];
  const facet = (await showPick(facets, { placeHolder: vscode.l10n.t('Filter the Sources view') }))?.facet;
  if (facet === 'outlet') {
    const outlets = [...new Set(states.map((s) => sourceName(s.uri, s)))].sort((a, b) => a.localeCompare(b));
    const picked = await showPick([{ label: `$(close) ${vscode.l10n.t('Any outlet')}`, outlet: undefined }, ...outlets.map((outlet) => ({ label: outlet, outlet }))], { placeHolder: vscode.l10n.t('Show the sources of which outlet?') });
    if (!picked) return false;
    state.update({ outlet: picked.outlet });
    return true;
  }
  if (facet === 'date') {
    const date = await vscode.window.showInputBox({
      prompt: vscode.l10n.t('A year, month or day (2026, 2026-05, 2026-05-04); empty: any date'),
      value: now.date ?? '',
      validateInput: (v) => (v.trim() === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.trim()) ? undefined : vscode.l10n.t('Write it as yyyy, yyyy-mm or yyyy-mm-dd')),
    });
    if (date === undefined) return false;
    state.update({ date: date.trim() || undefined });
    return true;
  }
  if (facet === 'speaker') {
    const speakers = [...new Set(states.flatMap((s) => s.analysis.quotes.map((q) => q.speaker)).filter((s): s is string => s !== null))].sort((a, b) => a.localeCompare(b));
    const picked = await showPick([{ label: `$(close) ${vscode.l10n.t('Any speaker')}`, speaker: undefined }, ...speakers.map((speaker) => ({ label: speaker, speaker }))], { placeHolder: vscode.l10n.t('Show the sources quoting whom?') });
    if (!picked) return false;
    state.update({ speaker: picked.speaker });
    return true;
  }
  if (facet === 'clear') {
    state.clear();
    return true;
  }
  return false;
}

/** crosscheck.clearSourcesFilter */
export function clearSourcesFilter(ctx: CommandContext): boolean {
  ctx.sources.filter.clear();
  return true;
}
