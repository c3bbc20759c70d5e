// HTML report: the Markdown report's content as one self-contained page, with no script and no
// outside resource (a Content-Security-Policy says so), every piece of article text escaped, and
// wording differences between outlets marked with <del>/<ins>.
import { wordingDiff } from '../crossSource/wordingDiff';
import { checkedText, excerpt, plural, STANCE_LABELS, STATUS_LABELS } from './labels';
import type { Report } from './report';
import { GENERATED_HTML_META } from '../articleFileNames';
import { contradictedFigures, figureLines, labeller, singleSourcedFigures, type FigureLine } from './sections';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.status{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:#eee;font-weight:600}
.status-supported{background:#d8f0dc}.status-false{background:#f6d5d5}.status-disputed{background:#fbe6c8}.status-needs-context{background:#e2e6fa}
.stance{font-weight:600}.stance-disputes{color:#a33}.stance-supports{color:#2a7a3a}
blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #ccc;color:#444}
del{background:#fbd9d9;text-decoration:line-through}ins{background:#d6f5dc;text-decoration:none}
.warn{color:#a33;font-weight:600}.note{margin:.2rem 0;color:#666;font-size:.92em}.src{color:#555}code{font-size:.9em}
@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}.status{background:#333}blockquote{color:#bbb}}
`;

export function toHtml(report: Report): string {
  const label = labeller(report.sources);
  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  // Marks the file as Crosscheck's, so it never counts as an article (articleFileNames.ts).
  h.push(GENERATED_HTML_META);
  h.push(`<title>Crosscheck report: ${esc(report.title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  h.push(`<h1>Crosscheck report: ${esc(report.title)}</h1>`);
  h.push(`<p>Generated <time datetime="${esc(report.generated)}">${esc(report.generated)}</time> from ${plural(report.sources.length, 'source')}.</p>`);

  h.push('<h2>Sources</h2>', '<table><thead><tr><th>File</th><th>Outlet</th><th>Title</th><th>Date</th></tr></thead><tbody>');
  for (const s of report.sources) {
    h.push(`<tr><td><code>${esc(s.file)}</code></td><td>${esc(s.meta.outlet ?? '')}</td><td>${esc(s.meta.title ?? '')}</td><td>${esc(s.meta.date ?? '')}</td></tr>`);
  }
  h.push('</tbody></table>');

  h.push('<h2>Claims</h2>');
  if (report.claims.length === 0) h.push('<p>No claims recorded yet.</p>');
  for (const { claim, evidence } of report.claims) {
    h.push('<section class="claim">', `<h3>${esc(excerpt(claim.text, 200))}</h3>`);
    h.push(`<p><span class="status status-${esc(claim.status)}">${esc(STATUS_LABELS[claim.status])}</span>${claim.claimant ? ` · Claimant: ${esc(claim.claimant)}` : ''}${claim.context ? ` · Context: ${esc(claim.context)}` : ''}</p>`);
    if (claim.notes) h.push(`<p><em>${esc(claim.notes)}</em></p>`);
    if (evidence.length === 0) h.push('<p><em>No evidence marked yet.</em></p>');
    else {
      h.push('<ul>');
      for (const e of evidence) {
        h.push(
          `<li><span class="stance stance-${esc(e.stance)}">${esc(STANCE_LABELS[e.stance])}</span> · ${esc(label(e.file))} <span class="src">(<code>${esc(e.file)}</code>)</span>` +
            `<blockquote>${esc(excerpt(e.exact, 600))}</blockquote>` +
            (e.unconfirmed ? `<p class="note"><em>Moved — not yet confirmed; marked as “${esc(excerpt(e.unconfirmed.stored, 600))}”.</em></p>` : '') +
            `${e.annotation.note ? `<p class="note">Note: ${esc(e.annotation.note)}</p>` : ''}` +
            `${e.annotation.checked ? `<p class="checked">${esc(checkedText(e.annotation.checked))}</p>` : ''}</li>`,
        );
      }
      h.push('</ul>');
    }
    h.push('</section>');
  }
  if (report.strayEvidence.length) {
    h.push('<h3>Evidence for claims missing from the registry</h3>', '<ul>');
    for (const e of report.strayEvidence) h.push(`<li>${esc(e.annotation.claimId)} · ${esc(label(e.file))}: “${esc(excerpt(e.exact))}”</li>`);
    h.push('</ul>');
  }

  if (report.checkedQuotes.length) {
    h.push('<h2>Quotes checked against the source</h2>', '<ul>');
    for (const { file, quote } of report.checkedQuotes) {
      h.push(`<li>“${esc(excerpt(quote.text, 600))}” <span class="src">· ${esc(quote.speaker ?? 'Unattributed')} · ${esc(label(file))}</span> <span class="checked">${esc(checkedText(quote.checked))}</span></li>`);
    }
    h.push('</ul>');
  }

  h.push('<h2>Quotes by speaker</h2>');
  if (report.speakers.length === 0) h.push('<p>No quotes found.</p>');
  for (const { speaker, items } of report.speakers) {
    h.push(`<h3>${speaker ? esc(speaker) : 'Unattributed'}</h3>`, '<ul>');
    for (const item of items) {
      if (!item.group) {
        const q = item.quotes[0];
        // Reported speech is the outlet's wording, not the speaker's: no quotation marks, and said so.
        h.push(q.kind === 'reported'
          ? `<li>Reported: ${esc(excerpt(q.text, 600))} <span class="src">· ${esc(label(q.file))}</span></li>`
          : `<li>“${esc(excerpt(q.text, 600))}” <span class="src">· ${esc(label(q.file))}</span></li>`);
        continue;
      }
      const { summary } = item.group;
      const first = summary.variants[0];
      h.push(`<li>Reported by ${plural(summary.files.length, 'source')}${summary.wordingVaries ? `, in ${summary.variants.length} wordings` : ''}:<ul>`);
      for (const v of summary.variants) {
        const wording = v === first ? esc(v.text) : diffMarkup(first.text, v.text);
        h.push(`<li>“${wording}” <span class="src">· ${esc([...new Set(v.members.map((m) => label(m.file)))].join(', '))}</span></li>`);
      }
      h.push('</ul>');
      if (summary.speakerConflict) {
        const credits = summary.speakers.map((s) => `${esc(s.speaker ?? 'no one')} (${esc(s.files.map(label).join(', '))})`);
        h.push(`<p class="warn">Credited to different speakers: ${credits.join('; ')}</p>`);
      }
      h.push('</li>');
    }
    h.push('</ul>');
  }

  figureSection(h, 'Figures the sources disagree on', figureLines(report, contradictedFigures(report)));
  figureSection(h, 'Figures only one source gives', figureLines(report, singleSourcedFigures(report)));

  if (report.orphans.length) {
    h.push('<h2>Decisions that could not be placed</h2>', '<p>Their passage is no longer in the article; they stay in the sidecar.</p>', '<ul>');
    for (const o of report.orphans) h.push(`<li><code>${esc(o.file)}</code> · ${esc(o.annotation.kind)}: “${esc(excerpt(o.annotation.target?.exact ?? '', 120))}”</li>`);
    h.push('</ul>');
  }
  h.push('</body>', '</html>', '');
  return h.join('\n');
}

/** `b` with what it adds over `a` in <ins> and what it drops in <del>. */
function diffMarkup(a: string, b: string): string {
  return wordingDiff(excerpt(a, 600), excerpt(b, 600))
    .map((p) => (p.added ? `<ins>${esc(p.value)}</ins>` : p.removed ? `<del>${esc(p.value)}</del>` : esc(p.value)))
    .join('');
}

function figureSection(h: string[], title: string, lines: FigureLine[]): void {
  h.push(`<h2>${esc(title)}</h2>`);
  if (lines.length === 0) {
    h.push('<p>None found.</p>');
    return;
  }
  h.push('<ul>');
  for (const l of lines) {
    h.push(`<li><strong>${esc(l.subject)}:</strong> ${l.values.map((v) => `${esc(v.value)} (${esc(v.sources.join(', '))})`).join(' vs ')}<ul>`);
    for (const e of l.evidence) h.push(`<li>${esc(e.source)}: “${esc(excerpt(e.sentence))}”</li>`);
    h.push('</ul></li>');
  }
  h.push('</ul>');
}
