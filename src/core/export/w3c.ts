// W3C Web Annotation export: one AnnotationCollection whose embedded first page holds every
// human decision (from the sidecars) and every analysed quote, each targeting its article by IRI
// with a TextQuoteSelector and a TextPositionSelector. Positions are UTF-16 code units, like the
// editor's and like DOM-based annotators (Hypothesis, dom-anchor-text-position): the model leaves
// "character" undefined (w3c/web-annotation#206), and this is what JavaScript consumers slice with.
import type { Quote } from '../model';
import { SIDECAR_SUFFIX, type Annotation, type Claim } from '../storage/model';
import type { Report, ReportSource } from './report';
import { checkedText } from './labels';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept on each side of a TextQuoteSelector. */
const CONTEXT_CHARS = 32;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: string;
  format: 'text/plain';
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: string;
  body?: (TextualBody | string)[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  created: string;
  modified: string;
  /** Who made the decision (the sidecar's `createdBy`), when known. */
  creator?: { type: 'Person'; name: string };
  generator?: { type: 'Software'; name: string };
}

export interface W3cCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

export function toW3c(report: Report): W3cCollection {
  const claims = new Map(report.claims.map((c) => [c.claim.id, c.claim]));
  const claimsIri = report.folderUri + 'crosscheck.claims.json';
  const items: W3cAnnotation[] = [];
  for (const source of report.sources) {
    // Decisions whose passage is gone are reported as orphans, never exported with a stale position.
    for (const { annotation: a, span } of source.placed) {
      items.push({
        id: `${source.uri}${SIDECAR_SUFFIX}#${encodeURIComponent(a.id)}`,
        type: 'Annotation',
        motivation: motivationOf(a),
        ...bodyOf(a, claims, claimsIri),
        target: target(source, span.start, span.end),
        created: withZone(a.created, report.generated),
        modified: withZone(a.modified, report.generated),
        ...(a.createdBy !== undefined ? { creator: { type: 'Person' as const, name: a.createdBy } } : {}),
      });
    }
    for (const q of source.decided.quotes) {
      // Quotes a human added are already exported above, as their own annotations.
      if (q.origin === 'human') continue;
      items.push(quoteAnnotation(source, q, report));
    }
  }
  const id = report.folderUri + '#crosscheck-annotations';
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Crosscheck annotations: ${report.title}`,
    total: items.length,
    generated: report.generated,
    first: { id: id + '-page-1', type: 'AnnotationPage', startIndex: 0, items },
  };
}

function target(source: ReportSource, start: number, end: number): W3cAnnotation['target'] {
  const text = source.text;
  return {
    source: source.uri,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
        suffix: text.slice(end, end + CONTEXT_CHARS),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

function body(value: string, purpose: string): TextualBody {
  return { type: 'TextualBody', value, purpose, format: 'text/plain' };
}

function motivationOf(a: Annotation): string {
  switch (a.kind) {
    case 'evidence':
      return 'assessing';
    case 'note':
      return 'commenting';
    case 'suppress':
      return 'moderating';
    case 'check':
      return 'assessing';
    case 'entity':
      return 'classifying';
    case 'speaker':
    case 'quote':
      return 'identifying';
  }
}

function bodyOf(a: Annotation, claims: Map<string, Claim>, claimsIri: string): { body?: (TextualBody | string)[] } {
  const bodies: (TextualBody | string)[] = [];
  switch (a.kind) {
    case 'evidence': {
      const claim = claims.get(a.claimId);
      bodies.push(body(`${a.stance}: ${claim?.text ?? `claim ${a.claimId} (not in the registry)`}`, 'assessing'));
      bodies.push(`${claimsIri}#${encodeURIComponent(a.claimId)}`);
      break;
    }
    case 'speaker':
      bodies.push(body(a.speaker ?? 'unattributed', 'identifying'));
      break;
    case 'quote':
      bodies.push(body('quote', 'tagging'), body(a.speaker ?? 'unattributed', 'identifying'));
      break;
    case 'entity':
      bodies.push(body(a.name, 'identifying'), body(a.entityType, 'classifying'));
      break;
    case 'suppress':
      bodies.push(body(`not a ${a.layer}`, 'moderating'));
      break;
    case 'check':
    case 'note':
      break;
  }
  if (a.checked) bodies.push(checkedBody(a.checked));
  if (a.note) bodies.push(body(a.note, 'commenting'));
  return bodies.length ? { body: bodies } : {};
}

/** "checked against the source by X on DATE": the trail's mark, as an assessing body. */
function checkedBody(checked: { by: string; at: string }): TextualBody {
  return body(checkedText(checked), 'assessing');
}

function quoteAnnotation(source: ReportSource, q: Quote, report: Report): W3cAnnotation {
  return {
    id: `${report.folderUri}#quote:${encodeURIComponent(source.file)}:${q.start}-${q.end}`,
    type: 'Annotation',
    motivation: 'identifying',
    body: [body('quote', 'tagging'), body(q.speaker ?? 'unattributed', 'identifying'), ...(q.checked ? [checkedBody(q.checked)] : [])],
    target: target(source, q.start, q.end),
    created: report.generated,
    modified: report.generated,
    generator: { type: 'Software', name: 'Crosscheck' },
  };
}

/** The model requires a time zone on every time; a stored time without one takes the export's. */
function withZone(time: string, fallback: string): string {
  return DATE_TIME_WITH_ZONE.test(time) ? time : fallback;
}
