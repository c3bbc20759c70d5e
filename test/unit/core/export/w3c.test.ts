import * as assert from 'assert';
import { buildReport } from '../../../../src/core/export/report';
import { ANNO_CONTEXT, toW3c } from '../../../../src/core/export/w3c';
import { exportInput, URI_TO_TEXT } from './fixture';
import { loadSuite, SUITE_DIR, suiteAvailable } from './w3cSuite';

describe('[export/w3c]', () => {
  const doc = toW3c(buildReport(exportInput()));
  const items = doc.first.items;

  it('is one AnnotationCollection with its first page embedded', () => {
    assert.strictEqual(doc['@context'], ANNO_CONTEXT);
    assert.strictEqual(doc.type, 'AnnotationCollection');
    assert.strictEqual(doc.id, 'file:///stories/tern%20row/#crosscheck-annotations');
    assert.strictEqual(doc.first.type, 'AnnotationPage');
    assert.strictEqual(doc.total, items.length);
  });

  it('exports every placed decision and every analysed quote, and no orphan', () => {
    assert.deepStrictEqual(
      items.map((a) => [a.id.replace('file:///stories/tern%20row/', ''), a.motivation]),
      [
        ['harbour.txt.crosscheck.json#a_ev0000000001', 'assessing'],
        ['harbour.txt.crosscheck.json#a_ev0000000002', 'assessing'],
        ['harbour.txt.crosscheck.json#a_sp0000000001', 'identifying'],
        ['harbour.txt.crosscheck.json#a_en0000000001', 'classifying'],
        ['harbour.txt.crosscheck.json#a_nt0000000001', 'commenting'],
        // The first harbour quote had its speaker corrected: the human's speaker annotation stands for it.
        ['#quote:harbour.txt:298-314', 'identifying'],
        ['coast.txt.crosscheck.json#a_ev0000000003', 'assessing'],
        ['coast.txt.crosscheck.json#a_qt0000000001', 'identifying'],
        ['coast.txt.crosscheck.json#a_su0000000001', 'moderating'],
        ['#quote:coast.txt:114-138', 'identifying'],
      ],
    );
  });

  it('gives every selector the exact article text at its positions (CRLF counted as two)', () => {
    for (const a of items) {
      const text = URI_TO_TEXT[a.target.source];
      const [quote, position] = a.target.selector;
      assert.strictEqual(text.slice(position.start, position.end), quote.exact, a.id);
      assert.ok(text.slice(0, position.start).endsWith(quote.prefix), a.id);
      assert.ok(text.slice(position.end).startsWith(quote.suffix), a.id);
    }
  });

  it('links evidence to its claim and says how it stands', () => {
    const evidence = items.find((a) => a.id.endsWith('#a_ev0000000002'))!;
    assert.deepStrictEqual(evidence.body, [
      { type: 'TextualBody', value: 'supports: The fire started because a pump failed.', purpose: 'assessing', format: 'text/plain' },
      'file:///stories/tern%20row/crosscheck.claims.json#c_pumpfailed01',
      { type: 'TextualBody', value: 'Union, not the operator', purpose: 'commenting', format: 'text/plain' },
    ]);
  });

  it('keeps human times, which carry a zone', () => {
    const note = items.find((a) => a.id.endsWith('#a_nt0000000001'))!;
    assert.strictEqual(note.created, '2026-03-05T09:14:00+01:00');
    assert.strictEqual(note.modified, '2026-03-05T10:00:00Z');
  });

  describe('W3C test-suite MUSTs', function () {
    before(function () {
      if (!suiteAvailable()) {
        console.warn(`    (skipped: the W3C test-suite schemas are not at ${SUITE_DIR}; set CROSSCHECK_SHARED)`);
        this.skip();
      }
    });

    it('the collection, its page and every annotation pass every MUST assertion', () => {
      const suite = loadSuite();
      const failures = [
        ...suite.check('collections/collectionMusts.test', doc),
        ...suite.check('collections/pages/pageMusts.test', { '@context': ANNO_CONTEXT, ...doc.first }),
        ...items.flatMap((a) => suite.check('annotations/annotationMusts.test', { '@context': ANNO_CONTEXT, ...a }).map((f) => `${a.id}: ${f}`)),
      ];
      assert.deepStrictEqual(failures, []);
    });

    it('the checker rejects what the model forbids (so the check above can fail)', () => {
      const suite = loadSuite();
      const bad = { '@context': ANNO_CONTEXT, ...items[0], id: 'not an iri', created: '2026-03-05T09:14:00' };
      const failures = suite.check('annotations/annotationMusts.test', bad);
      assert.ok(failures.some((f) => f.includes('3.1-annotationIdValidated')), failures.join('\n'));
      assert.ok(failures.some((f) => f.includes('3.3.1-annotationCreatedValidated')), failures.join('\n'));
    });
  });
});
