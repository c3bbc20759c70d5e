// The verification trail in the real editor: marking evidence and a quote "checked against the
// source" records who (git user.name, else the crosscheck.authorName setting) and when; the hover
// and the Claims view say so; unmarking and undo bring the mark back exactly as it was.
// The story folder is written by the test itself (a fictional article) and removed afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { escapeMarkdown } from '../../../src/extension/text/markdownText';
import { crosscheck, expectedAuthor, fixture, hoverText, openArticle, readJson, recordMessages, waitFor, withPrompts } from './helpers';

const FOLDER = 'trail-ferry';
const CLAIM = 'c_trailferry01';
const SETTING_NAME = 'Test Checker';
const ARTICLE = [
  'The Carrow Ledger',
  '',
  'Island ferry cut to two sailings a day',
  '',
  'The island ferry will sail twice a day from November, its operator said on Friday.',
  '',
  '"We cannot fill a boat at noon in January," said Wren Tolley, the operator\'s director.',
  '',
  'Traders on the quay said the cut would cost them custom.',
  '',
].join('\n');
const EVIDENCE = 'The island ferry will sail twice a day from November';
const QUOTE = 'We cannot fill a boat at noon in January,';

interface Mark {
  by: string;
  at: string;
}
interface StoredAnnotation {
  id: string;
  kind: string;
  checked?: Mark;
  modifiedBy?: string;
  createdBy?: string;
}

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const sidecarFile = () => fixture(FOLDER, 'ledger.txt.crosscheck.json');
const stored = async () => (await readJson<{ annotations: StoredAnnotation[] }>(sidecarFile())).annotations;
const evidence = async () => (await stored()).find((a) => a.kind === 'evidence');
const flatten = (nodes: TreeSnapshot[]): TreeSnapshot[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('extension: verification trail', function () {
  this.timeout(120_000);
  let author = '';

  before(async () => {
    await vscode.workspace.getConfiguration('crosscheck').update('authorName', SETTING_NAME, vscode.ConfigurationTarget.Global);
    const start = ARTICLE.indexOf(EVIDENCE);
    const end = start + EVIDENCE.length;
    const when = '2026-11-02T09:00:00.000Z';
    await write(fixture(FOLDER, 'crosscheck.claims.json'), JSON.stringify({
      version: 1,
      claims: [{ id: CLAIM, text: 'The ferry sails twice a day from November', status: 'unverified', created: when, modified: when }],
      aliasOverrides: [],
      dismissedSuggestions: [],
    }, null, 2) + '\n');
    await write(fixture(FOLDER, 'ledger.txt'), ARTICLE);
    await write(sidecarFile(), JSON.stringify({
      version: 1,
      source: {},
      annotations: [{
        id: 'a_trailferry01', kind: 'evidence', claimId: CLAIM, stance: 'supports', created: when, modified: when,
        target: { exact: EVIDENCE, prefix: ARTICLE.slice(start - 20, start), suffix: ARTICLE.slice(end, end + 20), start, end },
      }],
    }, null, 2) + '\n');
    author = expectedAuthor(FOLDER, SETTING_NAME);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true });
    await vscode.workspace.getConfiguration('crosscheck').update('authorName', undefined, vscode.ConfigurationTarget.Global);
  });

  it('marks the evidence at the cursor checked: stored with who and when, shown in the hover and the Claims view, unmarked and undone', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, FOLDER, 'ledger.txt');
    const inside = editor.document.positionAt(ARTICLE.indexOf(EVIDENCE) + 10);
    editor.selection = new vscode.Selection(inside, inside);
    const before = Date.now();

    await vscode.commands.executeCommand('crosscheck.markChecked');
    await api.whenIdle();
    const marked = await evidence();
    assert.strictEqual(marked?.checked?.by, author);
    assert.ok(Date.parse(marked.checked.at) >= before - 1000 && Date.parse(marked.checked.at) <= Date.now(), marked.checked.at);
    assert.strictEqual(marked.modifiedBy, author, 'the change is stamped with its author too');
    const day = marked.checked.at.slice(0, 10);

    const hover = await waitFor('the hover to show the mark', async () => {
      const h = await hoverText(editor.document.uri, inside);
      return h.text.includes('Checked against the source by') && h;
    });
    assert.ok(hover.text.includes(`Checked against the source by ${escapeMarkdown(author)} on ${day}`), hover.text);
    assert.ok(hover.text.includes(`changed by ${escapeMarkdown(author)} on ${day}`), hover.text);
    assert.ok(hover.text.includes('command:crosscheck.unmarkChecked'), 'the hover offers to unmark');

    const node = await waitFor('the Claims view to show the mark', async () =>
      flatten(await api.claimsTreeItems()).find((n) => n.contextValue === 'evidence' && n.label.includes('The island ferry') && n.description?.includes('checked by')),
    );
    assert.ok(node.description?.endsWith(`checked by ${author} on ${day}`), node.description);

    await vscode.commands.executeCommand('crosscheck.unmarkChecked');
    await api.whenIdle();
    assert.strictEqual((await evidence())?.checked, undefined);
    await waitFor('the Claims view to drop the mark', async () =>
      flatten(await api.claimsTreeItems()).find((n) => n.contextValue === 'evidence' && n.label.includes('The island ferry') && !n.description?.includes('checked by')),
    );

    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.undo'));
    await api.whenIdle();
    assert.ok(said[0]?.startsWith('Undid: unmark'), said.join(' | '));
    const restored = await evidence();
    assert.deepStrictEqual(restored?.checked, marked.checked, 'undo brings back the same person and time');
    assert.strictEqual(restored?.modifiedBy, marked.modifiedBy);
  });

  it('marks a quote checked from its hover link; the hover then says who checked it', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, FOLDER, 'ledger.txt');
    const quote = await waitFor('the quote to be analysed', () => api.analysisFor(editor.document.uri)?.quotes.find((q) => q.text.includes('We cannot fill a boat')));
    const inside = editor.document.positionAt(quote.start + 5);
    const offer = await hoverText(editor.document.uri, inside);
    assert.ok(offer.text.includes('command:crosscheck.markChecked'), offer.text);

    await vscode.commands.executeCommand('crosscheck.markChecked', { uri: editor.document.uri.toString(), start: quote.start, end: quote.end, layer: 'quote' });
    await api.whenIdle();
    const check = (await stored()).find((a) => a.kind === 'check');
    assert.strictEqual(check?.checked?.by, author);
    assert.strictEqual(check?.createdBy, author);
    const checked = await waitFor('the analysed quote to carry the mark', () => api.analysisFor(editor.document.uri)?.quotes.find((q) => q.start === quote.start)?.checked);
    assert.deepStrictEqual(checked, check?.checked);
    const hover = await hoverText(editor.document.uri, inside);
    assert.ok(hover.text.includes(`Checked against the source by ${escapeMarkdown(author)} on ${check.checked.at.slice(0, 10)}`), hover.text);
    assert.ok(QUOTE.startsWith(quote.text.slice(0, 10)));
  });
});
