// Which files are articles: unrelated files are left alone; the `crosscheck.articles` globs opt
// files in without any sidecar or registry.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, pickInOrder, waitFor, withPrompts } from './helpers';

describe('extension: which files are articles', () => {
  it('leaves a text file with no sidecar, registry or matching glob alone', async () => {
    const api = await crosscheck();
    const editor = await vscode.window.showTextDocument(fixture('bridge-closure-second-source.md'));
    await api.whenIdle();
    assert.strictEqual(api.analysisFor(editor.document.uri), undefined);
    assert.strictEqual(api.statusText(), undefined);
    assert.deepStrictEqual(api.decorationRanges(editor, 'quotes'), []);
  });

  it('treats files matching the crosscheck.articles globs as articles', async () => {
    const api = await crosscheck();
    const article = fixture('globbed', 'desk', 'memo.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Desk memo\n\n"We go to print at nine," said Lotte Ferris, the night editor.\n'));
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('articles', ['globbed/**/*.txt'], vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.window.showTextDocument(article);
      await waitFor('memo.txt analysed', () => api.analysisFor(article));
      await waitFor('the status bar for memo.txt', () => api.statusText());
    } finally {
      await config.update('articles', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('memo.txt no longer an article', () => api.analysisFor(article) === undefined);
  });

  it('makes a plain text file an article as soon as a decision is recorded on it', async () => {
    const api = await crosscheck();
    const file = fixture('loose', 'tip-off.txt');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Reader tip\n\nA caller said the night ferry had no lifejackets on board.\n'));
    const editor = await vscode.window.showTextDocument(file);
    await api.whenIdle();
    assert.strictEqual(api.analysisFor(file), undefined);
    const start = editor.document.getText().indexOf('the night ferry');
    const end = editor.document.getText().indexOf(' on board');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    await withPrompts({ showQuickPick: pickInOrder('Unattributed') }, () => vscode.commands.executeCommand('crosscheck.markQuote'));
    const quote = await waitFor('the marked quote', () => api.analysisFor(file)?.quotes.find((q) => q.origin === 'human'));
    assert.deepStrictEqual([quote.start, quote.end, quote.speaker], [start, end, null]);
  });

  it('lists folders created with their registry already in them, as a download or a checkout makes them', async () => {
    // The watcher can miss the first file written into a new folder (about one folder in fifteen,
    // measured): the folder's own creation makes the lists look again.
    const api = await crosscheck();
    const folders = Array.from({ length: 16 }, (_, i) => `arrived-${String(i).padStart(2, '0')}`);
    const when = '2031-04-01T08:00:00.000Z';
    const claimOf = (folder: string) => `The ${folder} desk confirmed the figure`;
    const shown = async () => new Set((await api.claimsTreeItems()).flatMap((root) => root.children.map((n) => n.label)));
    try {
      // One at a time: a later folder's events would make the lists look again and hide a miss.
      for (const folder of folders) {
        const registry = { version: 1, claims: [{ id: `c_arrived${folder.slice(-2).padStart(5, '0')}`, text: claimOf(folder), status: 'unverified', created: when, modified: when }], aliasOverrides: [], dismissedSuggestions: [] };
        await vscode.workspace.fs.writeFile(fixture(folder, 'crosscheck.claims.json'), new TextEncoder().encode(JSON.stringify(registry)));
        await waitFor(`the claim of ${folder} in the Claims view`, async () => (await shown()).has(claimOf(folder)), 10_000);
      }
    } finally {
      for (const folder of folders) await vscode.workspace.fs.delete(fixture(folder), { recursive: true, useTrash: false });
    }
    // A folder deleted at once is reported as the folder alone: its claims leave the view all the same.
    await waitFor('the deleted folders’ claims gone from the Claims view', async () => {
      const labels = await shown();
      return folders.every((folder) => !labels.has(claimOf(folder)));
    });
  });
});

