// ClaimReview ratings → claim statuses. Outlets name their verdicts freely ("Pants on Fire",
// "Mixture", "Missing context"), so the mapping is a table: these defaults, overridden or extended
// by the `crosscheck.import.claimReviewRatings` setting (CLI: --rating LABEL=STATUS). A rating is
// looked up by its alternateName, then by its ratingValue, ignoring case, spaces and end punctuation.
// A rating the table does not know imports as "unverified", with a warning.
import type { ClaimStatus } from '../storage/model';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'supported', 'disputed', 'false', 'needs-context'];

export const DEFAULT_CLAIMREVIEW_RATINGS: Readonly<Record<string, ClaimStatus>> = {
  // Crosscheck's own export writes these (1 False, 2 Disputed, 3 Needs context, 5 Supported).
  false: 'false',
  disputed: 'disputed',
  'needs context': 'needs-context',
  supported: 'supported',
  unverified: 'unverified',
  // Common fact-checkers' scales.
  'pants on fire': 'false',
  incorrect: 'false',
  wrong: 'false',
  fake: 'false',
  fabricated: 'false',
  'mostly false': 'disputed',
  'partly false': 'disputed',
  'partially false': 'disputed',
  'half true': 'needs-context',
  'half-true': 'needs-context',
  mixture: 'needs-context',
  mixed: 'needs-context',
  misleading: 'needs-context',
  'missing context': 'needs-context',
  'lacks context': 'needs-context',
  'out of context': 'needs-context',
  exaggerated: 'needs-context',
  'mostly true': 'supported',
  true: 'supported',
  correct: 'supported',
  accurate: 'supported',
  unproven: 'unverified',
  unsupported: 'unverified',
  'no evidence': 'unverified',
};

export function isClaimStatus(s: unknown): s is ClaimStatus {
  return typeof s === 'string' && (CLAIM_STATUSES as readonly string[]).includes(s);
}

export function ratingKey(label: string): string {
  return label.slice(0, 200).toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '');
}

/** The table in use: the defaults with the user's entries over them (entries with an unknown status are reported). */
export function ratingTable(overrides: Readonly<Record<string, unknown>> | undefined, warnings: string[] = []): Map<string, ClaimStatus> {
  const table = new Map<string, ClaimStatus>(Object.entries(DEFAULT_CLAIMREVIEW_RATINGS));
  for (const [label, status] of Object.entries(overrides ?? {})) {
    if (isClaimStatus(status)) table.set(ratingKey(label), status);
    else warnings.push(`rating "${label}" maps to ${JSON.stringify(status)}, which is not a status (${CLAIM_STATUSES.join(', ')}); ignored`);
  }
  return table;
}

export function statusForRating(table: ReadonlyMap<string, ClaimStatus>, alternateName: unknown, ratingValue: unknown): ClaimStatus | undefined {
  for (const value of [alternateName, ratingValue]) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const status = table.get(ratingKey(String(value)));
    if (status) return status;
  }
  return undefined;
}
