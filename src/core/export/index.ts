// Exports of a folder's findings: readable reports (Markdown, HTML), a spreadsheet (CSV), and
// interchange formats (W3C Web Annotation, schema.org ClaimReview).
import type { Diagnostic } from '../model';
import { checkClaimReviews, toClaimReviews, type ClaimReviewOptions } from './claimReview';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { excerpt } from './labels';
import { buildReport, type ExportInput } from './report';
import { toW3c } from './w3c';

export { buildReport, sourceLabel, type ExportInput, type ExportSource, type Report, type ReportClaim, type ReportEvidence, type ReportSource, type SpeakerQuotes } from './report';
export { toMarkdown, mdText } from './markdown';
export { toHtml, esc as escapeHtml } from './html';
export { toCsv, csvField, CSV_COLUMNS } from './csv';
export { toW3c, ANNO_CONTEXT, type W3cAnnotation, type W3cCollection } from './w3c';
export { toClaimReviews, checkClaimReviews, CLAIM_REVIEWED_MAX, type ClaimReview, type ClaimReviewOptions, type Appearance } from './claimReview';

export const EXPORT_FORMATS = ['md', 'html', 'csv', 'w3c', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export interface RenderedExport {
  /** The file's text. */
  text: string;
  /** Decisions that could not be placed, and anything that would keep the output from working. */
  diagnostics: Diagnostic[];
}

/**
 * JSON-LD text that is safe to paste into <script type="application/ld+json"> (how Google documents
 * publishing ClaimReview): < > & (so no "</script>" or "<!--") and the JS line separators are
 * written as \u escapes, which any JSON parser reads back as the same characters.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** The file text of one export. */
export function renderExport(input: ExportInput, format: ExportFormat, options: Partial<ClaimReviewOptions> = {}): string {
  return renderExportChecked(input, format, options).text;
}

/** The file text of one export, with what the user should know about it (orphans, ClaimReview problems). */
export function renderExportChecked(input: ExportInput, format: ExportFormat, options: Partial<ClaimReviewOptions> = {}): RenderedExport {
  const report = buildReport(input);
  const diagnostics: Diagnostic[] = report.orphans.map((o) => ({
    severity: 'warning',
    message: `${o.file}: ${o.annotation.kind} ${o.annotation.id} could not be placed (its passage is no longer in the text); left out`,
  }));
  for (const m of report.moved) {
    diagnostics.push({
      severity: 'warning',
      message: `${m.file}: ${m.annotation.kind} ${m.annotation.id} moved — confirm? Its passage was found only approximately (now "${excerpt(m.current, 80)}", marked as "${excerpt(m.annotation.target.exact, 80)}"); confirm or re-attach it in the editor`,
    });
  }
  switch (format) {
    case 'md':
      return { text: toMarkdown(report), diagnostics };
    case 'html':
      return { text: toHtml(report), diagnostics };
    case 'csv':
      return { text: toCsv(report), diagnostics };
    case 'w3c':
      return { text: jsonLd(toW3c(report)), diagnostics };
    case 'claimreview': {
      const reviews = toClaimReviews(report, { author: options.author ?? 'Crosscheck', baseUrl: options.baseUrl, ...(options.publisher ? { publisher: options.publisher } : {}) });
      return { text: jsonLd(reviews), diagnostics: [...diagnostics, ...checkClaimReviews(reviews)] };
    }
  }
}
