import { strict as assert } from 'node:assert';
import type { Claim } from '../../../../src/core/storage/model';
import { describeClaimFilter, isFiltered, matchesClaim, sortClaims, type ClaimFacts, type ClaimFilterWords } from '../../../../src/extension/views/filters/claimFilter';

// Fictional claims written for this test.
function facts(id: string, overrides: Partial<Claim>, outlets: string[] = [], passages: string[] = [], lastChange = '2026-05-01T00:00:00.000Z'): ClaimFacts {
  const claim: Claim = { id, text: 'A claim', status: 'unverified', created: `2026-05-0${id.slice(-1)}T00:00:00.000Z`, modified: '2026-05-01T00:00:00.000Z', ...overrides };
  return { claim, outlets, passages, lastChange };
}

const quay = facts('c_1', { text: 'The north quay closes for three weeks', status: 'disputed' }, ['Lowmoor Bulletin', 'Coastline Courier'], ['Repairs close the north quay'], '2026-05-04T00:00:00.000Z');
const slip = facts('c_2', { text: 'Boats use the south slip', status: 'supported', notes: 'ask Davin Marsh' }, ['Lowmoor Bulletin'], ['Fishing boats will use the south slip'], '2026-05-06T00:00:00.000Z');
const money = facts('c_3', { text: 'Money was set aside last year', status: 'false' }, [], [], '2026-05-02T00:00:00.000Z');
const all = [quay, slip, money];
const ids = (list: ClaimFacts[]) => list.map((f) => f.claim.id);

describe('[views/filters] the Claims view filter and sort', () => {
  it('no facet shows every claim', () => {
    assert.equal(isFiltered({}), false);
    assert.deepEqual(ids(all.filter((f) => matchesClaim({}, f))), ['c_1', 'c_2', 'c_3']);
  });

  it('filters by status, by text (claim, notes, evidence; case and spacing ignored), by outlet and by entity', () => {
    assert.deepEqual(ids(all.filter((f) => matchesClaim({ statuses: ['false', 'disputed'] }, f))), ['c_1', 'c_3']);
    assert.deepEqual(ids(all.filter((f) => matchesClaim({ text: 'SOUTH   slip' }, f))), ['c_2']);
    assert.deepEqual(ids(all.filter((f) => matchesClaim({ text: 'davin' }, f))), ['c_2']);
    assert.deepEqual(ids(all.filter((f) => matchesClaim({ outlet: 'Coastline Courier' }, f))), ['c_1']);
    assert.deepEqual(ids(all.filter((f) => matchesClaim({ entity: { name: 'Fennick North Quay', names: ['north quay'] } }, f))), ['c_1']);
    assert.deepEqual(ids(all.filter((f) => matchesClaim({ statuses: ['supported'], outlet: 'Coastline Courier' }, f))), []);
  });

  it('sorts as filed, by status (most damning first), by number of outlets, by last change', () => {
    assert.deepEqual(ids(sortClaims(all, 'filed')), ['c_1', 'c_2', 'c_3']);
    assert.deepEqual(ids(sortClaims(all, 'status')), ['c_3', 'c_1', 'c_2']);
    assert.deepEqual(ids(sortClaims(all, 'outlets')), ['c_1', 'c_2', 'c_3']);
    assert.deepEqual(ids(sortClaims(all, 'modified')), ['c_2', 'c_1', 'c_3']);
  });

  it('"filed" is the manual order once someone moved claims: ranked first, by rank', () => {
    const ranked = [quay, { ...slip, claim: { ...slip.claim, rank: 1 } }, { ...money, claim: { ...money.claim, rank: 0 } }];
    assert.deepEqual(ids(sortClaims(ranked, 'filed')), ['c_3', 'c_2', 'c_1']);
  });

  it('describes the active filter for the view title in the words it is given, and nothing when none is on', () => {
    const words: ClaimFilterWords = {
      statuses: (s) => s.join(', '),
      text: (t) => `“${t}”`,
      outlet: (o) => `in ${o}`,
      entity: (n) => `naming ${n}`,
      sort: (s) => `by ${s === 'modified' ? 'last change' : s}`,
    };
    assert.equal(describeClaimFilter({}, 'filed', words), undefined);
    assert.equal(
      describeClaimFilter({ statuses: ['false', 'disputed'], text: ' quay ', outlet: 'Coastline Courier', entity: { name: 'Davin Marsh', names: [] } }, 'outlets', words),
      'false, disputed · “quay” · in Coastline Courier · naming Davin Marsh · by outlets',
    );
    assert.equal(describeClaimFilter({}, 'modified', words), 'by last change');
  });
});
