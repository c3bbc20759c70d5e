// Each command's effect on the views and on the files, in the order a fact-checker would use them,
// then a reload from disk that must restore everything. Prompts are stubbed per test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import {
  crosscheck,
  fixture,
  openArticle,
  pickInOrder,
  readJson,
  recordMessages,
  select,
  spanOf,
  typeInOrder,
  waitFor,
  withPrompts,
} from './helpers';

interface StoredAnnotation {
  id: string;
  kind: string;
  claimId?: string;
  stance?: string;
  speaker?: string | null;
  layer?: string;
  target: { exact: string; start: number; end: number };
}
interface StoredClaim {
  id: string;
  text: string;
  status: string;
}

const FOLDER = 'ferry-strike';
const SEEDED_CLAIM = 'c_ferry0000001';
const sidecarOf = (name: string) => readJson<{ annotations: StoredAnnotation[] }>(fixture(FOLDER, `${name}.crosscheck.json`));
const claimsFile = () => readJson<{ claims: StoredClaim[] }>(fixture(FOLDER, 'crosscheck.claims.json'));
const flatten = (items: TreeSnapshot[]): TreeSnapshot[] => items.flatMap((i) => [i, ...flatten(i.children)]);

describe('extension: commands', () => {
  let api: CrosscheckApi;
  let gazette: vscode.TextEditor;
  let courier: vscode.TextEditor;
  let newClaimId = '';

  before(async () => {
    api = await crosscheck();
    gazette = await openArticle(api, FOLDER, 'gazette.txt');
    courier = await openArticle(api, FOLDER, 'courier.md');
  });

  const show = async (editor: vscode.TextEditor) => {
    const shown = await vscode.window.showTextDocument(editor.document, { preview: false });
    await api.whenIdle();
    return shown;
  };

  it('Add Claim from Selection: a new claim in the folder registry, the selection as its first evidence with the stance asked', async () => {
    gazette = await show(gazette);
    const span = select(gazette, 'Ferry crews in Port Alder walked out on Monday');
    await withPrompts({ showInputBox: typeInOrder(undefined), showQuickPick: pickInOrder('mentions') }, () => vscode.commands.executeCommand('crosscheck.addClaimFromSelection'));
    await api.whenIdle();
    const claim = (await claimsFile()).claims.find((c) => c.text === 'Ferry crews in Port Alder walked out on Monday');
    assert.ok(claim, 'claim written to crosscheck.claims.json');
    assert.strictEqual(claim.status, 'unverified');
    newClaimId = claim.id;
    const evidence = (await sidecarOf('gazette.txt')).annotations.find((a) => a.kind === 'evidence' && a.claimId === claim.id);
    assert.deepStrictEqual(evidence && [evidence.stance, evidence.target.start, evidence.target.end], ['mentions', span.start, span.end]);
    const node = flatten(await api.claimsTreeItems()).find((n) => n.label.includes('Ferry crews in Port Alder'));
    assert.ok(node && node.contextValue === 'claim' && node.children.length === 1, JSON.stringify(node));
  });

  it('Attach Selection as Evidence: claim and stance picked, evidence drawn and in the tree', async () => {
    courier = await show(courier);
    const span = select(courier, 'Our boats passed their last inspection in January');
    await withPrompts({ showQuickPick: pickInOrder('Tidewater boats passed', 'supports') }, () => vscode.commands.executeCommand('crosscheck.attachEvidence'));
    await api.whenIdle();
    const stored = (await sidecarOf('courier.md')).annotations.filter((a) => a.kind === 'evidence');
    assert.deepStrictEqual(stored.map((a) => [a.claimId, a.stance, a.target.exact]), [[SEEDED_CLAIM, 'supports', 'Our boats passed their last inspection in January']]);
    await waitFor('evidence decoration', () => api.decorationRanges(courier, 'evidence').some((r) => spanOf(courier.document, r).join() === `${span.start},${span.end}`));
    const claim = flatten(await api.claimsTreeItems()).find((n) => n.label.includes('Tidewater boats passed'));
    assert.ok(claim?.description?.includes('1 supports'), JSON.stringify(claim));
  });

  it('Attach Selection as Evidence can start a new claim from the quick pick', async () => {
    gazette = await show(gazette);
    select(gazette, 'The offer on the table is fair and final');
    await withPrompts({ showQuickPick: pickInOrder('New claim', 'mentions'), showInputBox: typeInOrder('Tidewater made a final pay offer') }, () =>
      vscode.commands.executeCommand('crosscheck.attachEvidence'),
    );
    await api.whenIdle();
    const claim = (await claimsFile()).claims.find((c) => c.text === 'Tidewater made a final pay offer');
    assert.ok(claim, 'the new claim is in the registry');
    const evidence = (await sidecarOf('gazette.txt')).annotations.filter((a) => a.claimId === claim.id);
    assert.deepStrictEqual(evidence.map((a) => [a.stance, a.target.exact]), [['mentions', 'The offer on the table is fair and final']]);
  });

  it('shows the claim, its status and the stance in the evidence hover', async () => {
    const start = courier.document.getText().indexOf('Our boats passed');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', courier.document.uri, courier.document.positionAt(start + 4))) ?? [];
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(text.includes('Tidewater boats passed their last safety inspection'), text);
    assert.ok(text.includes('**supports**') && text.includes('**unverified**'), text);
  });

  it('Set Claim Status (from a hover link argument)', async () => {
    await withPrompts({ showQuickPick: pickInOrder('supported') }, () =>
      vscode.commands.executeCommand('crosscheck.setClaimStatus', { claimId: SEEDED_CLAIM, folder: fixture(FOLDER).toString() }),
    );
    await api.whenIdle();
    assert.strictEqual((await claimsFile()).claims.find((c) => c.id === SEEDED_CLAIM)?.status, 'supported');
    const node = flatten(await api.claimsTreeItems()).find((n) => n.label.includes('Tidewater boats passed'));
    assert.strictEqual(node?.icon, 'pass-filled');
  });

  it('Edit Claim (from the palette: claim picked, text typed)', async () => {
    const text = 'Tidewater ferries passed their last safety inspection in January';
    await withPrompts({ showQuickPick: pickInOrder('Tidewater boats passed'), showInputBox: typeInOrder(text) }, () =>
      vscode.commands.executeCommand('crosscheck.editClaim'),
    );
    await api.whenIdle();
    assert.strictEqual((await claimsFile()).claims.find((c) => c.id === SEEDED_CLAIM)?.text, text);
  });

  it('Correct Speaker: the human speaker replaces the analysed one', async () => {
    courier = await show(courier);
    const offset = courier.document.getText().indexOf('Our members have waited') + 5;
    courier.selection = new vscode.Selection(courier.document.positionAt(offset), courier.document.positionAt(offset));
    await withPrompts({ showQuickPick: pickInOrder('Someone else'), showInputBox: typeInOrder('Mara J. Quill') }, () =>
      vscode.commands.executeCommand('crosscheck.correctSpeaker'),
    );
    await api.whenIdle();
    const quote = api.analysisFor(courier.document.uri)?.quotes.find((q) => q.start <= offset && offset <= q.end);
    assert.deepStrictEqual(quote && [quote.speaker, quote.origin], ['Mara J. Quill', 'human']);
    const stored = (await sidecarOf('courier.md')).annotations.filter((a) => a.kind === 'speaker');
    assert.deepStrictEqual(stored.map((a) => a.speaker), ['Mara J. Quill']);
  });

  it('Mark Selection as Quote: quotation marks dropped, the quote appears', async () => {
    courier = await show(courier);
    const span = select(courier, 'it would run an emergency water taxi');
    await withPrompts({ showQuickPick: pickInOrder('Unattributed') }, () => vscode.commands.executeCommand('crosscheck.markQuote'));
    await api.whenIdle();
    const quote = api.analysisFor(courier.document.uri)?.quotes.find((q) => q.start === span.start);
    assert.deepStrictEqual(quote && [quote.end, quote.speaker, quote.origin], [span.end, null, 'human']);
    assert.ok(api.decorationRanges(courier, 'quotes').some((r) => spanOf(courier.document, r)[0] === span.start));
  });

  it('Mark Selection as Entity: type picked, name confirmed, underlined', async () => {
    gazette = await show(gazette);
    const span = select(gazette, 'Tidewater Lines');
    await withPrompts({ showQuickPick: pickInOrder('Organisation'), showInputBox: typeInOrder(undefined) }, () =>
      vscode.commands.executeCommand('crosscheck.markEntity'),
    );
    await api.whenIdle();
    const entity = api.analysisFor(gazette.document.uri)?.entities.find((e) => e.name === 'Tidewater Lines');
    assert.strictEqual(entity?.type, 'organization');
    assert.ok(entity.mentions.some((m) => m.start === span.start && m.end === span.end));
    assert.ok(api.decorationRanges(gazette, 'entities').some((r) => spanOf(gazette.document, r).join() === `${span.start},${span.end}`));
  });

  it('Add Note to Selection: the note is kept in the sidecar and shown on hover', async () => {
    gazette = await show(gazette);
    const span = select(gazette, 'would meet the company again on Thursday');
    await withPrompts({ showInputBox: typeInOrder('Check the date with the union') }, () => vscode.commands.executeCommand('crosscheck.addNote'));
    await api.whenIdle();
    const notes = (await sidecarOf('gazette.txt')).annotations.filter((a) => a.kind === 'note') as (StoredAnnotation & { note?: string })[];
    assert.deepStrictEqual(notes.map((n) => [n.note, n.target.start, n.target.end]), [['Check the date with the union', span.start, span.end]]);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', gazette.document.uri, gazette.document.positionAt(span.start + 3))) ?? [];
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(text.includes('**Note:** Check the date with the union'), text);
  });

  it('Suppress This Highlight: a false-positive entity mention disappears', async () => {
    const before = api.analysisFor(gazette.document.uri)!;
    const entity = before.entities.find((e) => e.origin !== 'human');
    assert.ok(entity, 'the analysis found an entity');
    const mention = entity.mentions[0];
    await vscode.commands.executeCommand('crosscheck.suppressHighlight', { uri: gazette.document.uri.toString(), start: mention.start, end: mention.end, layer: 'entity' });
    await api.whenIdle();
    const after = api.analysisFor(gazette.document.uri)!;
    assert.ok(!after.entities.some((e) => e.mentions.some((m) => m.start === mention.start && m.end === mention.end)));
    const stored = (await sidecarOf('gazette.txt')).annotations.filter((a) => a.kind === 'suppress');
    assert.deepStrictEqual(stored.map((a) => [a.layer, a.target.start]), [['entity', mention.start]]);
  });

  it('restores everything after a reload from disk', async () => {
    const snapshot = async () => ({
      claims: await api.claimsTreeItems(),
      gazette: JSON.stringify(api.analysisFor(gazette.document.uri)),
      courier: JSON.stringify(api.analysisFor(courier.document.uri)),
    });
    const before = await snapshot();
    await api.reloadFromDisk();
    await waitFor('courier analysed again', () => api.analysisFor(courier.document.uri));
    await waitFor('gazette analysed again', () => api.analysisFor(gazette.document.uri));
    await api.whenIdle();
    assert.deepStrictEqual(await snapshot(), before);
  });

  it('Reveal in Claims: the evidence under the cursor is shown in the view', async () => {
    courier = await show(courier);
    const offset = courier.document.getText().indexOf('Our boats passed') + 3;
    courier.selection = new vscode.Selection(courier.document.positionAt(offset), courier.document.positionAt(offset));
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.revealInClaims'), true);
  });

  it('Open Sidecar opens the JSON beside the article', async () => {
    await vscode.commands.executeCommand('crosscheck.openSidecar', gazette.document.uri);
    await waitFor('sidecar editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/gazette.txt.crosscheck.json'));
  });

  it('Analyze This File makes a loose file an article and lists it in Sources', async () => {
    const uri = fixture('harbour-bridge-closure.txt');
    await vscode.commands.executeCommand('crosscheck.analyzeFile', uri);
    await api.whenIdle();
    assert.ok(api.analysisFor(uri), 'analysed');
    const labels = (await api.sourcesTreeItems()).map((n) => n.label);
    assert.ok(labels.includes('harbour-bridge-closure.txt'), labels.join(', '));
    assert.ok(labels.includes('gazette.txt') && !labels.includes('README.md'), `a folder's README is not an article: ${labels.join(', ')}`);
  });

  it('Add Folder as Sources: a registry in the folder, its articles analysed', async () => {
    const article = fixture('added-story', 'wire.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Wire copy\n\n"The lights are back on," said Ada Brenner of Northgrid.\n'));
    await vscode.commands.executeCommand('crosscheck.addFolderAsSources', fixture('added-story'));
    await api.whenIdle();
    const registry = await readJson<{ claims: unknown[] }>(fixture('added-story', 'crosscheck.claims.json'));
    assert.deepStrictEqual(registry.claims, []);
    assert.ok(api.analysisFor(article));
    await waitFor('wire.txt in Sources', async () => (await api.sourcesTreeItems()).some((n) => n.label === 'wire.txt'));
  });

  it('Re-analyze runs the analysis again with the same result', async () => {
    const before = JSON.stringify(api.analysisFor(courier.document.uri));
    await vscode.commands.executeCommand('crosscheck.reanalyze', courier.document.uri);
    await api.whenIdle();
    assert.strictEqual(JSON.stringify(api.analysisFor(courier.document.uri)), before);
  });

  it('dragging evidence onto another claim re-files it there', async () => {
    const evidence = (await sidecarOf('courier.md')).annotations.find((a) => a.kind === 'evidence');
    assert.ok(evidence && evidence.claimId === SEEDED_CLAIM);
    await api.dragEvidenceOnto([evidence.id], newClaimId);
    await api.whenIdle();
    const moved = (await sidecarOf('courier.md')).annotations.find((a) => a.id === evidence.id);
    assert.strictEqual(moved?.claimId, newClaimId);
    const claim = flatten(await api.claimsTreeItems()).find((n) => n.label.includes('Ferry crews in Port Alder'));
    assert.ok(claim?.description?.includes('1 supports'), JSON.stringify(claim));
    await api.dragEvidenceOnto([evidence.id], SEEDED_CLAIM);
    await api.whenIdle();
    assert.strictEqual((await sidecarOf('courier.md')).annotations.find((a) => a.id === evidence.id)?.claimId, SEEDED_CLAIM);
  });

  it('clicking evidence in the Claims view selects its passage in the article', async () => {
    const evidence = (await sidecarOf('courier.md')).annotations.find((a) => a.kind === 'evidence')!;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('crosscheck._revealEvidence', courier.document.uri.toString(), evidence.id);
    const editor = await waitFor('courier.md shown', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/courier.md') ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(editor.document.getText(editor.selection), 'Our boats passed their last inspection in January');
  });

  it('Remove Evidence at the cursor', async () => {
    courier = await show(courier);
    const offset = courier.document.getText().indexOf('Our boats passed') + 3;
    courier.selection = new vscode.Selection(courier.document.positionAt(offset), courier.document.positionAt(offset));
    await vscode.commands.executeCommand('crosscheck.removeEvidence');
    await api.whenIdle();
    assert.deepStrictEqual((await sidecarOf('courier.md')).annotations.filter((a) => a.kind === 'evidence'), []);
    await waitFor('evidence decoration gone', () => api.decorationRanges(courier, 'evidence').length === 0);
  });

  it('Delete Claim removes it and its evidence at once, and offers Undo instead of asking first', async () => {
    const arg = { claimId: newClaimId, folder: fixture(FOLDER).toString() };
    const warned: string[] = [];
    const told: string[] = [];
    await withPrompts({ showWarningMessage: recordMessages(warned), showInformationMessage: recordMessages(told, undefined) }, () =>
      vscode.commands.executeCommand('crosscheck.deleteClaim', arg),
    );
    await api.whenIdle();
    assert.deepStrictEqual(warned, []);
    assert.strictEqual(told.length, 1);
    assert.ok(told[0].includes('Ferry crews in Port Alder') && told[0].includes('1 evidence passage'), told[0]);
    assert.ok(!(await claimsFile()).claims.some((c) => c.id === newClaimId));
    assert.ok(!(await sidecarOf('gazette.txt')).annotations.some((a) => a.claimId === newClaimId));
    assert.ok(!flatten(await api.claimsTreeItems()).some((n) => n.label.includes('Ferry crews in Port Alder')));
  });

  it('tells the user when a command cannot apply', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const told: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(told) }, async () => {
      await vscode.commands.executeCommand('crosscheck.attachEvidence');
      await vscode.commands.executeCommand('crosscheck.correctSpeaker');
      await vscode.commands.executeCommand('crosscheck.revealInClaims');
    });
    assert.strictEqual(told.length, 3, told.join(' | '));
    assert.match(told[0], /Open an article and select/);
  });
});
