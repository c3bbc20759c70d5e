// Cross-source analysis: the same quote or figure across several articles on one story.
export { tokenize, normalizedText, type Token } from './normalize';
export { alignTokens, type Alignment } from './align';
export {
  groupQuotes,
  indexGroups,
  compareRenderings,
  isSameUtterance,
  speakerRelation,
  type SourceQuotes,
  type QuoteRef,
  type QuoteGroup,
  type QuoteLink,
  type SpeakerRelation,
} from './quoteGroups';
export { summarizeGroup, type QuoteGroupSummary, type QuoteVariant, type CreditedSpeaker } from './groupSummary';
export { wordingDiff, type DiffPart } from './wordingDiff';
export { findFigures, type Figure, type FigureKind } from './claims/figures';
export { sentenceSpans } from './claims/sentences';
export { statementKind, type StatementKind } from './claims/statements';
export {
  suggestClaims,
  type ClaimSuggestion,
  type SuggestionEvidence,
  type SuggestionSource,
  type SuggestionStatus,
  type SuggestOptions,
} from './claims/suggest';
