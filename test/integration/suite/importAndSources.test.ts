// Issue 15 in the running editor: "Edit Source Details…" (validated inputs in sequence, saved to the
// sidecar's source, the outlet then naming the source in the Sources view) and "Import
// Annotations…" (a Hypothesis file placed by the source URL just set, unplaced items listed, a
// second import adding nothing). Articles and annotations are invented.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../../src/extension/views/treeSnapshot';
import { crosscheck, fixture, pickInOrder, readJson, recordMessages, waitFor, withPrompts } from './helpers';

const FOLDER = 'import-story';
const QUAY = [
  'Quay reopens after three days of repairs',
  '',
  'By Ana Ruiz',
  '',
  '5 March 2031',
  '',
  'VALMORE — The quay reopened on Friday after crews replaced the damaged pilings, the harbour office said.',
  '',
  'Ferries will return to berth four on Monday, a spokesman added.',
  '',
].join('\n');
const TIDES = ['Tide tables and a late ferry', '', 'The late ferry was cancelled because of the tide, the operator said on Friday evening.', ''].join('\n');

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const flatten = (nodes: TreeSnapshot[]): TreeSnapshot[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

interface Stored {
  source: Record<string, string>;
  annotations: { kind: string; note?: string; tags?: string[]; author?: string; origin?: { format: string; id: string }; target: { exact: string; start: number; end: number } }[];
}

describe('extension: source details and import', function () {
  this.timeout(120_000);
  const quay = () => fixture(FOLDER, 'quay.txt');

  before(async () => {
    await write(fixture(FOLDER, 'crosscheck.claims.json'), JSON.stringify({ version: 1, claims: [], aliasOverrides: [], dismissedSuggestions: [] }, null, 2) + '\n');
    await write(quay(), QUAY);
    await write(fixture(FOLDER, 'tides.txt'), TIDES);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const api = await crosscheck();
    await api.whenIdle();
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true, useTrash: false });
  });

  it('Edit Source Details: six validated inputs prefilled from the article, saved as the sidecar source; the outlet names the source', async () => {
    const api = await crosscheck();
    const asked: { value?: string; bad?: string }[] = [];
    const answers = ['Valmore Harbour Post', undefined, undefined, '2031-03-05', 'https://harbourpost.example/quay-reopens/', 'en'];
    const bad: Record<number, [string, string]> = { 3: ['2031-02-30', '2031-3-5'], 4: ['javascript:alert(1)', 'harbourpost.example/quay'], 5: ['english please', ''] };
    const inputBox = async (options: vscode.InputBoxOptions) => {
      const i = asked.length;
      const entry: { value?: string; bad?: string } = { value: options.value };
      if (bad[i]) for (const v of bad[i]) if (v) assert.ok(options.validateInput?.(v), `input ${i + 1} accepts "${v}"`);
      asked.push(entry);
      const answer = answers[i];
      if (answer !== undefined) assert.strictEqual(options.validateInput?.(answer), undefined, `input ${i + 1} refuses "${answer}"`);
      return answer ?? options.value;
    };
    await api.whenIdle();
    const written = await withPrompts({ showInputBox: inputBox as never }, () => vscode.commands.executeCommand<boolean>('crosscheck.editSourceDetails', quay()));
    assert.strictEqual(written, true);
    assert.strictEqual(asked.length, 6);
    // Title and byline were proposed from what the analysis read in the article.
    assert.strictEqual(asked[1].value, 'Quay reopens after three days of repairs');
    assert.strictEqual(asked[2].value, 'Ana Ruiz');
    const stored = await readJson<Stored>(fixture(FOLDER, 'quay.txt.crosscheck.json'));
    // A person's decision: the verification trail stamps who saved it and when.
    const { modified, modifiedBy, ...details } = (stored.source ?? {}) as Record<string, unknown>;
    assert.ok(typeof modifiedBy === 'string' && modifiedBy.length > 0, `no author on the source details: ${String(modifiedBy)}`);
    assert.ok(typeof modified === 'string' && !Number.isNaN(Date.parse(modified)), `no time on the source details: ${String(modified)}`);
    assert.deepStrictEqual(details, {
      outlet: 'Valmore Harbour Post',
      title: 'Quay reopens after three days of repairs',
      byline: 'Ana Ruiz',
      date: '2031-03-05',
      url: 'https://harbourpost.example/quay-reopens/',
      language: 'en',
    });
    await waitFor('the outlet as the source’s label in the Sources view', async () => flatten(await api.sourcesTreeItems()).find((n) => n.label === 'Valmore Harbour Post'));

    // Escape on any input saves nothing.
    const before = JSON.stringify(await readJson(fixture(FOLDER, 'quay.txt.crosscheck.json')));
    const cancelled = await withPrompts({ showInputBox: (async () => undefined) as never }, () => vscode.commands.executeCommand<boolean>('crosscheck.editSourceDetails', quay()));
    assert.strictEqual(cancelled, false);
    assert.strictEqual(JSON.stringify(await readJson(fixture(FOLDER, 'quay.txt.crosscheck.json'))), before);
  });

  it('Import Annotations: a Hypothesis file lands by address or unique passage, the rest is listed, a second import adds nothing', async () => {
    const api = await crosscheck();
    const file = fixture(FOLDER, 'hypothesis-export.json');
    const quote = (exact: string) => [{ selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }];
    await write(
      file,
      JSON.stringify({
        rows: [
          { id: 'hyp-1', uri: 'https://harbourpost.example/quay-reopens#top', text: 'Which pilings?', tags: ['repairs'], user: 'acct:li@hypothes.is', created: '2031-03-06T09:00:00+00:00', target: quote('replaced the damaged pilings') },
          { id: 'hyp-2', uri: 'https://elsewhere.example/ferries', text: 'Tide or staff?', tags: [], target: quote('cancelled because of the tide') },
          { id: 'hyp-3', uri: 'https://elsewhere.example/ferries', text: 'Not in these articles', tags: [], target: quote('a passage nobody wrote') },
        ],
      }),
    );
    const messages: string[] = [];
    // Errors are recorded too: a failed run then says why (the command reports a thrown error as a message).
    const errors: string[] = [];
    const run = () =>
      withPrompts(
        { showQuickPick: pickInOrder('Hypothesis', FOLDER), showOpenDialog: (async () => [file]) as never, showInformationMessage: recordMessages(messages), showErrorMessage: recordMessages(errors) },
        () => vscode.commands.executeCommand<{ annotations: number; claims: number; duplicates: number; notPlaced: { id?: string; reason: string }[] }>('crosscheck.importAnnotations'),
      );
    const first = await run();
    assert.ok(first, `the import ran: ${errors.join(' / ')}`);
    assert.strictEqual(first.annotations, 2);
    assert.deepStrictEqual(first.notPlaced.map((n) => n.id), ['hyp-3']);
    assert.match(messages.join('\n'), /2 new annotations; 0 already there; 1 could not be placed/);
    const stored = await readJson<Stored>(fixture(FOLDER, 'quay.txt.crosscheck.json'));
    const note = stored.annotations.find((a) => a.origin?.id === 'hyp-1');
    assert.ok(note, 'the note by address');
    assert.deepStrictEqual([note.kind, note.note, note.tags, note.author, note.target.exact], ['note', 'Which pilings?', ['repairs'], 'acct:li@hypothes.is', 'replaced the damaged pilings']);
    assert.strictEqual(QUAY.slice(note.target.start, note.target.end), note.target.exact);
    const tides = await readJson<Stored>(fixture(FOLDER, 'tides.txt.crosscheck.json'));
    assert.deepStrictEqual(tides.annotations.map((a) => a.origin?.id), ['hyp-2']);
    await api.whenIdle();

    const second = await run();
    assert.ok(second, `the second import ran: ${errors.join(' / ')}`);
    assert.strictEqual(second.annotations, 0);
    assert.strictEqual(second.duplicates, 2);
    assert.strictEqual((await readJson<Stored>(fixture(FOLDER, 'quay.txt.crosscheck.json'))).annotations.length, 1);
  });
});
