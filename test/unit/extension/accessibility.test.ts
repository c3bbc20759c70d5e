// Crosscheck without colour and without a mouse: every entity type and stance has its own shape
// (underline, border, gutter mark, codicon); every view action has a keyboard path (a context
// menu entry, which Shift+F10 opens); the main actions have keybindings scoped by `when`; the
// article's editor title offers Crosscheck. Pure Node: reads package.json and the style table.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  ENTITY_CODICON,
  ENTITY_TYPES,
  ENTITY_UNDERLINE,
  STANCES,
  STANCE_BORDER,
  STANCE_CODICON,
  MOVED_BORDER,
  movedGutterIcon,
  entityTextDecoration,
  entityUnderlineColor,
  stanceBorderColor,
  stanceGutterIcon,
  themeColorVariable,
} from '../../../src/extension/editor/decorationStyles';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const colorIds = new Set((pkg.contributes.colors as { id: string }[]).map((c) => c.id));
type MenuItem = { command: string; when?: string; group?: string };
const menus = pkg.contributes.menus as Record<string, MenuItem[]>;
const keybindings = pkg.contributes.keybindings as { command: string; key: string; mac?: string; when?: string }[];
const distinct = (values: string[]) => new Set(values).size === values.length;

describe('[extension/accessibility] told apart without colour', () => {
  it('gives each entity type its own underline style, as a CSS text-decoration with its theme colour', () => {
    assert.ok(distinct(ENTITY_TYPES.map((t) => ENTITY_UNDERLINE[t])));
    for (const type of ENTITY_TYPES) {
      assert.ok(colorIds.has(entityUnderlineColor(type)), entityUnderlineColor(type));
      const css = entityTextDecoration(type);
      assert.match(css, /^underline (solid|dashed|dotted|wavy) var\(--vscode-crosscheck-\w+\) \d+px$/, css);
      assert.ok(css.includes(ENTITY_UNDERLINE[type]) && css.includes(themeColorVariable(entityUnderlineColor(type))), css);
    }
    assert.deepStrictEqual(
      ENTITY_TYPES.map((t) => entityTextDecoration(t)),
      ['underline solid var(--vscode-crosscheck-personUnderline) 2px', 'underline dashed var(--vscode-crosscheck-organizationUnderline) 2px', 'underline wavy var(--vscode-crosscheck-placeUnderline) 1px'],
    );
  });

  it('gives each stance its own border style, gutter shape and codicon', () => {
    assert.ok(distinct(STANCES.map((s) => STANCE_BORDER[s])));
    assert.ok(distinct(STANCES.map((s) => STANCE_CODICON[s])));
    for (const stance of STANCES) {
      assert.ok(colorIds.has(stanceBorderColor(stance)), stanceBorderColor(stance));
      assert.match(STANCE_BORDER[stance], /^(solid|dashed|dotted)$/);
    }
    // The gutter marks differ in shape, not only in colour: their drawings (colours removed) differ.
    for (const theme of ['light', 'dark'] as const) {
      const shapes = STANCES.map((s) => fs.readFileSync(path.join(ROOT, 'media', 'icons', stanceGutterIcon(s, theme)), 'utf8').replace(/#[0-9a-f]{3,8}/gi, ''));
      assert.ok(distinct(shapes), theme);
    }
    // The same stance is drawn alike in both themes, only recoloured.
    for (const stance of STANCES) {
      const [light, dark] = (['light', 'dark'] as const).map((t) => fs.readFileSync(path.join(ROOT, 'media', 'icons', stanceGutterIcon(stance, t)), 'utf8'));
      assert.notStrictEqual(light, dark, stance);
      assert.strictEqual(light.replace(/#[0-9a-f]{3,8}/gi, ''), dark.replace(/#[0-9a-f]{3,8}/gi, ''), stance);
    }
  });

  it('draws a decision waiting for confirmation ("moved — confirm?") unlike any stance: its own border and gutter shape', () => {
    assert.ok(!STANCES.some((s) => STANCE_BORDER[s] === MOVED_BORDER), MOVED_BORDER);
    assert.ok(colorIds.has('crosscheck.movedBorder'));
    for (const theme of ['light', 'dark'] as const) {
      const shape = (file: string) => fs.readFileSync(path.join(ROOT, 'media', 'icons', file), 'utf8').replace(/#[0-9a-f]{3,8}/gi, '');
      const moved = shape(movedGutterIcon(theme));
      assert.ok(STANCES.every((s) => shape(stanceGutterIcon(s, theme)) !== moved), theme);
    }
  });

  it('uses a distinct codicon per entity type', () => {
    assert.ok(distinct(ENTITY_TYPES.map((t) => ENTITY_CODICON[t])));
    for (const icon of [...Object.values(ENTITY_CODICON), ...Object.values(STANCE_CODICON)]) assert.match(icon, /^[a-z]+(-[a-z]+)*$/);
  });
});

describe('[extension/accessibility] keyboard paths', () => {
  it('offers every inline view action in the item context menu too (Shift+F10 reaches it)', () => {
    const items = menus['view/item/context'];
    const inline = items.filter((m) => m.group?.startsWith('inline'));
    assert.ok(inline.length > 0);
    for (const action of inline) {
      const inMenu = items.some((m) => m.command === action.command && !m.group?.startsWith('inline') && m.when === action.when);
      assert.ok(inMenu, `${action.command} (${action.when}) is inline only`);
    }
  });

  it('offers "Move Evidence to Another Claim…" on evidence, the keyboard path for dragging it', () => {
    const entry = menus['view/item/context'].find((m) => m.command === 'crosscheck.moveEvidence');
    assert.ok(entry && /viewItem == evidence/.test(entry.when ?? '') && !entry.group?.startsWith('inline'));
  });

  it('offers Merge, Split, Edit Claim Details and Move Up/Down on a claim, the keyboard paths for the codebook', () => {
    const on = (id: string, item: string) => menus['view/item/context'].some((m) => m.command === `crosscheck.${id}` && new RegExp(`viewItem == ${item}\\b`).test(m.when ?? '') && !m.group?.startsWith('inline'));
    for (const id of ['mergeClaims', 'splitClaim', 'editClaimDetails', 'moveClaimUp', 'moveClaimDown']) assert.ok(on(id, 'claim'), id);
    assert.ok(on('splitClaim', 'evidence'), 'Split Claim… on evidence');
  });

  it('binds the main actions, each scoped by a when clause, with no two on the same keys', () => {
    const bound = new Set(keybindings.map((k) => k.command));
    for (const id of ['addClaimFromSelection', 'attachEvidence', 'markQuote', 'correctSpeaker', 'addNote', 'revealInClaims', 'reanalyze', 'openMatrix']) {
      assert.ok(bound.has(`crosscheck.${id}`), id);
    }
    for (const k of keybindings) {
      assert.ok(k.when && k.when.length > 0, `${k.command} has no when clause`);
      assert.ok(k.mac, `${k.command} has no mac key`);
    }
    assert.ok(distinct(keybindings.map((k) => k.key)));
    assert.ok(distinct(keybindings.map((k) => k.mac ?? '')));
    // Selection commands only with a selection in an article's editor.
    for (const k of keybindings.filter((k) => ['crosscheck.addClaimFromSelection', 'crosscheck.attachEvidence', 'crosscheck.markQuote', 'crosscheck.addNote'].includes(k.command))) {
      assert.match(k.when ?? '', /editorHasSelection/);
      assert.match(k.when ?? '', /crosscheck\.activeIsArticle/);
    }
  });

  it('binds keys in the Claims view only while it has focus and no input box does', () => {
    const inView = keybindings.filter((k) => /focusedView == crosscheck\.claims/.test(k.when ?? ''));
    assert.deepStrictEqual(inView.map((k) => k.command).sort(), ['crosscheck.deleteClaim', 'crosscheck.editClaim', 'crosscheck.moveClaimDown', 'crosscheck.moveClaimUp']);
    for (const k of inView) assert.match(k.when ?? '', /!inputFocus/, k.command);
  });

  it('puts Crosscheck in the editor title of an article, with an icon in the navigation group', () => {
    const title = menus['editor/title'] ?? [];
    const navigation = title.filter((m) => m.group?.startsWith('navigation'));
    assert.ok(navigation.length > 0);
    for (const entry of title) assert.match(entry.when ?? '', /crosscheck\.activeIsArticle/, entry.command);
    const commands = pkg.contributes.commands as { command: string; icon?: string }[];
    for (const entry of navigation) {
      assert.match(commands.find((c) => c.command === entry.command)?.icon ?? '', /^\$\([a-z-]+\)$/, `${entry.command} needs a theme icon`);
    }
  });

  it('draws commands with theme icons (codicons), never with image files', () => {
    for (const c of pkg.contributes.commands as { command: string; icon?: unknown }[]) {
      if (c.icon !== undefined) assert.match(String(c.icon), /^\$\([a-z-]+\)$/, c.command);
    }
  });
});
