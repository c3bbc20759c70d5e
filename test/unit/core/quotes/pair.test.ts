import * as assert from 'assert';
import { pairQuotes } from '../../../../src/core/quotes/02-pair';
import { contentLines } from '../../../../src/core/article/paragraphs';
import { quoteSpans } from './helpers';
import { cpuScaling, describeScaling, MAX_SCALING_RATIO } from '../../helpers/cpuScaling';

/** Quoted texts found by pairing alone, one paragraph per line. */
function paired(text: string): string[] {
  return pairQuotes(text, contentLines(text)).map((q) => text.slice(q.start, q.end));
}

describe('[quotes/pair]', () => {
  const cases: [string, string, string[]][] = [
    ['curly', 'She said “we will stay” and left.', ['we will stay']],
    ['mixed straight open and curly close', 'It was "direct and frank” in tone.', ['direct and frank']],
    ['curly open and straight close', '“We are ready," the mayor said.', ['We are ready,']],
    ['apostrophes inside a single-quoted quote', "He called it 'the town's worst day' and wept.", ["the town's worst day"]],
    ['a quote split by its attribution is two quotes', '“We are ready,” Grant said, “and we will act.”', ['We are ready,', 'and we will act.']],
    ['nested: the outer quote and the inner one', '“He told me ‘never again’ and left,” she said.', ['He told me ‘never again’ and left,', 'never again']],
    ['nested guillemets with inner double marks', '«Il a dit “jamais” hier», a-t-elle ajouté.', ['Il a dit “jamais” hier', 'jamais']],
    ['doubled single marks used as double ones', "He wrote ''So sad'' and logged off.", ['So sad']],
    ['doubled curly single marks', 'She called it ‘‘a good start’’ on Monday.', ['a good start']],
    ['German low-9', 'Er sagte: „Wir bleiben hier.“ Dann ging er.', ['Wir bleiben hier.']],
    ['a space before the closing mark is kept', 'They should “act now ”.', ['act now ']],
    ['a stray closing mark makes no quote', 'He spoke of the eastern front." Then he left.', []],
    ['an inch mark makes no quote', 'a 5" pipe burst', []],
    ['an unclosed opening mark makes no quote', 'He said “we will rebuild and left.', []],
    ['what an unclosed mark held still counts', 'A stray “ mark, then the ‘provocative’ remark.', ['provocative']],
    ['a quote left unclosed ends where the next one opens after a full stop', 'She called it “a fine day for the valley. “We will build,” she said.', ['a fine day for the valley.', 'We will build,']],
    ['an unclosed mark before a new quote with no sentence end makes no quote', 'He said “we may “rebuild” soon.', ['rebuild']],
    ['no unclosed quote from a closing shape typed without its space', 'It was “over,”Lina said. “We go on,” she said.', ['We go on,']],
    ['no unclosed quote over a closer typed after a space', 'He said "we met ‘twice,’ " Ivo said. "Then we left," he said.', ['twice,', 'Then we left,']],
    ['a quoted sentence inside a quote of the same family closes both normally', 'He said “they wrote. “No” at once,” she said.', ['they wrote. “No” at once,', 'No']],
    ['marks with nothing but punctuation between make no quote', 'He typed “” and “…” twice.', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(paired(text), expected));
  }

  it('marks an inner quote with the span of the quote that holds it, at any depth', () => {
    const text = '“Ana said ‘Ivo wrote “stop” twice’ today,” he said.';
    const got = pairQuotes(text, contentLines(text)).map((q) => [text.slice(q.start, q.end), q.nestedIn && text.slice(q.nestedIn.start, q.nestedIn.end)]);
    assert.deepStrictEqual(got, [
      ['Ana said ‘Ivo wrote “stop” twice’ today,', undefined],
      ['Ivo wrote “stop” twice', 'Ana said ‘Ivo wrote “stop” twice’ today,'],
      ['stop', 'Ivo wrote “stop” twice'],
    ]);
  });

  it('an inner quote of a mark never closed stands alone', () => {
    const text = 'A stray “ mark, then ‘the plan’ again.';
    assert.deepStrictEqual(pairQuotes(text, contentLines(text)).map((q) => q.nestedIn), [undefined]);
  });

  it('keeps an unbalanced mark inside its paragraph', () => {
    const text = 'He said “we will go on.\nThe council met on Monday. “It is over,” Grant said.';
    assert.deepStrictEqual(paired(text), ['It is over,']);
  });

  it('reads a multi-paragraph quote as one part per paragraph, marks excluded', () => {
    const text = 'Grant said: “We lost the pier.\n“We lost the boats.\n“We will not lose the town,” she said.';
    assert.deepStrictEqual(paired(text), ['We lost the pier.', 'We lost the boats.', 'We will not lose the town,']);
  });

  it('gives exact offsets with CRLF line endings', () => {
    const text = 'Title\r\n\r\n“One,” she said.\r\nHe said “two.”';
    assert.deepStrictEqual(quoteSpans(text), [[10, 14, 'One,'], [36, 40, 'two.']]);
  });

  // Each shape grows from k to 4k units: a quadratic scan would take about 16× the time, a linear one about 4×.
  const hostile: [string, (k: number) => string, number][] = [
    ['thousands of unbalanced marks and a long line', (k) => '“ ‘ « „ " '.repeat(k) + 'x'.repeat(2 * k) + ' ”’» '.repeat(k / 4), 25000],
    ['closers searching past many open marks of another kind', (k) => '“'.repeat(k) + ' ‘a’'.repeat(k), 25000],
    ['closers with nothing of their kind open', (k) => '“a '.repeat(k) + '’ '.repeat(k), 25000],
  ];
  for (const [name, make, k] of hostile) {
    it(`stays linear: ${name}`, function () {
      this.timeout(300_000);
      const scaling = cpuScaling((size) => {
        const text = make(size);
        return pairQuotes(text, contentLines(text));
      }, k);
      assert.ok(scaling.ratio <= MAX_SCALING_RATIO, describeScaling(scaling));
    });
  }

  it('surfaces the single quotes held inside double marks that never close, however many', () => {
    const text = '“'.repeat(1000) + ' ‘a’'.repeat(200000);
    assert.strictEqual(pairQuotes(text, contentLines(text)).length, 200000);
  });
});
