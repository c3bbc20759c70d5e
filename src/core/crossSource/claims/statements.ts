// Check-worthy statements without a figure: causal claims ("the fire started because a valve
// failed", "led to", "due to") and comparisons ("more than ever", "the largest since 1990").
export type StatementKind = 'causal' | 'comparison';

const CAUSAL =
  /\b(?:because(?: of)?|due to|owing to|led to|leads to|leading to|as a result of|resulted in|results in|caused by|caused|blamed (?:\w+ ){0,4}for|triggered|sparked)\b/gi;
const COMPARISON =
  /\b(?:(?:more|fewer|less|larger|smaller|higher|lower|bigger|greater|worse|better|faster|slower|older|younger|cheaper|costlier) than|twice as|three times|(?:the )?(?:largest|biggest|highest|lowest|worst|deadliest|longest|first|only|most \w+) (?:\w+ ){0,4}(?:since|ever|in (?:history|decades|years)|on record))\b/gi;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|half';
// "more than 80 firefighters" hedges a figure (the figure is the claim); it compares nothing.
const HEDGE_BEFORE_NUMBER = new RegExp(
  `^\\s+(?:(?:an?\\s+|some\\s+)?(?:[$€£]?\\d|(?:${NUMBER_WORDS})\\b)|an?\\s+(?:second|minute|hour|day|week|month|year|quarter|third)\\b)`,
  'i',
);

/** What kind of check-worthy statement a sentence makes, if any (causal wins: it is the stronger claim). */
export function statementKind(sentence: string): StatementKind | null {
  if (matches(sentence, CAUSAL, isCausal)) return 'causal';
  if (matches(sentence, COMPARISON, isComparison)) return 'comparison';
  return null;
}

function matches(sentence: string, re: RegExp, keep: (m: RegExpMatchArray) => boolean): boolean {
  for (const m of sentence.matchAll(re)) if (keep(m)) return true;
  return false;
}

/** "what caused the fire" asks; "the disruption caused to residents" describes harm, not a cause. */
function isCausal(m: RegExpMatchArray): boolean {
  if (m[0].toLowerCase() !== 'caused') return true;
  const text = m.input ?? '';
  const at = m.index ?? 0;
  return !/\b(?:what|whatever|who)\s+$/i.test(text.slice(Math.max(0, at - 12), at)) && !/^\s+to\b/i.test(text.slice(at + m[0].length));
}

// "more than this", "more than happy", "more than entitled": an idiom or an intensifier, not a
// comparison anyone could check. A pronoun, or an adjective or participle, follows.
const IDIOM_AFTER_MORE_THAN =
  /^\s+(?:this|that|it|these|those|anything|everything|something|nothing|me|you|him|her|us|them|ever|enough|happy|willing|ready|welcome|glad|able|just|a little|a bit|\p{L}+(?:ed|able|ible|ful|ive|ous))\b/iu;

function isComparison(m: RegExpMatchArray): boolean {
  if (!/^(?:more|fewer|less) than$/i.test(m[0])) return true;
  const after = (m.input ?? '').slice((m.index ?? 0) + m[0].length);
  return !HEDGE_BEFORE_NUMBER.test(after) && !IDIOM_AFTER_MORE_THAN.test(after);
}
