// Every refusal is said once, up front, in plain words, and keeps a way out: a large article can be
// analysed after its question has gone (status bar item, Sources row, Re-analyze), a binary file
// says why it is not analysed instead of "analysing…" forever, and a sidecar that cannot be read
// refuses a decision before any question while its evidence shows as missing under each claim.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { crosscheck, fixture, recordMessages, select, waitFor, withPrompts } from './helpers';

const FOLDER = 'refusals';
const flatten = (items: TreeSnapshot[]): TreeSnapshot[] => items.flatMap((i) => [i, ...flatten(i.children)]);
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(fixture(FOLDER, name), new TextEncoder().encode(text));
const longArticle = (place: string) =>
  `${place} harbour reopens\n\n` +
  Array.from({ length: 12 }, (_, i) => `"The quay will reopen in spring," said Mara Lindqvist, the harbour chair, on day ${i} of the works in ${place}.`).join('\n\n');

describe('extension: refusals said once, with a way out', () => {
  const config = () => vscode.workspace.getConfiguration('crosscheck');

  before(async () => {
    await write(
      'crosscheck.claims.json',
      JSON.stringify({
        version: 1,
        claims: [{ id: 'c_refusal00001', text: 'The quay reopens in spring', status: 'unverified', created: '2026-03-12T09:00:00.000Z', modified: '2026-03-12T09:00:00.000Z' }],
        aliasOverrides: [],
        dismissedSuggestions: [],
      }),
    );
    await write('council.txt', 'Council notes\n\n"We will reopen the quay in spring," said Mara Lindqvist.\n');
    await write('council.txt.crosscheck.json', '{ "version": 1, "source": {}, "annotations": [ broken beyond repair');
  });

  after(async () => {
    await config().update('maxArticleSize', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true });
  });

  it('offers Analyze Anyway for a large article in the status bar and the Sources view after the question has gone, and Re-analyze analyses it', async () => {
    const api = await crosscheck();
    await config().update('maxArticleSize', 1000, vscode.ConfigurationTarget.Workspace);
    const a = fixture(FOLDER, 'long-a.txt');
    const b = fixture(FOLDER, 'long-b.txt');
    const warnings: string[] = [];
    await withPrompts({ showWarningMessage: recordMessages(warnings) }, async () => {
      // Written while the prompts are stubbed: the background analysis may ask about them at once.
      await write('long-a.txt', longArticle('Port Selden'));
      await write('long-b.txt', longArticle('Lindholm'));
      // The question is dismissed (the toast hid): the article stays unanalysed…
      await vscode.window.showTextDocument(a);
      await waitFor('long-a.txt waiting for consent', () => api.analysisFor(a) && api.statusText() === '$(play) Analyze Anyway');
      await waitFor('the question, once', () => warnings.some((w) => w.includes('long-a.txt')));
      assert.strictEqual(api.analysisFor(a)?.quotes.length, 0);
      // …and the Sources view keeps the way out under the article.
      const row = await waitFor('long-a.txt in Sources', async () => flatten(await api.sourcesTreeItems()).find((i) => i.label === 'long-a.txt' && i.description?.includes('not analysed')));
      assert.deepStrictEqual(
        row.children.map((c) => c.label),
        ['Analyze Anyway'],
      );
      // The status bar item runs Analyze Anyway.
      assert.strictEqual(await vscode.commands.executeCommand('crosscheck.analyzeAnyway', a), true);
      await waitFor('long-a.txt analysed', () => (api.analysisFor(a)?.quotes.length ?? 0) >= 12);
      await waitFor('the status bar shows counts', () => api.statusText()?.startsWith('$(quote) '));

      await vscode.window.showTextDocument(b);
      await waitFor('long-b.txt waiting for consent', () => api.analysisFor(b) && api.statusText() === '$(play) Analyze Anyway');
      await vscode.commands.executeCommand('crosscheck.reanalyze', b);
      await waitFor('long-b.txt analysed by Re-analyze', () => (api.analysisFor(b)?.quotes.length ?? 0) >= 12);
    });
    assert.strictEqual(warnings.filter((w) => w.includes('long-a.txt')).length, 1, JSON.stringify(warnings));
  });

  it('says why a binary article is not analysed in Sources, never "analysing…"', async () => {
    const api = await crosscheck();
    const binary = fixture(FOLDER, 'scan.txt');
    const warnings: string[] = [];
    await withPrompts({ showWarningMessage: recordMessages(warnings) }, async () => {
      await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01, 0x0a]));
      const row = await waitFor('scan.txt refused in Sources', async () => flatten(await api.sourcesTreeItems()).find((i) => i.label === 'scan.txt' && i.description?.startsWith('not analysed')));
      assert.match(row.description ?? '', /binary/);
      assert.strictEqual(row.icon, 'circle-slash');
      assert.deepStrictEqual(row.children, [], 'nothing to expand, nothing pending');
    });
    assert.ok(warnings.filter((w) => w.includes('scan.txt')).length <= 1, JSON.stringify(warnings));
  });

  it('refuses evidence on an article whose sidecar cannot be read before asking anything, and shows its evidence as missing under each claim', async () => {
    const api = await crosscheck();
    const article = fixture(FOLDER, 'council.txt');
    const errors: string[] = [];
    let picks = 0;
    await withPrompts(
      {
        showErrorMessage: recordMessages(errors),
        showQuickPick: (async () => {
          picks++;
          return undefined;
        }) as never,
      },
      async () => {
        await api.reloadFromDisk();
        const editor = await vscode.window.showTextDocument(article);
        const read = await waitFor('the read error', () => errors.find((e) => e.includes('council.txt.crosscheck.json')));
        assert.match(read, /cannot read council\.txt\.crosscheck\.json/);
        assert.doesNotMatch(read, /cannot save/);
        select(editor, 'We will reopen the quay in spring');
        const saved = await vscode.commands.executeCommand('crosscheck.attachEvidence');
        assert.strictEqual(saved, false);
        assert.strictEqual(picks, 0, 'no picker was shown before the refusal');
        assert.match(errors[errors.length - 1], /^Not saved: Crosscheck cannot read council\.txt\.crosscheck\.json/);
      },
    );
    const claim = await waitFor('the claim counts the unreadable sidecar', async () =>
      flatten(await api.claimsTreeItems()).find((i) => i.label === 'The quay reopens in spring' && i.description?.includes('unreadable sidecar')),
    );
    assert.strictEqual(claim.description, 'unverified · evidence in 1 unreadable sidecar not counted');
    assert.deepStrictEqual(
      claim.children.map((c) => [c.label, c.description, c.contextValue]),
      [['Evidence from council.txt is missing', 'its sidecar cannot be read', 'unreadableSidecar']],
    );
  });
});
