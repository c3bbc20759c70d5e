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
/** Above this many quotes and mentions, layers are drawn one per event-loop turn. */
const LARGE_ARTICLE_RANGES = 2000;

export interface DecorationsHandle extends vscode.Disposable {
  /** The ranges last drawn for a layer in this editor (empty when the layer is off). */
  rangesFor(editor: vscode.TextEditor, layer: Layer): vscode.Range[];
  /** The reported-speech ranges drawn (a part of the quotes layer, drawn apart from direct quotes). */
  reportedRangesFor(editor: vscode.TextEditor): vscode.Range[];
}

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
    const set = (layer: Layer, type: vscode.TextEditorDecorationType, options: vscode.DecorationOptions[]) => {
      const shown = state && config.layerEnabled(layer) ? options : [];
      editor.setDecorations(type, shown);
      byLayer.set(layer, [...(byLayer.get(layer) ?? []), ...shown.map((o) => o.range)]);
    };
    const range = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const a: DecidedAnalysis | undefined = state?.analysis;
    let reported: vscode.Range[] = [];
    const movedIds = new Set((a?.moved ?? []).map((m) => m.annotation.id));

    const steps: (() => void)[] = [
      () => set('quotes', types.quote, (a?.quotes ?? []).filter((q) => q.kind !== 'reported').map((q) => ({ range: range(q) }))),
      // Reported speech: a dotted line under the clause, no tint, so it reads apart from verbatim quotes without colour.
      () => {
        const before = byLayer.get('quotes')?.length ?? 0;
        set('quotes', types.reported, (a?.quotes ?? []).filter((q) => q.kind === 'reported').map((q) => ({ range: range(q) })));
        reported = (byLayer.get('quotes') ?? []).slice(before);
      },
      () => {
        // Speaker labels never push or hide article text by default: after the line's text (see speakerLabels.ts).
        const mode = state && config.layerEnabled('quotes') ? config.speakerLabels() : 'off';
        const labels = state ? speakerLabels(state.analysis.article.text, a?.quotes ?? [], mode, vscode.l10n.t('unattributed')) : [];
        editor.setDecorations(types.speaker, mode === 'inline' ? labels.map((l) => labelAt(document, l)) : []);
        editor.setDecorations(types.speakerEndOfLine, mode === 'endOfLine' ? labels.map((l) => labelAt(document, l)) : []);
      },
      ...ENTITY_TYPES.map((t) => () => set('entities', types.entity[t], (a?.entities ?? []).filter((e) => e.type === t).flatMap((e) => e.mentions.map((m) => ({ range: range(m) }))))),
      // Evidence waiting for confirmation is drawn as moved, not by its stance (below).
      ...STANCES.map((s) => () => set('evidence', types.evidence[s], (a?.evidence ?? []).filter((e) => e.annotation.stance === s && !movedIds.has(e.annotation.id)).map((e) => ({ range: range(e.span) })))),
      // Every decision found only approximately, whatever its kind: a double border, a "?" gutter mark and
      // the words "moved — confirm?" after it, so it reads without colour. Shown whatever layers are on.
      () => {
        const moved = state ? (a?.moved ?? []) : [];
        editor.setDecorations(types.moved, moved.map((m) => ({ range: range(m.span) })));
        // The words go after the passage's last line, like end-of-line speaker labels: they never push article text.
        const lineEnds = [...new Set(moved.map((m) => document.positionAt(m.span.end).line))].map((line) => document.lineAt(line).range.end);
        editor.setDecorations(types.movedLabel, lineEnds.map((at) => ({ range: new vscode.Range(at, at) })));
      },
      () => set('boilerplate', types.boilerplate, (a?.article.boilerplate ?? []).map((b) => ({ range: range(b) }))),
    ];
    // Thousands of ranges take tens of milliseconds per layer to build and send: a large article
    // is drawn one layer per turn of the event loop so the host never stalls for the whole of it.
    const key = document.uri.toString();
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    const large = a !== undefined && a.quotes.length + a.entities.reduce((n, e) => n + e.mentions.length, 0) > LARGE_ARTICLE_RANGES;
    for (const step of steps) {
      if (large) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generations.get(key) !== generation) return;
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
    types.quote,
    types.reported,
    types.speaker,
    types.speakerEndOfLine,
    ...Object.values(types.entity),
    ...Object.values(types.evidence),
    types.boilerplate,
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
  const entityStyle = (type: EntityType) =>
    make({
      textDecoration: entityTextDecoration(type),
      overviewRulerColor: color('entityOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
  const gutterIcon = (stance: Stance, theme: 'light' | 'dark') => vscode.Uri.joinPath(extensionUri, 'media', 'icons', stanceGutterIcon(stance, theme));
  const evidenceStyle = (stance: Stance) =>
    make({
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
    quote: make({
      backgroundColor: color('quoteBackground'),
      border: '1px solid',
      borderColor: color('quoteBorder'),
      overviewRulerColor: color('quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    reported: make({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      borderColor: color('reportedUnderline'),
      overviewRulerColor: color('quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    speaker: make({
      after: { color: color('speakerForeground'), fontStyle: 'italic', margin: '0 0 0 0.6em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    // After the line's last character, set apart like an end-of-line annotation; typing at the end of the line goes before it.
    speakerEndOfLine: make({
      after: { color: color('speakerForeground'), fontStyle: 'italic', margin: '0 0 0 2.5em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
    }),
    entity: { person: entityStyle('person'), organization: entityStyle('organization'), place: entityStyle('place') },
    evidence: { supports: evidenceStyle('supports'), disputes: evidenceStyle('disputes'), mentions: evidenceStyle('mentions') },
    boilerplate: make({ opacity: '0.55', color: color('boilerplateForeground') }),
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
