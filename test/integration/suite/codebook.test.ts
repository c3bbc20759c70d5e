// Claims as a codebook in the real editor: Merge Claims…, Split Claim…, Move Claim Up/Down and
// dragging a claim, and Edit Claim Details…, each one undoable step named in the message. The
// story folder is written by the test (fictional articles of its own) and removed afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';
import { crosscheck, fixture, hoverText, openArticle, pickInOrder, readJson, recordMessages, select, typeInOrder, waitFor, withPrompts } from './helpers';

interface StoredClaim {
  id: string;
  text: string;
  status: string;
  claimant?: string;
  context?: string;
  notes?: string;
  rank?: number;
}
interface StoredAnnotation {
  id: string;
  kind: string;
  claimId?: string;
  stance?: string;
  target: { exact: string };
}

const FOLDER = 'codebook-ledger';
const A = 'c_ledger000001';
const B = 'c_ledger000002';
const C = 'c_ledger000003';
const TWICE = 'The ferry runs twice a day';
const DAILY = 'The ferry runs two times daily';
const PILES = 'The pier needs new piles';

const GAZETTE = [
  '# Ferry timetable changes at Port Lerrin',
  '',
  'The island ferry now runs twice a day, the operator said on Monday.',
  '',
  'A harbour engineer said the ferry runs only once on most weekdays.',
  '',
  'The pier at the north landing needs new piles before winter, according to the council survey.',
  '',
].join('\n');
const RADIO = ['Port Lerrin Radio, morning bulletin.', '', 'Listeners report that the ferry left twice yesterday.', '', 'The timetable posted at the terminal lists two sailings each day.', ''].join('\n');

const claim = (id: string, text: string, day: number): StoredClaim & { created: string; modified: string } => ({
  id,
  text,
  status: 'unverified',
  created: `2026-06-0${day}T09:00:00.000Z`,
  modified: `2026-06-0${day}T09:00:00.000Z`,
});

const write = (name: string, text: string) => vscode.workspace.fs.writeFile(fixture(FOLDER, name), new TextEncoder().encode(text));
const registry = () => readJson<{ claims: StoredClaim[] }>(fixture(FOLDER, 'crosscheck.claims.json'));
const claimById = async (id: string) => (await registry()).claims.find((c) => c.id === id);
const evidenceIn = async (name: string) => {
  try {
    return (await readJson<{ annotations: StoredAnnotation[] }>(fixture(FOLDER, `${name}.crosscheck.json`))).annotations.filter((a) => a.kind === 'evidence');
  } catch {
    return [];
  }
};
/** Every evidence passage of the folder with the claim it is filed under. */
const filing = async () =>
  [...(await evidenceIn('gazette.md')), ...(await evidenceIn('radio.txt'))].map((e) => `${e.target.exact} → ${e.claimId}`).sort();

describe('extension: claims as a codebook', () => {
  let api: CrosscheckApi;

  /** The claims of the story folder as the Claims view lists them, in order. */
  const listed = async () => {
    const roots = await api.claimsTreeItems();
    const folder = roots.find((r) => r.label === FOLDER);
    return (folder ? folder.children : []).filter((n) => n.contextValue === 'claim').map((n) => n.label);
  };
  const node = async (match: { claimId?: string; annotationId?: string }) => {
    const found = await api.claimsNode(match);
    assert.ok(found, `no node for ${JSON.stringify(match)}`);
    return found;
  };
  /** Runs undo with messages recorded; resolves with what was said. */
  const undo = async () => {
    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said), showWarningMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.undo'));
    await api.whenIdle();
    return said;
  };
  const attach = async (editor: vscode.TextEditor, passage: string, claimText: string, stance: string) => {
    select(editor, passage);
    await withPrompts({ showQuickPick: pickInOrder(claimText, stance) }, () => vscode.commands.executeCommand('crosscheck.attachEvidence'));
    await api.whenIdle();
  };

  before(async function () {
    this.timeout(120_000);
    api = await crosscheck();
    await vscode.workspace.fs.createDirectory(fixture(FOLDER));
    await write('gazette.md', GAZETTE);
    await write('radio.txt', RADIO);
    await write('crosscheck.claims.json', `${JSON.stringify({ version: 1, claims: [claim(A, TWICE, 1), claim(B, DAILY, 2), claim(C, PILES, 3)], aliasOverrides: [], dismissedSuggestions: [] }, null, 2)}\n`);
    await waitFor('the three claims listed', async () => (await listed()).length === 3, 60_000);
    const gazette = await openArticle(api, FOLDER, 'gazette.md');
    await attach(gazette, 'The island ferry now runs twice a day', TWICE, 'supports');
    await attach(gazette, 'the ferry runs only once on most weekdays', DAILY, 'disputes');
    const radio = await openArticle(api, FOLDER, 'radio.txt');
    await attach(radio, 'the ferry left twice yesterday', TWICE, 'mentions');
    await attach(radio, 'lists two sailings each day', TWICE, 'supports');
    await waitFor('four evidence passages filed', async () => (await filing()).length === 4);
  });

  after(async () => {
    // The last test ends on an undo: redo it, so the window's redo history is empty again for the suites after this one.
    await withPrompts({ showInformationMessage: recordMessages([]), showWarningMessage: recordMessages([]) }, () => vscode.commands.executeCommand('crosscheck.redo'));
    await api.whenIdle();
    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true });
  });

  it('merges two claims selected in the view: evidence and notes kept, the other text kept as a note; one undoable step', async () => {
    const before = await filing();
    const [a, b] = [await node({ claimId: A }), await node({ claimId: B })];
    await withPrompts({ showQuickPick: pickInOrder(TWICE) }, () => vscode.commands.executeCommand('crosscheck.mergeClaims', b, [b, a]));
    await api.whenIdle();
    assert.strictEqual(await claimById(B), undefined);
    const merged = await claimById(A);
    assert.strictEqual(merged?.notes, `Merged from the claim “${DAILY}”.`);
    assert.deepStrictEqual(await filing(), before.map((line) => line.replace(B, A)).sort());
    await waitFor('two claims listed', async () => JSON.stringify(await listed()) === JSON.stringify([TWICE, PILES]));

    assert.deepStrictEqual(await undo(), [`Undid: merge claim “${DAILY}” into “${TWICE}”.`]);
    assert.strictEqual((await claimById(B))?.text, DAILY);
    assert.strictEqual((await claimById(A))?.notes, undefined);
    assert.deepStrictEqual(await filing(), before);
  });

  it('merges from the palette, picking the claim to merge and then the one to keep', async () => {
    const before = await filing();
    await withPrompts({ showQuickPick: pickInOrder(PILES, DAILY) }, () => vscode.commands.executeCommand('crosscheck.mergeClaims'));
    await api.whenIdle();
    assert.strictEqual(await claimById(C), undefined);
    assert.strictEqual((await claimById(B))?.notes, `Merged from the claim “${PILES}”.`);
    assert.deepStrictEqual(await undo(), [`Undid: merge claim “${PILES}” into “${DAILY}”.`]);
    assert.strictEqual((await claimById(C))?.text, PILES);
    assert.deepStrictEqual(await filing(), before);
  });

  it('splits the evidence selected in the view into a new claim, placed right after; one undoable step', async () => {
    const before = await filing();
    const twice = (await evidenceIn('radio.txt')).filter((e) => e.claimId === A);
    assert.strictEqual(twice.length, 2);
    const nodes = await Promise.all(twice.map((e) => node({ annotationId: e.id })));
    await withPrompts({ showInputBox: typeInOrder('The ferry sails twice on most days') }, () => vscode.commands.executeCommand('crosscheck.splitClaim', nodes[0], nodes));
    await api.whenIdle();
    const fresh = (await registry()).claims.find((c) => c.text === 'The ferry sails twice on most days');
    assert.ok(fresh);
    assert.deepStrictEqual((await evidenceIn('radio.txt')).map((e) => e.claimId), [fresh.id, fresh.id]);
    assert.deepStrictEqual((await evidenceIn('gazette.md')).map((e) => e.claimId), [A, B]);
    await waitFor('the new claim right after the one it came from', async () => JSON.stringify(await listed()) === JSON.stringify([TWICE, 'The ferry sails twice on most days', DAILY, PILES]));

    assert.deepStrictEqual(await undo(), [`Undid: split “The ferry sails twice on most days” off “${TWICE}”.`]);
    assert.ok(!(await registry()).claims.some((c) => c.id === fresh.id));
    assert.deepStrictEqual(await filing(), before);
    assert.ok((await registry()).claims.every((c) => c.rank === undefined), 'undo takes the ranks back too');
  });

  it('reorders by Move Up / Move Down and by dragging a claim, persisted in the registry, each step undoable', async () => {
    await waitFor('filing order', async () => JSON.stringify(await listed()) === JSON.stringify([TWICE, DAILY, PILES]));
    await vscode.commands.executeCommand('crosscheck.moveClaimUp', await node({ claimId: C }));
    await api.whenIdle();
    await waitFor('C moved up', async () => JSON.stringify(await listed()) === JSON.stringify([TWICE, PILES, DAILY]));
    assert.deepStrictEqual((await registry()).claims.map((c) => [c.id, c.rank]), [[A, 0], [B, 2], [C, 1]]);

    await api.dragClaimOnto(A, B);
    await api.whenIdle();
    await waitFor('A dropped onto B takes its place', async () => JSON.stringify(await listed()) === JSON.stringify([PILES, DAILY, TWICE]));

    await vscode.commands.executeCommand('crosscheck.moveClaimDown', await node({ claimId: C }));
    await api.whenIdle();
    await waitFor('C moved down', async () => JSON.stringify(await listed()) === JSON.stringify([DAILY, PILES, TWICE]));

    assert.deepStrictEqual(await undo(), [`Undid: move claim “${PILES}” down.`]);
    assert.deepStrictEqual(await undo(), [`Undid: move claim “${TWICE}”.`]);
    assert.deepStrictEqual(await undo(), [`Undid: move claim “${PILES}” up.`]);
    await waitFor('filing order again', async () => JSON.stringify(await listed()) === JSON.stringify([TWICE, DAILY, PILES]));
  });

  it('while another sort is on, a manual move asks to switch to manual order first', async () => {
    await vscode.commands.executeCommand('crosscheck.filterClaims', { sort: 'modified' });
    assert.strictEqual(api.claimsViewDescription(), 'filtered: by last change');
    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.moveClaimDown', { claimId: A, folder: fixture(FOLDER).toString() }));
    assert.match(said[0], /sorted.*Switch the view to manual order/);
    assert.strictEqual((await claimById(A))?.rank, undefined, 'declined: nothing moved');

    await withPrompts({ showInformationMessage: recordMessages(said, 'Use Manual Order') }, () =>
      vscode.commands.executeCommand('crosscheck.moveClaimDown', { claimId: A, folder: fixture(FOLDER).toString() }),
    );
    await api.whenIdle();
    assert.strictEqual(api.claimsViewDescription(), undefined);
    await waitFor('A moved down in manual order', async () => JSON.stringify(await listed()) === JSON.stringify([DAILY, TWICE, PILES]));
    assert.deepStrictEqual(await undo(), [`Undid: move claim “${TWICE}” down.`]);
  });

  it('edits claimant, context and notes in one form prefilled with what is stored; hover shows them; Escape changes nothing', async () => {
    const arg = { claimId: A, folder: fixture(FOLDER).toString() };
    const prefilled: (string | undefined)[] = [];
    const answers = ['the ferry operator', 'a notice at the terminal', 'checked against the printed timetable'];
    const form = (async (options?: vscode.InputBoxOptions) => {
      prefilled.push(options?.value);
      return answers.shift();
    }) as never;
    await withPrompts({ showInputBox: form }, () => vscode.commands.executeCommand('crosscheck.editClaimDetails', arg));
    await api.whenIdle();
    assert.deepStrictEqual(prefilled, ['', '', '']);
    const saved = await claimById(A);
    assert.deepStrictEqual([saved?.claimant, saved?.context, saved?.notes], ['the ferry operator', 'a notice at the terminal', 'checked against the printed timetable']);

    const gazette = await openArticle(api, FOLDER, 'gazette.md');
    const at = gazette.document.positionAt(gazette.document.getText().indexOf('island ferry') + 3);
    await waitFor('the hover names the claimant and context', async () => {
      const { text } = await hoverText(gazette.document.uri, at);
      return text.includes('Claimant: the ferry operator') && text.includes('Context: a notice at the terminal');
    });

    // The form opens with the stored values; Escape in the second box leaves everything as it was.
    const again: (string | undefined)[] = [];
    const escape = (async (options?: vscode.InputBoxOptions) => {
      again.push(options?.value);
      return again.length === 1 ? 'someone else' : undefined;
    }) as never;
    await withPrompts({ showInputBox: escape }, () => vscode.commands.executeCommand('crosscheck.editClaimDetails', arg));
    await api.whenIdle();
    assert.deepStrictEqual(again, ['the ferry operator', 'a notice at the terminal']);
    assert.strictEqual((await claimById(A))?.claimant, 'the ferry operator');

    assert.deepStrictEqual(await undo(), [`Undid: edit the details of “${TWICE}”.`]);
    const undone = await claimById(A);
    assert.deepStrictEqual([undone?.claimant, undone?.context, undone?.notes], [undefined, undefined, undefined]);
  });
});
