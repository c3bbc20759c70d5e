// A reload takes each article's analysis from the persistent cache only while the article's text is
// the one analysed: a file changed on disk while the editor was away (larger, or the same size with
// other words) is analysed again, and the cache's entries for the old text are not shown for it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, waitFor } from './helpers';

const FOLDER = 'reload-story';
const ARTICLES: Record<string, string> = {
  'ferry-daily.txt': 'Ferry service cut\n\nThe island ferry will run twice a day from Monday, the operator said.\n\n"We have two boats for four routes," said Marguerite Olawale, who runs Skerry Lines.\n',
  'island-times.txt': 'Islanders angry at ferry cuts\n\nResidents of Inchmurrin met on Sunday to oppose the timetable.\n\n"Nobody asked us," said Tobias Whitcombe, a fisherman.\n',
  'coast-radio.txt': 'Skerry Lines defends timetable\n\n"The boats need repairs before summer," said Marguerite Olawale of Skerry Lines.\n',
};
/** Longer than before: a file whose size changed. */
const LONGER = 'Islanders angry at ferry cuts\n\nResidents of Inchmurrin met on Sunday to oppose the timetable.\n\n"Nobody asked us," said Tobias Whitcombe, a fisherman.\n\n"The school run takes three hours now," said Henrietta Abernathy, a teacher.\n';
/** The same number of characters with another speaker: only the text itself tells it changed. */
const SAME_SIZE = ARTICLES['coast-radio.txt'].replace('Marguerite Olawale', 'Cornelius Pemberly');

const write = (name: string, text: string) => vscode.workspace.fs.writeFile(fixture(FOLDER, name), new TextEncoder().encode(text));
const speakers = (api: Awaited<ReturnType<typeof crosscheck>>, name: string) => api.analysisFor(fixture(FOLDER, name))?.quotes.map((q) => q.speaker);

describe('extension: a reload after articles changed on disk', function () {
  this.timeout(120_000);

  before(async () => {
    for (const [name, text] of Object.entries(ARTICLES)) await write(name, text);
  });

  after(async () => {
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('analyses again an article whose text changed while the editor was away, and the unchanged one as before', async () => {
    assert.strictEqual(SAME_SIZE.length, ARTICLES['coast-radio.txt'].length);
    const api = await crosscheck();
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.addFolderAsSources', fixture(FOLDER)), true);
    await api.whenIdle();
    assert.deepStrictEqual(speakers(api, 'island-times.txt'), ['Tobias Whitcombe']);
    assert.deepStrictEqual(speakers(api, 'coast-radio.txt'), ['Marguerite Olawale']);
    // whenIdle waited for the cache's pack to be written: the old texts' entries are in it.

    await write('island-times.txt', LONGER);
    await write('coast-radio.txt', SAME_SIZE);
    await api.reloadFromDisk();
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.addFolderAsSources', fixture(FOLDER)), true);
    await api.whenIdle();
    await waitFor('every article analysed again', () => Object.keys(ARTICLES).every((name) => api.analysisFor(fixture(FOLDER, name))));

    assert.strictEqual(api.analysisFor(fixture(FOLDER, 'island-times.txt'))?.article.text, LONGER);
    assert.deepStrictEqual(speakers(api, 'island-times.txt'), ['Tobias Whitcombe', 'Henrietta Abernathy']);
    assert.strictEqual(api.analysisFor(fixture(FOLDER, 'coast-radio.txt'))?.article.text, SAME_SIZE);
    assert.deepStrictEqual(speakers(api, 'coast-radio.txt'), ['Cornelius Pemberly']);
    assert.strictEqual(api.analysisFor(fixture(FOLDER, 'ferry-daily.txt'))?.article.text, ARTICLES['ferry-daily.txt']);
    assert.deepStrictEqual(speakers(api, 'ferry-daily.txt'), ['Marguerite Olawale']);
  });
});
