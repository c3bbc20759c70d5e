// Who dismissed a claim suggestion, and when: stamped on a person's write, dropped when the
// suggestion is restored, read from files that have it and not required of files that do not,
// and carried by the merge driver with both people when both dismissed the same suggestion.
import * as assert from 'assert';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../../src/core/storage/claims';
import { mergeClaimsRegistries } from '../../../../src/core/storage/merge';
import type { ClaimsRegistry } from '../../../../src/core/storage/model';
import { stampRegistry } from '../../../../src/core/storage/trail';
import { registry } from './builders';

const INES = { by: 'Ines Moreau', at: '2026-05-01T09:00:00.000Z' };
const TOM = { by: 'Tom Hale', at: '2026-05-02T10:00:00.000Z' };
const dismissed = (r: ClaimsRegistry, ...keys: string[]): ClaimsRegistry => ({ ...r, dismissedSuggestions: [...r.dismissedSuggestions, ...keys].sort() });

describe('[storage/dismissals] the trail of dismissed suggestions', () => {
  it('a file from before the trail loads with no error, and is written back as it was', () => {
    const text = serializeClaimsRegistry(registry([], { dismissedSuggestions: ['s_old'] }));
    const loaded = parseClaimsRegistry(text);
    assert.deepStrictEqual(loaded.diagnostics, []);
    assert.deepStrictEqual(loaded.value.dismissedSuggestions, ['s_old']);
    assert.strictEqual(loaded.value.dismissals, undefined);
    assert.strictEqual(serializeClaimsRegistry(loaded.value), text);
    assert.ok(!text.includes('dismissals'));
  });

  it('a person’s dismissal is stamped with who and when; older keys stay without a name; restoring drops the record', () => {
    const before = registry([], { dismissedSuggestions: ['s_old'] });
    const after = stampRegistry(before, dismissed(before, 's_new'), INES);
    assert.deepStrictEqual(after.dismissals, [{ key: 's_new', ...INES }]);
    // Another write by someone else leaves Ines's record alone.
    const later = stampRegistry(after, dismissed(after, 's_third'), TOM);
    assert.deepStrictEqual(later.dismissals, [{ key: 's_new', ...INES }, { key: 's_third', ...TOM }]);
    const restored = stampRegistry(later, { ...later, dismissedSuggestions: ['s_old', 's_third'] }, TOM);
    assert.deepStrictEqual(restored.dismissals, [{ key: 's_third', ...TOM }]);

    const text = serializeClaimsRegistry(later);
    const back = parseClaimsRegistry(text);
    assert.deepStrictEqual(back.diagnostics, []);
    assert.deepStrictEqual(back.value.dismissals, later.dismissals);
    assert.ok(text.indexOf('"dismissedSuggestions"') < text.indexOf('"dismissals"'));
  });

  it('a record whose suggestion is no longer dismissed is not written', () => {
    const text = serializeClaimsRegistry(registry([], { dismissedSuggestions: ['s_b'], dismissals: [{ key: 's_a', ...INES }, { key: 's_b', ...TOM }] }));
    assert.deepStrictEqual(parseClaimsRegistry(text).value.dismissals, [{ key: 's_b', ...TOM }]);
  });

  it('a malformed record is an error like any other trail field; a long name is shortened', () => {
    for (const bad of [{ key: 's_a', by: '', at: INES.at }, { key: 's_a', by: 'X', at: 'yesterday' }, { by: 'X', at: INES.at }, 'Ines']) {
      const loaded = parseClaimsRegistry(JSON.stringify({ version: 1, claims: [], dismissedSuggestions: ['s_a'], dismissals: [bad] }));
      assert.ok(loaded.diagnostics.some((d) => d.severity === 'error' && d.path.startsWith('$.dismissals')), JSON.stringify(bad));
    }
    const long = parseClaimsRegistry(JSON.stringify({ version: 1, claims: [], dismissedSuggestions: ['s_a'], dismissals: [{ key: 's_a', by: 'x'.repeat(500), at: INES.at }] }));
    assert.strictEqual(long.value.dismissals?.[0].by.length, 200);
  });

  it('the merge driver carries the record of the side that dismissed, and both people when both did', () => {
    const base = registry([], {});
    const ours = { ...base, dismissedSuggestions: ['s_a', 's_both'], dismissals: [{ key: 's_a', ...INES }, { key: 's_both', ...TOM }] };
    const theirs = { ...base, dismissedSuggestions: ['s_both'], dismissals: [{ key: 's_both', ...INES }] };
    const merged = mergeClaimsRegistries(base, ours, theirs).value;
    assert.deepStrictEqual(merged.dismissedSuggestions, ['s_a', 's_both']);
    assert.deepStrictEqual(merged.dismissals, [
      { key: 's_a', ...INES },
      { key: 's_both', ...INES, alsoChangedBy: [TOM] },
    ]);
    // One side restored a suggestion both had dismissed: it is restored, and its record goes.
    const restoredOurs = { ...ours, dismissedSuggestions: ['s_a'], dismissals: [{ key: 's_a', ...INES }] };
    const again = mergeClaimsRegistries(ours, restoredOurs, ours).value;
    assert.deepStrictEqual(again.dismissals, [{ key: 's_a', ...INES }]);
    assert.ok(!serializeClaimsRegistry(again).includes('s_both'));
  });
});
