// Mark as Checked Against the Source / Unmark: on evidence (the Claims view's selection, a hover
// link, the evidence at the cursor) or on a quote (a hover link, the quote at the cursor). The mark
// says who checked and when; on evidence it is the annotation's `checked`, on a quote a `check`
// annotation on its passage. Each is one undoable step.
import * as vscode from 'vscode';
import type { Span } from '../../core';
import { createAnnotation, touched } from '../../core/storage/create';
import type { Annotation, Decision } from '../../core/storage/model';
import { evidenceTargets } from '../commands/claims';
import { isSpanArg, tell, type CommandContext } from '../commands/targets';
import { excerpt } from '../text/markdown';
import { showPick } from '../text/messageText';

type CheckTarget =
  | { kind: 'evidence'; article: vscode.Uri; id: string; exact: string }
  | { kind: 'quote'; article: vscode.Uri; text: string; start: number; end: number };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const passageOf = (t: CheckTarget) => (t.kind === 'evidence' ? t.exact : t.text.slice(t.start, t.end));

/** What to mark: evidence from the view or a hover link, a quote from a hover link, else what is at the cursor. */
async function targetsOf(ctx: CommandContext, arg: unknown, selected: unknown): Promise<CheckTarget[]> {
  const link = arg as { uri?: unknown; annotationId?: unknown } | undefined;
  if (link && typeof link === 'object' && typeof link.uri === 'string' && typeof link.annotationId === 'string') {
    const article = vscode.Uri.parse(link.uri);
    const placed = ctx.analysis.get(article)?.analysis.evidence.find((e) => e.annotation.id === link.annotationId);
    return placed ? [{ kind: 'evidence', article, id: placed.annotation.id, exact: placed.annotation.target.exact }] : [];
  }
  if (isSpanArg(arg)) {
    const article = vscode.Uri.parse(arg.uri);
    const state = await ctx.analysis.ensure(article);
    const quote = state?.analysis.quotes.find((q) => q.start === arg.start && q.end === arg.end);
    return state && quote ? [{ kind: 'quote', article, text: state.analysis.article.text, start: quote.start, end: quote.end }] : [];
  }
  const fromView = arg !== undefined || Array.isArray(selected);
  const evidence = (await evidenceTargets(ctx, arg, selected)).map((n): CheckTarget => ({ kind: 'evidence', article: n.article, id: n.annotation.id, exact: n.annotation.target.exact }));
  if (fromView && evidence.length > 0) return evidence;
  const quote = await quoteAtCursor(ctx);
  if (evidence.length > 0 && quote) {
    // The cursor is in both a quote and an evidence passage: ask which one was checked.
    const pick = await showPick(
      [
        { label: `$(law) ${vscode.l10n.t('The evidence passage')}`, description: excerpt(passageOf(evidence[0]), 60), target: evidence[0] },
        { label: `$(quote) ${vscode.l10n.t('The quote')}`, description: excerpt(passageOf(quote), 60), target: quote },
      ],
      { placeHolder: vscode.l10n.t('Which passage?') },
    );
    return pick ? [pick.target] : [];
  }
  return evidence.length > 0 ? evidence : quote ? [quote] : [];
}

async function quoteAtCursor(ctx: CommandContext): Promise<CheckTarget | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const state = await ctx.analysis.ensure(editor.document.uri);
  if (!state || state.analysis.article.text !== editor.document.getText()) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const quote = state.analysis.quotes.find((q) => q.start <= offset && offset <= q.end);
  return quote ? { kind: 'quote', article: state.uri, text: state.analysis.article.text, start: quote.start, end: quote.end } : undefined;
}

/** The sidecar's annotations with `target` marked (checked) or unmarked (undefined); undefined when nothing changes. */
function withMark(annotations: Annotation[], t: CheckTarget, checked: Decision | undefined): Annotation[] | undefined {
  if (t.kind === 'evidence') {
    const found = annotations.find((a) => a.id === t.id && a.kind === 'evidence');
    if (!found || Boolean(found.checked) === Boolean(checked)) return undefined;
    const { checked: _old, ...unmarked } = found;
    const next = touched(checked ? { ...found, checked } : (unmarked as Annotation), {});
    return annotations.map((a) => (a === found ? next : a));
  }
  const marks = annotations.filter((a) => a.kind === 'check' && a.layer === 'quote' && overlaps(a.target, t));
  if (checked) {
    if (marks.length > 0) return undefined;
    return [...annotations, createAnnotation(t.text, t.start, t.end, { kind: 'check', layer: 'quote', checked })];
  }
  return marks.length === 0 ? undefined : annotations.filter((a) => !marks.includes(a));
}

async function setMark(ctx: CommandContext, arg: unknown, selected: unknown, mark: boolean): Promise<boolean> {
  const targets = await targetsOf(ctx, arg, selected);
  if (targets.length === 0) return Boolean(tell(vscode.l10n.t('Put the cursor in a quote or an evidence passage, or pick the evidence in the Claims view.')));
  const first = `“${excerpt(passageOf(targets[0]), 50)}”`;
  const label = mark
    ? targets.length === 1 ? vscode.l10n.t('mark {0} checked against the source', first) : vscode.l10n.t('mark {0} passages checked against the source', targets.length)
    : targets.length === 1 ? vscode.l10n.t('unmark {0} as checked', first) : vscode.l10n.t('unmark {0} passages as checked', targets.length);
  const changed = await ctx.history.run(label, async (step) => {
    let written = false;
    for (const t of targets) {
      const checked = mark ? { by: await ctx.authors.nameFor(t.article), at: new Date().toISOString() } : undefined;
      const done = await ctx.store.updateSidecar(t.article, (s) => {
        const annotations = withMark(s.annotations, t, checked);
        return annotations ? { ...s, annotations } : undefined;
      }, step);
      written ||= done;
    }
    return written;
  });
  if (!changed) tell(mark ? vscode.l10n.t('Already marked as checked.') : vscode.l10n.t('Not marked as checked.'));
  return changed;
}

/** crosscheck.markChecked */
export const markChecked = (ctx: CommandContext, arg?: unknown, selected?: unknown) => setMark(ctx, arg, selected, true);

/** crosscheck.unmarkChecked */
export const unmarkChecked = (ctx: CommandContext, arg?: unknown, selected?: unknown) => setMark(ctx, arg, selected, false);
