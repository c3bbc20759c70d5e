// Everyday content words of English speech. Two quotes that share "want to keep playing" or "the
// people of this country" share a turn of phrase, not necessarily an utterance: such words count half
// as evidence when quotes are matched. A general list, written by hand (the most frequent English
// verbs, nouns, adjectives and adverbs), not taken from any corpus the product is measured on.
import { stem } from './normalize';

const WORDS = (
  // verbs
  'want keep go get make know think see come take give look use find tell ask work seem feel try leave call need ' +
  'put mean let begin help talk turn start show hear play run move like live believe hold bring happen write ' +
  'sit stand lose pay meet include continue set learn change lead understand watch follow stop create speak ' +
  'read allow add spend grow open walk win offer remember love consider appear buy wait serve send expect build ' +
  'stay fall reach remain suggest raise pass sell decide return explain hope develop carry break receive agree ' +
  'support hit produce eat cover catch draw choose cause point happen plan face ' +
  // nouns
  'time year people way day man thing woman life child world school family group country problem hand part place ' +
  'case week system program question number night home water room area money story fact month lot right ' +
  'study book eye job word issue side kind head house service friend power hour game line end member ' +
  'city community name team minute idea kid body information back parent face level office door ' +
  'person history result morning reason moment guy everybody everyone everything something anything ' +
  'nothing someone anyone thanks ' +
  // adjectives
  'good new first last long great little old big high different small large next early young important few ' +
  'public bad able best better sure real whole clear hard free full true certain possible late ' +
  // adverbs
  'really always now today already actually probably maybe ever going gonna'
)
  .split(/\s+/)
  .filter(Boolean);

/** Stems of everyday words (stemmed as tokens are, so "wanted", "wants" and "want" all hit). */
export const COMMON_STEMS: ReadonlySet<string> = new Set(WORDS.map(stem));
