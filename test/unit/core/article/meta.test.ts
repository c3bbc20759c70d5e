import * as assert from 'assert';
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
