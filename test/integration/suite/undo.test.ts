// Undo and redo of Crosscheck actions in the real editor: each action is one named step, undo and
// redo replay it onto the files as they are now, an outside change to other items is kept, and a
// step overtaken by an outside change to the same item is refused with nothing written.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';
import { crosscheck, fixture, openArticle, pickInOrder, readJson, recordMessages, select, waitFor, withPrompts } from './helpers';

interface StoredAnnotation {
  id: string;
  kind: string;
  claimId?: string;
  stance?: string;
}
interface StoredSidecar {
  source: Record<string, string>;
  annotations: StoredAnnotation[];
}
interface StoredClaim {
  id: string;
  text: string;
  status: string;
  notes?: string;
}
interface StoredRegistry {
  claims: StoredClaim[];
}

const FOLDER = 'quay-repairs';
const CLAIM = 'c_quay00000001';
const CLAIM_ARG = () => ({ claimId: CLAIM, folder: fixture(FOLDER).toString() });
const registryFile = () => fixture(FOLDER, 'crosscheck.claims.json');
const sidecarFile = (name: string) => fixture(FOLDER, `${name}.crosscheck.json`);
const claims = () => readJson<StoredRegistry>(registryFile());
const statusOf = async () => (await claims()).claims.find((c) => c.id === CLAIM)?.status;
const evidenceIn = async (name: string) => {
  try {
    return (await readJson<StoredSidecar>(sidecarFile(name))).annotations.filter((a) => a.kind === 'evidence');
  } catch {
    return [];
  }
};
const writeJson = (uri: vscode.Uri, value: unknown) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));

describe('extension: undo and redo', () => {
  let api: CrosscheckApi;

  before(async () => {
    api = await crosscheck();
    await openArticle(api, FOLDER, 'courier.md');
  });

  /** Runs undo or redo with messages recorded; resolves with what was said. */
  const replay = async (command: 'crosscheck.undo' | 'crosscheck.redo') => {
    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said), showWarningMessage: recordMessages(said) }, () => vscode.commands.executeCommand(command));
    await api.whenIdle();
    return said;
  };

  it('contributes Undo and Redo with keys that work only while a Crosscheck view has focus', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('crosscheck.undo') && commands.includes('crosscheck.redo'));
    const said = await replay('crosscheck.redo');
    assert.match(said[0], /nothing to redo/);
  });

  it('a status change is one step: undo names it and restores the status, redo applies it again', async () => {
    await withPrompts({ showQuickPick: pickInOrder('false') }, () => vscode.commands.executeCommand('crosscheck.setClaimStatus', CLAIM_ARG()));
    assert.strictEqual(await statusOf(), 'false');
    const undone = await replay('crosscheck.undo');
    assert.deepStrictEqual(undone, ['Undid: set the status of “The north quay closes for three weeks” to false.']);
    assert.strictEqual(await statusOf(), 'unverified');
    const redone = await replay('crosscheck.redo');
    assert.match(redone[0], /^Redid: set the status of “The north quay closes/);
    assert.strictEqual(await statusOf(), 'false');
    await replay('crosscheck.undo');
    assert.strictEqual(await statusOf(), 'unverified');
  });

  it('Delete Claim asks nothing first, says what went and offers Undo, which brings back the claim and its evidence', async () => {
    const bulletin = await openArticle(api, FOLDER, 'bulletin.txt');
    select(bulletin, 'The piles are older than anyone working here');
    await withPrompts({ showQuickPick: pickInOrder('The north quay closes', 'supports') }, () => vscode.commands.executeCommand('crosscheck.attachEvidence'));
    await api.whenIdle();
    assert.strictEqual((await evidenceIn('bulletin.txt')).length, 1);

    const warned: string[] = [];
    const told: string[] = [];
    // "Undo" is the button clicked on the message that reports the deletion.
    await withPrompts({ showWarningMessage: recordMessages(warned), showInformationMessage: recordMessages(told, 'Undo') }, async () => {
      assert.strictEqual(await vscode.commands.executeCommand('crosscheck.deleteClaim', CLAIM_ARG()), true);
      await waitFor('the claim back after Undo', async () => (await claims()).claims.some((c) => c.id === CLAIM));
      await api.whenIdle();
    });
    assert.deepStrictEqual(warned, [], 'no confirmation is asked');
    assert.strictEqual(told[0], 'Deleted the claim “The north quay closes for three weeks” and its 1 evidence passage.');
    assert.strictEqual(told[1], 'Undid: delete claim “The north quay closes for three weeks”.');
    assert.deepStrictEqual((await evidenceIn('bulletin.txt')).map((e) => [e.claimId, e.stance]), [[CLAIM, 'supports']]);
  });

  it('survives an outside change to other items of the same file, and says the changes were kept', async () => {
    const courier = await openArticle(api, FOLDER, 'courier.md');
    select(courier, 'Three weeks is what they told us last time too');
    await withPrompts({ showQuickPick: pickInOrder('The north quay closes', 'disputes') }, () => vscode.commands.executeCommand('crosscheck.attachEvidence'));
    await api.whenIdle();
    assert.strictEqual((await evidenceIn('courier.md')).length, 1);
    // A colleague (or a pull) names the outlet in the same sidecar.
    const sidecar = await readJson<StoredSidecar>(sidecarFile('courier.md'));
    await writeJson(sidecarFile('courier.md'), { ...sidecar, source: { ...sidecar.source, outlet: 'Coastline Courier' } });

    const said = await replay('crosscheck.undo');
    assert.match(said[0], /^Undid: attach evidence to “The north quay closes for three weeks”\. Changes made since .* are kept\.$/);
    const after = await readJson<StoredSidecar>(sidecarFile('courier.md'));
    assert.deepStrictEqual(after.annotations.filter((a) => a.kind === 'evidence'), []);
    assert.strictEqual(after.source.outlet, 'Coastline Courier');
  });

  it('refuses, writing nothing, when the same item changed outside since', async () => {
    await withPrompts({ showQuickPick: pickInOrder('disputed') }, () => vscode.commands.executeCommand('crosscheck.setClaimStatus', CLAIM_ARG()));
    assert.strictEqual(await statusOf(), 'disputed');
    const registry = await claims();
    await writeJson(registryFile(), { ...registry, claims: registry.claims.map((c) => (c.id === CLAIM ? { ...c, status: 'supported', notes: 'confirmed by the board' } : c)) });

    const said = await replay('crosscheck.undo');
    assert.match(said[0], /^Cannot undo “set the status of .*”: crosscheck\.claims\.json has changed since in the same item \(c_quay00000001\)\. Nothing was changed/);
    const kept = (await claims()).claims.find((c) => c.id === CLAIM);
    assert.deepStrictEqual([kept?.status, kept?.notes], ['supported', 'confirmed by the board']);
  });

  it('a note is a step of its own, named by its passage', async () => {
    const courier = await openArticle(api, FOLDER, 'courier.md');
    select(courier, 'The contractor starts on Monday');
    await withPrompts({ showInputBox: (async () => 'ask the contractor [run](command:workbench.action.quit)') as never }, () => vscode.commands.executeCommand('crosscheck.addNote'));
    await api.whenIdle();
    const said = await replay('crosscheck.undo');
    assert.strictEqual(said[0], 'Undid: add a note on “The contractor starts on Monday”.');
    assert.ok(!(await readJson<StoredSidecar>(sidecarFile('courier.md'))).annotations.some((a) => a.kind === 'note'));
  });
});

describe('extension: find quotes by speaker, mentions of an entity', () => {
  let api: CrosscheckApi;

  before(async () => {
    api = await crosscheck();
    await openArticle(api, FOLDER, 'bulletin.txt');
    await openArticle(api, FOLDER, 'courier.md');
  });

  /** A showQuickPick stub that records each list's labels and descriptions, answering with the first item whose label contains the text. */
  const pickRecording = (lists: string[][], ...wanted: string[]) =>
    (async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      const list = await items;
      lists.push(list.map((i) => `${i.label} | ${i.description ?? ''}`));
      const text = wanted.shift();
      return list.find((i) => text !== undefined && i.label.includes(text));
    }) as never;

  it('Find Quotes by Speaker lists speakers over every article and opens the quote picked', async () => {
    const lists: string[][] = [];
    await withPrompts({ showQuickPick: pickRecording(lists, 'Davin Marsh', 'Three weeks is what') }, () => vscode.commands.executeCommand('crosscheck.findQuotesBySpeaker'));
    const marsh = lists[0].find((l) => l.startsWith('Davin Marsh'));
    assert.ok(marsh, lists[0].join('\n'));
    assert.match(marsh, /2 quotes in 2 articles/);
    // Both of his quotes, one per article, each with its line (the sources' names may be outlets by now).
    assert.strictEqual(lists[1].length, 2, lists[1].join('\n'));
    assert.ok(lists[1].some((l) => l.startsWith('“We lose a tide a day, maybe two') && l.endsWith(' · line 12')), lists[1].join('\n'));
    assert.ok(lists[1].some((l) => l.startsWith('“Three weeks is what they told us last time too') && l.endsWith(' · line 7')), lists[1].join('\n'));
    const editor = await waitFor('courier.md shown', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/courier.md') ? vscode.window.activeTextEditor : undefined));
    assert.match(editor.document.getText(editor.selection), /^Three weeks is what they told us last time too/);
  });

  it('Find Mentions of Entity opens the mention picked, in any article', async () => {
    const lists: string[][] = [];
    await withPrompts({ showQuickPick: pickRecording(lists, 'Davin Marsh', 'Davin Marsh') }, () => vscode.commands.executeCommand('crosscheck.findMentionsOfEntity'));
    const entity = lists[0].find((l) => l.startsWith('Davin Marsh'));
    assert.ok(entity && /· 2 mentions in 2 articles$/.test(entity), lists[0].join('\n'));
    const sources = new Set(lists[1].map((l) => l.replace(/^.* \| (.*) · line \d+$/, '$1')));
    assert.strictEqual(sources.size, 2, lists[1].join('\n'));
    const editor = await waitFor('a mention selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && !e.selection.isEmpty && e.document.uri.path.includes(`/${FOLDER}/`) ? e : undefined;
    });
    assert.strictEqual(editor.document.getText(editor.selection), 'Davin Marsh');
  });
});

describe('extension: Claims view filter and sort', () => {
  let api: CrosscheckApi;
  const SECOND = 'c_quay00000002';

  /** The labels of the claims listed under the quay-repairs folder. */
  const listed = async () => {
    const roots = await api.claimsTreeItems();
    const folder = roots.find((r) => r.label === FOLDER);
    return (folder ? folder.children : roots).filter((n) => n.contextValue === 'claim').map((n) => n.label);
  };
  const filterBy = async (arg: unknown) => {
    await vscode.commands.executeCommand('crosscheck.filterClaims', arg);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  before(async () => {
    api = await crosscheck();
    await openArticle(api, FOLDER, 'bulletin.txt');
    const registry = await claims();
    const second = { id: SECOND, text: 'Skippers expect a month of work', status: 'unverified', created: '2026-05-06T09:00:00.000Z', modified: '2026-05-06T09:00:00.000Z' };
    await writeJson(registryFile(), { ...registry, claims: [...registry.claims, second] });
    await waitFor('both claims listed', async () => (await listed()).length === 2);
  });

  after(() => vscode.commands.executeCommand('crosscheck.clearClaimsFilter'));

  it('filters by status and by text, says so in the view description, and clears in one click', async () => {
    await filterBy({ statuses: ['unverified'] });
    await waitFor('only the unverified claim', async () => JSON.stringify(await listed()) === JSON.stringify(['Skippers expect a month of work']));
    assert.strictEqual(api.claimsViewDescription(), 'filtered: unverified');

    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await filterBy({ text: 'NORTH quay' });
    await waitFor('only the claim with those words', async () => JSON.stringify(await listed()) === JSON.stringify(['The north quay closes for three weeks']));
    assert.strictEqual(api.claimsViewDescription(), 'filtered: “NORTH quay”');

    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await waitFor('every claim again', async () => (await listed()).length === 2);
    assert.strictEqual(api.claimsViewDescription(), undefined);
  });

  it('filters by the outlet carrying evidence and by an entity named in the evidence; sorts by outlets', async () => {
    // The first claim has evidence in bulletin.txt (restored by the undo above), the second none.
    await filterBy({ outlet: 'bulletin.txt' });
    await waitFor('only the claim with evidence there', async () => JSON.stringify(await listed()) === JSON.stringify(['The north quay closes for three weeks']));
    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await filterBy({ entity: 'month' });
    await waitFor('only the claim naming it', async () => JSON.stringify(await listed()) === JSON.stringify(['Skippers expect a month of work']));
    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await filterBy({ sort: 'outlets' });
    await waitFor('the claim with evidence first', async () => (await listed())[0] === 'The north quay closes for three weeks' && (await listed()).length === 2);
    assert.strictEqual(api.claimsViewDescription(), 'filtered: by outlets');
  });

  it('offers the facets in a quick pick from the view title', async () => {
    const asked: string[][] = [];
    const pick = (async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      const list = await items;
      asked.push(list.map((i) => i.label));
      return asked.length === 1 ? list.find((i) => i.label.includes('Status')) : list.filter((i) => i.label === 'unverified');
    }) as never;
    await vscode.commands.executeCommand('crosscheck.clearClaimsFilter');
    await withPrompts({ showQuickPick: pick }, () => vscode.commands.executeCommand('crosscheck.filterClaims'));
    assert.deepStrictEqual(asked[0].map((l) => l.replace(/^\$\([a-z-]+\) /, '')), ['Status…', 'Text…', 'Outlet with evidence…', 'Entity named…', 'Sort…']);
    await waitFor('only the unverified claim', async () => JSON.stringify(await listed()) === JSON.stringify(['Skippers expect a month of work']));
  });
});

describe('extension: Entities view filter', () => {
  let api: CrosscheckApi;
  const people = async () => (await api.entitiesTreeItems()).find((n) => n.label === 'People')?.children.map((c) => c.label) ?? [];
  const groups = async () => (await api.entitiesTreeItems()).map((n) => n.label);

  before(async () => {
    api = await crosscheck();
    await openArticle(api, FOLDER, 'bulletin.txt');
  });

  after(() => vscode.commands.executeCommand('crosscheck.clearEntitiesFilter'));

  it('filters by type and by name, shows it in the view description, and clears in one click', async () => {
    await vscode.commands.executeCommand('crosscheck.filterEntities', { types: ['person'] });
    await waitFor('people only', async () => JSON.stringify(await groups()) === JSON.stringify(['People']));
    assert.strictEqual(api.entitiesViewDescription(), 'filtered: person');
    await vscode.commands.executeCommand('crosscheck.filterEntities', { name: 'pennick' });
    await waitFor('Orla Pennick only', async () => (await people()).length > 0 && (await people()).every((l) => /pennick/i.test(l)));
    assert.strictEqual(api.entitiesViewDescription(), 'filtered: person · “pennick”');
    await vscode.commands.executeCommand('crosscheck.clearEntitiesFilter');
    await waitFor('every type again', async () => (await groups()).length > 1);
    assert.strictEqual(api.entitiesViewDescription(), undefined);
  });
});

describe('extension: Sources view filter', () => {
  let api: CrosscheckApi;
  const articles = async () => (await api.sourcesTreeItems()).filter((n) => n.contextValue === 'article');

  before(async () => {
    api = await crosscheck();
    await openArticle(api, FOLDER, 'bulletin.txt');
    await openArticle(api, FOLDER, 'courier.md');
    // The date as a person set it (Edit Source Details… writes the same field).
    const sidecar = await readJson<StoredSidecar>(sidecarFile('bulletin.txt'));
    await writeJson(sidecarFile('bulletin.txt'), { ...sidecar, source: { ...sidecar.source, date: '2026-05-04' } });
  });

  after(() => vscode.commands.executeCommand('crosscheck.clearSourcesFilter'));

  it('filters by date and by speaker (that speaker’s quotes only), shows it, and clears in one click', async () => {
    const everything = (await articles()).length;
    await vscode.commands.executeCommand('crosscheck.filterSources', { date: '2026-05-04' });
    await waitFor('the bulletin only', async () => (await articles()).length === 1);
    assert.strictEqual(api.sourcesViewDescription(), 'filtered: 2026-05-04');

    await vscode.commands.executeCommand('crosscheck.clearSourcesFilter');
    await vscode.commands.executeCommand('crosscheck.filterSources', { speaker: 'Davin Marsh' });
    const quoting = await waitFor('the two articles quoting him', async () => {
      const list = await articles();
      return list.length === 2 ? list : undefined;
    });
    const speakers = quoting.flatMap((a) => a.children.filter((c) => c.label.startsWith('Quotes')).flatMap((q) => q.children.map((s) => s.label)));
    assert.ok(speakers.length === 2 && speakers.every((l) => l.startsWith('Davin Marsh')), speakers.join(' | '));
    assert.strictEqual(api.sourcesViewDescription(), 'filtered: quoting Davin Marsh');

    await vscode.commands.executeCommand('crosscheck.clearSourcesFilter');
    await waitFor('every article again', async () => (await articles()).length === everything);
    assert.strictEqual(api.sourcesViewDescription(), undefined);
  });
});

describe('extension: one correction, every place', () => {
  let api: CrosscheckApi;
  const suppressed = async (name: string) => {
    try {
      return (await readJson<{ annotations: { kind: string; target: { exact: string } }[] }>(sidecarFile(name))).annotations.filter((a) => a.kind === 'suppress').map((a) => a.target.exact);
    } catch {
      return [];
    }
  };

  before(async () => {
    api = await crosscheck();
    await openArticle(api, FOLDER, 'courier.md');
  });

  it('hiding a false entity offers the same words in the story’s other articles, applied as one undoable step', async () => {
    const bulletin = await openArticle(api, FOLDER, 'bulletin.txt');
    const text = bulletin.document.getText();
    const start = text.indexOf('Davin Marsh');
    const told: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(told, 'Apply to All') }, async () => {
      await vscode.commands.executeCommand('crosscheck.suppressHighlight', { uri: bulletin.document.uri.toString(), start, end: start + 'Davin Marsh'.length, layer: 'entity' });
      await waitFor('the courier’s mention hidden too', async () => (await suppressed('courier.md')).includes('Davin Marsh'));
      await api.whenIdle();
    });
    assert.match(told[0], /^Apply to 1 more in 1 article\? \(hide the entity “Davin Marsh”\)$/);
    assert.deepStrictEqual(await suppressed('bulletin.txt'), ['Davin Marsh']);

    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.undo'));
    await api.whenIdle();
    assert.strictEqual(said[0], 'Undid: hide the entity “Davin Marsh” (1 more in 1 article).');
    assert.deepStrictEqual(await suppressed('courier.md'), []);
    assert.deepStrictEqual(await suppressed('bulletin.txt'), ['Davin Marsh'], 'the first correction is a step of its own');
  });
});

describe('extension: ClaimReview author and base URL from settings', () => {
  it('exports reviews authored by the organisation in crosscheck.claimReview.author, at crosscheck.claimReview.baseUrl', async () => {
    await crosscheck();
    const settings = vscode.workspace.getConfiguration('crosscheck');
    await settings.update('claimReview.author', 'Fennick Fact Desk', vscode.ConfigurationTarget.Workspace);
    await settings.update('claimReview.baseUrl', 'https://factdesk.example/quay', vscode.ConfigurationTarget.Workspace);
    const target = fixture('quay-claimreview.json');
    const window = vscode.window as unknown as Record<string, unknown>;
    const saveDialog = window.showSaveDialog;
    window.showSaveDialog = async () => target;
    try {
      await withPrompts({ showQuickPick: pickInOrder('ClaimReview'), showInformationMessage: (async () => undefined) as never, showWarningMessage: (async () => undefined) as never }, () =>
        vscode.commands.executeCommand('crosscheck.exportReport', fixture(FOLDER)),
      );
      const reviews = await readJson<{ author: { name: string }; url: string; claimReviewed: string }[]>(target);
      const quay = reviews.find((r) => r.claimReviewed === 'The north quay closes for three weeks');
      assert.ok(quay, JSON.stringify(reviews));
      assert.strictEqual(quay.author.name, 'Fennick Fact Desk');
      assert.strictEqual(quay.url, `https://factdesk.example/quay#${CLAIM}`);
    } finally {
      window.showSaveDialog = saveDialog;
      await settings.update('claimReview.author', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('claimReview.baseUrl', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});

describe('extension: Add Claim from Selection asks the stance', () => {
  it('stores the stance picked for the first evidence, in one undoable step with the claim', async () => {
    const api = await crosscheck();
    const courier = await openArticle(api, FOLDER, 'courier.md');
    select(courier, 'The contractor starts on Monday and we expect to finish on time');
    await withPrompts({ showInputBox: (async () => 'The repairs finish on time') as never, showQuickPick: pickInOrder('disputes') }, () =>
      vscode.commands.executeCommand('crosscheck.addClaimFromSelection'),
    );
    await api.whenIdle();
    const claim = (await claims()).claims.find((c) => c.text === 'The repairs finish on time');
    assert.ok(claim);
    assert.deepStrictEqual((await evidenceIn('courier.md')).filter((e) => e.claimId === claim.id).map((e) => e.stance), ['disputes']);
    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said) }, () => vscode.commands.executeCommand('crosscheck.undo'));
    await api.whenIdle();
    assert.strictEqual(said[0], 'Undid: add claim “The repairs finish on time”.');
    assert.ok(!(await claims()).claims.some((c) => c.id === claim.id));
    assert.deepStrictEqual((await evidenceIn('courier.md')).filter((e) => e.claimId === claim.id), []);
  });
});

describe('extension: evidence as a codebook, by command', () => {
  it('Change Evidence Stance and Move Evidence to Claim act on the evidence at the cursor, each one undoable step', async () => {
    const api = await crosscheck();
    const bulletin = await openArticle(api, FOLDER, 'bulletin.txt');
    const at = bulletin.document.getText().indexOf('The piles are older') + 5;
    bulletin.selection = new vscode.Selection(bulletin.document.positionAt(at), bulletin.document.positionAt(at));
    const filed = async () => (await evidenceIn('bulletin.txt')).map((e) => [e.claimId, e.stance]);
    assert.deepStrictEqual(await filed(), [[CLAIM, 'supports']]);

    await withPrompts({ showQuickPick: pickInOrder('disputes') }, () => vscode.commands.executeCommand('crosscheck.setEvidenceStance'));
    await api.whenIdle();
    assert.deepStrictEqual(await filed(), [[CLAIM, 'disputes']]);

    await withPrompts({ showQuickPick: pickInOrder('Skippers expect a month') }, () => vscode.commands.executeCommand('crosscheck.moveEvidence'));
    await api.whenIdle();
    assert.deepStrictEqual(await filed(), [['c_quay00000002', 'disputes']]);

    const said: string[] = [];
    await withPrompts({ showInformationMessage: recordMessages(said) }, async () => {
      await vscode.commands.executeCommand('crosscheck.undo');
      await vscode.commands.executeCommand('crosscheck.undo');
    });
    await api.whenIdle();
    assert.deepStrictEqual(said, ['Undid: move evidence to “Skippers expect a month of work”.', 'Undid: set the stance of “The piles are older than anyone working here” to disputes.']);
    assert.deepStrictEqual(await filed(), [[CLAIM, 'supports']]);
  });
});
