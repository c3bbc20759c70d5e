import { strict as assert } from 'node:assert';
import { addClaimAfter, claimsInOrder, mergeClaimInto, moveClaim, refileEvidence, setClaimDetails } from '../../../../src/core/storage/codebook';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../../../../src/core/storage/claims';
import { mergeClaimsRegistries } from '../../../../src/core/storage/merge';
import type { ClaimsRegistry, EvidenceAnnotation } from '../../../../src/core/storage/model';
import { annotation, claim, registry, sidecar } from './builders';

const A = 'c_00000000000a';
const B = 'c_00000000000b';
const C = 'c_00000000000c';
const D = 'c_00000000000d';
const NOW = '2026-04-02T08:00:00.000Z';

/** Four claims filed a day apart, none reordered yet. */
const filed = () =>
  registry([
    claim({ id: A, text: 'The ferry runs twice a day', created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z' }),
    claim({ id: B, text: 'The pier needs new piles', created: '2026-03-02T10:00:00.000Z', modified: '2026-03-02T10:00:00.000Z' }),
    claim({ id: C, text: 'Fares rise in spring', created: '2026-03-03T10:00:00.000Z', modified: '2026-03-03T10:00:00.000Z' }),
    claim({ id: D, text: 'The council pays half', created: '2026-03-04T10:00:00.000Z', modified: '2026-03-04T10:00:00.000Z' }),
  ]);
const order = (r: ClaimsRegistry | undefined) => claimsInOrder(r?.claims ?? []).map((c) => c.id);
const evidence = (id: string, claimId: string): EvidenceAnnotation => annotation({ id, kind: 'evidence', claimId, stance: 'supports' } as EvidenceAnnotation) as EvidenceAnnotation;

describe('[storage/codebook] manual order', () => {
  it('is the filing order until someone reorders; ranked claims come first, new unranked ones last', () => {
    assert.deepEqual(order(filed()), [A, B, C, D]);
    const r = filed();
    r.claims[3] = { ...r.claims[3], rank: 0 };
    assert.deepEqual(order(r), [D, A, B, C]);
  });

  it('moves a claim up and down, and before another; only claims whose place changed get a rank', () => {
    const up = moveClaim(filed(), C, { kind: 'up' });
    assert.deepEqual(order(up), [A, C, B, D]);
    // The first reorder ranks every claim; modified stays (an order is not an edit of the claim's words).
    assert.deepEqual(up!.claims.map((c) => [c.id, c.rank, c.modified.slice(0, 10)]), [
      [A, 0, '2026-03-01'],
      [B, 2, '2026-03-02'],
      [C, 1, '2026-03-03'],
      [D, 3, '2026-03-04'],
    ]);
    const down = moveClaim(up!, A, { kind: 'down' });
    assert.deepEqual(order(down), [C, A, B, D]);
    // Later moves rank only the claims whose place changed.
    assert.deepEqual(down!.claims.filter((c, i) => c !== up!.claims[i]).map((c) => c.id), [A, C]);
    assert.deepEqual(order(moveClaim(down!, D, { kind: 'before', claimId: C })), [D, C, A, B]);
    assert.deepEqual(order(moveClaim(down!, C, { kind: 'end' })), [A, B, D, C]);
    // A drop takes the target's place: after it going down, before it going up.
    assert.deepEqual(order(moveClaim(filed(), A, { kind: 'at', claimId: C })), [B, C, A, D]);
    assert.deepEqual(order(moveClaim(filed(), D, { kind: 'at', claimId: B })), [A, D, B, C]);
    assert.equal(moveClaim(filed(), D, { kind: 'at', claimId: D }), undefined);
  });

  it('does nothing at the ends, for an unknown claim, or onto itself', () => {
    assert.equal(moveClaim(filed(), A, { kind: 'up' }), undefined);
    assert.equal(moveClaim(filed(), D, { kind: 'down' }), undefined);
    assert.equal(moveClaim(filed(), 'c_000000000zzz', { kind: 'up' }), undefined);
    assert.equal(moveClaim(filed(), B, { kind: 'before', claimId: B }), undefined);
    assert.equal(moveClaim(filed(), B, { kind: 'before', claimId: 'c_000000000zzz' }), undefined);
    assert.equal(moveClaim(filed(), B, { kind: 'before', claimId: C }), undefined);
  });

  it('survives the file: rank is written, read back and validated', () => {
    const moved = moveClaim(filed(), D, { kind: 'up' })!;
    const loaded = parseClaimsRegistry(serializeClaimsRegistry(moved));
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(order(loaded.value), [A, B, D, C]);
    const bad = parseClaimsRegistry(JSON.stringify(registry([claim({ id: A, rank: -1 })])));
    assert.deepEqual(bad.diagnostics.map((d) => d.message), ['$.claims[0].rank: must be a whole number ≥ 0, found number -1']);
  });

  it('two people moving different claims merge by id', () => {
    const base = moveClaim(filed(), D, { kind: 'before', claimId: A })!; // every claim ranked: D A B C
    const ours = moveClaim(base, A, { kind: 'down' })!; // D B A C
    const theirs = moveClaim(base, C, { kind: 'end' }); // already last: nothing to do
    assert.equal(theirs, undefined);
    const merged = mergeClaimsRegistries(base, ours, base);
    assert.equal(merged.conflicts, 0);
    assert.deepEqual(order(merged.value), [D, B, A, C]);
  });
});

describe('[storage/codebook] merge and split', () => {
  it('merging keeps the target text and status, the other text as a note, notes, claimant and context', () => {
    const r = filed();
    r.claims[0] = { ...r.claims[0], status: 'disputed', notes: 'asked the operator' };
    r.claims[1] = { ...r.claims[1], claimant: 'the harbour board', context: 'annual report', notes: 'photos on file' };
    const merged = mergeClaimInto(r, A, B, 'Merged from “The pier needs new piles”.', NOW)!;
    assert.deepEqual(merged.claims.map((c) => c.id), [A, C, D]);
    assert.deepEqual(merged.claims[0], {
      ...r.claims[0],
      claimant: 'the harbour board',
      context: 'annual report',
      notes: 'asked the operator Merged from “The pier needs new piles”. photos on file',
      modified: NOW,
    });
  });

  it('merging keeps the target claimant and context when it has its own', () => {
    const r = filed();
    r.claims[0] = { ...r.claims[0], claimant: 'the ferry company', context: 'timetable' };
    r.claims[1] = { ...r.claims[1], claimant: 'the harbour board', context: 'annual report' };
    const target = mergeClaimInto(r, A, B, 'Merged.', NOW)!.claims[0];
    assert.deepEqual([target.claimant, target.context, target.notes], ['the ferry company', 'timetable', 'Merged.']);
  });

  it('merging a claim into itself or into a missing claim changes nothing', () => {
    assert.equal(mergeClaimInto(filed(), A, A, 'x', NOW), undefined);
    assert.equal(mergeClaimInto(filed(), A, 'c_000000000zzz', 'x', NOW), undefined);
  });

  it('re-files only the evidence picked, leaving other annotations alone', () => {
    const s = sidecar([evidence('a_000000000001', A), evidence('a_000000000002', B), annotation({ id: 'a_000000000003' }), evidence('a_000000000004', A)]);
    const moved = refileEvidence(s, (e) => e.claimId === A, C, NOW)!;
    assert.deepEqual(moved.annotations.map((a) => [a.id, a.kind === 'evidence' ? a.claimId : a.kind, a.modified]), [
      ['a_000000000001', C, NOW],
      ['a_000000000002', B, '2026-03-01T10:00:00.000Z'],
      ['a_000000000003', 'note', '2026-03-01T10:00:00.000Z'],
      ['a_000000000004', C, NOW],
    ]);
    assert.equal(refileEvidence(s, (e) => e.claimId === D, C, NOW), undefined);
  });

  it('a claim split off goes right after the claim it came from (at the end when that one is gone)', () => {
    const split = claim({ id: 'c_0000000000ee', text: 'The pier needs new decking', created: NOW, modified: NOW });
    assert.deepEqual(order(addClaimAfter(filed(), split, B)), [A, B, split.id, C, D]);
    assert.deepEqual(order(addClaimAfter(filed(), split, D)), [A, B, C, D, split.id]);
    // Added last to a registry nobody reordered: no ranks written at all.
    assert.ok(addClaimAfter(filed(), split, D).claims.every((c) => c.rank === undefined));
    assert.deepEqual(order(addClaimAfter(filed(), split, 'c_000000000zzz')), [A, B, C, D, split.id]);
  });
});

describe('[storage/codebook] claim details', () => {
  it('sets claimant, context and notes (trimmed), removes blank ones, and touches modified', () => {
    const r = filed();
    r.claims[0] = { ...r.claims[0], notes: 'old note' };
    const next = setClaimDetails(r, A, { claimant: ' the ferry company ', context: 'a radio interview', notes: '  ' }, NOW)!;
    const c = next.claims[0];
    assert.deepEqual([c.claimant, c.context, 'notes' in c, c.modified], ['the ferry company', 'a radio interview', false, NOW]);
    const loaded = parseClaimsRegistry(serializeClaimsRegistry(next));
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.value.claims[0].context, 'a radio interview');
  });

  it('changes nothing when the values are the same, or the claim is gone', () => {
    const r = filed();
    r.claims[0] = { ...r.claims[0], claimant: 'the ferry company' };
    assert.equal(setClaimDetails(r, A, { claimant: 'the ferry company', context: '', notes: '' }, NOW), undefined);
    assert.equal(setClaimDetails(r, 'c_000000000zzz', { claimant: 'x', context: '', notes: '' }, NOW), undefined);
  });
});
