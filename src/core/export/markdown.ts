// Markdown report: claims with their status and the passages each source gives for or against
// them, quotes by speaker with the wordings outlets use, and the figures to check.
import { checkedText, excerpt, plural, STANCE_LABELS, STATUS_LABELS } from './labels';
import type { Report } from './report';
import { GENERATED_MARKDOWN_LINE } from '../articleFileNames';
import { contradictedFigures, figureLines, labeller, singleSourcedFigures, type FigureLine } from './sections';

/**
 * Backslash-escapes what Markdown would read as markup inside a line: emphasis, code, links, HTML,
 * table pipes. Our text never starts a line, so block markers ("#", "-", "1.") need no escape.
 */
export function mdText(s: string): string {
  return flatLine(s).replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** One line: every line break (CR, LF, NEL, LS, PS) folded to a space, other control characters dropped. */
function flatLine(s: string): string {
  // (?<!\s): a run of spaces is read from its start only, not again from each space in it (linear); the
  // second branch is for a NEL (not a space to \s) right after a fold that took the spaces before it.
  // eslint-disable-next-line no-control-regex
  return s.replace(/(?<!\s)\s*[\r\n\u0085\u2028\u2029]+\s*|[\r\n\u0085\u2028\u2029]+\s*/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** A file name inside `code`: one line, and no backtick to close the span early. */
export function mdCode(s: string): string {
  return flatLine(s).replace(/`/g, "'");
}

export function toMarkdown(report: Report): string {
  const label = labeller(report.sources);
  const out: string[] = [];
  // The first line marks the file as Crosscheck's, so it never counts as an article (articleFileNames.ts).
  out.push(GENERATED_MARKDOWN_LINE, `# Crosscheck report: ${mdText(report.title)}`, '');
  out.push(`Generated ${mdText(report.generated)} from ${plural(report.sources.length, 'source')}.`, '');

  out.push('## Sources', '', '| File | Outlet | Title | Date |', '|---|---|---|---|');
  for (const s of report.sources) {
    out.push(`| ${[s.file, s.meta.outlet ?? '', s.meta.title ?? '', s.meta.date ?? ''].map(mdText).join(' | ')} |`);
  }
  out.push('');

  out.push('## Claims', '');
  if (report.claims.length === 0) out.push('No claims recorded yet.', '');
  for (const { claim, evidence } of report.claims) {
    out.push(`### ${mdText(excerpt(claim.text, 200))}`, '');
    out.push(`**Status:** ${STATUS_LABELS[claim.status]}${claim.claimant ? ` · **Claimant:** ${mdText(claim.claimant)}` : ''}${claim.context ? ` · **Context:** ${mdText(claim.context)}` : ''}`, '');
    if (claim.notes) out.push(`> ${mdText(claim.notes)}`, '');
    if (evidence.length === 0) out.push('_No evidence marked yet._', '');
    for (const e of evidence) {
      const note = e.annotation.note ? ` (${mdText(e.annotation.note)})` : '';
      const checked = e.annotation.checked ? ` — _${mdText(checkedText(e.annotation.checked))}_` : '';
      const moved = e.unconfirmed ? ` _(moved — not yet confirmed; marked as “${mdText(excerpt(e.unconfirmed.stored))}”)_` : '';
      out.push(`- **${STANCE_LABELS[e.stance]}** · ${mdText(label(e.file))} (\`${mdCode(e.file)}\`): “${mdText(excerpt(e.exact))}”${moved}${note}${checked}`);
    }
    if (evidence.length) out.push('');
  }
  if (report.strayEvidence.length) {
    out.push('### Evidence for claims missing from the registry', '');
    for (const e of report.strayEvidence) out.push(`- ${mdText(e.annotation.claimId)} · ${mdText(label(e.file))}: “${mdText(excerpt(e.exact))}”`);
    out.push('');
  }

  out.push('## Quotes by speaker', '');
  if (report.speakers.length === 0) out.push('No quotes found.', '');
  for (const { speaker, items } of report.speakers) {
    out.push(`### ${speaker ? mdText(speaker) : 'Unattributed'}`, '');
    for (const item of items) {
      if (!item.group) {
        const q = item.quotes[0];
        // Reported speech is the outlet's wording, not the speaker's: no quotation marks, and said so.
        out.push(q.kind === 'reported' ? `- Reported: ${mdText(excerpt(q.text))} · ${mdText(label(q.file))}` : `- “${mdText(excerpt(q.text))}” · ${mdText(label(q.file))}`);
        continue;
      }
      const { summary } = item.group;
      out.push(`- Reported by ${plural(summary.files.length, 'source')}${summary.wordingVaries ? `, in ${summary.variants.length} wordings` : ''}:`);
      for (const v of summary.variants) {
        out.push(`  - “${mdText(excerpt(v.text))}” · ${[...new Set(v.members.map((m) => label(m.file)))].map(mdText).join(', ')}`);
      }
      if (summary.speakerConflict) {
        const credits = summary.speakers.map((s) => `${s.speaker ? mdText(s.speaker) : 'no one'} (${s.files.map((f) => mdText(label(f))).join(', ')})`);
        out.push(`  - **Credited to different speakers:** ${credits.join('; ')}`);
      }
    }
    out.push('');
  }

  if (report.checkedQuotes.length) {
    out.push('## Quotes checked against the source', '');
    for (const { file, quote } of report.checkedQuotes) {
      out.push(`- “${mdText(excerpt(quote.text))}” · ${quote.speaker ? mdText(quote.speaker) : 'Unattributed'} · ${mdText(label(file))} — _${mdText(checkedText(quote.checked))}_`);
    }
    out.push('');
  }

  figureSection(out, 'Figures the sources disagree on', figureLines(report, contradictedFigures(report)));
  figureSection(out, 'Figures only one source gives', figureLines(report, singleSourcedFigures(report)));

  if (report.orphans.length) {
    out.push('## Decisions that could not be placed', '', 'Their passage is no longer in the article; they stay in the sidecar.', '');
    for (const o of report.orphans) out.push(`- \`${mdCode(o.file)}\` · ${o.annotation.kind}: “${mdText(excerpt(o.annotation.target?.exact ?? '', 120))}”`);
    out.push('');
  }
  return out.join('\n');
}

function figureSection(out: string[], title: string, lines: FigureLine[]): void {
  out.push(`## ${title}`, '');
  if (lines.length === 0) out.push('None found.', '');
  for (const l of lines) {
    out.push(`- **${mdText(l.subject)}:** ${l.values.map((v) => `${mdText(v.value)} (${v.sources.map(mdText).join(', ')})`).join(' vs ')}`);
    for (const e of l.evidence) out.push(`  - ${mdText(e.source)}: “${mdText(excerpt(e.sentence))}”`);
  }
  if (lines.length) out.push('');
}
