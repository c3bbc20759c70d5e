import * as assert from 'assert';
import { sentenceSpans } from '../../../../../src/core/crossSource/claims/sentences';

describe('[crossSource/claims/sentences]', () => {
  const cases: [string, string[]][] = [
    ['Mr. Varga met U.S. envoys on Dec. 4. They left.', ['Mr. Varga met U.S. envoys on Dec. 4.', 'They left.']],
    ['“We will stay,” she said. “Not one ship leaves.” Then rain.', ['“We will stay,” she said.', '“Not one ship leaves.”', 'Then rain.']],
    ['J. Okafor spoke first! Was it enough? Nobody knows', ['J. Okafor spoke first!', 'Was it enough?', 'Nobody knows']],
    ['Heading\r\n\r\nBody text here.', ['Heading', 'Body text here.']],
    ['   ', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () =>
      assert.deepStrictEqual(
        sentenceSpans(text).map((s) => text.slice(s.start, s.end)),
        expected,
      ));
  }
});
