import { strict as assert } from 'node:assert';
import { parseSidecar, serializeSidecar } from '../../../../src/core/storage/sidecar';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../../src/core/storage/claims';

// Unknown properties are reported "kept as is": that must be true for every name, "__proto__"
// included, and reading one must never change an object's prototype.
const TEXT = `{"version":1,"__proto__":{"polluted":true},"source":{"title":"T","__proto__":{"x":1}},"annotations":[{"id":"a_000000000001","kind":"note","note":"n","created":"2026-03-01T10:00:00Z","modified":"2026-03-01T10:00:00Z","__proto__":{"y":2},"target":{"exact":"quay","prefix":"","suffix":"","start":0,"end":4,"__proto__":{"z":3}}}]}`;

describe('[storage/protoExtras] "__proto__" extra keys round-trip as data', () => {
  it('sidecar: kept through a load and a save, no prototype touched', () => {
    const loaded = parseSidecar(TEXT);
    assert.equal(loaded.writable, true);
    assert.ok(loaded.diagnostics.some((d) => /__proto__/.test(d.path) && /kept/.test(d.message)));
    assert.equal(Object.getPrototypeOf(loaded.value), Object.prototype);
    assert.equal(Object.getPrototypeOf(loaded.value.annotations[0]), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const saved = JSON.parse(serializeSidecar(loaded.value)) as Record<string, unknown>;
    const again = parseSidecar(serializeSidecar(loaded.value));
    assert.deepEqual(JSON.parse(serializeSidecar(again.value)), saved);
    const own = (o: unknown) => Object.getOwnPropertyDescriptor(o, '__proto__')?.value as unknown;
    assert.deepEqual(own(saved), { polluted: true });
    assert.deepEqual(own((saved.source as object)), { x: 1 });
    const annotation = (saved.annotations as object[])[0];
    assert.deepEqual(own(annotation), { y: 2 });
    assert.deepEqual(own((annotation as { target: object }).target), { z: 3 });
  });

  it('claims registry: kept through a load and a save', () => {
    const text = `{"version":1,"__proto__":{"p":1},"claims":[{"id":"c_000000000001","text":"x","status":"unverified","created":"2026-03-01T10:00:00Z","modified":"2026-03-01T10:00:00Z","__proto__":{"q":2}}]}`;
    const saved = JSON.parse(serializeClaimsRegistry(parseClaimsRegistry(text).value)) as Record<string, unknown>;
    const own = (o: unknown) => Object.getOwnPropertyDescriptor(o, '__proto__')?.value as unknown;
    assert.deepEqual(own(saved), { p: 1 });
    assert.deepEqual(own((saved.claims as object[])[0]), { q: 2 });
  });
});
