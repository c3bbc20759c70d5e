// `npm run l10n`: writes l10n/bundle.l10n.json from the vscode.l10n.t calls in src/extension.
// `--check` only compares, for CI. Translators copy the bundle to bundle.l10n.<locale>.json.
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLE_PATH, ROOT, bundleText, l10nMessages } from './l10nStrings';

const { messages, dynamic } = l10nMessages();
if (dynamic.length) {
  for (const d of dynamic) process.stderr.write(`${d.file}:${d.line}: l10n.t needs a literal message: ${d.text}\n`);
  process.exit(1);
}
const text = bundleText(messages);
const relative = path.relative(ROOT, BUNDLE_PATH);
if (process.argv.includes('--check')) {
  const current = fs.existsSync(BUNDLE_PATH) ? fs.readFileSync(BUNDLE_PATH, 'utf8') : '';
  if (current !== text) {
    process.stderr.write(`${relative} is out of date: run npm run l10n\n`);
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(BUNDLE_PATH), { recursive: true });
  fs.writeFileSync(BUNDLE_PATH, text);
}
process.stdout.write(`${relative}: ${messages.size} messages\n`);
