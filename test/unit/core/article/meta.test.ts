import * as assert from 'assert';
import { parseArticle } from '../../../../src/core/article';
import { readDate } from '../../../../src/core/article/meta';

describe('[article/meta]', () => {
  const dates: [string, string | undefined][] = [
    ['Posted December. 10, 2031 07:52', '2031-12-10'],
    ['Published 3 March 2031', '2031-03-03'],
    ['Updated Mar 3, 2031', '2031-03-03'],
    ['2031-03-04T10:00:00Z', '2031-03-04'],
    ['3rd March, 2031', '2031-03-03'],
    ['March 45, 2031', undefined],
    ['no date here', undefined],
  ];
  for (const [line, iso] of dates) {
    it(`reads "${line}"`, () => assert.strictEqual(readDate(line), iso));
  }
});

// The article's date is read from its header zone or a "Published"/"Updated" label only: captions,
// image credits and "Related" lists carry the dates of other events (all articles here are invented).
describe('[article/parse] the article date', () => {
  const dateOf = (lines: string[]) => parseArticle(lines.join('\n\n')).meta.date;
  const BODY = 'Crews from three stations worked through the night to contain the fire at the fertiliser store on the quay, the harbour master said.';

  it('skips a photo caption with an earlier date and takes the date line under the byline', () => {
    assert.strictEqual(
      dateOf(['Quay fire contained after two nights', 'Firefighters at the quay on 28 February 2031. Photo: Lena Holt/Coast Agency', 'By Ana Ruiz', '3 March 2031', BODY]),
      '2031-03-03',
    );
  });

  it('skips a caption without a preposition when it carries a credit', () => {
    assert.strictEqual(dateOf(['Quay fire contained after two nights', 'Smoke over the harbour, 27 February 2031 (Photo: Coast Agency)', 'Tuesday 3 March 2031', BODY]), '2031-03-03');
    assert.strictEqual(dateOf(['Quay fire contained after two nights', '© Ruth Abernethy 12 January 2031', BODY]), undefined);
  });

  it('a caption-like sentence in the header zone is prose, not a date line', () => {
    assert.strictEqual(dateOf(['Quay fire contained after two nights', 'Crews at the quay on 28 February 2031', 'By Ana Ruiz', BODY]), undefined);
  });

  it('skips a "Related" list and takes the labelled date', () => {
    assert.strictEqual(
      dateOf(['Quay fire contained after two nights', 'Related:', 'Port fire: what we know (1 March 2031)', 'Inspectors to visit quay, 2 March 2031', 'By Ana Ruiz', 'Published 4 March 2031', BODY]),
      '2031-03-04',
    );
  });

  it('never reads a date from the body, but a label below it counts', () => {
    assert.strictEqual(dateOf(['Quay fire contained after two nights', 'By Ana Ruiz', `${BODY} Inspectors will return on 9 March 2031.`, 'Short line 9 March 2031']), undefined);
    assert.strictEqual(dateOf(['Quay fire contained after two nights', BODY, 'Updated 5 March 2031']), '2031-03-05');
  });

  it('reads a date that leads the first paragraph before a dash', () => {
    assert.strictEqual(dateOf(['Quay fire contained after two nights', `Valmore, Aldovia, March 3, 2031--${BODY}`]), '2031-03-03');
  });

  it('prefers "Published" over "Updated", and reads the dateline’s own date', () => {
    assert.strictEqual(dateOf(['Quay fire contained after two nights', 'Updated 6 March 2031', 'Published 5 March 2031', BODY]), '2031-03-05');
    assert.strictEqual(
      dateOf(['Quay fire contained after two nights', 'A fire crew on 1 March 2031. Picture: Harbour Post', `VALMORE, March 3, 2031 (Coast Wire) — ${BODY}`]),
      '2031-03-03',
    );
  });
});
