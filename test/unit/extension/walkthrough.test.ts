// The walkthrough in package.json: every step names its text in package.nls.json, shows a picture
// that exists, ships (.vscodeignore lets it in) and is small (the VSIX must stay under 1 MB), and
// its buttons run commands that exist. Pure Node: reads the files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; altText?: string; markdown?: string };
  completionEvents?: string[];
}
const walkthroughs: { id: string; title: string; description: string; steps: Step[] }[] = pkg.contributes.walkthroughs ?? [];
const steps = walkthroughs.flatMap((w) => w.steps);
const ownCommands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
/** Commands of VS Code itself a step may link to. */
const WORKBENCH_COMMANDS = new Set(['vscode.openFolder']);
/** The whole walkthrough's pictures, in bytes: what the VSIX can spare for them. */
const PICTURES_BUDGET = 170 * 1024;

const textOf = (value: string): string | undefined => {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key === undefined ? value : nls[key];
};

describe('[extension/walkthrough]', () => {
  it('has the steps of a first session, in order', () => {
    assert.strictEqual(walkthroughs.length, 1);
    assert.deepStrictEqual(steps.map((s) => s.id), ['openSamples', 'addFolder', 'readQuoteCard', 'makeClaim', 'attachEvidence', 'matrix', 'export']);
  });

  it('every title, description and alt text is in package.nls.json', () => {
    for (const text of [walkthroughs[0].title, walkthroughs[0].description, ...steps.flatMap((s) => [s.title, s.description, s.media.altText ?? ''])]) {
      assert.ok(/^%.+%$/.test(text), `${JSON.stringify(text)} is not localisable (%key%)`);
      assert.ok(textOf(text), `${text} has no text in package.nls.json`);
    }
  });

  it('every step shows a picture that exists, ships and is a PNG', () => {
    for (const step of steps) {
      const image = step.media.image;
      assert.ok(image, `${step.id} has no image`);
      assert.ok(image.startsWith('media/walkthrough/') && image.endsWith('.png'), `${step.id}: ${image}`);
      const file = path.join(ROOT, image);
      assert.ok(fs.existsSync(file), `${image} is missing (npm run walkthrough-images makes it)`);
      const head = fs.readFileSync(file).subarray(0, 8);
      assert.deepStrictEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${image} is not a PNG`);
    }
    assert.ok(ignore.includes('!media/walkthrough/*.png'), '.vscodeignore must let media/walkthrough/*.png into the VSIX');
  });

  it('the pictures together fit the VSIX budget', () => {
    const total = steps.reduce((sum, s) => sum + fs.statSync(path.join(ROOT, s.media.image as string)).size, 0);
    assert.ok(total <= PICTURES_BUDGET, `walkthrough pictures take ${total} bytes; the budget is ${PICTURES_BUDGET}`);
  });

  it('every command a step links to or completes on exists', () => {
    for (const step of steps) {
      const linked = [...(textOf(step.description) ?? '').matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      const completing = (step.completionEvents ?? []).filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length));
      for (const command of [...linked, ...completing]) {
        assert.ok(ownCommands.has(command) || WORKBENCH_COMMANDS.has(command), `${step.id} links to unknown command ${command}`);
      }
    }
  });
});
