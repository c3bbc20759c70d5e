// What the editor says, read from the source with the TypeScript parser: the strings passed to
// vscode.l10n.t (the l10n bundle's keys) and the user-facing places that still hold a literal
// outside l10n.t. Shared by scripts/l10nBundle.ts (writes l10n/bundle.l10n.json) and the unit
// test that fails when a string is added outside localisation.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');
export const BUNDLE_PATH = path.join(ROOT, 'l10n', 'bundle.l10n.json');

/** Where a string was found, for messages. */
export interface Place {
  file: string;
  line: number;
  text: string;
  /** For an l10n.t call: how many values follow the message. */
  values?: number;
}

/** Calls whose arguments are shown to the user as they are (messageText.ts wraps show*Message). */
const SHOWN_CALLS = new Set(['tell', 'showInformation', 'showWarning', 'showError', 'showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage']);
/** Properties of quick picks, input boxes, tree items, status bar items, progress and commands that reach the screen. */
const SHOWN_PROPERTIES = new Set(['what', 'title', 'placeHolder', 'placeholder', 'prompt', 'tooltip', 'description', 'detail', 'label', 'validationMessage', 'ariaLabel']);

export function extensionSourceFiles(dir = path.join(ROOT, 'src', 'extension')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return extensionSourceFiles(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    })
    .sort();
}

/** Every source file the editor runs: the shared extension and the web build's own modules (src/web). */
export function editorSourceFiles(): string[] {
  return [...extensionSourceFiles(), ...extensionSourceFiles(path.join(ROOT, 'src', 'web'))];
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

function place(source: ts.SourceFile, node: ts.Node, text: string): Place {
  return { file: path.relative(ROOT, source.fileName).split(path.sep).join('/'), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text };
}

/** `l10n.t(…)` or `vscode.l10n.t(…)`. */
export function isL10nCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const callee = node.expression;
  if (callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

/** Every l10n.t message in the extension; a call whose message is not a plain literal is reported in `dynamic`. */
export function l10nMessages(files = editorSourceFiles()): { messages: Map<string, Place[]>; dynamic: Place[] } {
  const messages = new Map<string, Place[]>();
  const dynamic: Place[] = [];
  for (const file of files) {
    const source = parse(file);
    const visit = (node: ts.Node) => {
      if (isL10nCall(node)) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          messages.set(first.text, [...(messages.get(first.text) ?? []), { ...place(source, node, first.text), values: node.arguments.length - 1 }]);
        } else {
          dynamic.push(place(source, node, node.getText(source)));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, dynamic };
}

/** The bundle's text: every message to itself (English is the source language), keys sorted, stable across runs. */
export function bundleText(messages: Map<string, Place[]>): string {
  const sorted = [...messages.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bundle: Record<string, string> = {};
  for (const key of sorted) bundle[key] = key;
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** Words in a literal, codicons (`$(name)`) and placeholders aside: a separator such as ' · ' is not wording. */
function hasWords(text: string): boolean {
  // kebab-case ids (codicons such as circle-large-outline, setting names) are not wording.
  if (/^[a-z]+(-[a-z]+)+$/.test(text)) return false;
  return /[A-Za-z]{2,}/.test(text.replace(/\$\([\w~-]+\)/g, '').replace(/\{\d+\}/g, ''));
}

/** String and template literals with words in an expression, not looking inside l10n.t calls or nested functions. */
function wordyLiterals(expression: ts.Node, found: ts.Node[]): void {
  if (isL10nCall(expression)) return;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    if (hasWords(expression.text)) found.push(expression);
    return;
  }
  if (ts.isTemplateExpression(expression)) {
    const statics = [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)].join(' ');
    if (hasWords(statics)) found.push(expression);
    for (const span of expression.templateSpans) wordyLiterals(span.expression, found);
    return;
  }
  // A call's arguments are its own business (ids, paths, keys); only what it returns is shown, and a
  // method's receiver is part of that: the words in `[…].join(' · ')`.
  if (ts.isCallExpression(expression)) {
    if (ts.isPropertyAccessExpression(expression.expression)) wordyLiterals(expression.expression.expression, found);
    return;
  }
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return;
  if (ts.isConditionalExpression(expression)) {
    wordyLiterals(expression.whenTrue, found);
    wordyLiterals(expression.whenFalse, found);
    return;
  }
  if (ts.isBinaryExpression(expression) || ts.isParenthesizedExpression(expression) || ts.isArrayLiteralExpression(expression) || ts.isAsExpression(expression)) {
    ts.forEachChild(expression, (child) => wordyLiterals(child, found));
  }
}

/**
 * User-facing literals outside l10n.t: arguments of the message helpers, `new TreeItem(label)`,
 * `new MarkdownString(text)`, `.appendMarkdown(text)`, and values of the properties in SHOWN_PROPERTIES
 * (object literals and assignments alike), plus a status bar item's `.text`.
 */
export function unlocalisedStrings(files = editorSourceFiles()): Place[] {
  const out: Place[] = [];
  for (const file of files) {
    const source = parse(file);
    const flag = (expression: ts.Node | undefined) => {
      if (!expression) return;
      const found: ts.Node[] = [];
      wordyLiterals(expression, found);
      for (const node of found) out.push(place(source, node, node.getText(source)));
    };
    // Names passed to the message helpers (button labels kept in a const, compared with the answer).
    const shownNames = new Set<string>();
    const collect = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (SHOWN_CALLS.has(name)) for (const arg of node.arguments) if (ts.isIdentifier(arg)) shownNames.add(arg.text);
      }
      ts.forEachChild(node, collect);
    };
    collect(source);
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && shownNames.has(node.name.text)) flag(node.initializer);
      // An input box's validation message is shown under it.
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && /^validate(Input)?$/.test(node.name.text) && ts.isArrowFunction(node.initializer)) {
        flag(node.initializer.body);
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (SHOWN_CALLS.has(name)) node.arguments.forEach(flag);
        if (name === 'appendMarkdown' || name === 'appendText') flag(node.arguments[0]);
      }
      if (ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (name === 'TreeItem' || name === 'MarkdownString') flag(node.arguments?.[0]);
      }
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && SHOWN_PROPERTIES.has(node.name.text)) {
        flag(node.initializer);
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
        const property = node.left.name.text;
        if (SHOWN_PROPERTIES.has(property) || property === 'text') flag(node.right);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
