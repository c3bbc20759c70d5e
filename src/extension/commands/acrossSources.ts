// Commands of the "Across sources" features: the claims matrix, claim suggestions (accept,
// dismiss, restore) and entity identity across articles (merge, split), stored as aliasOverrides.
import * as vscode from 'vscode';
import type { ClaimSuggestion } from '../../core';
import { newAnnotationId } from '../../core';
import type { AliasOverride } from '../../core/storage/model';
import type { StoryEntity } from '../views/entitiesView';
import { excerpt } from '../text/markdown';
import { folderOf } from '../storage/sidecarStore';
import { acceptSuggestion as fileSuggestion, dismissSuggestion as forgetSuggestion, isSuggestionsNode, suggestionsToCheck } from '../views/suggestions';
import { dismissedSuggestions, restoreSuggestion as restoreDismissed, type DismissedSuggestion } from '../views/dismissedSuggestions';
import { dismissedText } from '../trail/trailText';
import { revealClaimNode } from './claims';
import { tell, type CommandContext } from './targets';
import { showPick } from '../text/messageText';
import type { EditStep } from '../storage/editStep';

export async function openMatrix(ctx: CommandContext): Promise<boolean> {
  await ctx.matrix.open();
  return true;
}

interface SuggestionRef {
  folder: vscode.Uri;
  suggestion: ClaimSuggestion;
}

/** The suggestion of a tree node, of a `{ folder, key }` argument, or picked from the list. */
async function suggestionFrom(ctx: CommandContext, arg: unknown, placeHolder: string): Promise<SuggestionRef | undefined> {
  if (isSuggestionsNode(arg) && arg.kind !== 'suggestions') return { folder: arg.folder, suggestion: arg.suggestion };
  const refs: SuggestionRef[] = [];
  for (const folder of await ctx.articles.registryFolders()) {
    for (const suggestion of await suggestionsToCheck(ctx, folder)) refs.push({ folder, suggestion });
  }
  const a = arg as { folder?: unknown; key?: unknown } | undefined;
  if (a && typeof a === 'object' && typeof a.key === 'string') {
    return refs.find((r) => r.suggestion.key === a.key && (typeof a.folder !== 'string' || r.folder.toString() === a.folder)) ?? tell(vscode.l10n.t('That suggestion is no longer offered.'));
  }
  if (refs.length === 0) return tell(vscode.l10n.t('There are no claim suggestions: open the articles of a story so Crosscheck can compare them.'));
  const pick = await showPick(
    refs.map((ref) => ({ label: excerpt(ref.suggestion.text, 110), description: vscode.l10n.t('{0} · {1} article(s)', ref.suggestion.status, ref.suggestion.files.length), ref })),
    { placeHolder, matchOnDescription: true },
  );
  return pick?.ref;
}

export async function acceptSuggestion(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const ref = await suggestionFrom(ctx, arg, vscode.l10n.t('Make which suggestion a claim?'));
  if (!ref) return undefined;
  const claim = await fileSuggestion(ctx, ref.folder, ref.suggestion);
  if (!claim) return undefined;
  await ctx.analysis.whenIdle();
  void revealClaimNode(ctx, { claimId: claim.id });
  return claim.id;
}

export async function dismissSuggestion(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const ref = await suggestionFrom(ctx, arg, vscode.l10n.t('Dismiss which suggestion?'));
  if (!ref) return false;
  return forgetSuggestion(ctx, ref.folder, ref.suggestion.key, ref.suggestion.text);
}

/** crosscheck.restoreSuggestion: pick a dismissed suggestion (who dismissed it and when beside it) and suggest it again. */
export async function restoreSuggestion(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const folders = isSuggestionsNode(arg) ? [arg.folder] : await ctx.articles.registryFolders();
  const items: DismissedSuggestion[] = [];
  for (const folder of folders) items.push(...(await dismissedSuggestions(ctx, folder)));
  if (items.length === 0) return Boolean(tell(vscode.l10n.t('No suggestion has been dismissed.')));
  const several = new Set(items.map((i) => i.folder.toString())).size > 1;
  const pick = await showPick(
    items.map((item) => ({
      label: item.text !== undefined ? excerpt(item.text, 110) : vscode.l10n.t('$(circle-slash) No longer found in the analysed articles'),
      description: item.dismissal ? dismissedText(item.dismissal) : vscode.l10n.t('dismissed before Crosscheck recorded who dismissed'),
      ...(several ? { detail: vscode.workspace.asRelativePath(item.folder) } : {}),
      item,
    })),
    { placeHolder: vscode.l10n.t('Suggest which dismissed suggestion again?'), matchOnDescription: true },
  );
  if (!pick) return false;
  return restoreDismissed(ctx, pick.item);
}

/** Ids sort by time, so the registry (sorted by id) keeps overrides in the order they were made: later ones win. */
export function overrideId(now = Date.now()): string {
  return `o_${now.toString(36).padStart(9, '0')}${newAnnotationId().slice(2, 8)}`;
}

const foldersOf = (entities: StoryEntity[]) => [...new Map(entities.flatMap((e) => e.occurrences.map((o) => folderOf(o.state.uri))).map((f) => [f.toString(), f])).values()];

function entitiesFrom(arg: unknown, selected: unknown): StoryEntity[] {
  const nodes = Array.isArray(selected) && selected.length > 0 ? selected : [arg];
  return nodes
    .filter((n): n is { kind: 'storyEntity'; entity: StoryEntity } => typeof n === 'object' && n !== null && (n as { kind?: string }).kind === 'storyEntity')
    .map((n) => n.entity);
}

/** Merges two or more entities (selected in the Entities view, or picked) under a canonical name. */
export async function mergeEntities(ctx: CommandContext, arg?: unknown, selected?: unknown): Promise<boolean> {
  let entities = entitiesFrom(arg, selected);
  if (entities.length < 2) {
    const all = ctx.entities.entities();
    const picks = await showPick(
      all.map((entity) => ({ label: entity.name, description: `${entity.type} · ${entity.names.filter((n) => n !== entity.name).join(', ')}`, entity, picked: entities.includes(entity) })),
      { canPickMany: true, placeHolder: vscode.l10n.t('Which entities are one and the same? Pick two or more.') },
    );
    entities = (picks ?? []).map((p) => p.entity);
  }
  if (entities.length < 2) return Boolean(tell(vscode.l10n.t('Pick two or more entities to merge.')));
  const names = [...new Set(entities.flatMap((e) => [e.name, ...e.names]))];
  const pick = await showPick(
    names.map((label) => ({ label, description: entities.some((e) => e.name === label) ? vscode.l10n.t('current name') : vscode.l10n.t('also written') })),
    { placeHolder: vscode.l10n.t('Canonical name of the merged entity') },
  );
  if (!pick) return false;
  const override: AliasOverride = { id: overrideId(), kind: 'merge', canonical: pick.label, aliases: names.filter((n) => n !== pick.label).sort(), type: entities[0].type };
  const saved = await ctx.history.run(vscode.l10n.t('merge {0} names as “{1}”', names.length, pick.label), async (step) => {
    let written = false;
    for (const folder of foldersOf(entities)) {
      written = (await ctx.store.updateRegistry(folder, (r) => ({ ...r, aliasOverrides: [...r.aliasOverrides, override] }), step)) || written;
    }
    return written;
  });
  await ctx.analysis.whenIdle();
  return saved;
}

/** Splits a name back out of an entity: it becomes an entity of its own. */
export async function splitEntity(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  let entity = entitiesFrom(arg, undefined)[0];
  if (!entity) {
    const all = ctx.entities.entities().filter((e) => e.names.length > 1);
    const pick = await showPick(all.map((e) => ({ label: e.name, description: e.names.filter((n) => n !== e.name).join(', '), entity: e })), {
      placeHolder: vscode.l10n.t('Split a name out of which entity?'),
    });
    entity = pick?.entity as StoryEntity;
  }
  if (!entity) return false;
  const aliases = entity.names.filter((n) => n !== entity.name);
  if (aliases.length === 0) return Boolean(tell(vscode.l10n.t('{0} goes by one name only: there is nothing to split.', entity.name)));
  const pick = await showPick(aliases.map((label) => ({ label })), { placeHolder: vscode.l10n.t('Which name is not {0}?', entity.name) });
  if (!pick) return false;
  const alias = pick.label;
  const froms = [...new Set(entity.occurrences.filter((o) => o.entity.name !== alias && o.entity.aliases.includes(alias)).map((o) => o.entity.name))];
  const saved = await ctx.history.run(vscode.l10n.t('split “{0}” from “{1}”', alias, entity.name), async (step) => {
    let written = false;
    for (const folder of foldersOf([entity])) {
      written = (await splitIn(ctx, folder, alias, froms, step)) || written;
    }
    return written;
  });
  await ctx.analysis.whenIdle();
  return saved;
}

function splitIn(ctx: CommandContext, folder: vscode.Uri, alias: string, froms: string[], step: EditStep): Promise<boolean> {
  return ctx.store.updateRegistry(
    folder,
    (r) => {
        // A name merged in by hand is taken out of that merge; a name the analysis joined gets a split.
        const merged = r.aliasOverrides.some((o) => o.kind === 'merge' && o.aliases.includes(alias));
        const overrides: AliasOverride[] = merged
          ? r.aliasOverrides
              .map((o) => (o.kind === 'merge' && o.aliases.includes(alias) ? { ...o, aliases: o.aliases.filter((a) => a !== alias) } : o))
              .filter((o) => o.kind !== 'merge' || o.aliases.length > 0)
          : [...r.aliasOverrides, ...froms.map((from, i): AliasOverride => ({ id: overrideId(Date.now() + i), kind: 'split', name: alias, from }))];
        return { ...r, aliasOverrides: overrides };
    },
    step,
  );
}
