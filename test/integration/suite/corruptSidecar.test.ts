// A sidecar that does not parse: the user is told, and the file is never written (byte-identical),
// even when a command tries to record a decision on that article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, pickInOrder, readText, recordMessages, select, waitFor, withPrompts } from './helpers';

describe('extension: corrupt sidecar', () => {
  it('reports the error and leaves the file byte-identical', async () => {
    const api = await crosscheck();
    const sidecar = fixture('corrupt', 'notes.txt.crosscheck.json');
    const original = await readText(sidecar);
    const errors: string[] = [];
    await withPrompts({ showErrorMessage: recordMessages(errors), showQuickPick: pickInOrder('Unattributed') }, async () => {
      // Forget what was read at start-up so the error is reported (again) while the stub listens.
      await api.reloadFromDisk();
      const editor = await vscode.window.showTextDocument(fixture('corrupt', 'notes.txt'));
      await waitFor('the error message', () => errors.find((e) => e.includes('notes.txt.crosscheck.json')));
      assert.match(errors[0], /left untouched/);
      await waitFor('a warning in the status bar', () => api.statusText()?.startsWith('$(warning)'));
      select(editor, 'Council minutes');
      const saved = await vscode.commands.executeCommand('crosscheck.markQuote');
      await api.whenIdle();
      assert.strictEqual(saved, false);
    });
    assert.strictEqual(await readText(sidecar), original);
  });
});
