import * as assert from 'assert';
import { buildReport } from '../../../../src/core/export/report';
import { toMarkdown } from '../../../../src/core/export/markdown';
import { toHtml } from '../../../../src/core/export/html';
import { exportInput } from './fixture';

describe('[export/markdown]', () => {
  const md = toMarkdown(buildReport(exportInput()));

  it('gives each claim its status and the passages for and against it', () => {
    const claim = md.slice(md.indexOf('### About 1,200'), md.indexOf('### The fire started'));
    assert.ok(claim.includes('**Status:** Disputed · **Claimant:** City officials'));
    assert.ok(claim.includes('- **Supports** · The Harbour Gazette (`harbour.txt`): “About 1,200 residents of Tern Row were evacuated overnight”'));
    assert.ok(claim.includes('- **Disputes** · Coast Daily (`coast.txt`): “Some 1,500 residents of Tern Row were evacuated overnight.”'));
  });

  it('lists quotes by speaker with the wordings of each outlet', () => {
    const varga = md.slice(md.indexOf('### Elena Varga'), md.indexOf('### Tomas Reyes'));
    assert.ok(varga.includes('- Reported by 2 sources, in 2 wordings:'));
    assert.ok(varga.includes('  - “That’s not on the table.” · Coast Daily'));
    assert.ok(varga.includes('  - “A lockout is not on the table,” · The Harbour Gazette'));
  });

  it('lists disputed and single-sourced figures, escaping markup in article text', () => {
    assert.ok(md.includes('- **residents:** 1,200 (The Harbour Gazette) vs 1,500 (Coast Daily)'));
    assert.ok(md.includes('- **money (USD):** 2,000,000 (The Harbour Gazette)'));
    assert.ok(md.includes('“Costs were put at \\<$2m\\> & rising.”'));
  });

  it('reports decisions it could not place', () => assert.ok(md.includes('- `harbour.txt` · note: “a sentence that was deleted”')));
});

describe('[export/html]', () => {
  const input = exportInput();
  input.registry.claims[1].text = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const html = toHtml(buildReport(input));

  it('is a self-contained page with no script and no outside resource', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
    // Every tag in the page is one the renderer writes itself, and none loads or runs anything.
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'time', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'section', 'span', 'ul', 'li', 'blockquote', 'em', 'strong', 'del', 'ins']);
    for (const m of html.matchAll(/<\/?([a-z!][a-z0-9]*)([^>]*)>/gi)) {
      assert.ok(allowed.has(m[1].toLowerCase()), `unexpected tag ${m[0]}`);
      assert.ok(!/\s(?:on\w+|src|href|srcset|action)\s*=/i.test(m[2]), `unexpected attribute in ${m[0]}`);
    }
  });

  it('escapes every piece of text', () => {
    assert.ok(html.includes('<h3>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</h3>'));
    assert.ok(html.includes('Costs were put at &lt;$2m&gt; &amp; rising.'));
  });

  it('marks how a wording differs from the first one, in the outlet’s own marks', () => {
    assert.ok(html.includes('<li>“<del>That’s</del><ins>A lockout is</ins> not on the table<del>.</del><ins>,</ins>” <span class="src">· The Harbour Gazette</span></li>'));
  });

  it('shows each claim status', () => {
    assert.ok(html.includes('<span class="status status-disputed">Disputed</span> · Claimant: City officials'));
  });
});
