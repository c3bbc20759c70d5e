// Localisation: every user-facing string of the editor goes through vscode.l10n.t and is in
// l10n/bundle.l10n.json; every manifest string is a %key% of package.nls.json. Fails when a string
// is added outside (scripts/l10nStrings.ts says which places count as user-facing).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUNDLE_PATH, ROOT, bundleText, l10nMessages, unlocalisedStrings } from '../../../scripts/l10nStrings';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));

/** Manifest fields VS Code shows to people (commands, views, settings, colours, walkthroughs). */
const SHOWN_FIELDS = new Set([
  'displayName', 'description', 'title', 'shortTitle', 'category', 'name', 'contextualTitle', 'contents', 'label',
  'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'errorMessage',
]);

/** Manifest strings in shown fields that are not %key% references, as "path: value". */
function unlocalisedManifestStrings(node: unknown, at: string, shown: boolean, out: string[]): string[] {
  if (typeof node === 'string') {
    if (shown && !/^%[^%]+%$/.test(node)) out.push(`${at}: ${node}`);
  } else if (Array.isArray(node)) {
    node.forEach((v, i) => unlocalisedManifestStrings(v, `${at}[${i}]`, shown, out));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      // A setting's `default` or an `enum` value is data, not wording, even inside a shown object.
      unlocalisedManifestStrings(value, `${at}.${key}`, SHOWN_FIELDS.has(key), out);
    }
  }
  return out;
}

describe('[extension/l10n]', () => {
  const { messages, dynamic } = l10nMessages();

  it('declares the l10n folder in package.json and ships it', () => {
    assert.strictEqual(pkg.l10n, './l10n');
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!l10n\/bundle\.l10n\*\.json$/m);
  });

  it('has a bundle that matches the source (run `npm run l10n` after changing a message)', () => {
    assert.ok(messages.size > 100, `only ${messages.size} messages found`);
    assert.strictEqual(fs.readFileSync(BUNDLE_PATH, 'utf8'), bundleText(messages));
  });

  it('passes l10n.t a literal message, so the bundle can hold it', () => {
    assert.deepStrictEqual(dynamic.map((d) => `${d.file}:${d.line}`), []);
  });

  it('gives every {n} placeholder a value, counting from {0} with no gaps', () => {
    const problems: string[] = [];
    for (const [message, places] of messages) {
      const indices = new Set([...message.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])));
      for (const p of places) {
        if (indices.size !== (p.values ?? 0) || [...indices].some((i) => i >= indices.size)) problems.push(`${p.file}:${p.line}: ${p.values} values for ${message}`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('wraps every user-facing string of src/extension and src/web in vscode.l10n.t', () => {
    const found = unlocalisedStrings().map((p) => `${p.file}:${p.line}: ${p.text}`);
    assert.deepStrictEqual(found, []);
  });

  it('catches a message, a tree item, a quick pick and a status bar text left outside l10n.t', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-l10n-'));
    try {
      const file = path.join(dir, 'feature.ts');
      fs.writeFileSync(
        file,
        [
          "showWarning(`Cannot read ${name}`);",
          "showInformation(vscode.l10n.t('Saved {0}', name));",
          "const item = new vscode.TreeItem('Claims');",
          "void showPick(items, { placeHolder: 'Which claim?' });",
          "status.text = '$(quote) quotes';",
          "status.text = `$(quote) ${count}`;",
          "item.description = [a, b].join(' · ');",
          "item.tooltip = ok ? vscode.l10n.t('Fine') : 'Broken file';",
        ].join('\n'),
      );
      const found = unlocalisedStrings([file]).map((p) => `${p.line}: ${p.text}`);
      assert.deepStrictEqual(found, ['1: `Cannot read ${name}`', "3: 'Claims'", "4: 'Which claim?'", "5: '$(quote) quotes'", "8: 'Broken file'"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes every manifest string people see as a %key% with a text in package.nls.json', () => {
    const found = unlocalisedManifestStrings({ displayName: pkg.displayName, description: pkg.description, contributes: pkg.contributes }, 'package.json', false, []);
    assert.deepStrictEqual(found, []);
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.deepStrictEqual(keys.filter((k) => typeof nls[k] !== 'string' || nls[k].trim() === ''), []);
    // The walk sees settings' descriptions and colours' descriptions too.
    assert.ok(keys.some((k) => k.startsWith('color.')) && keys.some((k) => k.startsWith('config.')));
  });
});
