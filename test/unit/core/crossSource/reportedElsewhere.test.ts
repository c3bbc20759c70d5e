import * as assert from 'assert';
import { reportedElsewhere } from '../../../../src/core/crossSource/groupSummary';
import type { QuoteGroup, QuoteRef } from '../../../../src/core/crossSource/quoteGroups';

const ref = (file: string, start: number): QuoteRef => ({ file, start, end: start + 10, text: `quote ${file}@${start}`, speaker: 'Lina Ostrova' });

describe('[crossSource/groupSummary] reportedElsewhere', () => {
  // a.txt@5 spans two sentences: one group per sentence. b.txt repeats the first in its headline and body.
  const groups: QuoteGroup[] = [
    { key: 'g1', members: [ref('a.txt', 5), ref('b.txt', 0), ref('b.txt', 80), ref('c.txt', 40)] },
    { key: 'g2', members: [ref('a.txt', 5), ref('b.txt', 80), ref('d.txt', 12)] },
    { key: 'g3', members: [ref('c.txt', 90), ref('e.txt', 3)] },
  ];

  it('counts other articles, not quotes, across every group of the quote', () => {
    const got = reportedElsewhere(groups, 'a.txt', 5);
    assert.deepStrictEqual(
      got.map((e) => [e.file, e.quotes.map((q) => q.start)]),
      [
        ['b.txt', [0, 80]],
        ['c.txt', [40]],
        ['d.txt', [12]],
      ],
    );
  });

  it('is empty for a quote in no group', () => assert.deepStrictEqual(reportedElsewhere(groups, 'a.txt', 6), []));
});
