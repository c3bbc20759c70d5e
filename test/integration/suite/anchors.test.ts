// Saving an edited article moves the anchors in its sidecar to where the passages are now.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, readJson, readText, waitFor } from './helpers';

const ARTICLE = 'Harbour notes\n\nThe night ferry left Gull Island forty minutes late on Sunday.\n';
const PASSAGE = 'forty minutes late';

describe('extension: anchors follow saved edits', () => {
  it('refreshes moved anchors on save and leaves the decision itself alone', async () => {
    const api = await crosscheck();
    const article = fixture('moving-story', 'notes-sunday.txt');
    const sidecarUri = fixture('moving-story', 'notes-sunday.txt.crosscheck.json');
    const start = ARTICLE.indexOf(PASSAGE);
    const anchor = { exact: PASSAGE, prefix: ARTICLE.slice(start - 32, start), suffix: ARTICLE.slice(start + PASSAGE.length, start + PASSAGE.length + 32), start, end: start + PASSAGE.length };
    const sidecar = {
      version: 1,
      source: {},
      annotations: [{ id: 'a_movingnote01', kind: 'note', note: 'check the timetable', created: '2026-03-12T09:00:00.000Z', modified: '2026-03-12T09:00:00.000Z', target: anchor }],
    };
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(ARTICLE));
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(JSON.stringify(sidecar, null, 2) + '\n'));
    const editor = await vscode.window.showTextDocument(article);
    await waitFor('the article analysed', () => api.analysisFor(article)?.notes.length === 1);
    const insert = 'Update: ';
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(ARTICLE.indexOf('The night')), insert)));
    assert.ok(await editor.document.save());
    type Stored = { annotations: { id: string; note?: string; modified: string; target: typeof anchor }[] };
    const stored = await waitFor('the moved anchor in the sidecar', async () => {
      const s = await readJson<Stored>(sidecarUri);
      return s.annotations[0].target.start === start + insert.length && s;
    });
    const note = stored.annotations[0];
    assert.deepStrictEqual([note.id, note.note, note.modified, note.target.exact, note.target.end], ['a_movingnote01', 'check the timetable', '2026-03-12T09:00:00.000Z', PASSAGE, start + insert.length + PASSAGE.length]);
    await api.whenIdle();
  });

  it('counts decisions whose passage is gone under the article in Sources, and keeps them in the sidecar', async () => {
    const api = await crosscheck();
    const article = fixture('moving-story', 'notes-monday.txt');
    const sidecarUri = fixture('moving-story', 'notes-monday.txt.crosscheck.json');
    const gone = { exact: 'the harbour master resigned', prefix: '', suffix: '', start: 5, end: 32 };
    const sidecar = JSON.stringify({
      version: 1,
      source: {},
      annotations: [{ id: 'a_orphannote01', kind: 'note', note: 'ask the port', created: '2026-03-12T09:00:00.000Z', modified: '2026-03-12T09:00:00.000Z', target: gone }],
    }, null, 2) + '\n';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Monday notes\n\nNothing new at the terminal today.\n'));
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(sidecar));
    await vscode.commands.executeCommand('crosscheck.analyzeFile', article);
    await api.whenIdle();
    assert.deepStrictEqual(api.analysisFor(article)?.orphans.map((o) => o.id), ['a_orphannote01']);
    const node = await waitFor('notes-monday.txt in Sources', async () => (await api.sourcesTreeItems()).find((n) => n.label === 'notes-monday.txt'));
    const orphans = node.children.find((c) => c.label === 'Decisions whose passage is gone');
    assert.deepStrictEqual(orphans && [orphans.description, orphans.children.map((c) => c.label)], ['1', ['“the harbour master resigned”']]);
    assert.strictEqual(await readText(sidecarUri), sidecar);
  });
});
