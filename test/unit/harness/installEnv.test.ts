import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// The offline VS Code installer is plain ESM outside src/; loaded by URL so tsc does not type it.
const INSTALLER = pathToFileURL(path.resolve(__dirname, '..', '..', 'vscode-offline', 'install.mjs')).href;

interface Installer {
  cleanNpmEnv(env: NodeJS.ProcessEnv, overrides?: Record<string, string>): Record<string, string>;
  cacheDir(): string;
  cacheRoot(): string;
  installerHash(): string;
}

// What `npm test` (npm 11 under Node 20) exports into its children.
const PARENT_NPM_ENV = {
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  npm_config_npm_version: '11.19.1',
  npm_config_prefix: '/usr',
  npm_config_global_prefix: '/usr',
  npm_config_local_prefix: '/work/project',
  npm_config_nodedir: '/usr',
  npm_config_allow_scripts: '',
  npm_package_name: 'crosscheck',
  npm_package_json: '/work/project/package.json',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'npm run typecheck',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: '/usr/bin/node',
  npm_command: 'run',
  NODE: '/usr/bin/node',
  INIT_CWD: '/work/project',
};

describe('offline VS Code installer', () => {
  let installer: Installer;
  before(async () => { installer = await import(INSTALLER) as Installer; });

  it('gives a nested npm no variable that describes the parent npm', () => {
    const env = installer.cleanNpmEnv({ ...PARENT_NPM_ENV, PATH: '/usr/bin', HOME: '/root' });
    const leaked = Object.keys(env).filter((name) => /^npm_/i.test(name) || name === 'NODE' || name === 'INIT_CWD');
    assert.deepEqual(leaked, []);
    assert.equal(env.PATH, '/usr/bin');
    assert.equal(env.HOME, '/root');
  });

  it('keeps how to reach the registry, and applies overrides last', () => {
    const env = installer.cleanNpmEnv({
      ...PARENT_NPM_ENV,
      npm_config_registry: 'https://registry.example.test/',
      'npm_config_@scope:registry': 'https://scoped.example.test/',
      npm_config_https_proxy: 'http://127.0.0.1:3128',
      npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
    }, { npm_config_nodedir: '/cache/node-24', PATH: '/cache/node-24/bin:/usr/bin' });
    assert.equal(env.npm_config_registry, 'https://registry.example.test/');
    assert.equal(env['npm_config_@scope:registry'], 'https://scoped.example.test/');
    assert.equal(env.npm_config_https_proxy, 'http://127.0.0.1:3128');
    assert.equal(env.npm_config_cafile, '/etc/ssl/certs/ca-certificates.crt');
    assert.equal(env.npm_config_nodedir, '/cache/node-24');
    assert.equal(env.PATH, '/cache/node-24/bin:/usr/bin');
    assert.equal(env.npm_config_user_agent, undefined);
  });

  it('hides the parent npm from a real child process started under npm', () => {
    // Run under `npm test`, process.env itself carries the parent's variables; the child must not see them.
    const env = installer.cleanNpmEnv({ ...process.env, ...PARENT_NPM_ENV });
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify(Object.keys(process.env).filter((n) => /^npm_/i.test(n) && !/registry|proxy|cafile|userconfig|globalconfig|^npm_config_cache$/i.test(n))))'], { env, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), []);
  });

  it('names the cache folder by a hash of the installer and its pinned versions', () => {
    const hash = installer.installerHash();
    assert.match(hash, /^[0-9a-f]{12}$/);
    assert.equal(installer.cacheDir(), path.join(installer.cacheRoot(), `vscode-offline-${hash}`));
  });
});
