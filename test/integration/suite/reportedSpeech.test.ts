// crosscheck.analysis.reportedSpeech: off by default; turned on, the editor finds reported (indirect) speech,
// draws it apart from direct quotes (the dotted underline) and names its speaker and reporting verb in the hover;
// turned off again, it is gone. The fixture is the ferry-strike gazette article, written for these tests.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/testApi';
import { crosscheck, hoverText, openArticle, spanOf, waitFor } from './helpers';

describe('extension: reported speech', () => {
  let api: CrosscheckApi;
  let editor: vscode.TextEditor;
  const config = () => vscode.workspace.getConfiguration('crosscheck');

  before(async () => {
    api = await crosscheck();
    editor = await openArticle(api, 'ferry-strike', 'gazette.txt');
  });

  after(async () => {
    await config().update('analysis.reportedSpeech', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('is off by default: no reported speech in the analysis or the editor', () => {
    const a = api.analysisFor(editor.document.uri)!;
    assert.deepStrictEqual(a.quotes.filter((q) => q.kind === 'reported'), []);
    assert.deepStrictEqual(api.reportedSpeechRanges(editor), []);
  });

  it('turned on, draws reported speech apart from quotes and names speaker and reporting verb in the hover', async () => {
    await config().update('analysis.reportedSpeech', true, vscode.ConfigurationTarget.Workspace);
    const reported = await waitFor('reported speech in the analysis', () => {
      const found = api.analysisFor(editor.document.uri)?.quotes.filter((q) => q.kind === 'reported');
      return found && found.length > 0 ? found : undefined;
    });
    const sorted = (xs: number[][]) => xs.sort((x, y) => x[0] - y[0]);
    await waitFor('reported speech drawn', () => api.reportedSpeechRanges(editor).length === reported.length);
    assert.deepStrictEqual(sorted(api.reportedSpeechRanges(editor).map((r) => spanOf(editor.document, r))), sorted(reported.map((q) => [q.start, q.end])));
    // The direct quotes keep their own decoration; every range of the quotes layer is one quote or the other.
    const all = api.analysisFor(editor.document.uri)!.quotes;
    assert.strictEqual(api.decorationRanges(editor, 'quotes').length, all.length);

    const union = reported.find((q) => q.text.startsWith('the union would meet the company again'));
    assert.ok(union, JSON.stringify(reported.map((q) => q.text)));
    assert.strictEqual(union.speaker, 'Mara Quill');
    const hover = await hoverText(editor.document.uri, editor.document.positionAt(union.start + 3));
    assert.match(hover.text, /\*\*Reported speech\*\*/);
    assert.ok(hover.text.includes('Mara Quill'), hover.text);
    assert.ok(hover.text.includes('“said”'), hover.text);
    assert.doesNotMatch(hover.text, /\*\*Quote\*\*/);
  });

  it('turned off again, the reported speech is gone', async () => {
    await config().update('analysis.reportedSpeech', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('no reported speech', () => api.analysisFor(editor.document.uri)?.quotes.every((q) => q.kind !== 'reported') && api.reportedSpeechRanges(editor).length === 0);
  });
});
