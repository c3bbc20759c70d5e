// The Entities view of a story naming hundreds of people: each type lists a page of entities and a
// "Show more" row, so the host never sends thousands of rows at once; Show more lists the next page.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { crosscheck, fixture, waitFor } from './helpers';

const FOLDER = 'entities-paging';
const PAGE = 200;

/** 240 invented ferry captains, one sentence each. */
function crewList(): string {
  const given = ['John', 'Mary', 'David', 'Sarah', 'Peter', 'Anna', 'James', 'Laura', 'Robert', 'Emma', 'Thomas', 'Julia', 'Daniel', 'Clara', 'Michael', 'Helen'];
  const surnames = ['Ashdown', 'Birchley', 'Coldridge', 'Dunwick', 'Elmstead', 'Farrowby', 'Grisdale', 'Hollinsby', 'Ivybridge', 'Jessop', 'Kilburne', 'Lowther', 'Marchbank', 'Northcott', 'Ormsby'];
  const lines: string[] = [];
  for (let i = 0; i < given.length * surnames.length; i++) {
    lines.push(`${given[i % given.length]} ${surnames[Math.floor(i / given.length)]}, a ferry captain, said the tide came late on pier ${i}.`);
  }
  return `${lines.join('\n\n')}\n`;
}

describe('extension: the Entities view of a story naming hundreds of people', function () {
  this.timeout(120_000);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('lists a page of people with a Show more row, and Show more lists the next page', async () => {
    const api = await crosscheck();
    const article = fixture(FOLDER, 'ferry-crews.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(crewList()));
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.analyzeFile', article), true);
    await api.whenIdle();
    const people = async () => (await api.entitiesTreeItems(1)).find((t) => t.contextValue === 'entityType' && t.icon === 'person');
    const first = await waitFor('the people of the story listed', async () => {
      const group = await people();
      return group && Number(group.description) >= 240 && group;
    });
    const total = Number(first.description);
    assert.strictEqual(first.children.length, PAGE + 1, 'a page of people and a Show more row');
    assert.ok(first.children.slice(0, PAGE).every((row) => row.contextValue?.startsWith('storyEntity')), 'the page holds people');
    const more = first.children[PAGE];
    assert.strictEqual(more.contextValue, 'moreEntities');
    assert.strictEqual(more.label, 'Show more');
    assert.strictEqual(more.description, `${PAGE} of ${total} listed`);

    await vscode.commands.executeCommand('crosscheck._showMoreEntities', 'person');
    const listed = Math.min(total, 2 * PAGE);
    const second = await waitFor('the next page listed', async () => {
      const group = await people();
      return group && group.children.filter((row) => row.contextValue?.startsWith('storyEntity')).length === listed && group;
    });
    assert.strictEqual(second.children.some((row) => row.contextValue === 'moreEntities'), total > 2 * PAGE, 'Show more stays only while people are left');
    const names = second.children.filter((row) => row.contextValue?.startsWith('storyEntity')).map((row) => row.label);
    assert.strictEqual(new Set(names).size, names.length, 'no one listed twice');
    // Run alone, the story's 240 people are all listed now (other suites' people may come first otherwise).
    if (total <= 2 * PAGE) assert.ok(names.includes('Helen Ormsby') && names.includes('John Ashdown'), 'the people of both pages are there');
  });
});
