// The manifest and the code agree: package.json's commands are exactly the command table's, every
// id used in menus and keybindings exists, and every %key% has a text. Pure Node: it reads the
// files, it does not load the extension.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const tableSource = fs.readFileSync(path.join(ROOT, 'src/extension/commands/index.ts'), 'utf8');

/** Keys of `export const COMMANDS = { … }` in the command table, prefixed as registerCommands does. */
function tableIds(): string[] {
  const body = /export const COMMANDS = \{([\s\S]*?)\n\} satisfies/.exec(tableSource);
  assert.ok(body, '[manifest] COMMANDS table not found in src/extension/commands/index.ts');
  return body[1]
    .split('\n')
    .map((line) => /^\s{2}(\w+)\s*[,:]/.exec(line)?.[1])
    .filter((id): id is string => Boolean(id))
    .map((id) => `crosscheck.${id}`);
}

const contributed: { command: string; title: string; category?: string }[] = pkg.contributes.commands;
const contributedIds = contributed.map((c) => c.command);

describe('[extension/manifest]', () => {
  it('package.json commands and the command table list exactly the same ids', () => {
    assert.deepStrictEqual([...contributedIds].sort(), [...tableIds()].sort());
  });

  it('has every command the spec names', () => {
    const required = [
      'addClaimFromSelection', 'attachEvidence', 'setClaimStatus', 'editClaim', 'deleteClaim', 'correctSpeaker', 'markQuote',
      'markEntity', 'suppressHighlight', 'reanalyze', 'toggleQuotes', 'toggleEntities', 'toggleEvidence', 'toggleBoilerplate',
      'openSidecar', 'revealInClaims', 'analyzeFile', 'addFolderAsSources',
    ].map((id) => `crosscheck.${id}`);
    assert.deepStrictEqual(required.filter((id) => !contributedIds.includes(id)), []);
  });

  it('puts every palette command in the Crosscheck category with a localised title', () => {
    for (const c of contributed) {
      assert.strictEqual(nls[/^%(.+)%$/.exec(c.category ?? '')?.[1] ?? ''], 'Crosscheck', c.command);
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key && nls[key], `${c.command}: title ${c.title} has no text in package.nls.json`);
    }
  });

  it('refers only to contributed commands in menus and keybindings', () => {
    const menuIds = Object.values(pkg.contributes.menus as Record<string, { command: string }[]>).flat().map((m) => m.command);
    const keyIds = (pkg.contributes.keybindings as { command: string }[]).map((k) => k.command);
    assert.deepStrictEqual([...menuIds, ...keyIds].filter((id) => !contributedIds.includes(id)), []);
    assert.deepStrictEqual(keyIds.slice(0, 5), ['crosscheck.addClaimFromSelection', 'crosscheck.attachEvidence', 'crosscheck.undo', 'crosscheck.redo', 'crosscheck.redo']);
  });

  it('binds Undo and Redo only while a Crosscheck view has focus and no input box does', () => {
    const keys = (pkg.contributes.keybindings as { command: string; key: string; when: string }[]).filter((k) => k.command === 'crosscheck.undo' || k.command === 'crosscheck.redo');
    assert.deepStrictEqual(keys.map((k) => k.key), ['ctrl+z', 'ctrl+shift+z', 'ctrl+y']);
    for (const k of keys) assert.match(k.when, /^focusedView =~ \/\^crosscheck\\\.\/ && !inputFocus/, k.key);
  });

  it('resolves every %key% in the manifest', () => {
    const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.deepStrictEqual(keys.filter((k) => !(k in nls)), []);
  });

  it('declares the Claims, Sources and Entities views in the crosscheck container, and icons that exist', () => {
    const container = pkg.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'crosscheck');
    assert.ok(container && fs.existsSync(path.join(ROOT, container.icon)));
    assert.deepStrictEqual(pkg.contributes.views.crosscheck.map((v: { id: string }) => v.id), ['crosscheck.claims', 'crosscheck.sources', 'crosscheck.entities']);
    for (const v of pkg.contributes.views.crosscheck) assert.ok(fs.existsSync(path.join(ROOT, v.icon)), v.icon);
    for (const stance of ['supports', 'disputes', 'mentions']) {
      for (const theme of ['light', 'dark']) assert.ok(fs.existsSync(path.join(ROOT, `media/icons/evidence-${stance}-${theme}.svg`)));
    }
  });

  it('gives every contributed colour a dark, light and high-contrast default, each a colour string', () => {
    // VS Code drops every colour contributed after one whose default is null.
    for (const c of pkg.contributes.colors) {
      assert.match(c.id, /^crosscheck\.\w+$/);
      for (const theme of ['dark', 'light', 'highContrast']) {
        assert.match(String(c.defaults[theme]), /^(#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?|[a-z]+(\.[a-zA-Z]+)+)$/, `${c.id}.${theme}`);
      }
    }
  });

  it('validates sidecars and registries against the shipped schemas', () => {
    for (const v of pkg.contributes.jsonValidation) assert.ok(fs.existsSync(path.join(ROOT, v.url)), v.url);
    assert.deepStrictEqual(pkg.contributes.jsonValidation.map((v: { fileMatch: string }) => v.fileMatch), ['*.crosscheck.json', 'crosscheck.claims.json']);
  });

  it('has a setting per highlight layer and a toggle command per layer', () => {
    const props = Object.assign({}, ...pkg.contributes.configuration.map((s: { properties: object }) => s.properties));
    for (const [layer, command] of [['quotes', 'Quotes'], ['entities', 'Entities'], ['evidence', 'Evidence'], ['boilerplate', 'Boilerplate']]) {
      assert.strictEqual(props[`crosscheck.highlight.${layer}`]?.type, 'boolean', layer);
      assert.ok(contributedIds.includes(`crosscheck.toggle${command}`), command);
    }
    assert.deepStrictEqual(props['crosscheck.articles'].default, []);
  });

  it('offers speaker labels that never push article text by default', () => {
    const props = Object.assign({}, ...pkg.contributes.configuration.map((s: { properties: object }) => s.properties));
    assert.deepStrictEqual(props['crosscheck.speakerLabels'].enum, ['endOfLine', 'inline', 'off']);
    assert.strictEqual(props['crosscheck.speakerLabels'].default, 'endOfLine');
  });

  it('writes welcome views in plain text and links only (viewsWelcome renders no bold or code)', () => {
    for (const view of pkg.contributes.viewsWelcome) {
      const text = nls[/^%(.+)%$/.exec(view.contents)?.[1] ?? ''] ?? view.contents;
      const withoutLinks = text.replace(/\[[^\]]*\]\([^)]*\)/g, '');
      assert.ok(!/\*\*|__|`/.test(withoutLinks), `${view.view}: ${text}`);
    }
  });

  it('names a real-looking publisher and repository', () => {
    assert.strictEqual(pkg.publisher, 'crosscheck-tools');
    assert.strictEqual(pkg.repository.url, 'https://github.com/crosscheck-tools/crosscheck.git');
  });

  it('activates lazily: no "*" and no onStartupFinished', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(!pkg.activationEvents.includes('onStartupFinished'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/crosscheck.claims.json'));
  });
});
