// Renaming an article in the editor takes its sidecar along, so no decision is orphaned.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, readText, waitFor } from './helpers';

const exists = async (uri: vscode.Uri): Promise<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);

describe('extension: renames', () => {
  it('moves the sidecar with its article', async () => {
    const api = await crosscheck();
    const before = fixture('renamed-story', 'draft.txt');
    const after = fixture('renamed-story', 'final.txt');
    const sidecar = '{\n  "version": 1,\n  "source": {\n    "outlet": "Gull Island Herald"\n  },\n  "annotations": []\n}\n';
    await vscode.workspace.fs.writeFile(before, new TextEncoder().encode('Herald notes\n\nThe ferry ran late again on Tuesday.\n'));
    await vscode.workspace.fs.writeFile(fixture('renamed-story', 'draft.txt.crosscheck.json'), new TextEncoder().encode(sidecar));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(before, after);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the sidecar beside final.txt', () => exists(fixture('renamed-story', 'final.txt.crosscheck.json')));
    assert.strictEqual(await exists(fixture('renamed-story', 'draft.txt.crosscheck.json')), false);
    assert.strictEqual(await readText(fixture('renamed-story', 'final.txt.crosscheck.json')), sidecar);
    await api.whenIdle();
  });
});
