// Exports of a folder's findings: readable reports (Markdown, HTML), a spreadsheet (CSV), and
// interchange formats (W3C Web Annotation, schema.org ClaimReview).
import { toClaimReviews, type ClaimReviewOptions } from './claimReview';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { buildReport, type ExportInput } from './report';
import { toW3c } from './w3c';

export { buildReport, sourceLabel, type ExportInput, type ExportSource, type Report, type ReportClaim, type ReportEvidence, type ReportSource, type SpeakerQuotes } from './report';
export { toMarkdown, mdText } from './markdown';
export { toHtml, esc as escapeHtml } from './html';
export { toCsv, csvField, CSV_COLUMNS } from './csv';
export { toW3c, ANNO_CONTEXT, type W3cAnnotation, type W3cCollection } from './w3c';
export { toClaimReviews, type ClaimReview, type ClaimReviewOptions, type Appearance } from './claimReview';

export const EXPORT_FORMATS = ['md', 'html', 'csv', 'w3c', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The file text of one export. */
export function renderExport(input: ExportInput, format: ExportFormat, options: Partial<ClaimReviewOptions> = {}): string {
  const report = buildReport(input);
  switch (format) {
    case 'md':
      return toMarkdown(report);
    case 'html':
      return toHtml(report);
    case 'csv':
      return toCsv(report);
    case 'w3c':
      return JSON.stringify(toW3c(report), null, 2) + '\n';
    case 'claimreview':
      return JSON.stringify(toClaimReviews(report, { author: options.author ?? 'Crosscheck', baseUrl: options.baseUrl }), null, 2) + '\n';
  }
}
