// After a correction (a speaker, a hidden highlight, a marked name), offers it for every identical
// span of the story: "Apply to 7 more in 4 articles?" in a notification (it never blocks the
// command that made the correction), with Apply to All or Preview… (a checked list: uncheck any to
// leave it); what is applied is one undoable step.
import * as vscode from 'vscode';
import { createAnnotation, type AnnotationFields } from '../../core/storage/create';
import type { Annotation, EntityTypeName } from '../../core/storage/model';
import { sourceName } from '../analysis/sourceName';
import type { CommandContext } from '../commands/targets';
import { articlesIn } from '../storage/articleFiles';
import { folderOf } from '../storage/sidecarStore';
import { quoted } from '../text/markdown';
import { showInformation, showPick } from '../text/messageText';
import { sameMentions, sameQuotes, unmarkedNames, type Corrected, type SamePlace, type StoryArticle } from './samePlaces';

/** The correction just made, and how to find its other places. */
export type Correction =
  | { kind: 'speaker'; words: string; speaker: string | null }
  | { kind: 'suppress'; layer: 'quote' | 'entity'; words: string }
  | { kind: 'entity'; words: string; name: string; entityType: EntityTypeName };

async function storyOf(ctx: CommandContext, article: vscode.Uri): Promise<StoryArticle[]> {
  const story: StoryArticle[] = [];
  for (const uri of await articlesIn(folderOf(article))) {
    // What is analysed already is used as it is: running the article just corrected again would race its decisions.
    const state = ctx.analysis.get(uri) ?? (await ctx.analysis.ensure(uri));
    if (!state || state.skipped) continue;
    const a = state.analysis;
    story.push({
      uri: uri.toString(),
      source: sourceName(uri, state),
      text: a.article.text,
      quotes: a.quotes,
      mentions: a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name }))),
    });
  }
  return story;
}

function placesOf(story: StoryArticle[], corrected: Corrected, correction: Correction): SamePlace[] {
  switch (correction.kind) {
    case 'speaker':
      return sameQuotes(story, corrected, correction.words, correction.speaker);
    case 'suppress':
      return correction.layer === 'quote' ? sameQuotes(story, corrected, correction.words) : sameMentions(story, corrected, correction.words);
    case 'entity':
      return unmarkedNames(story, corrected, correction.words, correction.name);
  }
}

function fieldsOf(correction: Correction): { fields: AnnotationFields; replaces: (a: Annotation) => boolean } {
  switch (correction.kind) {
    case 'speaker':
      return { fields: { kind: 'speaker', speaker: correction.speaker }, replaces: (a) => a.kind === 'speaker' };
    case 'suppress':
      return { fields: { kind: 'suppress', layer: correction.layer }, replaces: (a) => a.kind === 'suppress' && a.layer === correction.layer };
    case 'entity':
      return { fields: { kind: 'entity', name: correction.name, entityType: correction.entityType }, replaces: (a) => a.kind === 'entity' };
  }
}

/** "2 more in 1 article": the places besides the one corrected, and the articles they are in. */
function countText(places: readonly SamePlace[]): string {
  const articles = new Set(places.map((p) => p.uri)).size;
  return articles === 1 ? vscode.l10n.t('{0} more in 1 article', places.length) : vscode.l10n.t('{0} more in {1} articles', places.length, articles);
}

/** Starts the offer without waiting for the answer (the correction's command is done); failures go to the log. */
export function offerEverywhereLater(ctx: CommandContext, corrected: { uri: vscode.Uri; start: number; end: number }, correction: Correction, label: string): void {
  offerEverywhere(ctx, corrected, correction, label).catch((e: unknown) => ctx.log.error(`one correction, every place: ${(e as Error).stack ?? String(e)}`));
}

/**
 * Offers `correction`, just made at `corrected`, for the identical spans of the article's story.
 * `label` names the correction ("hide the entity “…”"); resolves with how many places were changed.
 */
export async function offerEverywhere(ctx: CommandContext, corrected: { uri: vscode.Uri; start: number; end: number }, correction: Correction, label: string): Promise<number> {
  const story = await storyOf(ctx, corrected.uri);
  const places = placesOf(story, { uri: corrected.uri.toString(), start: corrected.start, end: corrected.end }, correction);
  if (places.length === 0) return 0;
  const ALL = vscode.l10n.t('Apply to All');
  const PREVIEW = vscode.l10n.t('Preview…');
  const answer = await showInformation(vscode.l10n.t('Apply to {0}? ({1})', countText(places), label), ALL, PREVIEW);
  let chosen: SamePlace[] = answer === ALL ? places : [];
  if (answer === PREVIEW) {
    const picked = await showPick(
      places.map((p) => ({ label: quoted(p.text, 90), description: p.source, picked: true, place: p })),
      { canPickMany: true, placeHolder: vscode.l10n.t('Apply to {0}? Uncheck any to leave as it is (Escape: none).', countText(places)) },
    );
    chosen = (picked ?? []).map((p) => p.place);
  }
  if (chosen.length === 0) return 0;
  const { fields, replaces } = fieldsOf(correction);
  const byArticle = new Map<string, SamePlace[]>();
  for (const p of chosen) byArticle.set(p.uri, [...(byArticle.get(p.uri) ?? []), p]);
  const texts = new Map(story.map((a) => [a.uri, a.text]));
  let applied = 0;
  await ctx.history.run(vscode.l10n.t('{0} ({1})', label, countText(chosen)), async (step) => {
    for (const [uri, spans] of byArticle) {
      const text = texts.get(uri) ?? '';
      const added = spans.map((p) => createAnnotation(text, p.start, p.end, fields));
      const same = (a: Annotation) => replaces(a) && spans.some((p) => p.start === a.target.start && p.end === a.target.end);
      const written = await ctx.store.updateSidecar(vscode.Uri.parse(uri), (s) => ({ ...s, annotations: [...s.annotations.filter((a) => !same(a)), ...added] }), step);
      if (written) applied += spans.length;
    }
  });
  return applied;
}
