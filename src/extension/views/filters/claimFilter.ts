// What the Claims view shows and in what order: a filter (status, text, outlet carrying evidence,
// entity named) and a sort (manual order, status, number of outlets, last change). Plain data (no
// vscode), so matching, sorting and the description shown in the view's title are unit-tested.
import { claimsInOrder } from '../../../core/storage/codebook';
import type { Claim, ClaimStatus } from '../../../core/storage/model';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'supported', 'disputed', 'false', 'needs-context'];

export interface ClaimFilter {
  /** Claims with one of these statuses (absent or empty: any). */
  statuses?: readonly ClaimStatus[];
  /** Words in the claim, its claimant, notes or evidence passages (case and spacing ignored). */
  text?: string;
  /** Claims with evidence in an article of this outlet (the source's name as views show it). */
  outlet?: string;
  /** Claims whose text or evidence names this entity by any of its names. */
  entity?: { name: string; names: readonly string[] };
}

export type ClaimSort = 'filed' | 'status' | 'outlets' | 'modified';

/** In the order the Sort… pick offers them (their words are in filterCommands.ts, in the editor's language). */
export const CLAIM_SORTS: readonly ClaimSort[] = ['filed', 'status', 'outlets', 'modified'];

/** A claim with what the filter and the sort look at. */
export interface ClaimFacts {
  claim: Claim;
  /** Source names of the articles holding its evidence. */
  outlets: readonly string[];
  /** The words of its evidence passages. */
  passages: readonly string[];
  /** The latest change to the claim or its evidence (ISO 8601). */
  lastChange: string;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export const isFiltered = (filter: ClaimFilter) =>
  Boolean(filter.statuses?.length || filter.text?.trim() || filter.outlet || filter.entity);

export function matchesClaim(filter: ClaimFilter, facts: ClaimFacts): boolean {
  const { claim } = facts;
  if (filter.statuses?.length && !filter.statuses.includes(claim.status)) return false;
  if (filter.outlet !== undefined && !facts.outlets.includes(filter.outlet)) return false;
  const words = [claim.text, claim.claimant ?? '', claim.notes ?? '', ...facts.passages].map(fold);
  const text = fold(filter.text ?? '');
  if (text && !words.some((w) => w.includes(text))) return false;
  if (filter.entity) {
    const names = [filter.entity.name, ...filter.entity.names].map(fold).filter(Boolean);
    const named = [fold(claim.text), ...facts.passages.map(fold)];
    if (!names.some((n) => named.some((w) => w.includes(n)))) return false;
  }
  return true;
}

/** The order a fact-checker works through: the most damning first. */
const STATUS_ORDER: readonly ClaimStatus[] = ['false', 'disputed', 'needs-context', 'unverified', 'supported'];

/** `filed` is the folder's manual order: as filed until someone moves a claim (Move Up/Down, drag). */
export function sortClaims<T extends ClaimFacts>(list: readonly T[], sort: ClaimSort): T[] {
  const place = new Map(claimsInOrder(list.map((f) => f.claim)).map((c, i) => [c.id, i]));
  const filed = (a: T, b: T) => (place.get(a.claim.id) ?? 0) - (place.get(b.claim.id) ?? 0);
  const by: Record<ClaimSort, (a: T, b: T) => number> = {
    filed,
    status: (a, b) => STATUS_ORDER.indexOf(a.claim.status) - STATUS_ORDER.indexOf(b.claim.status) || filed(a, b),
    outlets: (a, b) => new Set(b.outlets).size - new Set(a.outlets).size || filed(a, b),
    modified: (a, b) => b.lastChange.localeCompare(a.lastChange) || filed(a, b),
  };
  return [...list].sort(by[sort]);
}

/** How a description words each facet, in the editor's language (the view passes vscode.l10n words). */
export interface ClaimFilterWords {
  statuses(statuses: readonly ClaimStatus[]): string;
  text(text: string): string;
  outlet(outlet: string): string;
  entity(name: string): string;
  sort(sort: ClaimSort): string;
}

/** The view's description while a filter or a sort is on ("false, disputed · “quay” · by outlets"); undefined when neither is. */
export function describeClaimFilter(filter: ClaimFilter, sort: ClaimSort, words: ClaimFilterWords): string | undefined {
  const parts: string[] = [];
  if (filter.statuses?.length) parts.push(words.statuses(filter.statuses));
  if (filter.text?.trim()) parts.push(words.text(filter.text.trim()));
  if (filter.outlet !== undefined) parts.push(words.outlet(filter.outlet));
  if (filter.entity) parts.push(words.entity(filter.entity.name));
  if (sort !== 'filed') parts.push(words.sort(sort));
  return parts.length ? parts.join(' · ') : undefined;
}
