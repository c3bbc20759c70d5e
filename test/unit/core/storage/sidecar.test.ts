import { strict as assert } from 'node:assert';
import { parseSidecar, serializeSidecar, sidecarSpec } from '../../../../src/core/storage/sidecar';
import { loadDocument } from '../../../../src/core/storage/document';
import { annotation, sidecar } from './builders';

const A1 = 'a_000000000001';
const A2 = 'a_000000000002';
const C1 = 'c_00000000000x';

describe('[storage/sidecar] parse', () => {
  it('reads a valid sidecar with every annotation kind, no diagnostics', () => {
    const doc = sidecar([
      annotation({ id: A1 }),
      annotation({ id: A2, kind: 'evidence', claimId: C1, stance: 'disputes' } as never),
      annotation({ id: 'a_000000000003', kind: 'speaker', speaker: null } as never),
      annotation({ id: 'a_000000000004', kind: 'quote', speaker: 'Ilse Varga' } as never),
      annotation({ id: 'a_000000000005', kind: 'entity', name: 'Port Ennis', entityType: 'place' } as never),
      annotation({ id: 'a_000000000006', kind: 'suppress', layer: 'entity' } as never),
    ]);
    const loaded = parseSidecar(JSON.stringify(doc));
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.writable, true);
    assert.deepEqual(loaded.value, doc);
  });

  it('treats empty text as an empty, writable sidecar', () => {
    const loaded = parseSidecar('  \n');
    assert.deepEqual(loaded.value, { version: 1, source: {}, annotations: [] });
    assert.equal(loaded.writable, true);
  });

  const invalid: Array<[string, string, string[]]> = [
    ['not JSON', '{"version": 1,,}', ['$: the sidecar is not valid JSON at line 1, column 15 (Expected double-quoted property name)']],
    ['not an object', '[1]', ['$: the sidecar must be a JSON object, found an array']],
    ['missing annotations', '{"version":1}', ['$.annotations: is missing']],
    ['bad version', '{"version":"one","annotations":[]}', ['$.version: must be a whole number ≥ 1, found the string "one"']],
    ['bad id', JSON.stringify(sidecar([annotation({ id: 'x1' })])), ['$.annotations[0].id: must be "a_" followed by 12 characters 0-9a-z, found the string "x1"']],
    ['bad kind', JSON.stringify(sidecar([annotation({ id: A1, kind: 'tag' } as never)])), ['$.annotations[0].kind: must be one of "evidence", "speaker", "quote", "entity", "suppress", "note", "check", found the string "tag"']],
    ['negative start', JSON.stringify(sidecar([annotation({ id: A1, target: { exact: 'x', prefix: '', suffix: '', start: -1, end: 0 } })])), ['$.annotations[0].target.start: must be a whole number ≥ 0, found number -1']],
    ['end before start', JSON.stringify(sidecar([annotation({ id: A1, target: { exact: 'x', prefix: '', suffix: '', start: 5, end: 4 } })])), ['$.annotations[0].target.end: must not be before start (5), found 4']],
    ['empty exact', JSON.stringify(sidecar([annotation({ id: A1, target: { exact: '', prefix: '', suffix: '', start: 0, end: 0 } })])), ['$.annotations[0].target.exact: must not be empty']],
    ['evidence without stance', JSON.stringify(sidecar([annotation({ id: A1, kind: 'evidence', claimId: C1 } as never)])), ['$.annotations[0].stance: is missing']],
    ['bad date', JSON.stringify(sidecar([annotation({ id: A1, created: 'yesterday' })])), ['$.annotations[0].created: must be an ISO 8601 date-time with time zone, found the string "yesterday"']],
    ['duplicate id', JSON.stringify(sidecar([annotation({ id: A1 }), annotation({ id: A1, note: 'again' })])), ['$.annotations[1].id: repeats the id of $.annotations[0] (a_000000000001); ids must be unique']],
    ['bad source date', JSON.stringify(sidecar([], { source: { date: '3 March' } })), ['$.source.date: must be a date yyyy-mm-dd, found the string "3 March"']],
  ];
  for (const [name, text, messages] of invalid) {
    it(`reports ${name} with its JSON path and becomes read-only`, () => {
      const loaded = parseSidecar(text);
      assert.deepEqual(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), messages);
      assert.equal(loaded.writable, false);
    });
  }

  it('keeps the readable annotations when one is broken', () => {
    const loaded = parseSidecar(JSON.stringify(sidecar([annotation({ id: A1 }), annotation({ id: 'bad' }), annotation({ id: A2 })])));
    assert.deepEqual(loaded.value.annotations.map((a) => a.id), [A1, A2]);
    assert.equal(loaded.writable, false);
  });

  it('keeps unknown properties (with a warning) so saving loses nothing', () => {
    const doc = { ...sidecar([{ ...annotation({ id: A1 }), colour: 'red' } as never]), reviewer: 'desk 2' };
    const loaded = parseSidecar(JSON.stringify(doc));
    assert.equal(loaded.writable, true);
    assert.deepEqual(loaded.diagnostics.map((d) => d.message), ['$.annotations[0].colour: unknown property (kept as is)', '$.reviewer: unknown property (kept as is)']);
    assert.match(serializeSidecar(loaded.value), /"colour": "red"/);
    assert.match(serializeSidecar(loaded.value), /"reviewer": "desk 2"/);
  });

  it('warns when start..end and exact disagree in length', () => {
    const loaded = parseSidecar(JSON.stringify(sidecar([annotation({ id: A1, target: { exact: 'Ilse', prefix: '', suffix: '', start: 15, end: 25 } })])));
    assert.deepEqual(loaded.diagnostics.map((d) => [d.severity, d.path]), [['warning', '$.annotations[0].target']]);
    assert.equal(loaded.writable, true);
  });
});

describe('[storage/sidecar] versions', () => {
  it('reads a newer version as far as it can and marks it read-only', () => {
    const loaded = parseSidecar(JSON.stringify({ ...sidecar([annotation({ id: A1 })]), version: 7, layers: ['x'] }));
    assert.equal(loaded.writable, false);
    assert.match(loaded.readOnlyReason ?? '', /newer Crosscheck \(version 7\)/);
    assert.deepEqual(loaded.value.annotations.map((a) => a.id), [A1]);
  });

  it('migrates an older version step by step and writes the current one', () => {
    // A hypothetical v2 that renamed `note` → `comment`: the mechanism real upgrades will use.
    const spec = sidecarSpec(2, { 1: (doc) => ({ ...doc, annotations: (doc.annotations as object[]).map((a) => ({ ...a, renamedFromV1: true })) }) });
    const loaded = loadDocument(JSON.stringify(sidecar([annotation({ id: A1 })])), spec);
    assert.equal(loaded.migratedFrom, 1);
    assert.equal(loaded.writable, true);
    assert.equal(loaded.value.version, 2);
    assert.equal((loaded.value.annotations[0] as unknown as Record<string, unknown>).renamedFromV1, true);
  });

  it('refuses an old version it has no upgrade for', () => {
    const loaded = loadDocument(JSON.stringify(sidecar([])), sidecarSpec(3, { 1: (d) => d }));
    assert.equal(loaded.writable, false);
    assert.deepEqual(loaded.diagnostics.map((d) => d.message), ['$.version: is 1, but there is no upgrade from version 2']);
  });
});

describe('[storage/sidecar] serialize', () => {
  it('writes sorted annotations with a fixed key order, two-space indent and a trailing newline', () => {
    const later = annotation({ id: A1, target: { exact: 'Port Ennis', prefix: 'quay at ', suffix: ' "will', start: 43, end: 53 } });
    const earlierB = annotation({ id: A2 });
    const earlierA = annotation({ id: 'a_000000000000' });
    const text = serializeSidecar({ annotations: [later, earlierB, earlierA], source: { url: 'https://ennis.example/quay', outlet: 'Ennis Gazette' }, version: 1 });
    assert.ok(text.endsWith('}\n'));
    const back = JSON.parse(text);
    assert.deepEqual(back.annotations.map((a: { id: string }) => a.id), ['a_000000000000', A2, A1]);
    assert.deepEqual(Object.keys(back), ['version', 'source', 'annotations']);
    assert.deepEqual(Object.keys(back.source), ['outlet', 'url']);
    assert.deepEqual(Object.keys(back.annotations[0]), ['id', 'kind', 'note', 'created', 'modified', 'target']);
    assert.deepEqual(Object.keys(back.annotations[0].target), ['exact', 'prefix', 'suffix', 'start', 'end']);
    assert.match(text, /^\{\n {2}"version": 1,\n/);
  });

  it('round-trips: parse(serialize(x)) == x and serialize is idempotent', () => {
    const doc = sidecar([annotation({ id: A2 }), annotation({ id: A1, kind: 'entity', name: 'Ilse Varga', entityType: 'person' } as never)]);
    const once = serializeSidecar(doc);
    const loaded = parseSidecar(once);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(serializeSidecar(loaded.value), once);
  });

  it('a one-field edit is a one-line diff', () => {
    const doc = sidecar([annotation({ id: A1 }), annotation({ id: A2 })]);
    const before = serializeSidecar(doc).split('\n');
    const after = serializeSidecar({ ...doc, annotations: [doc.annotations[0], { ...doc.annotations[1], note: 'confirmed' }] }).split('\n');
    assert.equal(before.length, after.length);
    assert.equal(before.filter((line, i) => line !== after[i]).length, 1);
  });

  it('reads a BOM-prefixed file', () => {
    const loaded = parseSidecar('\ufeff' + serializeSidecar(sidecar([])));
    assert.deepEqual(loaded.diagnostics, []);
  });
});
