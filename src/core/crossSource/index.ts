// Cross-source analysis: the same quote or figure across several articles on one story.
export { tokenize, normalizedText, type Token } from './normalize';
export { alignTokens, type Alignment } from './align';
export {
  groupQuotes,
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
