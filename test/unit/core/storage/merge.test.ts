import { strict as assert } from 'node:assert';
import { mergeClaimsRegistries, mergeSidecars } from '../../../../src/core/storage/merge';
import type { Annotation } from '../../../../src/core/storage/model';
import { annotation, claim, registry, sidecar } from './builders';

const A1 = 'a_000000000001';
const A2 = 'a_000000000002';
const A3 = 'a_000000000003';
const later = '2026-03-05T12:00:00.000Z';

function edited(a: Annotation, changes: Record<string, unknown>, modified = later): Annotation {
  return { ...a, ...changes, modified } as Annotation;
}

describe('[storage/merge] sidecars by annotation id', () => {
  const a1 = annotation({ id: A1 });
  const a2 = annotation({ id: A2, note: 'second' });
  const base = sidecar([a1, a2]);

  const clean: Array<[string, Annotation[], Annotation[], Annotation[]]> = [
    ['additions on both sides are kept', [a1, a2, annotation({ id: A3 })], [a1, a2, annotation({ id: 'a_000000000004' })], [a1, a2, annotation({ id: A3 }), annotation({ id: 'a_000000000004' })]],
    ['an edit on one side wins over the unchanged other', [edited(a1, { note: 'ours' }), a2], [a1, a2], [edited(a1, { note: 'ours' }), a2]],
    ['different annotations edited on each side', [edited(a1, { note: 'ours' }), a2], [a1, edited(a2, { note: 'theirs' })], [edited(a1, { note: 'ours' }), edited(a2, { note: 'theirs' })]],
    ['a deletion on one side, no change on the other', [a2], [a1, a2], [a2]],
    ['different fields of one annotation combine; later modified wins', [edited(a1, { note: 'ours' }, '2026-03-06T00:00:00.000Z'), a2], [edited(a1, { kind: 'note', target: { ...a1.target, start: 99, end: 109 } }), a2], [{ ...a1, note: 'ours', target: { ...a1.target, start: 99, end: 109 }, modified: '2026-03-06T00:00:00.000Z' } as Annotation, a2]],
    ['the same edit on both sides', [edited(a1, { note: 'same' }), a2], [edited(a1, { note: 'same' }), a2], [edited(a1, { note: 'same' }), a2]],
  ];
  for (const [name, ours, theirs, expected] of clean) {
    it(name, () => {
      const out = mergeSidecars(base, sidecar(ours), sidecar(theirs));
      assert.equal(out.conflicts, 0);
      assert.equal(out.value.conflicts, undefined);
      assert.deepEqual([...out.value.annotations].sort((x, y) => (x.id < y.id ? -1 : 1)), expected);
    });
  }

  it('the same field edited differently: ours kept in place, all versions recorded', () => {
    const ours = edited(a1, { note: 'ours' });
    const theirs = edited(a1, { note: 'theirs' });
    const out = mergeSidecars(base, sidecar([ours, a2]), sidecar([theirs, a2]));
    assert.equal(out.conflicts, 1);
    assert.deepEqual(out.value.annotations, [ours, a2]);
    assert.deepEqual(out.value.conflicts, [{ kind: 'annotation', id: A1, base: a1, ours, theirs }]);
    assert.match(out.notes.join('\n'), /conflict: annotation a_000000000001 changed differently on both sides/);
  });

  it('edited on one side, deleted on the other: the edit survives, the deletion is recorded', () => {
    const theirs = edited(a1, { note: 'theirs' });
    const out = mergeSidecars(base, sidecar([a2]), sidecar([theirs, a2]));
    assert.equal(out.conflicts, 1);
    assert.deepEqual(out.value.annotations, [a2, theirs]);
    assert.deepEqual(out.value.conflicts, [{ kind: 'annotation', id: A1, base: a1, ours: null, theirs }]);
  });

  it('source fields merge three-way; a clash is a source conflict', () => {
    const out = mergeSidecars(
      sidecar([], { source: { outlet: 'Ennis Gazette', title: 'Quay' } }),
      sidecar([], { source: { outlet: 'Ennis Gazette', title: 'Quay four reopens' } }),
      sidecar([], { source: { outlet: 'The Ennis Gazette', title: 'Quay four to reopen' } }),
    );
    assert.deepEqual(out.value.source, { outlet: 'The Ennis Gazette', title: 'Quay four reopens' });
    assert.deepEqual(out.value.conflicts, [{ kind: 'source', id: 'title', base: 'Quay', ours: 'Quay four reopens', theirs: 'Quay four to reopen' }]);
  });
});

describe('[storage/merge] claims registries', () => {
  const c1 = claim({ id: 'c_000000000001' });
  const base = registry([c1], { dismissedSuggestions: ['k1', 'k2'] });

  it('merges claims by id and dismissed keys as sets (a removal on either side sticks)', () => {
    const c2 = claim({ id: 'c_000000000002', text: 'Ferries resume on Monday.' });
    const out = mergeClaimsRegistries(
      base,
      registry([{ ...c1, status: 'supported', modified: later }], { dismissedSuggestions: ['k1', 'k2', 'k3'] }),
      registry([c1, c2], { dismissedSuggestions: ['k2'] }),
    );
    assert.equal(out.conflicts, 0);
    assert.deepEqual(out.value.claims.map((c) => [c.id, c.status]), [['c_000000000001', 'supported'], ['c_000000000002', 'unverified']]);
    assert.deepEqual(out.value.dismissedSuggestions, ['k2', 'k3']);
  });

  it('a status set differently on both sides is a claim conflict', () => {
    const out = mergeClaimsRegistries(base, registry([{ ...c1, status: 'false' }]), registry([{ ...c1, status: 'supported' }]));
    assert.equal(out.conflicts, 1);
    assert.equal(out.value.claims[0].status, 'false');
    assert.equal(out.value.conflicts?.[0].kind, 'claim');
  });
});
