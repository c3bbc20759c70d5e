// The verification trail on entities in the real editor: the hover on a name says who marked it as
// an entity, or merged or split its names, and when, as quote and evidence hovers already do. Names
// come from the sidecar and the registry (untrusted): shown escaped, never as links.
// The story folder is written by the test itself (a fictional article) and removed afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../../src/extension/text/markdownText';
import { crosscheck, expectedAuthor, fixture, hoverText, openArticle, pickInOrder, readJson, typeInOrder, waitFor, withPrompts } from './helpers';

const FOLDER = 'entity-trail';
const SETTING_NAME = 'Entity Checker';
const ARTICLE = [
  'The Wexmoor Courier',
  '',
  'Lantern fair moves to the old tannery',
  '',
  'The winter lantern fair will move to the old tannery yard, Brackwater Guild said on Monday.',
  '',
  '"The square is too small now," said Odile Farrant, who chairs the guild.',
  '',
  'Stallholders from Pellingham welcomed the move. Ms Farrant said the yard holds twice the crowd.',
  '',
].join('\n');
const HOSTILE = 'Eve [click](command:crosscheck.evil) *loud*';
const MERGER = 'Bo `Merger`';
const MARKED_AT = '2026-10-04T08:30:00.000Z';
const MERGED_AT = '2026-10-05T17:45:00.000Z';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

describe('extension: entity trail', function () {
  this.timeout(120_000);

  before(async () => {
    await vscode.workspace.getConfiguration('crosscheck').update('authorName', SETTING_NAME, vscode.ConfigurationTarget.Global);
    const words = 'Pellingham';
    const start = ARTICLE.indexOf(words);
    const end = start + words.length;
    await write(fixture(FOLDER, 'courier.txt'), ARTICLE);
    await write(fixture(FOLDER, 'courier.txt.crosscheck.json'), JSON.stringify({
      version: 1,
      source: {},
      annotations: [{
        id: 'a_entitytrail1', kind: 'entity', name: 'Pellingham', entityType: 'place',
        target: { exact: words, prefix: ARTICLE.slice(start - 20, start), suffix: ARTICLE.slice(end, end + 20), start, end },
        created: MARKED_AT, createdBy: HOSTILE, modified: MARKED_AT, modifiedBy: HOSTILE,
      }],
    }, null, 2) + '\n');
    await write(fixture(FOLDER, 'crosscheck.claims.json'), JSON.stringify({
      version: 1,
      claims: [],
      aliasOverrides: [{ id: 'merge-farrant', kind: 'merge', canonical: 'Odile Farrant', aliases: ['Ms Farrant'], type: 'person', created: MERGED_AT, createdBy: MERGER, modified: MERGED_AT, modifiedBy: MERGER }],
      dismissedSuggestions: [],
    }, null, 2) + '\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true });
    await vscode.workspace.getConfiguration('crosscheck').update('authorName', undefined, vscode.ConfigurationTarget.Global);
  });

  const hoverOn = async (editor: vscode.TextEditor, words: string, expect: string) =>
    waitFor(`the hover on ${words} to say "${expect}"`, async () => {
      const h = await hoverText(editor.document.uri, editor.document.positionAt(ARTICLE.indexOf(words) + 2));
      return h.text.includes(expect) && h;
    });

  it('says who marked a name as an entity and when, the name escaped', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, FOLDER, 'courier.txt');
    const hover = await hoverOn(editor, 'Pellingham', 'Marked as this entity by');
    assert.ok(hover.text.includes(`Marked as this entity by ${escapeMarkdown(HOSTILE)} on 2026-10-04`), hover.text);
    assert.ok(!hover.text.includes('[click](command:crosscheck.evil)'), 'the name is never a link');
  });

  it('says who merged the names of an entity and when', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, FOLDER, 'courier.txt');
    const hover = await hoverOn(editor, 'Odile Farrant', 'Names merged into this entity by');
    assert.ok(hover.text.includes(`Names merged into this entity by ${escapeMarkdown(MERGER)} on 2026-10-05`), hover.text);
  });

  it('Mark Selection as Entity: the hover names whoever marked it just now', async () => {
    const api = await crosscheck();
    const editor = await openArticle(api, FOLDER, 'courier.txt');
    const words = 'Brackwater Guild';
    const start = ARTICLE.indexOf(words);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
    await withPrompts({ showQuickPick: pickInOrder('Organisation'), showInputBox: typeInOrder(undefined) }, () => vscode.commands.executeCommand('crosscheck.markEntity'));
    await api.whenIdle();
    const stored = (await readJson<{ annotations: { kind: string; name?: string; modified: string }[] }>(fixture(FOLDER, 'courier.txt.crosscheck.json'))).annotations.find(
      (a) => a.kind === 'entity' && a.name === words,
    );
    assert.ok(stored, 'the mark is stored');
    const author = expectedAuthor(FOLDER, SETTING_NAME);
    const hover = await hoverOn(editor, words, `Marked as this entity by ${escapeMarkdown(author)}`);
    assert.ok(hover.text.includes(`Marked as this entity by ${escapeMarkdown(author)} on ${stored.modified.slice(0, 10)}`), hover.text);
  });
});
