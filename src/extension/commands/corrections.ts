// Commands that correct the analysis: speaker, missed quotes and entities, false positives. Each
// writes a human decision into the article's sidecar; the analysis itself is never stored.
import * as vscode from 'vscode';
import type { Entity, Quote, Span } from '../../core';
import { createAnnotation, type AnnotationFields } from '../../core/storage/create';
import type { Annotation, EntityTypeName } from '../../core/storage/model';
import type { SourcesNode } from '../views/sourcesTree';
import { ensureArticle, isSpanArg, passageFrom, tell, trimmed, withoutQuoteMarks, type CommandContext, type Passage } from './targets';
import { showPick } from '../text/messageText';
import { excerpt } from '../text/markdown';
import { entityTypeLabel } from '../text/labels';
import { offerEverywhereLater } from '../everywhere/offerEverywhere';

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/**
 * Adds a decision, replacing an earlier one of the same kind on the same passage (no stacking): one
 * undoable step named `label`.
 */
async function decide(ctx: CommandContext, label: string, passage: Passage, span: Span, fields: AnnotationFields, replaces: (a: Annotation) => boolean): Promise<boolean> {
  const annotation = createAnnotation(passage.text, span.start, span.end, fields);
  await ensureArticle(ctx, passage.uri);
  return ctx.history.run(label, (step) =>
    ctx.store.updateSidecar(
      passage.uri,
      (s) => ({
        ...s,
        annotations: [...s.annotations.filter((a) => !(replaces(a) && sameSpan(a.target, span))), annotation],
      }),
      step,
    ),
  );
}

const passageName = (passage: Passage, span: Span) => `“${excerpt(passage.text.slice(span.start, span.end), 50)}”`;

/** Passage from a Sources view node (a quote or an entity), else a hover link or the editor. */
async function passageOf(ctx: CommandContext, arg: unknown, options: { needSelection: boolean; what: string }): Promise<Passage | undefined> {
  const node = arg as SourcesNode | undefined;
  if (node && typeof node === 'object' && 'kind' in node && (node.kind === 'quote' || node.kind === 'entity')) {
    const span = node.kind === 'quote' ? node.quote : node.entity.mentions[0];
    const state = ctx.analysis.get(node.uri);
    if (state && span) return { uri: node.uri, text: state.analysis.article.text, start: span.start, end: span.end };
  }
  return passageFrom(arg, options);
}

async function quoteAt(ctx: CommandContext, passage: Passage): Promise<Quote | undefined> {
  const state = await ctx.analysis.ensure(passage.uri);
  if (!state || state.analysis.article.text !== passage.text) return undefined;
  const { start, end } = passage;
  return state.analysis.quotes.find((q) => (start === end ? q.start <= start && start <= q.end : q.start < end && start < q.end));
}

/** Asks who said it: the people named in the article first, then "someone else" or "nobody". */
async function pickSpeaker(ctx: CommandContext, uri: vscode.Uri, current: string | null | undefined): Promise<{ speaker: string | null } | undefined> {
  const people = (ctx.analysis.get(uri)?.analysis.entities ?? []).filter((e) => e.type === 'person').map((e) => e.name);
  const OTHER = `$(edit) ${vscode.l10n.t('Someone else…')}`;
  const NOBODY = `$(circle-slash) ${vscode.l10n.t('Unattributed (the article does not say)')}`;
  const items = [...new Set(people)].sort().map((label) => ({ label, description: label === current ? vscode.l10n.t('current') : undefined }));
  const pick = await showPick([...items, { label: OTHER, description: undefined }, { label: NOBODY, description: current === null ? vscode.l10n.t('current') : undefined }], {
    placeHolder: current === undefined ? vscode.l10n.t('Who said it?') : vscode.l10n.t('Who said it? (now: {0})', current ?? vscode.l10n.t('unattributed')),
  });
  if (!pick) return undefined;
  if (pick.label === NOBODY) return { speaker: null };
  if (pick.label !== OTHER) return { speaker: pick.label };
  const typed = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Full name of the speaker, as the article gives it'), value: current ?? '' });
  return typed?.trim() ? { speaker: typed.trim() } : undefined;
}

export async function correctSpeaker(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const passage = await passageOf(ctx, arg, { needSelection: false, what: vscode.l10n.t('a quote') });
  if (!passage) return false;
  const quote = await quoteAt(ctx, passage);
  if (!quote) return Boolean(tell(vscode.l10n.t('There is no quote here. Put the cursor inside a highlighted quote, or select the words and run "Mark Selection as Quote".')));
  // Refused up front when the sidecar cannot be read, before any question is asked.
  if (!(await ctx.store.checkWritable({ article: passage.uri }))) return false;
  const answer = await pickSpeaker(ctx, passage.uri, quote.speaker);
  if (!answer || answer.speaker === quote.speaker) return false;
  const label = answer.speaker === null ? vscode.l10n.t('set the speaker of {0} to unattributed', passageName(passage, quote)) : vscode.l10n.t('set the speaker of {0} to {1}', passageName(passage, quote), answer.speaker);
  if (!(await decide(ctx, label, passage, quote, { kind: 'speaker', speaker: answer.speaker }, (a) => a.kind === 'speaker'))) return false;
  offerEverywhereLater(ctx, { uri: passage.uri, start: quote.start, end: quote.end }, { kind: 'speaker', words: quote.text, speaker: answer.speaker }, label);
  return true;
}

export async function markQuote(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const passage = await passageFrom(arg, { needSelection: true, what: vscode.l10n.t('the quoted words') });
  if (!passage) return false;
  const span = withoutQuoteMarks(passage.text, passage.start, passage.end);
  if (span.start === span.end) return Boolean(tell(vscode.l10n.t('Select the words inside the quotation marks.')));
  // Refused up front when the sidecar cannot be read, before any question is asked.
  if (!(await ctx.store.checkWritable({ article: passage.uri }))) return false;
  await ctx.analysis.ensure(passage.uri);
  const answer = await pickSpeaker(ctx, passage.uri, undefined);
  if (!answer) return false;
  return decide(ctx, vscode.l10n.t('mark {0} as a quote', passageName(passage, span)), passage, span, { kind: 'quote', speaker: answer.speaker }, (a) => a.kind === 'quote');
}

/** Built on each use: vscode.l10n.t needs the bundle, which may not be loaded when modules load. */
function entityTypeChoices(): { label: string; type: EntityTypeName }[] {
  return [
    { label: vscode.l10n.t('$(person) Person'), type: 'person' },
    { label: vscode.l10n.t('$(organization) Organisation'), type: 'organization' },
    { label: vscode.l10n.t('$(location) Place'), type: 'place' },
  ];
}

export async function markEntity(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const passage = await passageFrom(arg, { needSelection: true, what: vscode.l10n.t('the name of a person, organisation or place') });
  if (!passage) return false;
  const span = trimmed(passage.text, passage.start, passage.end);
  const surface = passage.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  if (!surface) return Boolean(tell(vscode.l10n.t('Select a name (not only spaces).')));
  // Refused up front when the sidecar cannot be read, before any question is asked.
  if (!(await ctx.store.checkWritable({ article: passage.uri }))) return false;
  const type = await showPick(entityTypeChoices(), { placeHolder: vscode.l10n.t('What is “{0}”?', surface) });
  if (!type) return false;
  const name = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Canonical name (the fullest form, shared by every mention of it)'),
    value: surface,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')),
  });
  if (!name?.trim()) return false;
  const label = vscode.l10n.t('mark {0} as {1} {2}', passageName(passage, span), entityTypeLabel(type.type), name.trim());
  if (!(await decide(ctx, label, passage, span, { kind: 'entity', name: name.trim(), entityType: type.type }, (a) => a.kind === 'entity'))) return false;
  offerEverywhereLater(ctx, { uri: passage.uri, ...span }, { kind: 'entity', words: passage.text.slice(span.start, span.end), name: name.trim(), entityType: type.type }, label);
  return true;
}

interface Highlight {
  layer: 'quote' | 'entity';
  span: Span;
  label: string;
  human: boolean;
}

/** Hides a false positive. A highlight the user added is removed instead of being suppressed. */
export async function suppressHighlight(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const passage = await passageOf(ctx, arg, { needSelection: false, what: vscode.l10n.t('a highlight') });
  if (!passage) return false;
  const state = await ctx.analysis.ensure(passage.uri);
  if (!state || state.analysis.article.text !== passage.text) return Boolean(tell(vscode.l10n.t('This file has not been analysed yet; run "Crosscheck: Analyze This File" first.')));
  const wanted = isSpanArg(arg) && (arg as { layer?: unknown }).layer;
  const touches = (s: Span) => (passage.start === passage.end ? s.start <= passage.start && passage.start <= s.end : s.start < passage.end && passage.start < s.end);
  const found: Highlight[] = [
    ...state.analysis.quotes.filter(touches).map((q) => ({ layer: 'quote' as const, span: q, label: vscode.l10n.t('Quote: “{0}”', q.text.slice(0, 60)), human: q.origin === 'human' })),
    ...state.analysis.entities.flatMap((e: Entity) =>
      e.mentions.filter(touches).map((m) => ({ layer: 'entity' as const, span: m, label: vscode.l10n.t('{0}: {1}', entityTypeLabel(e.type), m.text), human: e.origin === 'human' })),
    ),
  ].filter((h) => !wanted || h.layer === wanted);
  if (found.length === 0) return Boolean(tell(vscode.l10n.t('There is no quote or entity highlight here.')));
  const chosen =
    found.length === 1 ? found[0] : (await showPick(found.map((h) => ({ label: h.label, h })), { placeHolder: vscode.l10n.t('Which highlight is wrong?') }))?.h;
  if (!chosen) return false;
  const span = { start: chosen.span.start, end: chosen.span.end };
  if (chosen.human) {
    const kind = chosen.layer === 'quote' ? 'quote' : 'entity';
    const name = passageName(passage, span);
    const removed = await ctx.history.run(kind === 'quote' ? vscode.l10n.t('remove the quote {0}', name) : vscode.l10n.t('remove the entity {0}', name), (step) =>
      ctx.store.updateSidecar(
        passage.uri,
        (s) => {
          const kept = s.annotations.filter((a) => !(a.kind === kind && sameSpan(a.target, span)));
          return kept.length === s.annotations.length ? undefined : { ...s, annotations: kept };
        },
        step,
      ),
    );
    if (removed) return true;
  }
  const label = vscode.l10n.t('hide the {0} {1}', chosen.layer, passageName(passage, span));
  if (!(await decide(ctx, label, passage, span, { kind: 'suppress', layer: chosen.layer }, (a) => a.kind === 'suppress' && a.layer === chosen.layer))) return false;
  offerEverywhereLater(ctx, { uri: passage.uri, ...span }, { kind: 'suppress', layer: chosen.layer, words: passage.text.slice(span.start, span.end) }, label);
  return true;
}

/** A free note on a passage ("check the timetable"), kept in the sidecar and shown when hovering the passage. */
export async function addNote(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const passage = await passageFrom(arg, { needSelection: true, what: vscode.l10n.t('the passage to note') });
  if (!passage) return false;
  const span = trimmed(passage.text, passage.start, passage.end);
  if (span.start === span.end) return Boolean(tell(vscode.l10n.t('Select some text (not only spaces) to attach a note to.')));
  if (!(await ctx.store.checkWritable({ article: passage.uri }))) return false;
  const note = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note on this passage'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('The note is empty')) });
  if (!note?.trim()) return false;
  return decide(ctx, vscode.l10n.t('add a note on {0}', passageName(passage, span)), passage, span, { kind: 'note', note: note.trim() }, () => false);
}
