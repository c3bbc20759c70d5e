// The parts of the human-readable report, in reading order, as plain data both the Markdown and
// the HTML renderers walk: what to say is decided once, how to mark it up twice.
import type { ClaimSuggestion } from '../crossSource/claims/suggest';
import { formatNumber } from './labels';
import type { Report, ReportSource } from './report';
import { sourceLabel } from './report';

export interface FigureLine {
  subject: string;
  /** "94,000 — Outlet A; 175,000 — Outlet B" */
  values: { value: string; sources: string[] }[];
  evidence: { source: string; file: string; figure: string; sentence: string }[];
}

export function figureLines(report: Report, suggestions: ClaimSuggestion[]): FigureLine[] {
  const label = labeller(report.sources);
  return suggestions.map((s) => {
    const byValue = new Map<string, string[]>();
    for (const v of s.values ?? []) {
      for (const value of v.values) {
        const key = s.kind === 'date' ? dateText(value) : formatNumber(value) + (s.kind === 'percent' ? '%' : '');
        const sources = byValue.get(key);
        if (sources) sources.push(label(v.file));
        else byValue.set(key, [label(v.file)]);
      }
    }
    return {
      subject: s.subject,
      values: [...byValue].map(([value, sources]) => ({ value, sources })),
      evidence: s.evidence.map((e) => ({ source: label(e.file), file: e.file, figure: e.text, sentence: e.excerpt })),
    };
  });
}

/** Figures reported by one outlet only (statements without a figure are left to the claims view). */
export function singleSourcedFigures(report: Report): ClaimSuggestion[] {
  return report.suggestions.filter((s) => s.status === 'single-sourced' && s.values);
}

export function contradictedFigures(report: Report): ClaimSuggestion[] {
  return report.suggestions.filter((s) => s.status === 'contradicted');
}

export function labeller(sources: ReportSource[]): (file: string) => string {
  const labels = new Map(sources.map((s) => [s.file, sourceLabel(s)]));
  return (file) => labels.get(file) ?? file;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateText(value: number): string {
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return `${day} ${MONTH_NAMES[month - 1] ?? '?'}${year ? ' ' + year : ''}`;
}
