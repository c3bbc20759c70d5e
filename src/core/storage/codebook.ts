// Claims as a codebook, on the stored model: the folder's manual order, merging two claims,
// splitting evidence off into a new claim, and a claim's details (claimant, context, notes). Pure:
// a registry or a sidecar in, the changed one out, or undefined when there is nothing to change.
// Ranks change only where the order changes, so two people reordering different claims merge by id.
import { compareClaims } from './claims';
import type { Claim, ClaimsRegistry, EvidenceAnnotation, Sidecar } from './model';

const rankOf = (c: Claim) => (typeof c.rank === 'number' && Number.isFinite(c.rank) ? c.rank : Number.POSITIVE_INFINITY);

/** The folder's manual order: ranked claims by rank, then the unranked ones as filed (a new claim comes last). */
export function claimsInOrder(claims: readonly Claim[]): Claim[] {
  // Infinity - Infinity is NaN, which falls through to the filing order like a tie.
  return [...claims].sort((a, b) => rankOf(a) - rankOf(b) || compareClaims(a, b));
}

/**
 * Where a claim goes: one place up or down, before another claim, to another claim's place (a drop:
 * after it when moving down, before it when moving up), or to the end.
 */
export type ClaimPlace = { kind: 'up' } | { kind: 'down' } | { kind: 'before' | 'at'; claimId: string } | { kind: 'end' };

/**
 * The registry with `ordered` as its manual order. Claims already in place keep their rank; the
 * others are numbered by position. Unchanged (undefined) when the order is already that one.
 */
function arranged(registry: ClaimsRegistry, ordered: readonly Claim[]): ClaimsRegistry | undefined {
  const current = claimsInOrder(registry.claims);
  if (current.length === ordered.length && current.every((c, i) => c.id === ordered[i].id)) return undefined;
  // Ranks are positions; a claim whose rank already is its position is left as it is (not even touched).
  const rankById = new Map(ordered.map((c, i) => [c.id, i]));
  return {
    ...registry,
    claims: registry.claims.map((c) => {
      const rank = rankById.get(c.id);
      return rank === undefined || c.rank === rank ? c : { ...c, rank };
    }),
  };
}

/** The registry with one claim moved; undefined when it is not there or already in that place. */
export function moveClaim(registry: ClaimsRegistry, claimId: string, place: ClaimPlace): ClaimsRegistry | undefined {
  const order = claimsInOrder(registry.claims);
  const from = order.findIndex((c) => c.id === claimId);
  if (from < 0) return undefined;
  const [moving] = order.splice(from, 1);
  let to: number;
  switch (place.kind) {
    case 'up':
      to = Math.max(0, from - 1);
      break;
    case 'down':
      to = Math.min(order.length, from + 1);
      break;
    case 'end':
      to = order.length;
      break;
    case 'before': {
      if (place.claimId === claimId) return undefined;
      to = order.findIndex((c) => c.id === place.claimId);
      if (to < 0) return undefined;
      break;
    }
    case 'at': {
      // Its index before this claim was taken out: the claim lands after it going down, before it going up.
      to = claimsInOrder(registry.claims).findIndex((c) => c.id === place.claimId);
      if (to < 0 || place.claimId === claimId) return undefined;
      break;
    }
  }
  order.splice(to, 0, moving);
  return arranged(registry, order);
}

/**
 * Merges `otherId` into `targetId`: the other claim goes; the target keeps its text and status,
 * takes the other's claimant and context when it has none, and its notes gain `mergedNote` (the
 * other claim's text, as the caller words it) and the other's notes, on one line (the
 * details form edits notes in a one-line box, which must not lose line breaks). Evidence is re-filed
 * separately (refileEvidence), one sidecar at a time.
 */
export function mergeClaimInto(registry: ClaimsRegistry, targetId: string, otherId: string, mergedNote: string, now: string): ClaimsRegistry | undefined {
  if (targetId === otherId) return undefined;
  const target = registry.claims.find((c) => c.id === targetId);
  const other = registry.claims.find((c) => c.id === otherId);
  if (!target || !other) return undefined;
  const merged: Claim = { ...target, modified: now };
  const notes = [target.notes, mergedNote, other.notes].filter((n): n is string => typeof n === 'string' && n.trim() !== '').join(' ');
  if (notes) merged.notes = notes;
  if (!target.claimant && other.claimant) merged.claimant = other.claimant;
  if (!target.context && other.context) merged.context = other.context;
  return { ...registry, claims: registry.claims.filter((c) => c.id !== otherId).map((c) => (c.id === targetId ? merged : c)) };
}

/** The registry with `claim` added right after `afterId` in the manual order (at the end when that claim is gone). */
export function addClaimAfter(registry: ClaimsRegistry, claim: Claim, afterId: string): ClaimsRegistry {
  const added: ClaimsRegistry = { ...registry, claims: [...registry.claims, claim] };
  const order = claimsInOrder(registry.claims);
  const at = order.findIndex((c) => c.id === afterId);
  if (at < 0) return added;
  order.splice(at + 1, 0, claim);
  return arranged(added, order) ?? added;
}

/** The sidecar with the evidence that `moves` picks re-filed under `claimId`; undefined when none moves. */
export function refileEvidence(sidecar: Sidecar, moves: (evidence: EvidenceAnnotation) => boolean, claimId: string, now: string): Sidecar | undefined {
  let moved = false;
  const annotations = sidecar.annotations.map((a) => {
    if (a.kind !== 'evidence' || a.claimId === claimId || !moves(a)) return a;
    moved = true;
    return { ...a, claimId, modified: now };
  });
  return moved ? { ...sidecar, annotations } : undefined;
}

/** What the details form edits; an empty (or blank) value removes the field. */
export interface ClaimDetails {
  claimant: string;
  context: string;
  notes: string;
}

/** The registry with a claim's claimant, context and notes set; undefined when the claim is gone or nothing changed. */
export function setClaimDetails(registry: ClaimsRegistry, claimId: string, details: ClaimDetails, now: string): ClaimsRegistry | undefined {
  const claim = registry.claims.find((c) => c.id === claimId);
  if (!claim) return undefined;
  const next: Claim = { ...claim };
  for (const key of ['claimant', 'context', 'notes'] as const) {
    const value = details[key].trim();
    if (value) next[key] = value;
    else delete next[key];
  }
  if ((['claimant', 'context', 'notes'] as const).every((k) => next[k] === claim[k])) return undefined;
  next.modified = now;
  return { ...registry, claims: registry.claims.map((c) => (c.id === claimId ? next : c)) };
}
