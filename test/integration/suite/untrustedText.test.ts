// Issue 16: an untrusted repository cannot run commands through Crosscheck's messages. VS Code
// renders `[label](command:…)` in a notification as a link that runs the command; file names,
// conflict ids and snippets of a sidecar reach messages, the status bar and the trees.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, pickInOrder, readText, recordMessages, select, waitFor, withPrompts } from './helpers';

const LINK = '[Resolve conflicts](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20pwned%5Cn%22%7D)';
const ARTICLE = '[Open me](command:workbench.action.terminal.new).txt';

describe('extension: untrusted text', () => {
  const folder = () => fixture('untrusted');
  after(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('no message, status text or tree item built from a hostile file name, id or snippet holds a command link', async () => {
    const api = await crosscheck();
    const article = vscode.Uri.joinPath(folder(), ARTICLE);
    const sidecar = vscode.Uri.joinPath(folder(), `${ARTICLE}.crosscheck.json`);
    const encode = (s: string) => new TextEncoder().encode(s);
    await vscode.workspace.fs.writeFile(article, encode('Harbour talks resume\n\n"We are close," said Mara Quill, the port director.\n'));
    const hostile = JSON.stringify({ version: 1, source: { title: LINK }, annotations: [], conflicts: [{ kind: 'source', id: LINK, base: null, ours: 'a', theirs: 'b' }] }, null, 2);
    await vscode.workspace.fs.writeFile(sidecar, encode(hostile));

    const shown: string[] = [];
    const prompts = { showErrorMessage: recordMessages(shown), showWarningMessage: recordMessages(shown), showInformationMessage: recordMessages(shown), showQuickPick: pickInOrder('Unattributed') };
    await withPrompts(prompts, async () => {
      await api.reloadFromDisk();
      const editor = await vscode.window.showTextDocument(article, { preview: false });
      // The conflict id is not an id: the sidecar is reported and kept read-only, never written.
      await waitFor('the message about the sidecar', () => shown.find((m) => m.includes('crosscheck.json')));
      await waitFor('the article analysed', () => api.analysisFor(article));
      // A decision on that article is refused, with a message naming it.
      select(editor, 'We are close');
      await vscode.commands.executeCommand('crosscheck.markQuote');
      await api.whenIdle();
    });
    assert.ok(shown.length > 0);
    for (const message of shown) assert.ok(!message.includes('](command:') && !/command:workbench/i.test(message), `a shown message holds a command link: ${message}`);
    assert.match(shown.join('\n'), /left untouched/);
    assert.strictEqual(await readText(sidecar), hostile, 'the hostile sidecar is never rewritten');
    assert.ok(!(api.statusText() ?? '').includes('](command:'));
    const trees = JSON.stringify([await api.sourcesTreeItems(), await api.claimsTreeItems()]);
    assert.ok(!trees.includes('](command:') && !/command:workbench/i.test(trees), `a tree item holds a command link: ${trees.slice(0, 400)}`);
  });
});
