// schema.org ClaimReview JSON-LD, one object per reviewed claim (any status but "unverified"),
// with the fields Google documents for fact-check markup: claimReviewed, reviewRating with
// alternateName, url, author (and publisher when set), datePublished, and itemReviewed as a Claim
// with its claimant (author), context (description) and appearances; notes are ratingExplanation.
import type { Diagnostic } from '../model';
import type { ClaimStatus } from '../storage/model';
import { httpUrl } from '../untrustedText';
import { STATUS_LABELS } from './labels';
import type { Report, ReportClaim, ReportSource } from './report';

export interface ClaimReviewOptions {
  /** The organisation publishing the reviews. */
  author: string;
  /** The organisation that publishes the reviews, when it is not the author (a newsroom publishing a fact-check desk's work). */
  publisher?: string;
  /** Where the reviews are published; each claim's review is `${baseUrl}#${claim id}`. Default: the claims file's IRI. */
  baseUrl?: string;
}

/** The documented number-to-text scale: 1 False, 2 Disputed, 3 Needs context, 5 Supported (of 1–5). */
const RATINGS: Record<Exclude<ClaimStatus, 'unverified'>, number> = { false: 1, disputed: 2, 'needs-context': 3, supported: 5 };
const ORGANISATION_WORDS =
  /\b(?:officials|agency|ministry|department|office|service|council|police|government|house|kremlin|parliament|commission|committee|union|company|inc|ltd|corp|authority|wire|news|press|times|post|bank|university|army|navy|forces|foundation|institute|association|party|court)\b/i;

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  author: { '@type': 'Organization'; name: string };
  publisher?: { '@type': 'Organization'; name: string };
  datePublished: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    ratingExplanation?: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    /** The claim's context: where and when it was made. */
    description?: string;
    datePublished?: string;
    appearance?: Appearance[];
    firstAppearance?: Appearance;
  };
}

export function toClaimReviews(report: Report, options: ClaimReviewOptions): ClaimReview[] {
  const base = options.baseUrl ?? report.folderUri + 'crosscheck.claims.json';
  const sources = new Map(report.sources.map((s) => [s.file, s]));
  return report.claims
    .filter((c) => c.claim.status !== 'unverified')
    .map((c) => review(c, sources, base, options));
}

function review(c: ReportClaim, sources: Map<string, ReportSource>, base: string, options: ClaimReviewOptions): ClaimReview {
  const { claim } = c;
  const status = claim.status as Exclude<ClaimStatus, 'unverified'>;
  const appearances = [...new Set(c.evidence.map((e) => e.file))]
    .map((file) => sources.get(file))
    .filter((s): s is ReportSource => !!s)
    .map(appearance);
  const dated = appearances.filter((a) => a.datePublished).sort((a, b) => a.datePublished!.localeCompare(b.datePublished!));
  const first = dated[0] ?? appearances[0];
  const itemReviewed: ClaimReview['itemReviewed'] = { '@type': 'Claim' };
  if (claim.claimant) itemReviewed.author = { '@type': ORGANISATION_WORDS.test(claim.claimant) ? 'Organization' : 'Person', name: claim.claimant };
  if (claim.context) itemReviewed.description = claim.context;
  if (first?.datePublished) itemReviewed.datePublished = first.datePublished;
  if (appearances.length) {
    itemReviewed.appearance = appearances;
    itemReviewed.firstAppearance = first;
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${base}#${encodeURIComponent(claim.id)}`,
    claimReviewed: claim.text,
    author: { '@type': 'Organization', name: options.author },
    ...(options.publisher ? { publisher: { '@type': 'Organization' as const, name: options.publisher } } : {}),
    datePublished: claim.modified.slice(0, 10),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATINGS[status],
      bestRating: 5,
      worstRating: 1,
      alternateName: STATUS_LABELS[status],
      ...(claim.notes ? { ratingExplanation: claim.notes } : {}),
    },
    itemReviewed,
  };
}

export interface Appearance {
  '@type': 'CreativeWork';
  url: string;
  headline?: string;
  datePublished?: string;
  author?: { '@type': 'Person'; name: string };
  publisher?: { '@type': 'Organization'; name: string };
}

function appearance(s: ReportSource): Appearance {
  // The article's web address (Edit Source Details…) when it is one; else its file IRI.
  const a: Appearance = { '@type': 'CreativeWork', url: httpUrl(s.meta.url) ?? s.uri };
  if (s.meta.title) a.headline = s.meta.title;
  if (s.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(s.meta.date)) a.datePublished = s.meta.date;
  if (s.meta.byline) a.author = { '@type': 'Person', name: s.meta.byline };
  if (s.meta.outlet) a.publisher = { '@type': 'Organization', name: s.meta.outlet };
  return a;
}

/** Google shows a fact-check only when claimReviewed is short (under 75 characters) and not empty. */
export const CLAIM_REVIEWED_MAX = 75;

/** What would keep a review out of Google's fact-check results, one warning per problem. */
export function checkClaimReviews(reviews: ClaimReview[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of reviews) {
    const id = r.url.slice(r.url.lastIndexOf('#') + 1);
    if (!r.claimReviewed.trim()) out.push({ severity: 'warning', message: `${id}: the claim has no text` });
    else if (r.claimReviewed.length >= CLAIM_REVIEWED_MAX) {
      out.push({ severity: 'warning', message: `${id}: claimReviewed is ${r.claimReviewed.length} characters; Google wants under ${CLAIM_REVIEWED_MAX}` });
    }
    if (!r.itemReviewed.appearance?.length) out.push({ severity: 'info', message: `${id}: no source has evidence for this claim, so the review lists no appearance` });
  }
  if (reviews.some((r) => !/^https?:\/\//.test(r.url))) {
    out.push({ severity: 'info', message: 'review urls are not web addresses: give the page the reviews are published on as the base url' });
  }
  return out;
}
