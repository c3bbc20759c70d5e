// "Set Up Git Merge Driver" in a real git repository: the .gitattributes lines added once (kept
// alongside what was there), the driver registered in the repository's config to run a launcher
// in global storage (stable across updates) that runs the CLI shipped with the extension, and a clear message for a folder that is not a git repository.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, crosscheck, fixture, readText, recordMessages, withPrompts } from './helpers';

const git = (cwd: string, ...args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile('git', args, { cwd }, (error, stdout, stderr) => (error ? reject(new Error(`git ${args.join(' ')}: ${stderr || error.message}`)) : resolve(String(stdout)))),
  );

describe('extension: git merge driver setup', function () {
  this.timeout(60_000);
  const repo = fixture('merge-driver-repo');
  let outside: string | undefined;

  after(async () => {
    await vscode.workspace.fs.delete(repo, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    if (outside) fs.rmSync(outside, { recursive: true, force: true });
  });

  it('adds the .gitattributes lines once and registers the driver in the repository config', async () => {
    await crosscheck();
    await vscode.workspace.fs.createDirectory(repo);
    await git(repo.fsPath, 'init', '--quiet');
    // What a user already had, one merge line among it with other spacing and no final newline.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(repo, '.gitattributes'), new TextEncoder().encode('*.png binary\n*.crosscheck.json   merge=crosscheck'));

    const messages: string[] = [];
    for (let run = 0; run < 2; run++) {
      const ok = await withPrompts({ showInformationMessage: recordMessages(messages), showWarningMessage: recordMessages(messages) }, () =>
        vscode.commands.executeCommand('crosscheck.setupMergeDriver', repo),
      );
      assert.strictEqual(ok, true, messages.join('\n'));
    }
    assert.strictEqual(await readText(vscode.Uri.joinPath(repo, '.gitattributes')), '*.png binary\n*.crosscheck.json   merge=crosscheck\ncrosscheck.claims.json merge=crosscheck\n');
    assert.ok(messages.every((m) => m.includes('merge driver set up')), messages.join('\n'));

    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    const script = path.join(extensionPath, 'bin', 'crosscheck.js');
    assert.ok(fs.existsSync(script), `${script} ships with the extension`);
    const driver = (await git(repo.fsPath, 'config', '--get', 'merge.crosscheck.driver')).trim();
    // The driver runs a launcher in the extension's global storage, a path that survives updates
    // (the install folder has the version in its name); the launcher names this install's CLI.
    const match = /^node "?(.+?)"? merge-driver %O %A %B$/.exec(driver);
    assert.ok(match, driver);
    const launcher = match[1].replace(/%%/g, '%');
    assert.ok(launcher.endsWith('/merge-driver.js'), driver);
    assert.ok(!launcher.startsWith(extensionPath.split(path.sep).join('/')), `the driver must not name the versioned install folder: ${driver}`);
    assert.ok(fs.readFileSync(launcher, 'utf8').includes(JSON.stringify(script)), 'the launcher runs this install’s CLI');
    assert.strictEqual((await git(repo.fsPath, 'config', '--get', 'merge.crosscheck.name')).trim(), 'Crosscheck sidecar merge');
  });

  it('lets git merge two branches that each added a claim, through the registered driver', async () => {
    const cwd = repo.fsPath;
    const commit = (message: string) => git(cwd, '-c', 'user.name=Crosscheck Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-a', '-m', message);
    const claim = (id: string, text: string) => ({ id, text, status: 'unverified', created: '2026-05-01T09:00:00.000Z', modified: '2026-05-01T09:00:00.000Z' });
    const registry = vscode.Uri.joinPath(repo, 'crosscheck.claims.json');
    const writeRegistry = (claims: object[]) =>
      vscode.workspace.fs.writeFile(registry, new TextEncoder().encode(`${JSON.stringify({ version: 1, claims, aliasOverrides: [], dismissedSuggestions: [] }, null, 2)}\n`));
    const base = claim('c_base00000001', 'The ferry ran on time all winter');
    await writeRegistry([base]);
    await git(cwd, 'add', '-A');
    await commit('base');
    const main = (await git(cwd, 'rev-parse', '--abbrev-ref', 'HEAD')).trim();
    await git(cwd, 'checkout', '--quiet', '-b', 'desk-b');
    await writeRegistry([base, claim('c_deskb0000001', 'Fares rose by a tenth')]);
    await commit('desk b');
    await git(cwd, 'checkout', '--quiet', main);
    await writeRegistry([base, claim('c_deska0000001', 'The harbour master resigned')]);
    await commit('desk a');
    // Both sides appended at the same place: a line merge would conflict, the driver merges by id.
    await git(cwd, '-c', 'user.name=Crosscheck Test', '-c', 'user.email=test@example.invalid', 'merge', '--no-edit', '--quiet', 'desk-b');
    const merged = JSON.parse(await readText(registry)) as { claims: { id: string }[] };
    assert.deepStrictEqual(merged.claims.map((c) => c.id).sort(), ['c_base00000001', 'c_deska0000001', 'c_deskb0000001']);
  });

  it('tells the user when the folder is not a git repository, and writes nothing', async () => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-no-git-'));
    const warnings: string[] = [];
    const ok = await withPrompts({ showWarningMessage: recordMessages(warnings), showInformationMessage: recordMessages([]) }, () =>
      vscode.commands.executeCommand('crosscheck.setupMergeDriver', vscode.Uri.file(outside!)),
    );
    assert.strictEqual(ok, false);
    assert.ok(warnings.some((w) => w.includes('is not a git repository')), JSON.stringify(warnings));
    assert.ok(!fs.existsSync(path.join(outside, '.gitattributes')));
  });
});
