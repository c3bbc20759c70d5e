// Importing Hypothesis JSON, ClaimReview JSON-LD and Crosscheck's CSV into a folder (src/core/import).
// Articles are invented; the round trips go through the core's own exports.
import * as assert from 'assert';
import { renderExport } from '../../../../src/core/export';
import {
  applyToRegistry,
  applyToSidecar,
  annotationsFor,
  normalizeUrl,
  parseCsv,
  planImport,
  type ImportArticle,
  type ImportBatch,
  type ImportInput,
} from '../../../../src/core/import';
import { seededRandomSource } from '../../../../src/core/storage/ids';
import type { ClaimsRegistry, NoteAnnotation, Sidecar } from '../../../../src/core/storage/model';
import { parseSidecar, serializeSidecar } from '../../../../src/core/storage/sidecar';
import { emptyClaimsRegistry } from '../../../../src/core/storage/claims';
import { COAST, HARBOUR, exportInput } from '../export/fixture';

const LEDGER = [
  'Dockside pumps failed twice, inspectors find',
  '',
  'By Ana Lindqvist',
  '',
  'VALMORE — Inspectors said on Tuesday that the cooling pumps at the quay had failed twice before the fire.',
  '',
  'The operator said the pumps were serviced in January.',
].join('\n');

const REPEATS = ['Two quotes of one line', '', 'Crews said the pumps failed. Later, the pumps failed.', '', 'End of a short story.'].join('\n');

function sidecar(url?: string): Sidecar {
  return { version: 1, source: url ? { url } : {}, annotations: [] };
}

function folder(): ImportInput {
  return {
    articles: [
      { file: 'ledger.txt', text: LEDGER, sidecar: sidecar('https://ledger.example/news/pumps/') },
      { file: 'harbour.txt', text: HARBOUR, sidecar: sidecar() },
      { file: 'repeats.txt', text: REPEATS, sidecar: sidecar() },
    ],
    registry: emptyClaimsRegistry(),
  };
}

const options = () => ({ random: seededRandomSource(7), now: () => new Date('2026-04-01T10:00:00Z') });

/** The folder after the batch is applied, as the CLI and the editor apply it. */
function applied(input: ImportInput, batch: ImportBatch): ImportInput {
  return {
    ...input,
    articles: input.articles.map((a) => ({ ...a, sidecar: a.sidecar && (applyToSidecar(a.sidecar, annotationsFor(batch, a.file)) ?? a.sidecar) })),
    registry: input.registry && (applyToRegistry(input.registry, batch.claims) ?? input.registry),
  };
}

function hypothesis(id: string, uri: string, exact: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    uri,
    text: `Note on ${exact}`,
    tags: ['pumps', 'check'],
    user: 'acct:rita@hypothes.is',
    created: '2026-03-10T08:30:00.123456+00:00',
    target: [{ source: uri, selector: [{ type: 'TextPositionSelector', start: 9999, end: 10010 }, { type: 'TextQuoteSelector', exact, prefix: '', suffix: '', ...extra }] }],
  };
}

describe('[import/urls]', () => {
  it('compares addresses without fragment, trailing slash, scheme or host case', () => {
    assert.strictEqual(normalizeUrl('https://Ledger.example/news/pumps/#comments'), normalizeUrl('http://ledger.example/news/pumps'));
    assert.notStrictEqual(normalizeUrl('https://ledger.example/news/pumps?page=2'), normalizeUrl('https://ledger.example/news/pumps'));
    assert.strictEqual(normalizeUrl('javascript:alert(1)'), undefined);
    assert.strictEqual(normalizeUrl('not a url'), undefined);
  });
});

describe('[import/hypothesis]', () => {
  it('places each annotation by address, else by a unique quote, and lists the rest', () => {
    const input = folder();
    const file = JSON.stringify([
      // By address: the sidecar's URL (with a fragment and no trailing slash here).
      hypothesis('h1', 'https://ledger.example/news/pumps#annotations', 'had failed twice before the fire'),
      // No address known: the quote is only in harbour.txt.
      hypothesis('h2', 'https://elsewhere.example/story', 'a pump failed'),
      // The quote is in no article.
      hypothesis('h3', 'https://elsewhere.example/story', 'words nobody wrote'),
      // Twice in repeats.txt, no context to choose: not placed.
      hypothesis('h4', 'https://elsewhere.example/other', 'the pumps failed'),
      // A page note: no quote.
      { id: 'h5', uri: 'https://ledger.example/news/pumps', text: 'Whole page', tags: [], target: [{ source: 'https://ledger.example/news/pumps' }] },
      // The same passage twice in repeats.txt, with context that picks the second.
      hypothesis('h6', 'https://elsewhere.example/other', 'the pumps failed', { prefix: 'Later, ', suffix: '.' }),
    ]);
    const batch = planImport('hypothesis', file, input, options());
    assert.strictEqual(batch.read, 6);
    assert.deepStrictEqual(batch.annotations.map((a) => [a.file, (a.annotation as NoteAnnotation).origin?.id, a.annotation.target.exact]), [
      ['ledger.txt', 'h1', 'had failed twice before the fire'],
      ['harbour.txt', 'h2', 'a pump failed'],
      ['repeats.txt', 'h6', 'the pumps failed'],
    ]);
    const h6 = batch.annotations[2].annotation;
    assert.strictEqual(h6.target.start, REPEATS.lastIndexOf('the pumps failed'));
    assert.deepStrictEqual(batch.notPlaced.map((n) => n.id), ['h3', 'h4', 'h5']);
    assert.match(batch.notPlaced[1].reason, /several times in repeats\.txt/);
    assert.match(batch.notPlaced[2].reason, /page note/);
    const h1 = batch.annotations[0].annotation as NoteAnnotation;
    assert.strictEqual(h1.kind, 'note');
    assert.strictEqual(h1.note, 'Note on had failed twice before the fire');
    assert.deepStrictEqual(h1.tags, ['pumps', 'check']);
    assert.strictEqual(h1.author, 'acct:rita@hypothes.is');
    assert.strictEqual(h1.created, '2026-03-10T08:30:00.123456+00:00');
    assert.deepStrictEqual(h1.origin, { format: 'hypothesis', id: 'h1' });
    for (const { file: f, annotation } of batch.annotations) {
      const text = input.articles.find((a) => a.file === f)!.text;
      assert.strictEqual(text.slice(annotation.target.start, annotation.target.end), annotation.target.exact);
    }
  });

  it('reads the API form {rows: [...]} and adds nothing twice on a re-import', () => {
    const input = folder();
    const file = JSON.stringify({ total: 1, rows: [hypothesis('r1', 'https://ledger.example/news/pumps', 'serviced in January')] });
    const first = planImport('hypothesis', file, input, options());
    assert.strictEqual(first.annotations.length, 1);
    const after = applied(input, first);
    const second = planImport('hypothesis', file, after, options());
    assert.strictEqual(second.annotations.length, 0);
    assert.strictEqual(second.duplicates, 1);
    // Applying the first batch again changes nothing either.
    const ledger = after.articles[0].sidecar!;
    assert.strictEqual(applyToSidecar(ledger, annotationsFor(first, 'ledger.txt')), undefined);
  });

  it('an imported note survives a save and a load, without warnings', () => {
    const batch = planImport('hypothesis', JSON.stringify([hypothesis('s1', 'https://ledger.example/news/pumps', 'serviced in January')]), folder(), options());
    const written = serializeSidecar(applyToSidecar(sidecar(), annotationsFor(batch, 'ledger.txt'))!);
    const loaded = parseSidecar(written);
    assert.deepStrictEqual(loaded.diagnostics, []);
    assert.deepStrictEqual((loaded.value.annotations[0] as NoteAnnotation).origin, { format: 'hypothesis', id: 's1' });
    assert.ok(loaded.writable);
  });

  it('never places on a sidecar that cannot be read, and reports a file that is not an export', () => {
    const input = folder();
    input.articles[0] = { ...input.articles[0], sidecar: undefined };
    const batch = planImport('hypothesis', JSON.stringify([hypothesis('x', 'https://ledger.example/news/pumps', 'serviced in January')]), input, options());
    assert.strictEqual(batch.annotations.length, 0);
    assert.strictEqual(batch.notPlaced.length, 1);
    assert.ok(planImport('hypothesis', '{"hello": 1}', input).error);
    assert.ok(planImport('hypothesis', 'nope', input).error);
  });
});

function review(claimReviewed: string, alternateName: string, appearance: string[], extra: Record<string, unknown> = {}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factdesk.example/reviews/1',
    claimReviewed,
    reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ana Lindqvist' }, appearance: appearance.map((url) => ({ '@type': 'CreativeWork', url })) },
    ...extra,
  };
}

describe('[import/claimreview]', () => {
  it('maps ratings through the table, places the claim as evidence where its words are, else as a note', () => {
    const input = folder();
    const file = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        review('the cooling pumps at the quay had failed twice', 'Pants on Fire!', ['https://ledger.example/news/pumps']),
        review('The pumps were never serviced', 'Mostly True', ['https://ledger.example/news/pumps/']),
        review('Nobody was evacuated', 'Four Pinocchios', ['https://unknown.example/x']),
      ],
    });
    const batch = planImport('claimreview', file, input, options());
    assert.deepStrictEqual(batch.claims.map((c) => [c.text, c.status, c.claimant]), [
      ['the cooling pumps at the quay had failed twice', 'false', 'Ana Lindqvist'],
      ['The pumps were never serviced', 'supported', 'Ana Lindqvist'],
      ['Nobody was evacuated', 'unverified', 'Ana Lindqvist'],
    ]);
    assert.match(batch.warnings.join('\n'), /Four Pinocchios/);
    const [evidence, note] = batch.annotations.map((a) => a.annotation);
    assert.strictEqual(evidence.kind, 'evidence');
    assert.strictEqual(evidence.kind === 'evidence' && evidence.stance, 'mentions');
    assert.strictEqual(evidence.target.exact, 'the cooling pumps at the quay had failed twice');
    assert.strictEqual(note.kind, 'note');
    assert.strictEqual(note.target.exact, 'Dockside pumps failed twice, inspectors find');
    assert.match(note.note ?? '', /The pumps were never serviced/);
    assert.deepStrictEqual(batch.notPlaced.map((n) => n.reason), ['no article of the folder has this address as its source URL']);

    const custom = planImport('claimreview', file, input, { ...options(), ratings: { 'Four Pinocchios': 'false', 'Mostly true': 'disputed' } });
    assert.deepStrictEqual(custom.claims.map((c) => c.status), ['false', 'disputed', 'false']);

    const again = planImport('claimreview', file, applied(input, batch), options());
    assert.strictEqual(again.claims.length, 0);
    assert.strictEqual(again.annotations.length, 0);
  });

  it('reads a single review and an array alike', () => {
    const one = review('Nobody was evacuated', 'False', []);
    assert.strictEqual(planImport('claimreview', JSON.stringify(one), folder()).claims.length, 1);
    assert.strictEqual(planImport('claimreview', JSON.stringify([one, { ...one, claimReviewed: 'Another' }]), folder()).claims.length, 2);
    assert.ok(planImport('claimreview', JSON.stringify({ '@type': 'NewsArticle' }), folder()).error);
  });

  it('round trip: Crosscheck’s own ClaimReview export into an empty copy of the folder gives the same claims and statuses', () => {
    const input = exportInput();
    // Every claim with a verdict (an unverified claim has no review to export).
    input.registry.claims[1] = { ...input.registry.claims[1], status: 'false' };
    input.registry.claims[0] = { ...input.registry.claims[0], context: 'a council briefing' };
    const exported = renderExport(input, 'claimreview', { author: 'Fact Desk' });
    const empty: ImportInput = {
      articles: [
        { file: 'harbour.txt', text: HARBOUR, sidecar: sidecar() },
        { file: 'coast.txt', text: COAST, sidecar: sidecar() },
      ],
      registry: emptyClaimsRegistry(),
    };
    const batch = planImport('claimreview', exported, empty, options());
    const strip = (r: ClaimsRegistry['claims']) => r.map((c) => ({ id: c.id, text: c.text, status: c.status, claimant: c.claimant, context: c.context, notes: c.notes })).sort((a, b) => a.id.localeCompare(b.id));
    assert.deepStrictEqual(strip(batch.claims), strip(input.registry.claims));
    // Appearances name the articles by their file IRI when they have no URL: coast.txt is found that way.
    assert.ok(batch.annotations.some((a) => a.file === 'coast.txt'));
  });
});

describe('[import/csv]', () => {
  it('parses quoted fields with commas, quote marks and line breaks', () => {
    assert.deepStrictEqual(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\r\n'), [['a', 'b'], ['x, "y"', 'line\nbreak']]);
  });

  it('round trip: Crosscheck’s own CSV export into an empty copy of the folder gives the same claims, statuses and evidence', () => {
    const input = exportInput();
    // A context that a spreadsheet would run as a formula comes back as written.
    input.registry.claims[0] = { ...input.registry.claims[0], context: '=a council briefing, "on the quay"' };
    const csv = renderExport(input, 'csv');
    const empty: ImportInput = {
      articles: [
        { file: 'harbour.txt', text: HARBOUR, sidecar: sidecar() },
        { file: 'coast.txt', text: COAST, sidecar: sidecar() },
      ],
      registry: emptyClaimsRegistry(),
    };
    const batch = planImport('csv', csv, empty, options());
    assert.deepStrictEqual(batch.notPlaced, []);
    const strip = (r: ClaimsRegistry['claims']) => r.map((c) => [c.id, c.text, c.status, c.claimant ?? '', c.context ?? '']).sort();
    assert.deepStrictEqual(strip(batch.claims), strip(input.registry.claims));
    const evidence = (list: { file: string; a: unknown }[]) => list.map((x) => JSON.stringify(x)).sort();
    const original = input.sources.flatMap((s) => (s.sidecar?.annotations ?? []).filter((a) => a.kind === 'evidence').map((a) => ({ file: s.file, a: a.kind === 'evidence' && [a.claimId, a.stance, a.target.start, a.target.end, a.note ?? ''] })));
    const imported = batch.annotations.map(({ file, annotation: a }) => ({ file, a: a.kind === 'evidence' && [a.claimId, a.stance, a.target.start, a.target.end, a.note ?? ''] }));
    assert.deepStrictEqual(evidence(imported), evidence(original));
    // Again: nothing new.
    const again = planImport('csv', csv, applied(empty, batch), options());
    assert.strictEqual(again.claims.length + again.annotations.length, 0);
  });

  it('refuses a CSV without the export’s columns', () => {
    assert.match(planImport('csv', 'name,value\r\nx,1\r\n', folder()).error ?? '', /lacks/);
  });

  it('lists rows whose article is not in the folder', () => {
    const csv = renderExport(exportInput(), 'csv');
    const only: ImportInput = { articles: [{ file: 'harbour.txt', text: HARBOUR, sidecar: sidecar() } satisfies ImportArticle], registry: emptyClaimsRegistry() };
    const batch = planImport('csv', csv, only, options());
    assert.deepStrictEqual(batch.notPlaced.map((n) => n.reason), ['no article coast.txt in the folder']);
  });
});
