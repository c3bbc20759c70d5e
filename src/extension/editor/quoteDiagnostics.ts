// Problems for quotes that several outlets carry: Information when an outlet's wording differs
// from another's, Warning when outlets credit the same words to different speakers. Related
// information points at the other outlets' versions. Recomputed off the keystroke path (debounced)
// from the analyses already in memory.
import * as path from 'path';
import * as vscode from 'vscode';
import { normalizedText, speakerRelation, type QuoteGroup, type QuoteRef } from '../../core';
import { quoteGroupsKey } from '../analysis/analysisWorkerGroups';
import type { ArticleState } from '../analysis/documentAnalysis';
import { lineAndCharacter, lineStarts } from './lineIndex';
import { excerpt } from '../text/markdown';
import type { Services } from '../services';

export const DIAGNOSTIC_SOURCE = 'crosscheck';
export const WORDING_CODE = 'quote-wording';
export const SPEAKER_CODE = 'quote-speaker';
const DELAY_MS = 300;
/** The most the host spends building or handing over diagnostics before it lets other work run. */
const SLICE_MS = 8;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/**
 * Other outlets' versions listed under one diagnostic at most: a quote wire copy spread to hundreds of
 * articles would list every other copy under every copy (its message gives the count; the quote's
 * hover lists the wordings).
 */
export const MAX_RELATED = 12;

export function registerQuoteDiagnostics(services: Services): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('crosscheck');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = '';
  const update = async () => {
    timer = undefined;
    const states = services.analysis.all();
    const key = quoteGroupsKey(states);
    if (key === lastKey) return;
    lastKey = key;
    // Grouping runs on the cross-source worker: with thousands of quotes it takes too long for the host.
    const groups = await services.quoteGroups.of(states);
    if (key !== lastKey) return;
    // A story of hundreds of articles has thousands of groups, some carried by dozens of outlets
    // (the work grows with the square of a group's size): built and handed over in slices of a few
    // milliseconds, yielding between them, so the host never stalls on them (a newer update stops this one).
    const build = diagnosticsBuilder(states);
    let sliceStart = performance.now();
    for (const group of groups) {
      // A member at a time: one group can be carried by hundreds of articles.
      for (const _member of build.adding(group)) {
        if (performance.now() - sliceStart < SLICE_MS) continue;
        await nextTurn();
        if (key !== lastKey) return;
        sliceStart = performance.now();
      }
    }
    collection.clear();
    sliceStart = performance.now();
    for (const [uri, diagnostics] of build.result) {
      collection.set(vscode.Uri.parse(uri), diagnostics);
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await nextTurn();
      if (key !== lastKey) return;
      sliceStart = performance.now();
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update().catch((e: unknown) => services.log.error(`quote diagnostics failed: ${String(e)}`)), DELAY_MS);
  };
  const subscription = services.analysis.onDidChange(schedule);
  schedule();
  return new vscode.Disposable(() => {
    if (timer) clearTimeout(timer);
    subscription.dispose();
    collection.dispose();
  });
}

/** Diagnostics per article URI for every quote group (from the cross-source worker) whose outlets disagree on words or speaker. */
export function quoteDiagnostics(states: readonly ArticleState[], groups: readonly QuoteGroup[]): Map<string, vscode.Diagnostic[]> {
  const build = diagnosticsBuilder(states);
  for (const group of groups) for (const _member of build.adding(group));
  return build.result;
}

/** Builds the diagnostics a group member at a time (so a caller can yield between members), sharing each article's line index. */
function diagnosticsBuilder(states: readonly ArticleState[]): { adding(group: QuoteGroup): Generator<void>; result: Map<string, vscode.Diagnostic[]> } {
  const byFile = new Map(states.map((s) => [s.uri.toString(), s]));
  const locators = new Map<string, Locate>();
  const locate = (state: ArticleState, start: number, end: number) => {
    const file = state.uri.toString();
    let locator = locators.get(file);
    if (!locator) {
      locator = locatorFor(state.analysis.article.text, openDocument(state.uri));
      locators.set(file, locator);
    }
    return locator(start, end);
  };
  const out = new Map<string, vscode.Diagnostic[]>();
  const add = (file: string, d: vscode.Diagnostic) => {
    const known = out.get(file);
    if (known) known.push(d);
    else out.set(file, [d]);
  };
  // Parsed once per file: a group carried by dozens of outlets names each of them many times.
  const names = new Map<string, string>();
  const nameOf = (file: string) => {
    let name = names.get(file);
    if (name === undefined) {
      name = fileName(file);
      names.set(file, name);
    }
    return name;
  };
  return { adding: addGroup, result: out };

  function* addGroup(group: QuoteGroup): Generator<void> {
    // Once per member, not once per pair: a group carried by dozens of outlets compares every pair.
    const normalized = new Map(group.members.map((m) => [m, normalizedText(m.text)]));
    for (const member of group.members) {
      const state = byFile.get(member.file);
      if (!state) continue;
      const others = group.members.filter((m) => m.file !== member.file);
      // Only the quote's first word carries the squiggle: hovering the rest of the quote shows
      // Crosscheck's own card (which has the other wordings) without the Problems note above it.
      const range = locate(state, member.start, firstWordEnd(state.analysis.article.text, member.start, member.end));
      const credited = others.filter((o) => speakerRelation(member.speaker, o.speaker) === 'different');
      if (credited.length > 0) {
        const all = [...new Set(credited.map((o) => `${o.speaker} (${nameOf(o.file)})`))];
        const names = all.length > 3 ? vscode.l10n.t('{0} and {1} more', all.slice(0, 3).join(', '), all.length - 3) : all.join(', ');
        const d = new vscode.Diagnostic(range, vscode.l10n.t('Outlets credit these words to different speakers: {0} here, {1}.', member.speaker ?? '', names), vscode.DiagnosticSeverity.Warning);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = SPEAKER_CODE;
        d.relatedInformation = related(credited, byFile, locate, (o) => vscode.l10n.t('credited to {0} in {1}', o.speaker ?? '', nameOf(o.file)));
        add(member.file, d);
      }
      const worded = others.filter((o) => normalized.get(o) !== normalized.get(member));
      if (worded.length > 0) {
        const d = new vscode.Diagnostic(
          range,
          // One line: the first other wording; the rest are in the related information and the hover.
          worded.length === 1
            ? vscode.l10n.t('Another outlet words this quote differently: {0} “{1}”', nameOf(worded[0].file), excerpt(worded[0].text, 60))
            : vscode.l10n.t('{0} other outlets word this quote differently: {1} “{2}” and {3} more', worded.length, nameOf(worded[0].file), excerpt(worded[0].text, 60), worded.length - 1),
          vscode.DiagnosticSeverity.Information,
        );
        d.source = DIAGNOSTIC_SOURCE;
        d.code = WORDING_CODE;
        d.relatedInformation = related(worded, byFile, locate, (o) => `${nameOf(o.file)}: “${excerpt(o.text, 80)}”`);
        add(member.file, d);
      }
      yield;
    }
  }
}


/** End of the first word of a quote (at least one character, at most the quote). */
export function firstWordEnd(text: string, start: number, end: number): number {
  const space = text.slice(start, end).search(/\s/);
  return space <= 0 ? end : start + space;
}

const fileName = (file: string) => path.posix.basename(vscode.Uri.parse(file).path);

function related(
  refs: QuoteRef[],
  byFile: Map<string, ArticleState>,
  locate: (state: ArticleState, start: number, end: number) => vscode.Range,
  message: (o: QuoteRef) => string,
): vscode.DiagnosticRelatedInformation[] {
  return refs.slice(0, MAX_RELATED).flatMap((o) => {
    const state = byFile.get(o.file);
    return state ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(state.uri, locate(state, o.start, o.end)), message(o))] : [];
  });
}

/** The article's document when it is open (its positionAt is the editor's own line index). */
const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

/**
 * Turns offsets into positions for one article: through the open document when it shows exactly
 * the analysed text, else through one line-start index built once (a binary search per offset,
 * instead of scanning the text from the start for every warning).
 */
export type Locate = (start: number, end: number) => vscode.Range;

export function locatorFor(text: string, document?: Pick<vscode.TextDocument, 'positionAt' | 'getText'>): Locate {
  if (document && document.getText() === text) return (start, end) => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const starts = lineStarts(text);
  const at = (offset: number) => {
    const { line, character } = lineAndCharacter(starts, text.length, offset);
    return new vscode.Position(line, character);
  };
  return (start, end) => new vscode.Range(at(start), at(end));
}

/** A range from offsets in a text (the text an analysis was made from, which may not be open). */
export function rangeIn(text: string, start: number, end: number): vscode.Range {
  return locatorFor(text)(start, end);
}
