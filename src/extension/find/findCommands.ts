// `Crosscheck: Find Quotes by Speaker…` and `Find Mentions of Entity…`: a quick pick of speakers
// (or entities) over every article, then of their passages; the one picked opens in its article.
import * as vscode from 'vscode';
import type { ArticleState } from '../analysis/documentAnalysis';
import { sourceName } from '../analysis/sourceName';
import type { CommandContext } from '../commands/targets';
import { revealSpan } from '../commands/internal';
import { quoted } from '../text/markdown';
import { articlesCount, entityTypeLabel, mentionsCount, quotesCount } from '../text/labels';
import { showInformation, showPick } from '../text/messageText';
import type { StoryEntity } from '../views/entitiesView';
import { mentionsOf, quotesBySpeaker, type FindArticle, type FoundPassage, type PassageGroup } from './passageGroups';


/** Every article analysed (the ones not yet analysed are analysed now, on the worker). */
async function analysedArticles(ctx: CommandContext): Promise<ArticleState[]> {
  const uris = await ctx.articles.all();
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Crosscheck: reading every article…') }, () =>
    Promise.all(uris.map((uri) => ctx.analysis.get(uri) ?? ctx.analysis.ensure(uri))),
  );
  return ctx.analysis.all().filter((s) => !s.skipped);
}

const findArticle = (state: ArticleState): FindArticle => ({ uri: state.uri.toString(), source: sourceName(state.uri, state), text: state.analysis.article.text });

/** Picks one passage of the list (opens it at once when there is only one) and shows it in its article. */
async function openPassage(ctx: CommandContext, passages: FoundPassage[], placeHolder: string): Promise<FoundPassage | undefined> {
  const chosen =
    passages.length === 1
      ? passages[0]
      : (
          await showPick(
            passages.map((p) => ({ label: quoted(p.text, 90), description: vscode.l10n.t('{0} · line {1}', p.source, p.line), passage: p })),
            { placeHolder, matchOnDescription: true },
          )
        )?.passage;
  if (!chosen) return undefined;
  await revealSpan(ctx, chosen.uri, chosen.start, chosen.end);
  return chosen;
}

const speakerLabel = (group: PassageGroup) => group.name ?? vscode.l10n.t('Unattributed (the article does not say)');

/** crosscheck.findQuotesBySpeaker: `arg` may name the speaker (a string) to skip the first pick. */
export async function findQuotesBySpeaker(ctx: CommandContext, arg?: unknown): Promise<FoundPassage | undefined> {
  const states = await analysedArticles(ctx);
  const groups = quotesBySpeaker(states.map((s) => ({ ...findArticle(s), quotes: s.analysis.quotes })));
  if (groups.length === 0) {
    void showInformation(vscode.l10n.t('No quotes found yet: open or add the articles of a story (Add Folder as Sources) so Crosscheck can read them.'));
    return undefined;
  }
  const named = typeof arg === 'string' ? groups.find((g) => g.name === arg) : undefined;
  const group =
    named ??
    (
      await showPick(
        groups.map((g) => ({
          label: speakerLabel(g),
          description: vscode.l10n.t('{0} in {1}', quotesCount(g.passages.length), articlesCount(g.sources.length)),
          detail: g.sources.join(', '),
          group: g,
        })),
        { placeHolder: vscode.l10n.t('Whose quotes? (every article)'), matchOnDetail: true },
      )
    )?.group;
  if (!group) return undefined;
  return openPassage(ctx, group.passages, vscode.l10n.t('Quotes of {0}: which one?', speakerLabel(group)));
}

function entityFrom(arg: unknown): StoryEntity | undefined {
  const node = arg as { kind?: unknown; entity?: StoryEntity } | undefined;
  return typeof node === 'object' && node !== null && node.kind === 'storyEntity' ? node.entity : undefined;
}

/** crosscheck.findMentionsOfEntity: from the palette (pick an entity) or an Entities view item. */
export async function findMentionsOfEntity(ctx: CommandContext, arg?: unknown): Promise<FoundPassage | undefined> {
  await analysedArticles(ctx);
  const entities = ctx.entities.entities();
  const given = entityFrom(arg);
  const passagesOf = (entity: StoryEntity) => mentionsOf(entity.occurrences.map((o) => ({ article: findArticle(o.state), mentions: o.entity.mentions })));
  if (!given && entities.length === 0) {
    void showInformation(vscode.l10n.t('No entities found yet: open or add the articles of a story (Add Folder as Sources) so Crosscheck can read them.'));
    return undefined;
  }
  const entity =
    given ??
    (
      await showPick(
        entities.map((e) => {
          const count = e.occurrences.reduce((n, o) => n + o.entity.mentions.length, 0);
          const others = e.names.filter((n) => n !== e.name);
          return {
            label: e.name,
            description: vscode.l10n.t('{0} · {1} in {2}', entityTypeLabel(e.type), mentionsCount(count), articlesCount(e.occurrences.length)),
            ...(others.length ? { detail: vscode.l10n.t('also {0}', others.join(', ')) } : {}),
            entity: e,
          };
        }),
        { placeHolder: vscode.l10n.t('Mentions of which person, organisation or place? (every article)'), matchOnDescription: true, matchOnDetail: true },
      )
    )?.entity;
  if (!entity) return undefined;
  return openPassage(ctx, passagesOf(entity), vscode.l10n.t('Mentions of {0}: which one?', entity.name));
}
