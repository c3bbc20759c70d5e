import { strict as assert } from 'node:assert';
import type { Annotation } from '../../../../src/core/storage/model';
import { reapplyRegistry, reapplySidecar } from '../../../../src/core/storage/reapply';
import { annotation, claim, registry, sidecar } from './builders';

const A1 = 'a_000000000001';
const A2 = 'a_000000000002';
const A3 = 'a_000000000003';
const C1 = 'c_000000000001';
const C2 = 'c_000000000002';
const byId = (list: { id: string }[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));

describe('[storage/reapply] undo and redo as a three-way merge', () => {
  const a1 = annotation({ id: A1 });
  const a2 = annotation({ id: A2, note: 'second' });

  it('undoing an addition removes it; redoing adds it back', () => {
    const before = sidecar([a1]);
    const after = sidecar([a1, a2]);
    const undone = reapplySidecar(after, before, after);
    assert.equal(undone.kind, 'applied');
    assert.deepEqual(undone.kind === 'applied' && undone.value.annotations, [a1]);
    assert.equal(undone.kind === 'applied' && undone.outsideChanges, false);
    const redone = reapplySidecar(before, after, undone.kind === 'applied' ? undone.value : before);
    assert.deepEqual(redone.kind === 'applied' && byId(redone.value.annotations), [a1, a2]);
  });

  it('keeps what changed outside since, and says the file had changed', () => {
    const before = sidecar([a1]);
    const after = sidecar([a1, a2]);
    const a3 = annotation({ id: A3, note: 'added by a colleague' });
    const current = sidecar([{ ...a1, note: 'edited outside' } as Annotation, a2, a3], { source: { outlet: 'Renamed Outlet' } });
    const undone = reapplySidecar(after, before, current);
    assert.equal(undone.kind, 'applied');
    if (undone.kind !== 'applied') return;
    assert.equal(undone.outsideChanges, true);
    assert.deepEqual(byId(undone.value.annotations), [{ ...a1, note: 'edited outside' }, a3]);
    assert.deepEqual(undone.value.source, { outlet: 'Renamed Outlet' });
  });

  it('a list read back in another order is not an outside change', () => {
    const undone = reapplySidecar(sidecar([a2, a1]), sidecar([a1]), sidecar([a1, a2]));
    assert.equal(undone.kind === 'applied' && undone.outsideChanges, false);
  });

  it('refuses, writing nothing, when the item the step touched changed since', () => {
    const before = sidecar([a1]);
    const after = sidecar([a1, a2]);
    const current = sidecar([a1, { ...a2, note: 'edited since' } as Annotation]);
    assert.deepEqual(reapplySidecar(after, before, current), { kind: 'conflict', items: [A2] });
  });

  it('refuses a source field changed since', () => {
    const before = sidecar([], { source: { outlet: 'Old' } });
    const after = sidecar([], { source: { outlet: 'New' } });
    const current = sidecar([], { source: { outlet: 'Newer' } });
    assert.deepEqual(reapplySidecar(after, before, current), { kind: 'conflict', items: ['source.outlet'] });
  });

  it('undoing a deleted claim restores it beside claims added since; a status change merges with a note edited since', () => {
    const c1 = claim({ id: C1 });
    const c2 = claim({ id: C2, text: 'Added later.' });
    const restored = reapplyRegistry(registry([]), registry([c1]), registry([c2]));
    assert.deepEqual(restored.kind === 'applied' && byId(restored.value.claims), [c1, c2]);

    const statusBefore = registry([c1]);
    const statusAfter = registry([{ ...c1, status: 'false', modified: '2026-03-02T00:00:00.000Z' }]);
    const noteSince = registry([{ ...c1, status: 'false', notes: 'ask the port office', modified: '2026-03-03T00:00:00.000Z' }]);
    const undone = reapplyRegistry(statusAfter, statusBefore, noteSince);
    assert.equal(undone.kind, 'applied');
    assert.deepEqual(undone.kind === 'applied' && undone.value.claims.map((c) => [c.status, c.notes]), [['unverified', 'ask the port office']]);
  });

  it('undoing a dismissal brings the suggestion back; one dismissed since stays dismissed', () => {
    const undone = reapplyRegistry(registry([], { dismissedSuggestions: ['k1'] }), registry([]), registry([], { dismissedSuggestions: ['k1', 'k2'] }));
    assert.deepEqual(undone.kind === 'applied' && undone.value.dismissedSuggestions, ['k2']);
  });
});
