// A small fictional folder for the export tests: two articles (one with CRLF line endings and
// characters HTML and CSV must escape), their sidecars and the claims registry.
import type { ArticleAnalysis, Quote } from '../../../../src/core/model';
import type { Annotation, ClaimsRegistry, Sidecar, TextAnchor } from '../../../../src/core/storage/model';
import type { ExportInput } from '../../../../src/core/export/report';

export const HARBOUR = [
  'Port fire: 1,200 evacuated',
  '',
  'The Harbour Gazette',
  '',
  'About 1,200 residents of Tern Row were evacuated overnight, officials said.',
  '',
  '“A lockout is not on the table,” said Mayor Elena Varga. Costs were put at <$2m> & rising.',
  '',
  'Union leader Tomas Reyes said the blaze started because a pump failed, "again, and again".',
].join('\r\n');

export const COAST = [
  'Tern Row emptied as ammonia leaks',
  '',
  'Some 1,500 residents of Tern Row were evacuated overnight.',
  '',
  'Mayor Varga said: “That’s not on the table.” She called the operator reckless.',
].join('\n');

function anchor(text: string, exact: string): TextAnchor {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: ${exact} not in text`);
  const end = start + exact.length;
  return { exact, prefix: text.slice(Math.max(0, start - 20), start), suffix: text.slice(end, end + 20), start, end };
}

function quote(text: string, quoted: string, speaker: string | null): Quote {
  const start = text.indexOf(quoted);
  return { start, end: start + quoted.length, text: quoted, speaker };
}

function analysis(text: string, quotes: Quote[]): ArticleAnalysis {
  const paragraphs = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) paragraphs.push({ start: m.index, end: m.index + m[0].length, boilerplate: false });
  return { article: { text, meta: {}, paragraphs, boilerplate: [] }, quotes, entities: [], diagnostics: [] };
}

const T = '2026-03-05T09:14:00+01:00';
const CLAIM_EVACUATED = 'c_evacuated001';
const CLAIM_PUMP = 'c_pumpfailed01';

export function exportInput(): ExportInput {
  const harbourAnnotations: Annotation[] = [
    { id: 'a_ev0000000001', kind: 'evidence', claimId: CLAIM_EVACUATED, stance: 'supports', target: anchor(HARBOUR, 'About 1,200 residents of Tern Row were evacuated overnight'), created: T, modified: T },
    { id: 'a_ev0000000002', kind: 'evidence', claimId: CLAIM_PUMP, stance: 'supports', target: anchor(HARBOUR, 'the blaze started because a pump failed, "again, and again"'), created: T, modified: T, note: 'Union, not the operator' },
    { id: 'a_sp0000000001', kind: 'speaker', speaker: 'Elena Varga', target: anchor(HARBOUR, 'A lockout is not on the table,'), created: T, modified: T },
    { id: 'a_en0000000001', kind: 'entity', name: 'Tern Row', entityType: 'place', target: anchor(HARBOUR, 'Tern Row'), created: T, modified: T },
    { id: 'a_nt0000000001', kind: 'note', target: anchor(HARBOUR, '<$2m>'), created: T, modified: '2026-03-05T10:00:00Z', note: 'Ask for the invoice' },
    // Its passage was edited away: an orphan, reported and never exported with a stale position.
    { id: 'a_or0000000001', kind: 'note', target: { exact: 'a sentence that was deleted', prefix: '', suffix: '', start: 3, end: 30 }, created: T, modified: T, note: 'gone' },
  ];
  const coastAnnotations: Annotation[] = [
    { id: 'a_ev0000000003', kind: 'evidence', claimId: CLAIM_EVACUATED, stance: 'disputes', target: anchor(COAST, 'Some 1,500 residents of Tern Row were evacuated overnight.'), created: T, modified: T },
    { id: 'a_qt0000000001', kind: 'quote', speaker: 'Elena Varga', target: anchor(COAST, 'reckless'), created: T, modified: T },
    { id: 'a_su0000000001', kind: 'suppress', layer: 'entity', target: anchor(COAST, 'Tern Row emptied'), created: T, modified: T },
  ];
  const harbourSidecar: Sidecar = { version: 1, source: { outlet: 'The Harbour Gazette', title: 'Port fire: 1,200 evacuated', date: '2026-03-03', url: 'https://gazette.example/port-fire' }, annotations: harbourAnnotations };
  const coastSidecar: Sidecar = { version: 1, source: { outlet: 'Coast Daily', date: '2026-03-04' }, annotations: coastAnnotations };
  const registry: ClaimsRegistry = {
    version: 1,
    claims: [
      { id: CLAIM_EVACUATED, text: 'About 1,200 residents of Tern Row were evacuated.', status: 'disputed', claimant: 'City officials', notes: 'Coast Daily says 1,500', created: T, modified: '2026-03-06T08:00:00+01:00' },
      { id: CLAIM_PUMP, text: 'The fire started because a pump failed.', status: 'unverified', created: T, modified: T },
    ],
    aliasOverrides: [],
    dismissedSuggestions: [],
  };
  return {
    title: 'Tern Row fire',
    folderUri: 'file:///stories/tern%20row/',
    generated: '2026-03-07T12:00:00Z',
    registry,
    sources: [
      {
        file: 'harbour.txt',
        uri: 'file:///stories/tern%20row/harbour.txt',
        analysis: analysis(HARBOUR, [quote(HARBOUR, 'A lockout is not on the table,', null), quote(HARBOUR, 'again, and again', 'Tomas Reyes')]),
        sidecar: harbourSidecar,
      },
      {
        file: 'coast.txt',
        uri: 'file:///stories/tern%20row/coast.txt',
        analysis: analysis(COAST, [quote(COAST, 'That’s not on the table.', 'Elena Varga')]),
        sidecar: coastSidecar,
      },
    ],
  };
}

export const TEXTS: Record<string, string> = { 'harbour.txt': HARBOUR, 'coast.txt': COAST };
export const URI_TO_TEXT: Record<string, string> = {
  'file:///stories/tern%20row/harbour.txt': HARBOUR,
  'file:///stories/tern%20row/coast.txt': COAST,
};
