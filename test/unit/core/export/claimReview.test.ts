import * as assert from 'assert';
import { buildReport } from '../../../../src/core/export/report';
import { checkClaimReviews, toClaimReviews } from '../../../../src/core/export/claimReview';
import { renderExportChecked } from '../../../../src/core/export';
import { exportInput } from './fixture';

describe('[export/claimReview]', () => {
  const reviews = toClaimReviews(buildReport(exportInput()), { author: 'Tern Row Fact Desk', baseUrl: 'https://factdesk.example/tern-row' });

  it('reviews only claims with a verdict', () => {
    assert.deepStrictEqual(
      reviews.map((r) => r.claimReviewed),
      ['About 1,200 residents of Tern Row were evacuated.'],
    );
  });

  it('has the fields Google documents for fact-check markup', () => {
    const r = reviews[0];
    assert.strictEqual(r['@context'], 'https://schema.org');
    assert.strictEqual(r['@type'], 'ClaimReview');
    assert.strictEqual(r.url, 'https://factdesk.example/tern-row#c_evacuated001');
    assert.deepStrictEqual(r.author, { '@type': 'Organization', name: 'Tern Row Fact Desk' });
    assert.strictEqual(r.datePublished, '2026-03-06');
    assert.deepStrictEqual(r.reviewRating, {
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Disputed',
      ratingExplanation: 'Coast Daily says 1,500',
    });
  });

  it('describes the claim with every appearance and the earliest as the first', () => {
    const item = reviews[0].itemReviewed;
    assert.ok(item.appearance);
    assert.strictEqual(item['@type'], 'Claim');
    assert.deepStrictEqual(item.author, { '@type': 'Organization', name: 'City officials' });
    assert.deepStrictEqual(
      item.appearance.map((a) => [a.url, a.datePublished]),
      [
        ['https://gazette.example/port-fire', '2026-03-03'],
        ['file:///stories/tern%20row/coast.txt', '2026-03-04'],
      ],
    );
    assert.deepStrictEqual(item.firstAppearance, item.appearance[0]);
    assert.strictEqual(item.datePublished, '2026-03-03');
  });

  it('carries the claim\'s context as itemReviewed.description, and names a publisher only when one is set', () => {
    const input = exportInput();
    input.registry.claims = input.registry.claims.map((c) => ({ ...c, context: 'a council briefing' }));
    const [withPublisher] = toClaimReviews(buildReport(input), { author: 'Tern Row Fact Desk', publisher: 'Tern Row Evening News' });
    assert.strictEqual(withPublisher.itemReviewed.description, 'a council briefing');
    assert.deepStrictEqual(withPublisher.publisher, { '@type': 'Organization', name: 'Tern Row Evening News' });
    assert.strictEqual('publisher' in reviews[0], false);
    assert.strictEqual('description' in reviews[0].itemReviewed, false);
    const rendered = JSON.parse(renderExportChecked(input, 'claimreview', { author: 'A', publisher: 'P' }).text);
    assert.deepStrictEqual(rendered[0].publisher, { '@type': 'Organization', name: 'P' });
  });

  it('maps every verdict to a rating between worst and best', () => {
    const input = exportInput();
    const statuses = ['supported', 'false', 'needs-context', 'disputed'] as const;
    input.registry.claims = statuses.map((status, i) => ({ ...input.registry.claims[0], id: `c_${i}`, status }));
    const got = toClaimReviews(buildReport(input), { author: 'x' }).map((r) => [r.reviewRating.ratingValue, r.reviewRating.alternateName]);
    assert.deepStrictEqual(got, [
      [5, 'Supported'],
      [1, 'False'],
      [3, 'Needs context'],
      [2, 'Disputed'],
    ]);
  });

  it('warns about what keeps a review out of Google fact-check results', () => {
    const input = exportInput();
    input.registry.claims[1].status = 'false';
    input.registry.claims[1].text = 'The fire started because a pump failed, according to a union official who spoke to us.';
    input.sources.forEach((s) => s.sidecar && (s.sidecar.annotations = s.sidecar.annotations.filter((a) => a.kind !== 'evidence' || a.claimId !== 'c_pumpfailed01')));
    const got = checkClaimReviews(toClaimReviews(buildReport(input), { author: 'x' }));
    assert.deepStrictEqual(got, [
      { severity: 'warning', message: 'c_pumpfailed01: claimReviewed is 86 characters; Google wants under 75' },
      { severity: 'info', message: 'c_pumpfailed01: no source has evidence for this claim, so the review lists no appearance' },
      { severity: 'info', message: 'review urls are not web addresses: give the page the reviews are published on as the base url' },
    ]);
    assert.deepStrictEqual(checkClaimReviews(toClaimReviews(buildReport(exportInput()), { author: 'x', baseUrl: 'https://f.example/r' })), []);
  });

  it('an export reports the decisions it had to leave out', () => {
    const { diagnostics } = renderExportChecked(exportInput(), 'md');
    assert.deepStrictEqual(diagnostics, [
      { severity: 'warning', message: 'harbour.txt: note a_or0000000001 could not be placed (its passage is no longer in the text); left out' },
    ]);
  });
});
