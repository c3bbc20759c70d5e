// schema.org ClaimReview JSON-LD (one review, an array, or a `@graph`) as claims: claimReviewed is
// the claim's text, the rating its status (ratings.ts), itemReviewed.author its claimant and
// ratingExplanation its notes, itemReviewed.description its context. Each appearance whose address is an article of the folder
// (urls.ts) gets evidence ("mentions") where the claim's words are found in it, else a note on the
// article's first line naming the review. A claim already in the registry (same words) is reused,
// never changed; a review of Crosscheck's own export keeps its claim id.
import { locateQuote } from '../anchoring/locate';
import { STATUS_LABELS } from '../export/labels';
import { isObject } from '../storage/fields';
import { parseJsonText } from '../storage/jsonText';
import type { Claim } from '../storage/model';
import { BatchBuilder, firstLine, type ImportBatch, type ImportInput, type ImportOptions } from './batch';
import { ratingTable, statusForRating } from './ratings';
import { articlesAt } from './urls';

const MAX_ITEMS = 100_000;
const MAX_DEPTH = 4;

export function importClaimReviews(fileText: string, input: ImportInput, options: ImportOptions = {}): ImportBatch {
  const b = new BatchBuilder('claimreview', input, options);
  const parsed = parseJsonText(fileText);
  if (!parsed.ok) {
    b.batch.error = `not a JSON file (${parsed.message})`;
    return b.batch;
  }
  const reviews: Record<string, unknown>[] = [];
  collectReviews(parsed.value, reviews, 0);
  if (reviews.length === 0) {
    b.batch.error = 'no ClaimReview found (expected a ClaimReview object, an array of them, or a "@graph")';
    return b.batch;
  }
  const table = ratingTable(options.ratings, b.batch.warnings);
  const blockedRegistry = b.registryBlocked();
  for (const review of reviews.slice(0, MAX_ITEMS)) {
    b.batch.read++;
    const text = typeof review.claimReviewed === 'string' ? review.claimReviewed.trim() : '';
    const reviewUrl = typeof review.url === 'string' ? review.url : '';
    if (!text) {
      b.notPlaced(reviewUrl || '(a review)', 'the review has no claimReviewed text');
      continue;
    }
    if (blockedRegistry) {
      b.notPlaced(text, blockedRegistry, reviewUrl || undefined);
      continue;
    }
    const rating = isObject(review.reviewRating) ? review.reviewRating : {};
    let status = statusForRating(table, rating.alternateName, rating.ratingValue);
    if (!status) {
      const shown = [rating.alternateName, rating.ratingValue].find((v) => typeof v === 'string' || typeof v === 'number');
      if (shown !== undefined) b.batch.warnings.push(`rating ${JSON.stringify(String(shown).slice(0, 80))} is not in the rating table (crosscheck.import.claimReviewRatings); "${text.slice(0, 60)}" is imported as unverified`);
      status = 'unverified';
    }
    const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
    const claimant = nameOf(item.author);
    const context = typeof item.description === 'string' && item.description.trim() ? item.description : undefined;
    const notes = typeof rating.ratingExplanation === 'string' && rating.ratingExplanation.trim() ? rating.ratingExplanation : undefined;
    const fragment = /#(c_[0-9a-z]{12})$/.exec(reviewUrl)?.[1];
    let claim: Claim | undefined = b.existingClaim(text, fragment);
    if (claim) b.batch.duplicates++;
    else claim = b.claim(text, status, { claimant, context, notes, preferredId: fragment });
    for (const url of appearanceUrls(item)) placeAppearance(b, claim, url, reviewUrl, STATUS_LABELS[status]);
  }
  return b.batch;
}

function collectReviews(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_ITEMS) return;
  if (Array.isArray(value)) {
    for (const v of value) collectReviews(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isClaimReview(value['@type'])) out.push(value);
  else if (Array.isArray(value['@graph'])) collectReviews(value['@graph'], out, depth + 1);
}

function isClaimReview(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])ClaimReview$/.test(t));
}

function nameOf(author: unknown): string | undefined {
  const first = Array.isArray(author) ? author[0] : author;
  if (typeof first === 'string') return first.trim() || undefined;
  if (isObject(first) && typeof first.name === 'string') return first.name.trim() || undefined;
  return undefined;
}

/** Every distinct appearance address (appearance may be one object, a list, or bare URLs). */
function appearanceUrls(item: Record<string, unknown>): string[] {
  const urls: string[] = [];
  for (const field of [item.appearance, item.firstAppearance]) {
    for (const a of Array.isArray(field) ? field : [field]) {
      const url = typeof a === 'string' ? a : isObject(a) && typeof a.url === 'string' ? a.url : undefined;
      if (url && !urls.includes(url) && urls.length < 1000) urls.push(url);
    }
  }
  return urls;
}

function placeAppearance(b: BatchBuilder, claim: Claim, url: string, reviewUrl: string, rating: string): void {
  const articles = articlesAt(b.input.articles, url);
  if (articles.length !== 1) {
    b.notPlaced(
      `${claim.text} — appearance ${url}`,
      articles.length === 0 ? 'no article of the folder has this address as its source URL' : `several articles have this address (${articles.map((a) => a.file).join(', ')})`,
    );
    return;
  }
  const article = articles[0];
  const blocked = b.blocked(article);
  if (blocked) {
    b.notPlaced(`${claim.text} — appearance ${url}`, blocked);
    return;
  }
  const found = locateQuote(article.text, { exact: claim.text });
  if (found.status === 'found') {
    b.annotate(article, found.start, found.end, { kind: 'evidence', claimId: claim.id, stance: 'mentions' });
    return;
  }
  // The claim's words are not in the article as such: a note on its first line says where it was reviewed.
  const line = firstLine(article.text);
  if (!line) {
    b.notPlaced(`${claim.text} — appearance ${url}`, `${article.file} is empty`);
    return;
  }
  const origin = { format: 'claimreview', id: `${reviewUrl || claim.id} ${url}` };
  if (b.seenOrigin(origin)) {
    b.batch.duplicates++;
    return;
  }
  const note = `ClaimReview: “${claim.text}” rated ${rating}${reviewUrl ? ` (${reviewUrl})` : ''}. The claim's words were not found in this article.`;
  b.annotate(article, line.start, line.end, { kind: 'note', note, origin });
}
