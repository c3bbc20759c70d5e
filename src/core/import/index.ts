// Importing other tools' annotations and reviews into a folder: Hypothesis JSON, schema.org
// ClaimReview and Crosscheck's own CSV export. Pure: the caller reads the file and the folder's
// articles, sidecars and registry, gets one batch of additions, and applies it (batch.ts).
import type { ImportBatch, ImportFormat, ImportInput, ImportOptions } from './batch';
import { importClaimReviews } from './claimReview';
import { importCsv } from './csv';
import { importHypothesis } from './hypothesis';

export {
  IMPORT_FORMATS,
  isImportFormat,
  applyToSidecar,
  applyToRegistry,
  annotationsFor,
  type ImportFormat,
  type ImportArticle,
  type ImportInput,
  type ImportOptions,
  type ImportBatch,
  type NotPlaced,
} from './batch';
export { DEFAULT_CLAIMREVIEW_RATINGS, CLAIM_STATUSES, ratingTable } from './ratings';
export { normalizeUrl } from './urls';
export { parseCsv } from './csv';

/** The additions an import of `fileText` makes to the folder described by `input`. */
export function planImport(format: ImportFormat, fileText: string, input: ImportInput, options: ImportOptions = {}): ImportBatch {
  switch (format) {
    case 'hypothesis':
      return importHypothesis(fileText, input, options);
    case 'claimreview':
      return importClaimReviews(fileText, input, options);
    case 'csv':
      return importCsv(fileText, input, options);
  }
}
