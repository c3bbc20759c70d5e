import * as assert from 'assert';
import { summarizeGroup } from '../../../../src/core/crossSource/groupSummary';
import type { QuoteGroup, QuoteRef } from '../../../../src/core/crossSource/quoteGroups';

const m = (file: string, start: number, text: string, speaker: string | null): QuoteRef => ({
  file,
  start,
  end: start + text.length,
  text,
  speaker,
});

describe('[crossSource/groupSummary]', () => {
  it('folds identical wordings and merges a surname into the full name', () => {
    const group: QuoteGroup = {
      key: 'g:a.txt@10',
      members: [
        m('a.txt', 10, 'That is not on the table,', 'Elena Varga'),
        m('b.txt', 4, 'That’s not on the table', 'Varga'),
        m('c.txt', 30, 'not on the table', null),
      ],
    };
    const s = summarizeGroup(group);
    assert.deepStrictEqual(
      s.variants.map((v) => [v.text, v.normalized, v.members.map((x) => x.file)]),
      [
        ['That is not on the table,', 'that is not on the table', ['a.txt', 'b.txt']],
        ['not on the table', 'not on the table', ['c.txt']],
      ],
    );
    assert.deepStrictEqual(s.speakers, [
      { speaker: 'Elena Varga', files: ['a.txt', 'b.txt'] },
      { speaker: null, files: ['c.txt'] },
    ]);
    assert.deepStrictEqual(s.files, ['a.txt', 'b.txt', 'c.txt']);
    assert.strictEqual(s.speakerConflict, false);
    assert.strictEqual(s.wordingVaries, true);
    assert.strictEqual(s.canonical.text, 'That is not on the table,');
    assert.strictEqual(s.likelySpeaker, 'Elena Varga');
  });

  it('takes the wording and the speaker most outlets give', () => {
    const s = summarizeGroup({
      key: 'g',
      members: [
        m('a.txt', 0, 'leave no stone unturned', 'Helen Marsh'),
        m('b.txt', 0, 'We will leave no stone unturned until we know', 'Helen Marsh'),
        m('c.txt', 0, 'leave no stone unturned', 'Dan Oyelaran'),
        m('d.txt', 0, 'Leave no stone unturned', null),
      ],
    });
    assert.strictEqual(s.canonical.text, 'leave no stone unturned');
    assert.deepStrictEqual(s.canonical.members.map((x) => x.file), ['a.txt', 'c.txt', 'd.txt']);
    assert.strictEqual(s.likelySpeaker, 'Helen Marsh');
    assert.strictEqual(s.speakerConflict, true);
  });

  it('flags the same words credited to different speakers', () => {
    const s = summarizeGroup({
      key: 'g',
      members: [
        m('a.txt', 0, 'firm economic and legal measures', 'City Hall'),
        m('b.txt', 0, 'firm economic and legal measures', 'Elena Varga'),
      ],
    });
    assert.strictEqual(s.speakerConflict, true);
    assert.strictEqual(s.wordingVaries, false);
    assert.deepStrictEqual(
      s.speakers.map((x) => x.speaker),
      ['City Hall', 'Elena Varga'],
    );
  });
});
