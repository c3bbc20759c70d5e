// Cross-source analysis: the same quote or figure across several articles on one story.
// Tokens and alignment stay internal: other layers have their own (nlp/tokens, quotes/sentences).
export { normalizedText } from './normalize';
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
export { QuoteGroupIndex } from './quoteGroupIndex';
export { summarizeGroup, reportedElsewhere, type QuoteGroupSummary, type QuoteVariant, type CreditedSpeaker, type ArticleElsewhere } from './groupSummary';
export { wordingDiff, type DiffPart } from './wordingDiff';
export { findFigures, type Figure, type FigureKind } from './claims/figures';
export { statementKind, type StatementKind } from './claims/statements';
export {
  suggestClaims,
  type ClaimSuggestion,
  type SuggestionEvidence,
  type SuggestionSource,
  type SuggestionStatus,
  type SuggestOptions,
} from './claims/suggest';
export { SuggestionIndex, type KeyedSuggestionSource } from './claims/suggestionIndex';
