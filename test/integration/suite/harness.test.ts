// Smoke test of the harness itself: the editor opened the temp copy of the fixture
// workspace, runs the extension under development, and the workspace is writable.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'crosscheck-tools.crosscheck';
const FIXTURE_ARTICLE = 'harbour-bridge-closure.txt';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opened no workspace folder');
  return folder.uri;
}

describe('integration harness', () => {
  it('opens exactly one workspace folder, a temp copy of the fixture workspace', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 1);
    const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
    const names = entries.map(([name]) => name);
    assert.ok(names.includes(FIXTURE_ARTICLE), `fixture article missing; found: ${names.join(', ')}`);
    assert.ok(!workspaceRoot().path.includes('/test/fixtures/'), 'tests must not run on the committed fixtures');
  });

  it('runs the extension under development and activates it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.packageJSON.name, 'crosscheck');
  });

  it('opens a fixture article in an editor with its text intact', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), FIXTURE_ARTICLE);
    const editor = await vscode.window.showTextDocument(uri);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    assert.strictEqual(editor.document.lineAt(0).text, 'The Lantern Gazette');
    assert.ok(editor.document.getText().includes('said Ravi Anand'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lets tests write files into the workspace', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'harness-write-check.json');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{"written":true}\n'));
    const back = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.strictEqual(back, '{"written":true}\n');
    await vscode.workspace.fs.delete(uri);
  });
});
