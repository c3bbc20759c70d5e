// The editor shows what the CLI prints: a folder of articles on one story, analysed by the editor
// (each article alone on the worker, then the corpus pass over the folder's articles) and by
// `crosscheck analyze <folder> --json`, gives the same quotes, speakers and entities per article —
// including names the corpus reconciles ("Voss" in one article is "Teodora Voss" of another).
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, crosscheck, fixture, openArticle, waitFor } from './helpers';

interface CliDocument {
  file: string;
  quotes: { start: number; end: number; speaker: string | null }[];
  entities: { name: string; type: string; mentions: { start: number; end: number }[] }[];
}

const FOLDER = 'corpus-agreement';
const ARTICLES = ['01-valley-herald.txt', '02-ferrow-gazette.md', '03-river-post.txt'];

/** `crosscheck analyze <folder> --json` with the CLI shipped with the extension, in the host's Node. */
function cliAnalysis(extensionPath: string, folder: string): Promise<{ documents: CliDocument[] }> {
  const script = path.join(extensionPath, 'bin', 'crosscheck.js');
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [script, 'analyze', folder, '--json', '--no-cache', '--jobs', '1'],
      // Under Electron the host's executable is Electron itself: run it as plain Node.
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`crosscheck analyze: ${stderr || error.message}`)) : resolve(JSON.parse(String(stdout)))),
    ),
  );
}

describe('extension: the editor agrees with the CLI on a folder', function () {
  this.timeout(120_000);
  const folder = fixture(FOLDER);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('shows the quotes, speakers and entities that crosscheck analyze --json prints for the folder', async () => {
    const api = await crosscheck();
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    // The story folder (its claims registry makes every article there one) copied into the workspace.
    await vscode.workspace.fs.copy(vscode.Uri.file(path.join(extensionPath, 'test', 'fixtures', FOLDER)), folder, { overwrite: true });
    const uris = ARTICLES.map((name) => vscode.Uri.joinPath(folder, name));
    await openArticle(api, FOLDER, ARTICLES[1]);

    // Every article analysed, and reconciled together in one corpus: the folder's articles in file order.
    const expectedCorpus = uris.map((u) => u.toString());
    await waitFor('the folder reconciled as one corpus', () =>
      uris.every((u) => api.analysisFor(u) && JSON.stringify(api.corpusOf(u)?.map((c) => c.toString())) === JSON.stringify(expectedCorpus)),
    60_000);
    await api.whenIdle();

    const cli = await cliAnalysis(extensionPath, folder.fsPath);
    assert.deepStrictEqual(cli.documents.map((d) => d.file), ARTICLES, 'the CLI analyses the same articles');
    for (const document of cli.documents) {
      const uri = vscode.Uri.joinPath(folder, document.file);
      assert.deepStrictEqual(api.corpusOf(uri)?.map((c) => c.toString()), expectedCorpus, `${document.file}: the editor's corpus`);
      const analysis = api.analysisFor(uri);
      assert.ok(analysis, `${document.file} is analysed`);
      assert.deepStrictEqual(
        analysis.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })),
        document.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })),
        `${document.file}: quotes and speakers`,
      );
      assert.deepStrictEqual(
        analysis.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })) })),
        document.entities,
        `${document.file}: entities`,
      );
    }
    // The corpus pass did its work: the surname alone in the second article is the full name of the others.
    const gazette = cli.documents[1];
    assert.ok(gazette.entities.some((e) => e.type === 'person' && e.name === 'Teodora Voss'), JSON.stringify(gazette.entities));
    assert.ok(gazette.quotes.some((q) => q.speaker === 'Teodora Voss'), JSON.stringify(gazette.quotes));
  });
});
