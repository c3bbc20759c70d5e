import { strict as assert } from 'node:assert';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../../src/core/storage/claims';
import { mergeClaimsRegistries, mergeSidecars } from '../../../../src/core/storage/merge';
import { parseSidecar, serializeSidecar } from '../../../../src/core/storage/sidecar';
import { annotation, claim, registry, sidecar } from './builders';

const later = '2026-03-05T12:00:00.000Z';

describe('[storage/readConflict] conflict records survive a save and a load', () => {
  it('an annotation conflict and a source conflict in a sidecar', () => {
    const a1 = annotation({ id: 'a_000000000001' });
    const base = sidecar([a1], { source: { title: 'Quay' } });
    const ours = sidecar([{ ...a1, note: 'ours', modified: later }], { source: { title: 'Quay four reopens' } });
    const theirs = sidecar([{ ...a1, note: 'theirs', modified: later }], { source: { title: 'Quay four to reopen' } });
    const merged = mergeSidecars(base, ours, theirs).value;
    assert.equal(merged.conflicts?.length, 2);
    const loaded = parseSidecar(serializeSidecar(merged));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.value.conflicts, merged.conflicts);
  });

  it('a claim conflict in a registry', () => {
    const c1 = claim({ id: 'c_000000000001' });
    const merged = mergeClaimsRegistries(
      registry([c1]),
      registry([{ ...c1, text: 'ours', modified: later }]),
      registry([{ ...c1, text: 'theirs', modified: later }]),
    ).value;
    assert.equal(merged.conflicts?.length, 1);
    const loaded = parseClaimsRegistry(serializeClaimsRegistry(merged));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.value.conflicts, merged.conflicts);
  });

  const broken: [string, unknown, RegExp][] = [
    ['not an object', 'oops', /\$\.conflicts\[0\]: must be an object/],
    ['a source side that is not text', { kind: 'source', id: 'title', base: null, ours: 4, theirs: 'x' }, /\$\.conflicts\[0\]\.ours: must be a string or null/],
    ['a source id that is no source field', { kind: 'source', id: 'colour', base: null, ours: 'a', theirs: 'b' }, /\$\.conflicts\[0\]\.id: is not a source field/],
  ];
  for (const [name, record, message] of broken) {
    it(`reports ${name}`, () => {
      const text = JSON.stringify({ version: 1, source: {}, annotations: [], conflicts: [record] });
      const loaded = parseSidecar(text);
      assert.match(loaded.diagnostics.map((d) => `${d.path}: ${d.message}`).join('\n'), message);
    });
  }
});
