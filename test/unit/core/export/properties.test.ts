import * as assert from 'assert';
import fc from 'fast-check';
import { buildReport } from '../../../../src/core/export/report';
import { toW3c } from '../../../../src/core/export/w3c';
import { toHtml } from '../../../../src/core/export/html';
import { toCsv } from '../../../../src/core/export/csv';
import type { Annotation } from '../../../../src/core/storage/model';
import { exportInput, URI_TO_TEXT } from './fixture';

// Hand-edited or stale sidecars: anchors whose text, context and positions are anything at all.
const anchor = fc.record({
  exact: fc.oneof(fc.constantFrom('Tern Row', 'not on the table', '<$2m>', 'evacuated', ''), fc.string({ maxLength: 12 })),
  prefix: fc.string({ maxLength: 6 }),
  suffix: fc.string({ maxLength: 6 }),
  start: fc.integer({ min: -5, max: 400 }),
  end: fc.integer({ min: -5, max: 400 }),
});
const T = '2026-03-05T09:14:00+01:00';
const annotation = fc.tuple(anchor, fc.constantFrom('note', 'evidence', 'speaker'), fc.string({ maxLength: 20 }), fc.nat(999)).map(
  ([target, kind, note, n]): Annotation => {
    const id = `a_${String(n).padStart(12, '0')}`;
    if (kind === 'evidence') return { id, kind, claimId: 'c_evacuated001', stance: 'mentions', target, created: T, modified: T, note };
    if (kind === 'speaker') return { id, kind, speaker: note || null, target, created: T, modified: T };
    return { id, kind: 'note', target, created: T, modified: T, note };
  },
);

describe('[export] properties', () => {
  it('whatever the sidecars hold, selectors match the text, HTML stays inert and CSV rows stay whole', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 8 }), (extra) => {
        const input = exportInput();
        input.sources[0].sidecar!.annotations.push(...extra);
        const report = buildReport(input);
        for (const a of toW3c(report).first.items) {
          const [quote, position] = a.target.selector;
          assert.strictEqual(URI_TO_TEXT[a.target.source].slice(position.start, position.end), quote.exact);
          assert.ok(position.start < position.end);
        }
        const html = toHtml(report);
        assert.ok(!/<(?:script|img|iframe|link|object)\b/i.test(html));
        const csv = toCsv(report);
        assert.ok(csv.endsWith('\r\n'));
      }),
      { numRuns: 60 },
    );
  });
});
