// Sidecars you can trust, in the running editor: exact offsets on a CRLF + BOM article, hovers that
// no file can inject a command link into, a sidecar from a newer Crosscheck shown read-only and
// never written, binary files refused with a message, and a 1 MB article analysed without
// blocking the extension host (analysis and quote grouping run on worker threads).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, hoverText, openArticle, readText, recordMessages, select, startStallProbe, waitFor, withPrompts } from './helpers';

/** Every `command:` link target in hover markdown (links and raw URIs alike). */
const commandTargets = (markdown: string) => [...markdown.matchAll(/command:([^\s?)"'\]]+)/g)].map((m) => m[1]);

describe('extension: storage you can trust', function () {
  this.timeout(180_000);

  it('puts quote decorations on the exact characters of a CRLF article with a BOM', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, 'hostile', 'crlf-bom.txt');
    const text = editor.document.getText();
    assert.ok(text.includes('\r\n') && !text.startsWith('\uFEFF'), 'the editor keeps CRLF and drops the BOM');
    const ranges = api.decorationRanges(editor, 'quotes').map((r) => editor.document.getText(r));
    assert.ok(ranges.includes('Fares will stay the same in winter.'), JSON.stringify(ranges));
    assert.ok(ranges.includes('We checked every timetable,'), JSON.stringify(ranges));
  });

  it('escapes speaker and note text from the sidecar: no link a file can inject, only Crosscheck commands', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, 'hostile', 'crlf-bom.txt');
    for (const needle of ['We checked every timetable', 'Fares will stay']) {
      const offset = editor.document.getText().indexOf(needle) + 3;
      const hover = await hoverText(editor.document.uri, editor.document.positionAt(offset));
      assert.ok(hover.text.length > 0, `a hover at "${needle}"`);
      for (const target of commandTargets(hover.text)) assert.ok(target.startsWith('crosscheck.'), `foreign command link ${target} in ${hover.text}`);
      assert.ok(!/<img|<a\s/i.test(hover.text), `raw HTML in ${hover.text}`);
      assert.ok(!/\]\(command:workbench/.test(hover.text) && !/\]\(https:\/\/example/.test(hover.text), hover.text);
      for (const t of hover.trusted) {
        if (t === undefined || t === false) continue;
        const enabled = (t as { enabledCommands?: string[] }).enabledCommands;
        assert.ok(Array.isArray(enabled) && enabled.every((c) => c.startsWith('crosscheck.')), JSON.stringify(t));
      }
    }
  });

  it('shows a sidecar from a newer Crosscheck read-only and never writes it', async () => {
    const api = await crosscheck();
    const sidecar = fixture('hostile', 'newer.txt.crosscheck.json');
    const original = await readText(sidecar);
    const errors: string[] = [];
    await withPrompts({ showErrorMessage: recordMessages(errors), showQuickPick: () => Promise.resolve(undefined) }, async () => {
      await api.reloadFromDisk();
      const editor = await openArticle(api, 'hostile', 'newer.txt');
      await waitFor('the read-only message', () => errors.find((e) => e.includes('newer.txt.crosscheck.json') && e.includes('newer Crosscheck')));
      const notes = api.analysisFor(editor.document.uri)?.notes.map((n) => n.annotation.note);
      assert.deepStrictEqual(notes, ['written by a newer build'], 'what could be read is shown');
      select(editor, 'The pier reopens in May.');
      const saved = await vscode.commands.executeCommand('crosscheck.markQuote');
      await api.whenIdle();
      assert.strictEqual(saved, false);
    });
    assert.strictEqual(await readText(sidecar), original);
  });

  it('refuses to analyse a binary file and says why', async () => {
    const warnings: string[] = [];
    await withPrompts({ showWarningMessage: recordMessages(warnings), showInformationMessage: recordMessages([]) }, async () => {
      const ok = await vscode.commands.executeCommand('crosscheck.analyzeFile', fixture('hostile', 'binary.txt'));
      assert.strictEqual(ok, false);
    });
    assert.ok(warnings.some((w) => w.includes('binary.txt') && w.includes('NUL')), JSON.stringify(warnings));
  });

  it('analyses a 1 MB article on the worker without stalling the host (sidebar open, highlights drawn)', async () => {
    const api = await crosscheck();
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.length * 200 < 1_000_000; i++) {
      paragraphs.push(`Officials in Port Selden said on day ${i} that "the quay will reopen in spring," according to Mara Lindqvist, the harbour chair. The council disputed ${40 + (i % 9)} million crowns.`);
    }
    const big = fixture('hostile', 'generated-large.txt');
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(paragraphs.join('\n\n')));
    // The sidebar open, as a user comparing sources has it: its views refresh while the article arrives.
    await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
    const probe = startStallProbe();
    let maxLag = 0;
    const started = performance.now();
    try {
      const ok = await vscode.commands.executeCommand('crosscheck.analyzeFile', big);
      assert.strictEqual(ok, true);
      await api.whenIdle();
      // Work that follows an analysis (tree refreshes, quote diagnostics) waits a few hundred ms first.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await api.whenIdle();
    } finally {
      maxLag = probe.stop();
    }
    const quotes = api.analysisFor(big)?.quotes.length ?? 0;
    console.log(`      1 MB article: ${quotes} quotes in ${(performance.now() - started).toFixed(0)} ms, longest host stall ${maxLag.toFixed(0)} ms`);
    assert.ok(quotes > 1000, `only ${quotes} quotes`);
    // Target 100 ms. In-process analysis stalls the host for the whole analysis (6–16 s for 1 MB).
    // With analysis and quote grouping on workers and the highlights drawn one layer per turn, the
    // longest stall measured here is 60–100 ms (it was about 1 s with grouping and drawing in one
    // piece); the margin is for this shared machine, where the editor's own work also lands.
    assert.ok(maxLag < 250, `the extension host stalled for ${maxLag.toFixed(0)} ms`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(big);
  });
  it('lays a sidecar of thousands of ambiguous notes on the worker: the host never stalls', async () => {
    const api = await crosscheck();
    const paragraphs: string[] = [];
    for (let i = 0; i < 120; i++) paragraphs.push(`On day ${i} the ferry to the island left the quay late, and the harbour master said the tide was to blame.`);
    const text = paragraphs.join('\n\n');
    const article = fixture('hostile', 'many-notes.txt');
    // Every note points at "the" at a wrong offset with context found nowhere: each must be searched for.
    const annotations = Array.from({ length: 3000 }, (_, i) => ({
      id: `a_${String(i).padStart(12, '0')}`,
      kind: 'note',
      note: 'n',
      created: '2026-03-01T10:00:00Z',
      modified: '2026-03-01T10:00:00Z',
      target: { exact: 'the', prefix: 'q'.repeat(64), suffix: 'z'.repeat(64), start: 1 + (i % 50), end: 4 + (i % 50) },
    }));
    const encode = (value: string) => new TextEncoder().encode(value);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(article, '..', 'many-notes.txt.crosscheck.json'), encode(JSON.stringify({ version: 1, annotations })));
    await vscode.workspace.fs.writeFile(article, encode(text));
    const probe = startStallProbe();
    let maxLag = 0;
    try {
      assert.strictEqual(await vscode.commands.executeCommand('crosscheck.analyzeFile', article), true);
      await api.whenIdle();
    } finally {
      maxLag = probe.stop();
    }
    const analysis = api.analysisFor(article);
    console.log(`      3,000 ambiguous notes: longest host stall ${maxLag.toFixed(0)} ms`);
    assert.strictEqual((analysis?.notes.length ?? 0) + (analysis?.orphans.length ?? 0), 3000, 'every note is placed or listed as an orphan');
    // Laid on the host, these notes froze it for seconds; on the worker the host only receives the result.
    assert.ok(maxLag < 250, `the extension host stalled for ${maxLag.toFixed(0)} ms`);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(article, '..', 'many-notes.txt.crosscheck.json'));
    await vscode.workspace.fs.delete(article);
  });
});
