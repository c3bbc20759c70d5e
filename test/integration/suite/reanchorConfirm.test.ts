// Re-anchoring with confidence in the running editor: a word changed on disk (outside the editor)
// inside an evidence passage is never followed silently. The evidence shows as "moved — confirm?"
// (Claims view node, hover with the words marked and the words now), its stored `exact` is left
// alone until a person confirms, confirming is one undoable step, and an insertion before the
// passage is followed silently. Fixture text is invented for this test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { crosscheck, fixture, hoverText, readJson, recordMessages, waitFor, withPrompts } from './helpers';

const FOLDER = 'moved-story';
const CLAIM = 'c_movedclaim01';
const CREATED = '2026-03-12T09:00:00.000Z';
const BEFORE = 'Pier talks\n\nThe ferry board met again on Monday evening. The harbour master asked the council for a two-week delay to the works. Several skippers left before the vote.\n';
const PASSAGE = 'The harbour master asked the council for a two-week delay to the works.';
const EDITED = BEFORE.replace('asked', 'questioned');
const NOW = PASSAGE.replace('asked', 'questioned');

interface StoredSidecar {
  annotations: { id: string; modified: string; target: { exact: string; prefix: string; suffix: string; start: number; end: number } }[];
}

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const flatten = (nodes: TreeSnapshot[], parent = ''): (TreeSnapshot & { parent: string })[] => nodes.flatMap((n) => [{ ...n, parent }, ...flatten(n.children, n.label)]);

function evidence(text: string) {
  const start = text.indexOf(PASSAGE);
  const end = start + PASSAGE.length;
  const target = { exact: PASSAGE, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
  return { id: 'a_movedevid001', kind: 'evidence', claimId: CLAIM, stance: 'supports', created: CREATED, modified: CREATED, target };
}

describe('extension: moved — confirm?', function () {
  this.timeout(120_000);
  const article = fixture(FOLDER, 'pier-talks.txt');
  const sidecar = fixture(FOLDER, 'pier-talks.txt.crosscheck.json');

  before(async () => {
    const registry = { version: 1, claims: [{ id: CLAIM, text: 'The works were delayed at the harbour master’s request', status: 'unverified', created: CREATED, modified: CREATED }], aliasOverrides: [], dismissedSuggestions: [] };
    await write(fixture(FOLDER, 'crosscheck.claims.json'), JSON.stringify(registry, null, 2) + '\n');
    await write(article, BEFORE);
    await write(sidecar, JSON.stringify({ version: 1, source: {}, annotations: [evidence(BEFORE)] }, null, 2) + '\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const api = await crosscheck();
    await api.whenIdle();
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true, useTrash: false });
  });

  it('an insertion before the passage, made on disk, is followed silently', async () => {
    const api = await crosscheck();
    await vscode.window.showTextDocument(article, { preview: false });
    await waitFor('the evidence placed', () => api.analysisFor(article)?.evidence.length === 1);
    const inserted = 'UPDATED 18:40.\n' + BEFORE;
    await write(article, inserted);
    const placed = await waitFor('the evidence followed', () => {
      const a = api.analysisFor(article);
      return a?.article.text === inserted && a;
    });
    assert.deepStrictEqual(placed.moved, []);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    await waitFor('the evidence drawn as evidence', () => api.decorationRanges(editor, 'evidence').length === 1);
    assert.deepStrictEqual(placed.evidence.map((e) => inserted.slice(e.span.start, e.span.end)), [PASSAGE]);
    await write(article, BEFORE);
    await waitFor('the text back', () => api.analysisFor(article)?.article.text === BEFORE);
  });

  it('a word changed on disk inside the passage shows as moved (tree and hover), exact untouched until confirmed; undo restores', async () => {
    const api = await crosscheck();
    const editor = await vscode.window.showTextDocument(article, { preview: false });
    await write(article, EDITED);
    const analysis = await waitFor('the evidence moved, pending confirmation', () => {
      const a = api.analysisFor(article);
      return a?.article.text === EDITED && a.moved.length === 1 && a;
    });
    assert.deepStrictEqual(analysis.orphans, [], 'a one-word change does not orphan');
    // Drawn as moved (its own decoration), no longer as confirmed evidence.
    await waitFor('the moved evidence no longer drawn by its stance', () => api.decorationRanges(editor, 'evidence').length === 0);
    assert.deepStrictEqual(analysis.moved.map((m) => [m.annotation.id, m.annotation.target.exact, m.current]), [['a_movedevid001', PASSAGE, NOW]]);

    // Claims view: the "Moved — confirm?" node (old → new) and the evidence under its claim says so.
    const nodes = await waitFor('the moved node in the Claims view', async () => {
      const all = flatten(await api.claimsTreeItems());
      return all.some((n) => n.parent === 'Moved — confirm?') && all;
    });
    const movedNode = nodes.find((n) => n.parent === 'Moved — confirm?');
    assert.ok(movedNode && movedNode.label.includes('asked') && movedNode.label.includes('questioned') && movedNode.label.includes('→'), movedNode?.label);
    assert.strictEqual(movedNode.contextValue, 'movedDecision');
    const underClaim = nodes.find((n) => n.contextValue === 'evidence' && n.parent.startsWith('The works were delayed'));
    assert.ok(underClaim?.description?.includes('moved — confirm?'), underClaim?.description);

    // Hover: the words marked and the words now, side by side, with the two ways out.
    const hover = await hoverText(article, editor.document.positionAt(EDITED.indexOf('questioned') + 2));
    assert.match(hover.text, /Moved — confirm\?/);
    assert.ok(hover.text.includes('Marked: “The harbour master asked the council'), hover.text);
    assert.ok(hover.text.includes('Now: “The harbour master questioned the council'), hover.text);
    assert.ok(hover.text.includes('command:crosscheck.confirmMovedAnnotation'), hover.text);

    // Nothing stored silently, not even after the article is saved in the editor.
    await editor.document.save();
    await api.whenIdle();
    assert.strictEqual((await readJson<StoredSidecar>(sidecar)).annotations[0].target.exact, PASSAGE);

    // Confirm: exact and the anchor take the text where it was found, as one undoable step.
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.confirmMovedAnnotation', { uri: article.toString(), annotationId: 'a_movedevid001' }), true);
    await api.whenIdle();
    const confirmed = (await readJson<StoredSidecar>(sidecar)).annotations[0].target;
    assert.deepStrictEqual([confirmed.exact, confirmed.start, confirmed.end], [NOW, EDITED.indexOf(NOW), EDITED.indexOf(NOW) + NOW.length]);
    await waitFor('nothing pending after confirmation', () => api.analysisFor(article)?.moved.length === 0);
    await waitFor('the Moved node gone', async () => !flatten(await api.claimsTreeItems()).some((n) => n.label === 'Moved — confirm?'));

    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said), showWarningMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.undo'));
    await api.whenIdle();
    assert.match(said[0] ?? '', /^Undid: confirm moved passage “The harbour master questioned/);
    assert.strictEqual((await readJson<StoredSidecar>(sidecar)).annotations[0].target.exact, PASSAGE);
    await waitFor('moved again after undo', () => api.analysisFor(article)?.moved.length === 1);
  });
});
