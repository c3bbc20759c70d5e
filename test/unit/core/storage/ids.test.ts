import { strict as assert } from 'node:assert';
import { ANNOTATION_ID_PATTERN, CLAIM_ID_PATTERN, newAnnotationId, newClaimId, seededRandomSource } from '../../../../src/core/storage/ids';
import { createAnnotation, createClaim } from '../../../../src/core/storage/create';
import { ARTICLE } from './builders';

describe('[storage/ids] random ids', () => {
  it('has the documented shape with the platform source', () => {
    for (let i = 0; i < 200; i++) {
      assert.match(newAnnotationId(), ANNOTATION_ID_PATTERN);
      assert.match(newClaimId(), CLAIM_ID_PATTERN);
    }
  });

  it('is repeatable with a seeded source and distinct across draws', () => {
    const a = seededRandomSource(42);
    const b = seededRandomSource(42);
    const first = Array.from({ length: 1000 }, () => newAnnotationId(a));
    assert.deepEqual(first.slice(0, 3), Array.from({ length: 3 }, () => newAnnotationId(b)));
    assert.equal(new Set(first).size, 1000);
  });

  it('uses every base-36 character (no modulo bias hole)', () => {
    const random = seededRandomSource(7);
    const seen = new Set(Array.from({ length: 300 }, () => newClaimId(random).slice(2)).join(''));
    assert.equal(seen.size, 36);
  });
});

describe('[storage/create] builders', () => {
  const now = () => new Date('2026-03-04T05:06:07.000Z');
  it('creates an annotation with both selectors and 32 characters of context', () => {
    const start = ARTICLE.indexOf('Port Ennis');
    const a = createAnnotation(ARTICLE, start, start + 10, { kind: 'entity', name: 'Port Ennis', entityType: 'place' }, { random: seededRandomSource(1), now });
    assert.match(a.id, ANNOTATION_ID_PATTERN);
    assert.deepEqual(a.target, { exact: 'Port Ennis', prefix: 'ter Ilse Varga said the quay at ', suffix: ' "will reopen by Friday" after t', start: 43, end: 53 });
    assert.equal(a.created, '2026-03-04T05:06:07.000Z');
    assert.equal(a.modified, a.created);
  });

  it('clamps offsets outside the text instead of throwing', () => {
    const a = createAnnotation('short', 3, 99, { kind: 'note', note: 'n' }, { random: seededRandomSource(1), now });
    assert.deepEqual(a.target, { exact: 'rt', prefix: 'sho', suffix: '', start: 3, end: 5 });
  });

  it('creates an unverified claim', () => {
    const c = createClaim('Ferries resume on Monday.', { claimant: 'Ennis Ferries' }, { random: seededRandomSource(3), now });
    assert.match(c.id, CLAIM_ID_PATTERN);
    assert.equal(c.status, 'unverified');
    assert.equal(c.claimant, 'Ennis Ferries');
  });
});
