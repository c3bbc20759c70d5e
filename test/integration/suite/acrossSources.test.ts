// "Across sources" in the editor, on two fictional reports of one storm (story-variance): quote
// diagnostics and the wording diff in the hover, claim suggestions accepted and dismissed, the
// Claims Matrix (live, and revealing evidence), entity merge and split, and Export Report.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { crosscheck, fixture, hoverText, openArticle, pickInOrder, readJson, readText, waitFor, withPrompts } from './helpers';

const FOLDER = 'story-variance';
const TIDELINE = 'tideline-post.txt';
const COURIER = 'harbour-courier.md';

interface StoredAnnotation {
  kind: string;
  claimId?: string;
  stance?: string;
  target: { exact: string };
}
interface StoredRegistry {
  claims: { id: string; text: string; status: string }[];
  aliasOverrides: { kind: string; canonical?: string; aliases?: string[]; name?: string; from?: string }[];
  dismissedSuggestions: string[];
}
const registry = () => readJson<StoredRegistry>(fixture(FOLDER, 'crosscheck.claims.json'));
const sidecar = async (name: string) => {
  try {
    return (await readJson<{ annotations: StoredAnnotation[] }>(fixture(FOLDER, `${name}.crosscheck.json`))).annotations;
  } catch {
    return [];
  }
};
/** The Claims Matrix's editor tab, wherever it is. */
const matrixTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Claims Matrix');
const flatten = (items: TreeSnapshot[]): TreeSnapshot[] => items.flatMap((i) => [i, ...flatten(i.children)]);

/** The suggestions of this story's folder in the Claims view (under their status groups): the
 *  sentence each would be filed with (a statement's label, a figure's description after the outlets). */
async function suggestionLabels(api: CrosscheckApi): Promise<string[]> {
  return (await suggestionRows(api)).map((r) => (/^[~\d]/.test(r.label) ? (r.description ?? '').replace(/^.*? · /, '') : r.label));
}

async function suggestionRows(api: CrosscheckApi): Promise<TreeSnapshot[]> {
  const roots = await api.claimsTreeItems();
  const folderNode = roots.find((r) => r.label === FOLDER);
  const scope = folderNode ? folderNode.children : roots;
  const node = scope.find((n) => n.contextValue === 'suggestions');
  const groups = node ? node.children : [];
  assert.ok(groups.every((g) => g.contextValue === 'suggestionGroup'), 'suggestions sit under status groups');
  return groups.flatMap((g) => g.children);
}

/** A showQuickPick stub for a multi-select pick: every item whose label is listed. */
const pickMany = (labels: string[]) => async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) =>
  (await items).filter((i) => labels.includes(i.label));

describe('extension: across sources', () => {
  let api: CrosscheckApi;
  let tideline: vscode.TextEditor;
  let courier: vscode.TextEditor;

  before(async () => {
    api = await crosscheck();
    courier = await openArticle(api, FOLDER, COURIER);
    tideline = await openArticle(api, FOLDER, TIDELINE);
  });

  it('flags a quote the other outlet words differently (Information) and credits to someone else (Warning)', async () => {
    const text = tideline.document.getText();
    const varga = text.indexOf('We will not reopen');
    const gauge = text.indexOf('The tide gauge failed');
    const diagnostics = await waitFor('quote diagnostics', () => {
      const found = vscode.languages.getDiagnostics(tideline.document.uri).filter((d) => d.source === 'crosscheck');
      return found.some((d) => d.code === 'quote-speaker') && found.some((d) => d.code === 'quote-wording') ? found : undefined;
    });
    const wording = diagnostics.find((d) => d.code === 'quote-wording')!;
    assert.strictEqual(wording.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(tideline.document.offsetAt(wording.range.start), varga);
    // Only the first word carries the squiggle, so a hover elsewhere on the quote opens with Crosscheck's card.
    assert.strictEqual(tideline.document.getText(wording.range), 'We');
    assert.match(wording.message, /harbour-courier\.md “We won't reopen the pier/);
    assert.deepStrictEqual(wording.relatedInformation?.map((r) => [path.posix.basename(r.location.uri.path), courier.document.getText(r.location.range).slice(0, 18)]), [[COURIER, "We won't reopen th"]]);

    const speaker = diagnostics.find((d) => d.code === 'quote-speaker')!;
    assert.strictEqual(speaker.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(tideline.document.offsetAt(speaker.range.start), gauge);
    assert.strictEqual(speaker.message, 'Outlets credit these words to different speakers: Tomas Reyka here, Ada Lind (harbour-courier.md).');
    assert.strictEqual(speaker.relatedInformation?.[0].location.uri.toString(), courier.document.uri.toString());
    assert.ok(!diagnostics.some((d) => d.code === 'quote-wording' && tideline.document.offsetAt(d.range.start) === gauge), 'same words: no wording diagnostic');
    // The courier's copy is flagged too, pointing back.
    const other = vscode.languages.getDiagnostics(courier.document.uri).filter((d) => d.code === 'quote-speaker');
    assert.strictEqual(other.length, 1);
    assert.strictEqual(other[0].relatedInformation?.[0].location.uri.toString(), tideline.document.uri.toString());
  });

  it('shows the other outlet’s wording as a word diff in the quote hover', async () => {
    const offset = tideline.document.getText().indexOf('reopen the pier') + 2;
    const hover = await hoverText(tideline.document.uri, tideline.document.positionAt(offset));
    assert.match(hover.text, /Also reported in 1 other article/);
    assert.ok(hover.text.includes('~~checked~~'), hover.text);
    assert.ok(hover.text.includes('**inspected**'), hover.text);
    assert.ok(hover.text.includes('**single**'), hover.text);
  });

  it('opens the Claims Matrix with a strict CSP, in the active column (full width, not a narrow column beside)', async () => {
    const column = vscode.window.activeTextEditor?.viewColumn;
    await vscode.commands.executeCommand('crosscheck.openMatrix');
    const shown = await waitFor('matrix panel', () => api.matrix());
    const tab = await waitFor('the matrix tab', () => matrixTab());
    assert.strictEqual(tab.group.viewColumn, column, 'the matrix opens where the user was, not beside it');
    assert.strictEqual(vscode.window.tabGroups.all.length, 1, 'no split was made for the matrix');
    assert.match(shown.html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src [^"]+ &#39;nonce-[^"]+&#39;; script-src &#39;nonce-/);
    assert.ok(shown.tables.some((t) => t.title === FOLDER), shown.tables.map((t) => t.title).join(', '));
  });

  it('suggests the contradicted boat count; accepting it files a disputed claim with evidence in both articles', async () => {
    await waitFor('suggestions', async () => (await suggestionLabels(api)).some((l) => l.startsWith('The storm damaged')));
    const boats = (await suggestionRows(api)).find((r) => r.label.endsWith(' boats'));
    assert.ok(boats, 'a figure suggestion is labelled by its figures');
    assert.strictEqual(boats.label, '48 · 62 boats');
    assert.match(boats.description ?? '', /^.+, .+ · The storm damaged (48|62) boats/);
    const claimId = await withPrompts({ showQuickPick: pickInOrder('The storm damaged') }, () => vscode.commands.executeCommand<string>('crosscheck.acceptSuggestion'));
    assert.match(claimId ?? '', /^c_[0-9a-z]{12}$/);
    await api.whenIdle();
    const stored = await registry();
    const claim = stored.claims.find((c) => c.id === claimId)!;
    assert.match(claim.text, /^The storm damaged (48|62) boats moored in the marina/);
    assert.strictEqual(claim.status, 'disputed');
    assert.ok(stored.dismissedSuggestions.some((k) => k.startsWith('fig:count:')), stored.dismissedSuggestions.join(', '));
    const evidence = async (name: string) => (await sidecar(name)).filter((a) => a.kind === 'evidence' && a.claimId === claimId).map((a) => [a.stance, a.target.exact]);
    const first = claim.text.includes('62') ? COURIER : TIDELINE;
    const second = first === COURIER ? TIDELINE : COURIER;
    const firstFigure = first === COURIER ? '62' : '48';
    assert.deepStrictEqual(await evidence(first), [['supports', (await evidence(first))[0][1]]]);
    assert.ok(String((await evidence(first))[0][1]).includes(`${firstFigure} boats`));
    const disputing = await evidence(second);
    assert.strictEqual(disputing.length, 1);
    assert.strictEqual(disputing[0][0], 'disputes');
    assert.ok(String(disputing[0][1]).includes(`${firstFigure === '62' ? '48' : '62'} boats`));
    assert.ok(!(await suggestionLabels(api)).some((l) => l.startsWith('The storm damaged')), 'accepted suggestions are not offered again');
    const claimNode = flatten(await api.claimsTreeItems()).find((n) => n.contextValue === 'claim' && n.label.startsWith('The storm damaged'));
    assert.ok(claimNode, 'claim in the Claims view');
    assert.strictEqual(claimNode.description, 'disputed · 1 supports, 1 disputes');

    // The open matrix follows: a row for the claim, one cell per article.
    const table = await waitFor('matrix row', () => api.matrix()?.tables.find((t) => t.title === FOLDER && t.rows.some((r) => r.claimId === claimId)));
    const row = table.rows.find((r) => r.claimId === claimId)!;
    assert.deepStrictEqual(
      row.cells.map((c, i) => [table.columns[i].label, c.stances.join('+')]),
      [[COURIER, first === COURIER ? 'supports' : 'disputes'], [TIDELINE, first === TIDELINE ? 'supports' : 'disputes']],
    );
  });

  it('reveals the evidence of a matrix cell in its article, and ignores a message for an absent or invented cell', async () => {
    // Opened again (it may have been covered): it re-renders, so the indices are read afterwards.
    await vscode.commands.executeCommand('crosscheck.openMatrix');
    const matrixColumn = (await waitFor('the matrix tab', () => matrixTab())).group.viewColumn;
    const tables = api.matrix()!.tables;
    const t = tables.findIndex((x) => x.title === FOLDER);
    const r = tables[t].rows.findIndex((x) => x.text.startsWith('The storm damaged'));
    const c = tables[t].columns.findIndex((x) => x.label === TIDELINE);
    assert.strictEqual(await api.postToMatrix({ type: 'reveal', table: t, row: r, col: c, index: 0 }), true);
    const editor = await waitFor('tideline revealed beside the matrix', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(TIDELINE) && e.viewColumn !== matrixColumn && /^The storm damaged 48 boats/.test(e.document.getText(e.selection))),
    );
    // The matrix stays in view (the active tab of its column) and keeps the focus.
    const tab = matrixTab();
    assert.ok(tab && tab.group.activeTab === tab, 'the matrix is still shown');
    assert.ok(tab.group.isActive, 'the matrix keeps the focus');
    assert.notStrictEqual(editor.viewColumn, tab.group.viewColumn);
    assert.strictEqual(await api.postToMatrix({ type: 'reveal', table: t, row: 99, col: 0 }), false);
    assert.strictEqual(await api.postToMatrix({ type: 'reveal', table: t, row: r, col: '../../etc/passwd' }), false);
    assert.strictEqual(await api.postToMatrix({ type: 'openFile', uri: 'file:///etc/passwd' }), false);
  });

  it('remembers a dismissed suggestion in the registry, across a reload', async () => {
    const before = await suggestionLabels(api);
    const target = before.find((l) => l.startsWith('Engineers blamed a faulty sensor'));
    assert.ok(target, before.join(' | '));
    assert.strictEqual(await withPrompts({ showQuickPick: pickInOrder('Engineers blamed') }, () => vscode.commands.executeCommand('crosscheck.dismissSuggestion')), true);
    await api.whenIdle();
    assert.ok((await registry()).dismissedSuggestions.some((k) => k.startsWith('stmt:causal:')));
    await api.reloadFromDisk();
    await waitFor('tideline analysed again', () => api.analysisFor(tideline.document.uri));
    await waitFor('courier analysed again', () => api.analysisFor(courier.document.uri));
    await api.whenIdle();
    const after = await suggestionLabels(api);
    assert.ok(!after.some((l) => l.startsWith('Engineers blamed')), after.join(' | '));
  });

  it('merges two entities under a canonical name (aliasOverrides), then splits a name back out', async () => {
    const people = async () => (await api.entitiesTreeItems()).find((n) => n.label === 'People')?.children.map((c) => c.label) ?? [];
    await waitFor('Tom Reyka and Tomas Reyka apart', async () => {
      const names = await people();
      return names.includes('Tom Reyka') && names.includes('Tomas Reyka');
    });
    let calls = 0;
    const merged = await withPrompts(
      { showQuickPick: ((items: readonly vscode.QuickPickItem[], options?: vscode.QuickPickOptions) =>
        calls++ === 0 && options?.canPickMany ? pickMany(['Tom Reyka', 'Tomas Reyka'])(items) : (pickInOrder('Tomas Reyka') as (i: unknown) => unknown)(items)) as never },
      () => vscode.commands.executeCommand('crosscheck.mergeEntities'),
    );
    assert.strictEqual(merged, true);
    const merge = (await registry()).aliasOverrides.find((o) => o.kind === 'merge');
    assert.ok(merge, 'a merge override');
    assert.strictEqual(merge.canonical, 'Tomas Reyka');
    assert.ok(merge.aliases?.includes('Tom Reyka'), JSON.stringify(merge));
    await waitFor('one Tomas Reyka', async () => {
      const names = await people();
      return names.includes('Tomas Reyka') && !names.includes('Tom Reyka');
    });
    const courierEntity = api.analysisFor(courier.document.uri)!.entities.find((e) => e.name === 'Tomas Reyka');
    assert.ok(courierEntity && courierEntity.mentions.some((m) => m.text === 'Tom Reyka'), 'the courier’s Tom Reyka is now Tomas Reyka');

    const split = await withPrompts({ showQuickPick: pickInOrder('Tomas Reyka', 'Tom Reyka') }, () => vscode.commands.executeCommand('crosscheck.splitEntity'));
    assert.strictEqual(split, true);
    const overrides = (await registry()).aliasOverrides;
    assert.ok(!overrides.some((o) => o.aliases?.includes('Tom Reyka')), JSON.stringify(overrides));
    await waitFor('Tom Reyka apart again', async () => (await people()).includes('Tom Reyka'));
  });

  it('exports the folder as Markdown through Export Report…', async () => {
    // A folder of its own, removed afterwards: the extension remembers where the last export went,
    // and the next test expects the proposal made when that folder is gone (os.tmpdir() itself would
    // be proposed again wherever it holds no article files).
    const exportDir = vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-export-')));
    const target = vscode.Uri.joinPath(exportDir, 'storm-export.md');
    const window = vscode.window as unknown as Record<string, unknown>;
    const saveDialog = window.showSaveDialog;
    window.showSaveDialog = async () => target;
    try {
      const written = await withPrompts({ showQuickPick: pickInOrder('Markdown'), showInformationMessage: (async () => undefined) as never }, () =>
        vscode.commands.executeCommand<vscode.Uri>('crosscheck.exportReport', fixture(FOLDER)),
      );
      assert.strictEqual(written?.toString(), target.toString());
    } finally {
      window.showSaveDialog = saveDialog;
    }
    const text = await readText(target);
    assert.match(text, /The storm damaged (48|62) boats moored in the marina/);
    assert.ok(text.includes(TIDELINE) && text.includes(COURIER));
    await vscode.workspace.fs.delete(exportDir, { recursive: true });
  });

  it('proposes crosscheck-exports for an export, offers Open / Reveal in Explorer, and never counts a report saved in the story folder as an article', async () => {
    const api = await crosscheck();
    // The worst case: the user overrides the proposal and saves a plainly named report beside the articles.
    const target = fixture(FOLDER, 'storm-report.md');
    const window = vscode.window as unknown as Record<string, unknown>;
    const saveDialog = window.showSaveDialog;
    let proposed: vscode.Uri | undefined;
    window.showSaveDialog = async (options: vscode.SaveDialogOptions) => {
      proposed = options.defaultUri;
      return target;
    };
    const shown: { message: string; buttons: unknown[] }[] = [];
    try {
      await withPrompts(
        {
          showQuickPick: pickInOrder('Markdown'),
          showInformationMessage: (async (message: string, ...buttons: unknown[]) => {
            shown.push({ message, buttons });
            return undefined;
          }) as never,
        },
        () => vscode.commands.executeCommand<vscode.Uri>('crosscheck.exportReport', fixture(FOLDER)),
      );
    } finally {
      window.showSaveDialog = saveDialog;
    }
    try {
      assert.ok(proposed, 'the save dialog got a proposal');
      assert.strictEqual(proposed.toString(), fixture('crosscheck-exports', `${FOLDER}.crosscheck-report.md`).toString(), 'proposed outside the story folder, with a report name');
      await waitFor('the export message', () => shown.length > 0);
      assert.deepStrictEqual(shown[0].buttons, ['Open', 'Reveal in Explorer'], shown[0].message);
      const exportsFolder = await vscode.workspace.fs.stat(fixture('crosscheck-exports')).then(
        () => true,
        () => false,
      );
      assert.ok(!exportsFolder, 'the empty crosscheck-exports folder made for the dialog is gone again');
      assert.match(await readText(target), /^<!-- Generated by Crosscheck/);

      // Opened in the editor, next to the story's articles and its registry, it is still not an article.
      const editor = await vscode.window.showTextDocument(target, { preview: false });
      await api.whenIdle();
      assert.strictEqual(api.analysisFor(editor.document.uri), undefined, 'the report is not analysed');
      const sources = flatten(await api.sourcesTreeItems()).map((i) => i.label);
      assert.ok(sources.includes(TIDELINE), sources.join(' | '));
      assert.ok(!sources.some((l) => l.includes('storm-report')), `the report is not a source: ${sources.join(' | ')}`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
