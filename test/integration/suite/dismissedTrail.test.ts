// Who dismissed a claim suggestion, in the real editor: dismissing one records the person (git
// user.name, else the crosscheck.authorName setting) and the time in the registry; Restore Dismissed
// Suggestion… lists the dismissed ones with who and when (names neutralised), brings one back into
// the Claims view, and undo dismisses it again with the same person and time. Runs on a copy of the
// fictional story-variance articles in a folder of its own (so other suites' dismissals do not
// matter), removed afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { crosscheck, expectedAuthor, fixture, openArticle, readJson, readText, recordMessages, waitFor, withPrompts } from './helpers';

const FOLDER = 'dismissed-trail';
const ARTICLES = ['harbour-courier.md', 'tideline-post.txt'];
const SETTING_NAME = 'Dismissal Tester';
const HOSTILE = 'Mallory $(alert) [open](command:crosscheck.evil)\nsecond line';

interface Dismissal {
  key: string;
  by: string;
  at: string;
}
interface StoredRegistry {
  dismissedSuggestions: string[];
  dismissals?: Dismissal[];
}
const registryFile = () => fixture(FOLDER, 'crosscheck.claims.json');
const registry = () => readJson<StoredRegistry>(registryFile());
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const flatten = (items: TreeSnapshot[]): TreeSnapshot[] => items.flatMap((i) => [i, ...flatten(i.children)]);

/** Rows under the folder's Suggestions node (suggestions and their groups). */
async function suggestionRows(api: CrosscheckApi): Promise<TreeSnapshot[]> {
  const roots = await api.claimsTreeItems();
  const scope = roots.find((r) => r.label === FOLDER)?.children ?? roots;
  return flatten(scope.filter((n) => n.contextValue === 'suggestions')).filter((n) => n.contextValue === 'suggestion');
}

/** A showQuickPick stub that keeps the items it was shown and answers with the first `choose` accepts. */
function pickWhere(shown: vscode.QuickPickItem[], choose: (item: vscode.QuickPickItem) => boolean) {
  return async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
    const list = await items;
    shown.push(...list);
    return list.find(choose);
  };
}

describe('extension: dismissed suggestions trail', function () {
  this.timeout(120_000);
  let api: CrosscheckApi;

  before(async () => {
    await vscode.workspace.getConfiguration('crosscheck').update('authorName', SETTING_NAME, vscode.ConfigurationTarget.Global);
    await write(registryFile(), JSON.stringify({ version: 1, claims: [], aliasOverrides: [], dismissedSuggestions: [] }, null, 2) + '\n');
    for (const name of ARTICLES) await write(fixture(FOLDER, name), await readText(fixture('story-variance', name)));
    api = await crosscheck();
    for (const name of ARTICLES) await openArticle(api, FOLDER, name);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true });
    await vscode.workspace.getConfiguration('crosscheck').update('authorName', undefined, vscode.ConfigurationTarget.Global);
  });

  it('dismissing records who and when; Restore lists it with them, brings it back, and undo dismisses it again as it was', async () => {
    const rowsBefore = await waitFor('suggestions in the Claims view', async () => {
      const rows = await suggestionRows(api);
      return rows.length > 0 && rows;
    });
    const shownBefore = rowsBefore.length;
    // A statement of this folder (figures are labelled by their numbers); other folders have suggestions too.
    const statements = rowsBefore.map((r) => r.label).filter((l) => !/^[~\d]/.test(l)).map((l) => l.slice(0, 30));
    assert.ok(statements.length > 0, rowsBefore.map((r) => r.label).join(' | '));
    const before = new Set((await registry()).dismissedSuggestions);
    const offered: vscode.QuickPickItem[] = [];
    const started = Date.now();
    assert.strictEqual(await withPrompts({ showQuickPick: pickWhere(offered, (i) => statements.some((t) => i.label.startsWith(t))) }, () => vscode.commands.executeCommand('crosscheck.dismissSuggestion')), true);
    await api.whenIdle();
    await waitFor('one suggestion fewer in the Claims view', async () => (await suggestionRows(api)).length === shownBefore - 1);
    const dismissedLabel = offered.find((i) => statements.some((t) => i.label.startsWith(t)))?.label ?? '';
    const stored = await registry();
    const key = stored.dismissedSuggestions.find((k) => !before.has(k));
    assert.ok(key, 'a key was added');
    const record = stored.dismissals?.find((d) => d.key === key);
    const author = expectedAuthor(FOLDER, SETTING_NAME);
    assert.strictEqual(record?.by, author);
    assert.ok(Date.parse(record.at) >= started - 1000 && Date.parse(record.at) <= Date.now(), record.at);

    const listed: vscode.QuickPickItem[] = [];
    const restored = await withPrompts({ showQuickPick: pickWhere(listed, (i) => i.label === dismissedLabel) }, () => vscode.commands.executeCommand('crosscheck.restoreSuggestion'));
    assert.strictEqual(restored, true, listed.map((i) => `${i.label} — ${i.description}`).join(' | '));
    const row = listed.find((i) => i.label === dismissedLabel);
    assert.strictEqual(row?.description, `dismissed by ${author} on ${record.at.slice(0, 10)}`);
    await api.whenIdle();
    const after = await registry();
    assert.ok(!after.dismissedSuggestions.includes(key), 'no longer dismissed');
    assert.ok(!(after.dismissals ?? []).some((d) => d.key === key), 'its record went with it');
    await waitFor('the suggestion back in the Claims view', async () => (await suggestionRows(api)).length === shownBefore);

    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.undo'));
    await api.whenIdle();
    assert.ok(said[0]?.startsWith('Undid: restore suggestion'), said.join(' | '));
    const undone = await registry();
    assert.ok(undone.dismissedSuggestions.includes(key));
    assert.deepStrictEqual(undone.dismissals?.find((d) => d.key === key), record, 'the same person and time come back');
  });

  it('a name from the registry is shown neutralised: no icon, no link, one line', async () => {
    const current = await registry();
    const gone = 'stmt:causal:gone-from-the-articles';
    await write(registryFile(), JSON.stringify({
      ...current,
      dismissedSuggestions: [...current.dismissedSuggestions, gone].sort(),
      dismissals: [...(current.dismissals ?? []), { key: gone, by: HOSTILE, at: '2026-06-01T08:00:00Z' }].sort((a, b) => (a.key < b.key ? -1 : 1)),
    }, null, 2) + '\n');
    await api.reloadFromDisk();
    await api.whenIdle();
    const listed: vscode.QuickPickItem[] = [];
    await withPrompts({ showQuickPick: pickWhere(listed, () => false) }, () => vscode.commands.executeCommand('crosscheck.restoreSuggestion'));
    const row = listed.find((i) => i.description?.includes('Mallory'));
    assert.ok(row, listed.map((i) => `${i.label} — ${i.description}`).join(' | '));
    assert.ok(row.label.includes('No longer found in the analysed articles'), row.label);
    assert.ok(row.description?.startsWith('dismissed by Mallory') && row.description.endsWith('on 2026-06-01'), row.description);
    for (const unsafe of ['$(alert)', '[open]', '](command:', '\n']) assert.ok(!row.description?.includes(unsafe), `${JSON.stringify(unsafe)} in ${row.description}`);
  });
});
