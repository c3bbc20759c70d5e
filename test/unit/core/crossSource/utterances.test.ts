import * as assert from 'assert';
import { splitClauses, splitUtterances } from '../../../../src/core/crossSource/utterances';
import { cpuScaling, describeScaling, MAX_SCALING_RATIO } from '../../helpers/cpuScaling';

const parts = (text: string) => splitUtterances(text).map((u) => text.slice(u.start, u.end));

describe('[crossSource/utterances] splitUtterances', () => {
  const cases: [string, string, string[]][] = [
    ['one sentence', 'We will reopen the pier,', ['We will reopen the pier,']],
    ['two sentences', 'We will reopen the pier. The ferries come back in May.', ['We will reopen the pier.', 'The ferries come back in May.']],
    ['question and exclamation', 'Why wait? Best news all year!', ['Why wait?', 'Best news all year!']],
    ['an abbreviation does not end a sentence', 'Mr. Okoro will sign. He said so.', ['Mr. Okoro will sign.', 'He said so.']],
    ['initials and dotted acronyms', 'J. Okoro met the U.S. envoy today.', ['J. Okoro met the U.S. envoy today.']],
    ['a lower-case continuation after an ellipsis', 'I was lucky ... and this one is here.', ['I was lucky ... and this one is here.']],
    ['a closing bracket after the stop', 'It is over (for now.) Next year we try again.', ['It is over (for now.)', 'Next year we try again.']],
    ['a semicolon stays inside', 'We won every title; this was the last one.', ['We won every title; this was the last one.']],
    ['punctuation only after the last stop', 'We are done. …', ['We are done. …']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(parts(text), expected));

  it('returns nothing for text without words', () => assert.deepStrictEqual(splitUtterances('… !'), []));

  it('stays linear on long runs of punctuation and spaces', function () {
    this.timeout(300_000);
    const scaling = cpuScaling((k) => splitUtterances('a' + '. '.repeat(k) + '!'.repeat(k) + ' '.repeat(k) + 'b'), 100000);
    assert.ok(scaling.ratio <= MAX_SCALING_RATIO, describeScaling(scaling));
  });
});

describe('[crossSource/utterances] splitClauses', () => {
  // Long enough: three words or more (a stand-in for the caller's content-word count).
  const clauses = (text: string) =>
    splitClauses(text, { start: 0, end: text.length }, (s, e) => text.slice(s, e).trim().split(/\s+/).length >= 3).map((u) => text.slice(u.start, u.end));
  const cases: [string, string, string[]][] = [
    ['at a comma', 'We had a long night, but the pumps held in the end', ['We had a long night,', 'but the pumps held in the end']],
    ['at an ellipsis', 'I was lucky all along ... and this one is finally here', ['I was lucky all along ...', 'and this one is finally here']],
    ['a short clause joins the next one', 'Yes, we will open the pier, and the ferries come back', ['Yes, we will open the pier,', 'and the ferries come back']],
    ['a short tail joins the clause before it', 'We will open the pier, and soon', []],
    ['no cut without a space after the mark', 'It cost 1,500 crowns in all', []],
    ['one clause only: no clauses', 'We will open the pier soon', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(clauses(text), expected));

  it('stays linear on long runs of clause marks', function () {
    this.timeout(300_000);
    const scaling = cpuScaling((k) => {
      const text = 'a, '.repeat(k) + '.'.repeat(k) + ' b';
      return splitClauses(text, { start: 0, end: text.length }, () => true);
    }, 100000);
    assert.ok(scaling.ratio <= MAX_SCALING_RATIO, describeScaling(scaling));
  });
});
