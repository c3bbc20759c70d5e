// Repairs in the running editor: an orphan re-attached to the passage the user selects, a missing
// source relinked to its new file or its sidecar deleted after confirmation, a deleted article
// shown as missing in both trees, and an outside change to a sidecar arriving while the user is
// recording a decision (both kept, nothing overwritten).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { crosscheck, fixture, readJson, recordMessages, select, typeInOrder, waitFor, withPrompts } from './helpers';

const FOLDER = 'repair-story';
const CREATED = '2026-03-12T09:00:00.000Z';

interface StoredAnnotation {
  id: string;
  kind: string;
  note?: string;
  target: { exact: string; prefix?: string; suffix?: string; start: number; end: number };
}
type StoredSidecar = { annotations: StoredAnnotation[] };

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

/** A note annotation on `exact` as it stands in `text` (start -1 when the passage is not there). */
function note(id: string, text: string, exact: string, body: string): StoredAnnotation & Record<string, unknown> {
  const start = text.indexOf(exact);
  return { id, kind: 'note', note: body, created: CREATED, modified: CREATED, target: { exact, prefix: '', suffix: '', start: Math.max(0, start), end: Math.max(0, start) + exact.length } };
}

async function writeArticle(name: string, text: string, annotations: object[]): Promise<{ article: vscode.Uri; sidecar: vscode.Uri }> {
  const article = fixture(FOLDER, name);
  const sidecar = fixture(FOLDER, `${name}.crosscheck.json`);
  await write(article, text);
  await write(sidecar, JSON.stringify({ version: 1, source: {}, annotations }, null, 2) + '\n');
  return { article, sidecar };
}

/** Every node of a tree snapshot, depth first, with its parent's label. */
function flatten(nodes: TreeSnapshot[], parent = ''): (TreeSnapshot & { parent: string })[] {
  return nodes.flatMap((n) => [{ ...n, parent }, ...flatten(n.children, n.label)]);
}

describe('extension: repairs', function () {
  this.timeout(120_000);

  before(async () => {
    await write(fixture(FOLDER, 'crosscheck.claims.json'), JSON.stringify({ version: 1, claims: [], aliasOverrides: [], dismissedSuggestions: [] }, null, 2) + '\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const api = await crosscheck();
    await api.whenIdle();
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true, useTrash: false });
  });

  it('re-attaches an orphaned note to the selected passage: target updated, the Orphaned node gone', async () => {
    const api = await crosscheck();
    const text = 'Quay notes\n\nThe tender for the new pontoon closes on Friday at noon.\n';
    const orphan = note('a_repairorph01', text, 'the dredging contract was cancelled', 'ask the harbour office');
    const { article, sidecar } = await writeArticle('quay-notes.txt', text, [orphan]);
    await vscode.commands.executeCommand('crosscheck.analyzeFile', article);
    await api.whenIdle();
    assert.deepStrictEqual(api.analysisFor(article)?.orphans.map((o) => o.id), ['a_repairorph01']);
    const node = await waitFor('the orphan in the Claims view', async () =>
      flatten(await api.claimsTreeItems()).find((n) => n.parent === 'Orphaned' && n.label.includes('the dredging contract was cancelled')),
    );
    assert.strictEqual(node.contextValue, 'orphanedAnnotation');

    const editor = await vscode.window.showTextDocument(article, { preview: false });
    const { start, end } = select(editor, 'The tender for the new pontoon closes');
    const annotation = (await readJson<StoredSidecar>(sidecar)).annotations[0];
    const ok = await vscode.commands.executeCommand('crosscheck.reattachAnnotation', { kind: 'orphanedAnnotation', article, annotation });
    assert.strictEqual(ok, true);
    await api.whenIdle();
    const stored = (await readJson<StoredSidecar>(sidecar)).annotations;
    assert.deepStrictEqual(stored.map((a) => [a.id, a.note, a.target.exact, a.target.start, a.target.end]), [['a_repairorph01', 'ask the harbour office', 'The tender for the new pontoon closes', start, end]]);
    assert.deepStrictEqual(api.analysisFor(article)?.orphans, []);
    assert.deepStrictEqual(api.analysisFor(article)?.notes.map((n) => [n.annotation.id, n.span.start, n.span.end]), [['a_repairorph01', start, end]]);
    await waitFor('the Orphaned node gone', async () => !flatten(await api.claimsTreeItems()).some((n) => n.label === 'Orphaned' || n.label.includes('dredging')));
  });

  it('shows a deleted article as missing in Sources and Claims, keeping its sidecar', async () => {
    const api = await crosscheck();
    const text = 'Pier log\n\nThe east pier lights were repaired on Tuesday.\n';
    const { article, sidecar } = await writeArticle('pier-log.txt', text, [note('a_repairmiss01', text, 'east pier lights', 'photo on file')]);
    await vscode.commands.executeCommand('crosscheck.analyzeFile', article);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.whenIdle();
    const sidecarText = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    await vscode.workspace.fs.delete(article);
    const inSources = await waitFor('pier-log.txt missing in Sources', async () => flatten(await api.sourcesTreeItems()).find((n) => n.label === 'pier-log.txt' && n.contextValue === 'missingSource'));
    assert.deepStrictEqual([inSources.description, inSources.icon], ['missing · 1 decision kept', 'warning']);
    const inClaims = await waitFor('pier-log.txt missing in Claims', async () => flatten(await api.claimsTreeItems()).find((n) => n.label === 'pier-log.txt' && n.contextValue === 'missingSource'));
    assert.deepStrictEqual([inClaims.description, inClaims.icon], ['missing · 1 decision kept', 'warning']);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), sidecarText, 'the sidecar is kept byte for byte');
  });

  it('relinks a missing source: the sidecar moves beside the new file and its anchors are placed there', async () => {
    const api = await crosscheck();
    const oldText = 'Ferry desk\n\nThe morning crossing was cancelled because of fog.\n';
    const { article, sidecar } = await writeArticle('ferry-desk.txt', oldText, [note('a_repairlink01', oldText, 'cancelled because of fog', 'check the coastguard log')]);
    await vscode.workspace.fs.delete(article);
    const moved = fixture(FOLDER, 'ferry-desk-final.txt');
    const newText = 'Ferry desk (updated)\n\nOn Monday the morning crossing was cancelled because of fog, the operator said.\n';
    await write(moved, newText);
    const ok = await withPrompts({ showOpenDialog: () => Promise.resolve([moved]) }, () => vscode.commands.executeCommand('crosscheck.relinkSource', article));
    assert.strictEqual(ok, true);
    await api.whenIdle();
    assert.strictEqual(await exists(sidecar), false, 'the old sidecar is gone');
    const stored = (await readJson<StoredSidecar>(fixture(FOLDER, 'ferry-desk-final.txt.crosscheck.json'))).annotations;
    const start = newText.indexOf('cancelled because of fog');
    assert.deepStrictEqual(stored.map((a) => [a.id, a.note, a.target.exact, a.target.start]), [['a_repairlink01', 'check the coastguard log', 'cancelled because of fog', start]]);
    assert.deepStrictEqual(api.analysisFor(moved)?.notes.map((n) => [n.span.start, n.span.end]), [[start, start + 'cancelled because of fog'.length]]);
    await waitFor('ferry-desk.txt no longer missing', async () => !flatten(await api.sourcesTreeItems()).some((n) => n.label === 'ferry-desk.txt'));
  });

  it('deletes the sidecar of a missing source only after confirmation', async () => {
    const api = await crosscheck();
    const text = 'Tide table\n\nHigh water at 06:40 on Saturday.\n';
    const { article, sidecar } = await writeArticle('tide-table.txt', text, [note('a_repairdel001', text, 'High water', 'from the port almanac')]);
    await vscode.workspace.fs.delete(article);
    const asked: string[] = [];
    const cancelled = await withPrompts({ showWarningMessage: recordMessages(asked, undefined) }, () => vscode.commands.executeCommand('crosscheck.deleteSidecarOfMissingSource', article));
    assert.strictEqual(cancelled, false);
    assert.strictEqual(await exists(sidecar), true, 'cancelling keeps the sidecar');
    const confirmed = await withPrompts({ showWarningMessage: recordMessages(asked, 'Delete Sidecar') }, () => vscode.commands.executeCommand('crosscheck.deleteSidecarOfMissingSource', article));
    assert.strictEqual(confirmed, true);
    assert.strictEqual(await exists(sidecar), false);
    assert.ok(asked.length === 2 && asked.every((m) => m.includes('tide-table.txt')), JSON.stringify(asked));
    await api.whenIdle();
    await waitFor('tide-table.txt gone from Sources', async () => !flatten(await api.sourcesTreeItems()).some((n) => n.label === 'tide-table.txt'));
  });

  it('keeps both an outside change to the sidecar and the note being recorded meanwhile', async () => {
    const api = await crosscheck();
    const text = 'Harbour board\n\nThe board approved the budget. The chair abstained from the vote.\n';
    const mine = 'The chair abstained';
    const { article, sidecar } = await writeArticle('harbour-board.txt', text, [note('a_repairbase01', text, 'approved the budget', 'minutes page 3')]);
    const editor = await vscode.window.showTextDocument(article, { preview: false });
    await waitFor('the article analysed', () => api.analysisFor(article)?.notes.length === 1);
    await api.whenIdle();
    select(editor, mine);
    // While the user types the note, a colleague's edit (git pull, another editor) lands on disk.
    const outside = note('a_repairext001', text, 'The board', 'added by a colleague');
    const base = note('a_repairbase01', text, 'approved the budget', 'minutes page 3, corrected');
    const typing = typeInOrder('abstention confirmed by the clerk');
    const ok = await withPrompts(
      {
        showInputBox: (async (options?: vscode.InputBoxOptions) => {
          await write(sidecar, JSON.stringify({ version: 1, source: {}, annotations: [base, outside] }, null, 2) + '\n');
          return (typing as (o?: vscode.InputBoxOptions) => Promise<string>)(options);
        }) as never,
      },
      () => vscode.commands.executeCommand('crosscheck.addNote'),
    );
    assert.strictEqual(ok, true);
    await api.whenIdle();
    const stored = (await readJson<StoredSidecar>(sidecar)).annotations;
    const byId = new Map(stored.map((a) => [a.id, a]));
    assert.strictEqual(stored.length, 3, JSON.stringify(stored));
    assert.strictEqual(byId.get('a_repairbase01')?.note, 'minutes page 3, corrected', 'the outside edit to an existing note is kept');
    assert.strictEqual(byId.get('a_repairext001')?.note, 'added by a colleague', 'the outside addition is kept');
    assert.ok(stored.some((a) => a.note === 'abstention confirmed by the clerk' && a.target.exact === mine), 'the note recorded in the editor is kept');
    await waitFor('all three notes shown', () => api.analysisFor(article)?.notes.length === 3);
  });
});
