// Editor decorations, one group per layer: quotes (tint + speaker label, placed by speakerLabels.ts), entities (underline by
// type), claim evidence (gutter mark + border by stance) and boilerplate (dimmed). Shapes tell the kinds
// apart without colour (decorationStyles.ts); colours are contributed theme colours, so dark, light and
// high-contrast themes each get theirs.
import * as vscode from 'vscode';
import type { DecidedAnalysis, EntityType, Span } from '../../core';
import type { Stance } from '../../core/storage/model';
import { LAYERS, type Layer } from '../config';
import { speakerLabels, type SpeakerLabel } from './speakerLabels';
import { ENTITY_TYPES, MOVED_BORDER, STANCES, STANCE_BORDER, entityTextDecoration, movedGutterIcon, stanceBorderColor, stanceGutterIcon } from './decorationStyles';
import type { Services } from '../services';

const color = (id: string) => new vscode.ThemeColor(`crosscheck.${id}`);
/**
 * Decoration types per look: VS Code replaces a type's ranges in one message, and the ~10,000 mentions
 * of a 1 MB article in one type held the extension host ~150 ms building and sending it. A look is
 * drawn as this many types of the same style, each slice built and sent on its own.
 */
const SLICES = 6;
/** Ranges a slice holds before the next is used: a usual article's look is one message, as before. */
const MIN_SLICE = 500;
/** The host's time per event-loop turn for drawing: past it, the next slice waits for the next turn. */
const TURN_BUDGET_MS = 8;

export interface DecorationsHandle extends vscode.Disposable {
  /** The ranges last drawn for a layer in this editor (empty when the layer is off). */
  rangesFor(editor: vscode.TextEditor, layer: Layer): vscode.Range[];
  /** The reported-speech ranges drawn (a part of the quotes layer, drawn apart from direct quotes). */
  reportedRangesFor(editor: vscode.TextEditor): vscode.Range[];
}

type Slices = readonly vscode.TextEditorDecorationType[];

export function registerDecorations(services: Services): DecorationsHandle {
  const { analysis, config, context } = services;
  const types = createDecorationTypes(context.extensionUri);
  /** Ranges drawn per document and layer, for the test API. */
  const drawn = new Map<string, Map<Layer, vscode.Range[]>>();
  const drawnReported = new Map<string, vscode.Range[]>();

  /** Latest render per document: a render that yields is abandoned once a newer one starts. */
  const generations = new Map<string, number>();

  const render = async (editor: vscode.TextEditor) => {
    const state = analysis.get(editor.document.uri);
    const document = editor.document;
    // Offsets are only valid for the text they were computed on; while an edit waits for analysis,
    // the editor keeps shifting the old decorations itself.
    if (state && state.analysis.article.text !== document.getText()) return;
    const byLayer = new Map<Layer, vscode.Range[]>();
    const range = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const a: DecidedAnalysis | undefined = state?.analysis;
    const reported: vscode.Range[] = [];
    const movedIds = new Set((a?.moved ?? []).map((m) => m.annotation.id));

    /** One step per slice of a look: the slice's ranges are built and sent in that step only (plain ranges take VS Code's compact path). */
    const sliceSize = (count: number) => Math.max(MIN_SLICE, Math.ceil(count / SLICES));
    const sliced = (slices: Slices, items: readonly Span[], drawnInto: vscode.Range[][]) => {
      const size = sliceSize(items.length);
      return slices.map((type, i) => () => {
        const ranges = items.slice(i * size, (i + 1) * size).map(range);
        editor.setDecorations(type, ranges);
        for (const into of drawnInto) into.push(...ranges);
      });
    };
    const layerRanges = (layer: Layer) => {
      const known = byLayer.get(layer);
      if (known) return known;
      const made: vscode.Range[] = [];
      byLayer.set(layer, made);
      return made;
    };
    const layer = (name: Layer, slices: Slices, spans: () => readonly Span[], alsoInto: vscode.Range[][] = []) =>
      sliced(slices, state && config.layerEnabled(name) ? spans() : [], [layerRanges(name), ...alsoInto]);
    const quotes = a?.quotes ?? [];
    // Speaker labels never push or hide article text by default: after the line's text (see speakerLabels.ts).
    const labelMode = state && config.layerEnabled('quotes') ? config.speakerLabels() : 'off';
    // Placed in a step of their own (thousands of quotes in a large article), then drawn a slice a step.
    let labels: SpeakerLabel[] = [];
    const placeLabels = () => {
      if (state && labelMode !== 'off') labels = speakerLabels(state.analysis.article.text, quotes, labelMode, vscode.l10n.t('unattributed'));
    };
    const labelSteps = (slices: Slices, shown: boolean) =>
      slices.map((type, i) => () => {
        const size = sliceSize(labels.length);
        editor.setDecorations(type, shown ? labels.slice(i * size, (i + 1) * size).map((l) => labelAt(document, l)) : []);
      });

    const steps: (() => void)[] = [
      ...layer('quotes', types.quote, () => quotes.filter((q) => q.kind !== 'reported')),
      // Reported speech: a dotted line under the clause, no tint, so it reads apart from verbatim quotes without colour.
      ...layer('quotes', types.reported, () => quotes.filter((q) => q.kind === 'reported'), [reported]),
      placeLabels,
      ...labelSteps(types.speaker, labelMode === 'inline'),
      ...labelSteps(types.speakerEndOfLine, labelMode === 'endOfLine'),
      ...ENTITY_TYPES.flatMap((t) => layer('entities', types.entity[t], () => (a?.entities ?? []).filter((e) => e.type === t).flatMap((e) => e.mentions))),
      // Evidence waiting for confirmation is drawn as moved, not by its stance (below).
      ...STANCES.flatMap((s) => layer('evidence', types.evidence[s], () => (a?.evidence ?? []).filter((e) => e.annotation.stance === s && !movedIds.has(e.annotation.id)).map((e) => e.span))),
      // Every decision found only approximately, whatever its kind: a double border, a "?" gutter mark and
      // the words "moved — confirm?" after it, so it reads without colour. Shown whatever layers are on.
      () => {
        const moved = state ? (a?.moved ?? []) : [];
        editor.setDecorations(types.moved, moved.map((m) => range(m.span)));
        // The words go after the passage's last line, like end-of-line speaker labels: they never push article text.
        const lineEnds = [...new Set(moved.map((m) => document.positionAt(m.span.end).line))].map((line) => document.lineAt(line).range.end);
        editor.setDecorations(types.movedLabel, lineEnds.map((at) => new vscode.Range(at, at)));
      },
      ...layer('boilerplate', types.boilerplate, () => a?.article.boilerplate ?? []),
    ];
    // A large article's slices are drawn over several turns of the event loop, so the host never
    // stalls for the whole of it; a newer render of the same document abandons this one.
    const key = document.uri.toString();
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    let turnStarted = performance.now();
    for (const step of steps) {
      if (performance.now() - turnStarted > TURN_BUDGET_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generations.get(key) !== generation) return;
        turnStarted = performance.now();
      }
      step();
    }
    drawn.set(key, byLayer);
    drawnReported.set(key, reported);
  };

  const renderFor = (uri?: vscode.Uri) => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) void render(editor).catch((e: unknown) => services.log.error(`drawing highlights failed: ${String(e)}`));
    }
  };

  const disposables: vscode.Disposable[] = [
    ...types.quote,
    ...types.reported,
    ...types.speaker,
    ...types.speakerEndOfLine,
    ...Object.values(types.entity).flat(),
    ...Object.values(types.evidence).flat(),
    ...types.boilerplate,
    types.moved,
    types.movedLabel,
    analysis.onDidChange((uri) => renderFor(uri)),
    vscode.window.onDidChangeVisibleTextEditors(() => renderFor()),
    config.onDidChange((e) => (LAYERS.some((l) => e.affectsConfiguration(`crosscheck.highlight.${l}`)) || e.affectsConfiguration('crosscheck.speakerLabels')) && renderFor()),
  ];
  renderFor();

  return {
    rangesFor: (editor, layer) => drawn.get(editor.document.uri.toString())?.get(layer) ?? [],
    reportedRangesFor: (editor) => drawnReported.get(editor.document.uri.toString()) ?? [],
    dispose: () => disposables.forEach((d) => d.dispose()),
  };
}

/** A faint "— Speaker" at a label's place. */
function labelAt(document: vscode.TextDocument, label: SpeakerLabel): vscode.DecorationOptions {
  const at = document.positionAt(label.at);
  return { range: new vscode.Range(at, at), renderOptions: { after: { contentText: label.text } } };
}

function createDecorationTypes(extensionUri: vscode.Uri) {
  const make = (options: vscode.DecorationRenderOptions) => vscode.window.createTextEditorDecorationType(options);
  // A look's slices are made together, in the looks' order: where two looks overlap, the later type's
  // border wins, so a slice made later could put a quote's border over evidence.
  const slices = (options: vscode.DecorationRenderOptions): Slices => Array.from({ length: SLICES }, () => make(options));
  const entityStyle = (type: EntityType) =>
    slices({
      textDecoration: entityTextDecoration(type),
      overviewRulerColor: color('entityOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
  const gutterIcon = (stance: Stance, theme: 'light' | 'dark') => vscode.Uri.joinPath(extensionUri, 'media', 'icons', stanceGutterIcon(stance, theme));
  const evidenceStyle = (stance: Stance) =>
    slices({
      border: `1px ${STANCE_BORDER[stance]}`,
      borderRadius: '2px',
      borderColor: new vscode.ThemeColor(stanceBorderColor(stance)),
      light: { gutterIconPath: gutterIcon(stance, 'light') },
      dark: { gutterIconPath: gutterIcon(stance, 'dark') },
      gutterIconSize: 'contain',
      overviewRulerColor: color('evidenceOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    });
  return {
    quote: slices({
      backgroundColor: color('quoteBackground'),
      border: '1px solid',
      borderColor: color('quoteBorder'),
      overviewRulerColor: color('quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    reported: slices({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      borderColor: color('reportedUnderline'),
      overviewRulerColor: color('quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    speaker: slices({
      after: { color: color('speakerForeground'), fontStyle: 'italic', margin: '0 0 0 0.6em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    // After the line's last character, set apart like an end-of-line annotation; typing at the end of the line goes before it.
    speakerEndOfLine: slices({
      after: { color: color('speakerForeground'), fontStyle: 'italic', margin: '0 0 0 2.5em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
    }),
    entity: { person: entityStyle('person'), organization: entityStyle('organization'), place: entityStyle('place') },
    evidence: { supports: evidenceStyle('supports'), disputes: evidenceStyle('disputes'), mentions: evidenceStyle('mentions') },
    boilerplate: slices({ opacity: '0.55', color: color('boilerplateForeground') }),
    moved: make({
      border: `3px ${MOVED_BORDER}`,
      borderRadius: '2px',
      borderColor: color('movedBorder'),
      light: { gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'icons', movedGutterIcon('light')) },
      dark: { gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'icons', movedGutterIcon('dark')) },
      gutterIconSize: 'contain',
      overviewRulerColor: color('movedBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Full,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    movedLabel: make({
      after: { contentText: `⇄ ${vscode.l10n.t('moved — confirm?')}`, fontStyle: 'italic', color: color('movedBorder'), margin: '0 0 0 2.5em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
    }),
  };
}
