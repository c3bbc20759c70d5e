import { strict as assert } from 'node:assert';
import { renderExport, EXPORT_FORMATS } from '../../../../src/core/export';
import type { ExportInput } from '../../../../src/core/export/report';
import { exportInput } from './fixture';

// A folder written to attack whoever exports it: a file name with line breaks and markup, a claim
// that closes the <script> a JSON-LD export is embedded in, a source url that runs script.
const HOSTILE_FILE = 'harbour.txt\n\n<img src=x onerror=alert(1)>\n[click](https://evil.example/x)\r`x`';
const SCRIPT_CLOSE = '</script><script>alert(1)</script> & more';

function hostileInput(): ExportInput {
  const input = exportInput();
  const [harbour, coast] = input.sources;
  return {
    ...input,
    sources: [
      { ...harbour, file: HOSTILE_FILE, sidecar: { ...harbour.sidecar!, source: { ...harbour.sidecar!.source, url: 'javascript:alert(document.cookie)', title: SCRIPT_CLOSE } } },
      { ...coast, sidecar: { ...coast.sidecar!, source: { ...coast.sidecar!.source, url: ' JavaScript:alert(2)' } } },
    ],
    registry: { ...input.registry, claims: input.registry.claims.map((c, i) => (i === 0 ? { ...c, text: SCRIPT_CLOSE } : c)) },
  };
}

describe('[export/untrusted] exports that leave the machine carry no markup from the workspace', () => {
  it('Markdown: a file name with line breaks injects no raw HTML and no link', () => {
    const md = renderExport(hostileInput(), 'md');
    for (const line of md.split('\n')) {
      assert.doesNotMatch(line, /^\s*<img/i, `raw HTML line: ${line}`);
      // Outside code spans (where nothing is markup) no link may form.
      assert.doesNotMatch(line.replace(/`[^`]*`/g, ''), /(?<!\\)\[click(?<!\\)\]\(/, `a link: ${line}`);
    }
    assert.doesNotMatch(md.split('\n').map((l) => l.replace(/`[^`]*`/g, '')).join('\n'), /(?<!\\)<img/);
    assert.ok(!md.includes('\r'), 'no stray carriage return');
  });

  for (const format of ['w3c', 'claimreview'] as const) {
    it(`${format}: JSON-LD escapes < > & so it cannot close a <script> it is embedded in`, () => {
      const text = renderExport(hostileInput(), format);
      assert.doesNotMatch(text, /[<>&]/);
      assert.doesNotThrow(() => JSON.parse(text));
    });
  }

  it('ClaimReview keeps the claim text exactly, escaped only in the JSON', () => {
    const reviews = JSON.parse(renderExport(hostileInput(), 'claimreview')) as { claimReviewed: string }[];
    assert.ok(reviews.some((r) => r.claimReviewed === SCRIPT_CLOSE));
  });

  for (const format of EXPORT_FORMATS) {
    it(`${format}: a javascript: source url is never exported`, () => {
      assert.doesNotMatch(renderExport(hostileInput(), format), /javascript:/i);
    });
  }

  it('an http(s) source url is still exported', () => {
    const input = exportInput();
    assert.match(renderExport(input, 'claimreview'), /https:\/\/gazette\.example\/port-fire/);
  });
});
