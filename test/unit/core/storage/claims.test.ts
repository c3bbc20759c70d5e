import { strict as assert } from 'node:assert';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../../src/core/storage/claims';
import { claim, registry } from './builders';

const C1 = 'c_000000000001';
const C2 = 'c_000000000002';

describe('[storage/claims] parse', () => {
  it('reads a valid registry with claims, alias overrides and dismissed suggestions', () => {
    const doc = registry([claim({ id: C1, claimant: 'Ilse Varga', notes: 'port office to confirm' })], {
      aliasOverrides: [
        { id: 'm1', kind: 'merge', canonical: 'Ilse Varga', aliases: ['I. Varga', 'Varga'], type: 'person' },
        { id: 's1', kind: 'split', name: 'Varga Shipping', from: 'Varga' },
      ],
      dismissedSuggestions: ['k1'],
    });
    const loaded = parseClaimsRegistry(JSON.stringify(doc));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.value, doc);
    assert.equal(loaded.writable, true);
  });

  const invalid: Array<[string, unknown, string[]]> = [
    ['missing claims', { version: 1 }, ['$.claims: is missing']],
    ['bad status', registry([claim({ id: C1, status: 'true' as never })]), ['$.claims[0].status: must be one of "unverified", "supported", "disputed", "false", "needs-context", found the string "true"']],
    ['empty text', registry([claim({ id: C1, text: '' })]), ['$.claims[0].text: must not be empty']],
    ['annotation id as claim id', registry([claim({ id: 'a_000000000001' })]), ['$.claims[0].id: must be "c_" followed by 12 characters 0-9a-z, found the string "a_000000000001"']],
    ['merge without aliases', registry([], { aliasOverrides: [{ id: 'm1', kind: 'merge', canonical: 'X' } as never] }), ['$.aliasOverrides[0].aliases: is missing']],
    ['dismissed not strings', { ...registry([]), dismissedSuggestions: [3] }, ['$.dismissedSuggestions[0]: must be a string, found number 3']],
    ['duplicate claim', registry([claim({ id: C1 }), claim({ id: C1 })]), ['$.claims[1].id: repeats the id of $.claims[0] (c_000000000001); ids must be unique']],
  ];
  for (const [name, doc, messages] of invalid) {
    it(`reports ${name} with its JSON path and becomes read-only`, () => {
      const loaded = parseClaimsRegistry(JSON.stringify(doc));
      assert.deepEqual(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), messages);
      assert.equal(loaded.writable, false);
    });
  }
});

describe('[storage/claims] serialize', () => {
  it('sorts claims by created then id, alias overrides by id, dismissed keys deduplicated', () => {
    const text = serializeClaimsRegistry(registry(
      [claim({ id: C2, created: '2026-03-02T09:00:00.000Z' }), claim({ id: 'c_00000000000z' }), claim({ id: C1 })],
      { dismissedSuggestions: ['b', 'a', 'b'], aliasOverrides: [{ id: 'z', kind: 'split', name: 'N', from: 'F' }, { id: 'a', kind: 'split', name: 'N', from: 'F' }] },
    ));
    const back = JSON.parse(text);
    assert.deepEqual(back.claims.map((c: { id: string }) => c.id), [C1, 'c_00000000000z', C2]);
    assert.deepEqual(back.aliasOverrides.map((c: { id: string }) => c.id), ['a', 'z']);
    assert.deepEqual(back.dismissedSuggestions, ['a', 'b']);
    assert.deepEqual(Object.keys(back), ['version', 'claims', 'aliasOverrides', 'dismissedSuggestions']);
    assert.deepEqual(Object.keys(back.claims[0]), ['id', 'text', 'status', 'created', 'modified']);
    assert.ok(text.endsWith('}\n'));
  });

  it('round-trips and is idempotent', () => {
    const once = serializeClaimsRegistry(registry([claim({ id: C2, notes: 'n' }), claim({ id: C1 })]));
    const loaded = parseClaimsRegistry(once);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(serializeClaimsRegistry(loaded.value), once);
  });
});
