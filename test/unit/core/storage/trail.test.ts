// The verification trail in the core: who decided each item and when (stamping a person's write),
// reading old and new files, the merge driver keeping both authors, undo restoring them, and the
// checked mark reaching the analysis and every export. Names and text are fictional.
import { strict as assert } from 'node:assert';
import { applyDecisions } from '../../../../src/core/storage/applyDecisions';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../../src/core/storage/claims';
import { mergeClaimsRegistries, mergeSidecars } from '../../../../src/core/storage/merge';
import type { Annotation, Claim, Decision, Sidecar } from '../../../../src/core/storage/model';
import { reapplySidecar } from '../../../../src/core/storage/reapply';
import { parseSidecar, serializeSidecar } from '../../../../src/core/storage/sidecar';
import { stampRegistry, stampSidecar } from '../../../../src/core/storage/trail';
import { MAX_ALSO_CHANGED_BY, MAX_AUTHOR_LENGTH } from '../../../../src/core/storage/limits';
import { ARTICLE, annotation, claim, registry, sidecar } from './builders';

const A1 = 'a_000000000001';
const A2 = 'a_000000000002';
const C1 = 'c_000000000001';
const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-03T15:30:00.000Z';
const ana: Decision = { by: 'Ana Ruiz', at: T1 };
const tom: Decision = { by: 'Tom Hale', at: T2 };
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id) as T;

describe('[storage/trail] stamping a person\'s write', () => {
  it('a new annotation records who added it, and when', () => {
    const after = sidecar([annotation({ id: A1, created: T1, modified: T1 })]);
    const out = stampSidecar(sidecar([]), after, ana);
    assert.deepEqual(
      { createdBy: out.annotations[0].createdBy, modifiedBy: out.annotations[0].modifiedBy, created: out.annotations[0].created, modified: out.annotations[0].modified },
      { createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz', created: T1, modified: T1 },
    );
  });

  it('a changed annotation records who changed it and keeps who added it; an untouched one is left alone', () => {
    const before = sidecar([annotation({ id: A1, createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz' }), annotation({ id: A2, note: 'other' })]);
    const after = sidecar([annotation({ id: A1, createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz', note: 'call the port office', modified: T2 }), before.annotations[1]]);
    const out = stampSidecar(before, after, tom);
    const changed = byId(out.annotations, A1);
    assert.equal(changed.createdBy, 'Ana Ruiz');
    assert.equal(changed.modifiedBy, 'Tom Hale');
    assert.equal(changed.modified, T2, 'the time the writer set is kept');
    assert.equal(byId(out.annotations, A2), before.annotations[1], 'unchanged item is the same object');
  });

  it('a change that did not touch `modified` gets the decision\'s time', () => {
    const before = sidecar([annotation({ id: A1, kind: 'evidence', claimId: C1, stance: 'mentions' } as never)]);
    const after = sidecar([{ ...before.annotations[0], stance: 'disputes' } as Annotation]);
    const out = byId(stampSidecar(before, after, tom).annotations, A1);
    assert.deepEqual([out.modified, out.modifiedBy], [T2, 'Tom Hale']);
  });

  it('an author set by the writer (a merge of someone else\'s work) is kept', () => {
    const before = sidecar([annotation({ id: A1, modifiedBy: 'Ana Ruiz' })]);
    const after = sidecar([annotation({ id: A1, modifiedBy: 'Lee Park', note: 'theirs', modified: T2 })]);
    assert.equal(byId(stampSidecar(before, after, tom).annotations, A1).modifiedBy, 'Lee Park');
  });

  it('source details changed by a person record who and when; unchanged details stay as they were', () => {
    const before = sidecar([], { source: { outlet: 'Ennis Gazette' } });
    const out = stampSidecar(before, sidecar([], { source: { outlet: 'The Ennis Gazette', date: '2026-03-01' } }), ana);
    assert.deepEqual(out.source, { outlet: 'The Ennis Gazette', date: '2026-03-01', modified: T1, modifiedBy: 'Ana Ruiz' });
    assert.equal(stampSidecar(before, before, ana).source, before.source);
  });

  it('claims and alias overrides (merges of names) record their authors too', () => {
    const before = registry([claim({ id: C1, createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz' })]);
    const after = registry([{ ...before.claims[0], status: 'false' }], { aliasOverrides: [{ id: 'o_merge1', kind: 'merge', canonical: 'Ilse Varga', aliases: ['Varga'] }] });
    const out = stampRegistry(before, after, tom);
    assert.deepEqual([out.claims[0].createdBy, out.claims[0].modifiedBy, out.claims[0].modified], ['Ana Ruiz', 'Tom Hale', T2]);
    assert.deepEqual(out.aliasOverrides[0], { id: 'o_merge1', kind: 'merge', canonical: 'Ilse Varga', aliases: ['Varga'], created: T2, createdBy: 'Tom Hale', modified: T2, modifiedBy: 'Tom Hale' });
  });
});

describe('[storage/trail] reading and writing', () => {
  it('a sidecar written before the trail loads with no diagnostics and gains no fields', () => {
    const old = serializeSidecar(sidecar([annotation({ id: A1 })]));
    const loaded = parseSidecar(old);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.writable, true);
    assert.equal(serializeSidecar(loaded.value), old);
  });

  it('a claims registry written before the trail (alias overrides without times) loads cleanly', () => {
    const old = serializeClaimsRegistry(registry([claim({ id: C1 })], { aliasOverrides: [{ id: 'm1', kind: 'merge', canonical: 'Ilse Varga', aliases: ['Varga'] }] }));
    const loaded = parseClaimsRegistry(old);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(serializeClaimsRegistry(loaded.value), old);
  });

  it('round-trips authors, checked marks and a quote\'s check annotation, in a stable key order', () => {
    const value = sidecar([
      annotation({ id: A1, kind: 'evidence', claimId: C1, stance: 'supports', checked: ana, createdBy: 'Ana Ruiz', modifiedBy: 'Tom Hale', alsoChangedBy: [ana] } as never),
      annotation({ id: A2, kind: 'check', layer: 'quote', checked: tom, note: undefined } as never),
    ]);
    const text = serializeSidecar(value);
    const loaded = parseSidecar(text);
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.value.annotations, value.annotations.map((a) => JSON.parse(JSON.stringify(a)) as Annotation));
    assert.ok(/"checked": \{\n\s+"by": "Ana Ruiz",\n\s+"at"/.test(text), text);
    assert.ok(text.indexOf('"createdBy"') < text.indexOf('"modifiedBy"') && text.indexOf('"modifiedBy"') < text.indexOf('"alsoChangedBy"'));
  });

  it('a check annotation without its mark, or a mark without a time, is an error (the file turns read-only)', () => {
    const noMark = parseSidecar(JSON.stringify(sidecar([annotation({ id: A1, kind: 'check', layer: 'quote' } as never)])));
    assert.ok(noMark.diagnostics.some((d) => d.severity === 'error' && d.message.includes('checked')), JSON.stringify(noMark.diagnostics));
    const noTime = parseSidecar(JSON.stringify(sidecar([annotation({ id: A1, checked: { by: 'Ana Ruiz' } } as never)])));
    assert.ok(noTime.diagnostics.some((d) => d.severity === 'error' && d.message.includes('checked.at')), JSON.stringify(noTime.diagnostics));
  });

  it('an over-long name and an over-long change list are shortened with a warning', () => {
    const many = Array.from({ length: MAX_ALSO_CHANGED_BY + 5 }, (_, i) => ({ by: `P${i}`, at: `2026-03-01T10:${String(i).padStart(2, '0')}:00Z` }));
    const loaded = parseSidecar(JSON.stringify(sidecar([annotation({ id: A1, createdBy: 'x'.repeat(MAX_AUTHOR_LENGTH + 50), alsoChangedBy: many })])));
    const a = loaded.value.annotations[0];
    assert.equal(a.createdBy?.length, MAX_AUTHOR_LENGTH);
    assert.equal(a.alsoChangedBy?.length, MAX_ALSO_CHANGED_BY);
    assert.equal(a.alsoChangedBy?.at(-1)?.by, `P${MAX_ALSO_CHANGED_BY + 4}`, 'the latest are kept');
    assert.equal(loaded.writable, true);
    assert.equal(loaded.diagnostics.filter((d) => d.severity === 'warning').length, 2);
  });
});

describe('[storage/trail] the merge driver keeps both authors', () => {
  const base = annotation({ id: A1, createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz', modified: T0 });

  it('both changed different fields of one item: the later change is its latest, the other is in alsoChangedBy', () => {
    const ours = { ...base, note: 'ours', modified: T1, modifiedBy: 'Ana Ruiz' } as Annotation;
    const theirs = { ...base, tags: ['port'], modified: T2, modifiedBy: 'Tom Hale' } as Annotation;
    const out = mergeSidecars(sidecar([base]), sidecar([ours]), sidecar([theirs]));
    assert.equal(out.conflicts, 0);
    const merged = out.value.annotations[0];
    assert.deepEqual(
      { note: merged.note, tags: merged.tags, modified: merged.modified, modifiedBy: merged.modifiedBy, alsoChangedBy: merged.alsoChangedBy, createdBy: merged.createdBy },
      { note: 'ours', tags: ['port'], modified: T2, modifiedBy: 'Tom Hale', alsoChangedBy: [{ by: 'Ana Ruiz', at: T1 }], createdBy: 'Ana Ruiz' },
    );
  });

  it('both changed the same field: a conflict as before, and the kept item still names both people', () => {
    const ours = { ...base, note: 'ours', modified: T1, modifiedBy: 'Ana Ruiz' } as Annotation;
    const theirs = { ...base, note: 'theirs', modified: T2, modifiedBy: 'Tom Hale' } as Annotation;
    const out = mergeSidecars(sidecar([base]), sidecar([ours]), sidecar([theirs]));
    assert.equal(out.conflicts, 1);
    const kept = out.value.annotations[0];
    assert.equal(kept.note, 'ours');
    assert.deepEqual(kept.alsoChangedBy, [{ by: 'Tom Hale', at: T2 }]);
    const record = out.value.conflicts?.[0];
    assert.deepEqual([record?.ours && (record.ours as Annotation).modifiedBy, record?.theirs && (record.theirs as Annotation).modifiedBy], ['Ana Ruiz', 'Tom Hale']);
  });

  it('one side deleted the item the other changed: the surviving edit keeps its author, the conflict records both', () => {
    const theirs = { ...base, note: 'theirs', modified: T2, modifiedBy: 'Tom Hale' } as Annotation;
    const out = mergeSidecars(sidecar([base]), sidecar([]), sidecar([theirs]));
    assert.equal(out.conflicts, 1);
    assert.deepEqual(out.value.annotations, [theirs]);
    assert.deepEqual(out.value.conflicts?.[0], { kind: 'annotation', id: A1, base, ours: null, theirs });
  });

  it('one side deleted an item the other left alone: it is gone', () => {
    const out = mergeSidecars(sidecar([base]), sidecar([]), sidecar([base]));
    assert.deepEqual(out.value.annotations, []);
  });

  it('both added items: each keeps who added it', () => {
    const ours = annotation({ id: A2, createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz', created: T1, modified: T1 });
    const theirs = annotation({ id: 'a_000000000003', createdBy: 'Tom Hale', modifiedBy: 'Tom Hale', created: T2, modified: T2 });
    const out = mergeSidecars(sidecar([base]), sidecar([base, ours]), sidecar([base, theirs]));
    assert.equal(out.conflicts, 0);
    assert.deepEqual(out.value.annotations.map((a) => [a.id, a.createdBy]).sort(), [[A1, 'Ana Ruiz'], [A2, 'Ana Ruiz'], ['a_000000000003', 'Tom Hale']]);
  });

  it('both marked the same evidence checked: the later mark is kept, without a conflict', () => {
    const ev = annotation({ id: A1, kind: 'evidence', claimId: C1, stance: 'supports' } as never);
    const ours = { ...ev, checked: ana, modified: T1, modifiedBy: 'Ana Ruiz' } as Annotation;
    const theirs = { ...ev, checked: tom, modified: T2, modifiedBy: 'Tom Hale' } as Annotation;
    const out = mergeSidecars(sidecar([ev]), sidecar([ours]), sidecar([theirs]));
    assert.equal(out.conflicts, 0);
    assert.deepEqual([out.value.annotations[0].checked, out.value.annotations[0].modifiedBy, out.value.annotations[0].alsoChangedBy], [tom, 'Tom Hale', [ana]]);
  });

  it('earlier alsoChangedBy lists from both sides are joined, oldest first', () => {
    const lee = { by: 'Lee Park', at: '2026-02-20T08:00:00.000Z' };
    const ours = { ...base, note: 'ours', modified: T1, modifiedBy: 'Ana Ruiz', alsoChangedBy: [lee] } as Annotation;
    const theirs = { ...base, tags: ['x'], modified: T2, modifiedBy: 'Tom Hale' } as Annotation;
    const merged = mergeSidecars(sidecar([base]), sidecar([ours]), sidecar([theirs])).value.annotations[0];
    assert.deepEqual(merged.alsoChangedBy, [lee, { by: 'Ana Ruiz', at: T1 }]);
  });

  it('claims both changed (status here, notes there) name both people', () => {
    const c = claim({ id: C1, createdBy: 'Ana Ruiz', modifiedBy: 'Ana Ruiz' });
    const ours: Claim = { ...c, status: 'false', modified: T2, modifiedBy: 'Ana Ruiz' };
    const theirs: Claim = { ...c, notes: 'ask the ministry', modified: T1, modifiedBy: 'Tom Hale' };
    const merged = mergeClaimsRegistries(registry([c]), registry([ours]), registry([theirs])).value.claims[0];
    assert.deepEqual([merged.status, merged.notes, merged.modifiedBy, merged.alsoChangedBy], ['false', 'ask the ministry', 'Ana Ruiz', [{ by: 'Tom Hale', at: T1 }]]);
  });

  it('source details changed on both sides: the later decision names who made it', () => {
    const b = sidecar([], { source: { outlet: 'Ennis Gazette' } });
    const ours = sidecar([], { source: { outlet: 'Ennis Gazette', date: '2026-03-01', modified: T1, modifiedBy: 'Ana Ruiz' } });
    const theirs = sidecar([], { source: { outlet: 'Ennis Gazette', url: 'https://ennis.example/q', modified: T2, modifiedBy: 'Tom Hale' } });
    const out = mergeSidecars(b, ours, theirs);
    assert.equal(out.conflicts, 0);
    assert.deepEqual(out.value.source, { outlet: 'Ennis Gazette', date: '2026-03-01', url: 'https://ennis.example/q', modified: T2, modifiedBy: 'Tom Hale' });
  });
});

describe('[storage/trail] undo restores authors and times as they were', () => {
  it('undoing a colleague\'s item I changed brings back their name and time, and adds no alsoChangedBy', () => {
    const before = sidecar([annotation({ id: A1, createdBy: 'Tom Hale', modifiedBy: 'Tom Hale', modified: T0 })]);
    const mine = stampSidecar(before, sidecar([{ ...before.annotations[0], note: 'mine', modified: T2 } as Annotation]), { by: 'Ana Ruiz', at: T2 });
    const undone = reapplySidecar(mine, before, mine);
    assert.equal(undone.kind, 'applied');
    assert.deepEqual((undone as { value: Sidecar }).value.annotations, before.annotations);
    const redone = reapplySidecar(before, mine, (undone as { value: Sidecar }).value);
    assert.deepEqual((redone as { value: Sidecar }).value.annotations, mine.annotations);
  });
});

describe('[storage/trail] a checked quote', () => {
  it('a check annotation on a quote\'s passage marks the analysed quote, and only that one', () => {
    const start = ARTICLE.indexOf('will reopen by Friday');
    const end = start + 'will reopen by Friday'.length;
    const analysis = {
      article: { text: ARTICLE, meta: {}, paragraphs: [], boilerplate: [] },
      quotes: [{ start, end, text: ARTICLE.slice(start, end), speaker: 'Ilse Varga' }],
      entities: [],
      diagnostics: [],
    };
    const check = annotation({ id: A1, kind: 'check', layer: 'quote', checked: ana, target: { exact: ARTICLE.slice(start, end), prefix: '', suffix: '', start, end } } as never);
    assert.deepEqual(applyDecisions(analysis, sidecar([check])).quotes[0].checked, ana);
    assert.equal(applyDecisions(analysis, sidecar([])).quotes[0].checked, undefined);
  });

  it('a corrected speaker says whose correction it is; one from before the trail does not', () => {
    const start = ARTICLE.indexOf('will reopen by Friday');
    const end = start + 'will reopen by Friday'.length;
    const analysis = {
      article: { text: ARTICLE, meta: {}, paragraphs: [], boilerplate: [] },
      quotes: [{ start, end, text: ARTICLE.slice(start, end), speaker: 'Ilse Varga' }],
      entities: [],
      diagnostics: [],
    };
    const target = { exact: ARTICLE.slice(start, end), prefix: '', suffix: '', start, end };
    const byTom = annotation({ id: A1, kind: 'speaker', speaker: null, target, modified: T2, modifiedBy: 'Tom Hale' } as never);
    const quote = applyDecisions(analysis, sidecar([byTom])).quotes[0];
    assert.deepEqual([quote.speaker, quote.origin, quote.decided], [null, 'human', tom]);
    const legacy = annotation({ id: A1, kind: 'speaker', speaker: null, target } as never);
    assert.equal(applyDecisions(analysis, sidecar([legacy])).quotes[0].decided, undefined);
  });
});
