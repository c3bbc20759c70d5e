// Check-worthy statements without a figure: causal claims ("the fire started because a valve
// failed", "led to", "due to") and comparisons ("more than ever", "the largest since 1990").
export type StatementKind = 'causal' | 'comparison';

const CAUSAL =
  /\b(?:because(?: of)?|due to|owing to|led to|leads to|leading to|as a result of|resulted in|results in|caused by|caused|blamed (?:\w+ ){0,4}for|triggered|sparked)\b/i;
const COMPARISON =
  /\b(?:(?:more|fewer|less|larger|smaller|higher|lower|bigger|greater|worse|better|faster|slower|older|younger|cheaper|costlier) than|twice as|three times|(?:the )?(?:largest|biggest|highest|lowest|worst|deadliest|longest|first|only|most \w+) (?:\w+ ){0,4}(?:since|ever|in (?:history|decades|years)|on record))\b/i;

/** What kind of check-worthy statement a sentence makes, if any (causal wins: it is the stronger claim). */
export function statementKind(sentence: string): StatementKind | null {
  if (CAUSAL.test(sentence)) return 'causal';
  if (COMPARISON.test(sentence)) return 'comparison';
  return null;
}
