// CSV export (RFC 4180): one row per evidence passage and one per quote, so a spreadsheet can
// filter by claim (its text, status, claimant and context), source or speaker. Fields are quoted when they hold a comma, a quote mark or a
// line break; records end in CRLF. A cell that a spreadsheet would run as a formula (=, +, -, @)
// gets a leading apostrophe: article text is untrusted input.
import type { Claim } from '../storage/model';
import type { Report, ReportEvidence } from './report';
import { sourceLabel } from './report';

export const CSV_COLUMNS = [
  'record',
  'file',
  'source',
  'start',
  'end',
  'text',
  'claim_id',
  'claim',
  'claim_status',
  'claimant',
  'context',
  'stance',
  'speaker',
  'quote_group',
  'group_sources',
  'speaker_conflict',
  'note',
  'checked_by',
  'checked_at',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean>>;

export function toCsv(report: Report): string {
  const labels = new Map(report.sources.map((s) => [s.file, sourceLabel(s)]));
  const rows: Row[] = [];
  const evidenceRow = (e: ReportEvidence, claim?: Pick<Claim, 'id' | 'text' | 'status' | 'claimant' | 'context'>): Row => ({
    record: 'evidence',
    file: e.file,
    source: labels.get(e.file),
    start: e.start,
    end: e.end,
    text: e.exact,
    claim_id: claim?.id ?? e.annotation.claimId,
    claim: claim?.text ?? '',
    claim_status: claim?.status ?? '',
    claimant: claim?.claimant ?? '',
    context: claim?.context ?? '',
    stance: e.stance,
    note: e.annotation.note ?? '',
    checked_by: e.annotation.checked?.by ?? '',
    checked_at: e.annotation.checked?.at ?? '',
  });
  for (const { claim, evidence } of report.claims) for (const e of evidence) rows.push(evidenceRow(e, claim));
  for (const e of report.strayEvidence) rows.push(evidenceRow(e));

  const groupOf = new Map<string, { key: string; files: number; conflict: boolean }>();
  for (const speaker of report.speakers) {
    for (const item of speaker.items) {
      if (!item.group) continue;
      for (const q of item.quotes) {
        groupOf.set(`${q.file}@${q.start}`, { key: item.group.key, files: item.group.summary.files.length, conflict: item.group.summary.speakerConflict });
      }
    }
  }
  for (const s of report.sources) {
    for (const q of s.decided.quotes) {
      const group = groupOf.get(`${s.file}@${q.start}`);
      rows.push({
        record: q.kind === 'reported' ? 'reported speech' : 'quote',
        file: s.file,
        source: labels.get(s.file),
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker ?? '',
        quote_group: group?.key ?? '',
        group_sources: group?.files ?? '',
        speaker_conflict: group ? group.conflict : '',
        checked_by: q.checked?.by ?? '',
        checked_at: q.checked?.at ?? '',
      });
    }
  }
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
