// The merge driver launcher git runs from global storage: it runs the CLI of the install that wrote
// it, and after an update (that folder gone) the newest Crosscheck install beside it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launcherScript } from '../../../../src/extension/commands/mergeDriverLauncherText';

const here = '[extension/commands/mergeDriverLauncher] ';

describe('[extension/commands/mergeDriverLauncher]', () => {
  let dir: string;
  const extensions = () => path.join(dir, 'extensions');
  /** A fake install whose CLI prints which install it is and the arguments, and exits 3. */
  const install = (folder: string) => {
    const bin = path.join(extensions(), folder, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'crosscheck.js'), `process.stdout.write(${JSON.stringify(folder)} + ' ' + process.argv.slice(2).join(' ')); process.exit(3);`);
    return path.join(bin, 'crosscheck.js');
  };
  const run = () => {
    const launcher = path.join(dir, 'storage', 'merge-driver.js');
    fs.mkdirSync(path.dirname(launcher), { recursive: true });
    fs.writeFileSync(launcher, launcherScript({ cli: path.join(extensions(), 'crosscheck-tools.crosscheck-0.1.0', 'bin', 'crosscheck.js'), extensionsFolder: extensions(), folderPrefix: 'crosscheck-tools.crosscheck-' }));
    return spawnSync(process.execPath, [launcher, 'merge-driver', 'O', 'A', 'B'], { encoding: 'utf8' });
  };

  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-launcher-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the recorded install’s CLI with git’s arguments and passes its exit code on', () => {
    install('crosscheck-tools.crosscheck-0.1.0');
    install('crosscheck-tools.crosscheck-0.3.0');
    const result = run();
    assert.strictEqual(result.stdout, 'crosscheck-tools.crosscheck-0.1.0 merge-driver O A B', here + result.stderr);
    assert.strictEqual(result.status, 3);
  });

  it('after an update removed the recorded install, runs the newest Crosscheck install (versions compared as numbers)', () => {
    install('crosscheck-tools.crosscheck-0.9.0');
    install('crosscheck-tools.crosscheck-0.10.1-linux-x64');
    install('someone-else.crosscheck-9.0.0');
    const result = run();
    assert.strictEqual(result.stdout, 'crosscheck-tools.crosscheck-0.10.1-linux-x64 merge-driver O A B', here + result.stderr);
  });

  it('with no install left, fails the merge (exit 2) saying what to do', () => {
    const result = run();
    assert.strictEqual(result.status, 2);
    assert.match(result.stderr, /not installed.*Reinstall it, or remove merge\.crosscheck\.driver/);
  });
});
