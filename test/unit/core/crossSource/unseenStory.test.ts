// A small fictional story told by three outlets (one a translation), with the traps real coverage
// has: partial quotes in headlines, translated wording, the same words credited to two people, a
// common word said by different people, and different statements by one person on one topic.
import * as assert from 'assert';
import type { Quote } from '../../../../src/core/model';
import { groupQuotes, type SourceQuotes } from '../../../../src/core/crossSource/quoteGroups';

type Q = [id: string, text: string, speaker: string | null];

function outlet(file: string, quotes: Q[]): { source: SourceQuotes; ids: Map<number, string> } {
  let offset = 0;
  const ids = new Map<number, string>();
  const out: Quote[] = [];
  for (const [id, text, speaker] of quotes) {
    offset += 40;
    ids.set(offset, id);
    out.push({ start: offset, end: offset + text.length, text, speaker });
    offset += text.length;
  }
  return { source: { file, quotes: out }, ids };
}

const gazette = outlet('gazette.txt', [
  ['fee', 'We will not raise the harbour fee this year', 'Ilse Brandt'],
  ['reckless-brandt', 'reckless', 'Ilse Brandt'],
  ['cargo', 'Cargo volumes fell by a third in March', 'Saanvi Rao'],
  ['betrayal', 'This is a betrayal of every dock worker in the city', 'Kofi Mensah'],
  ['investment', 'The harbour needs investment, not slogans', 'Ilse Brandt'],
]);
const courier = outlet('courier.txt', [
  ['fee', 'We are not going to increase the harbor fee this year', 'Ilse Brandt'],
  ['reckless-mensah', 'reckless', 'Kofi Mensah'],
  ['cargo', 'Cargo volumes fell by a third in March,', 'Ilse Brandt'],
  ['hire', 'The port will hire 200 workers next year', 'Saanvi Rao'],
]);
const daily = outlet('daily.txt', [
  ['fee', 'not raise the harbour fee', null],
  ['betrayal', 'a betrayal of every dock worker', 'Kofi Mensah'],
  ['cuts', 'The port will not cut jobs next year', 'Saanvi Rao'],
  ['cranes', 'The harbour needs cranes, not promises', 'Ilse Brandt'],
]);

describe('[crossSource/quoteGroups] an unseen story', () => {
  const outlets = [gazette, courier, daily];
  const idOf = (file: string, start: number) => outlets.find((o) => o.source.file === file)!.ids.get(start)!;
  const groups = groupQuotes(outlets.map((o) => o.source));

  it('groups each utterance and nothing else', () => {
    assert.deepStrictEqual(
      groups.map((g) => g.members.map((m) => `${m.file}:${idOf(m.file, m.start)}`)).sort(),
      [
        ['courier.txt:cargo', 'gazette.txt:cargo'],
        ['courier.txt:fee', 'daily.txt:fee', 'gazette.txt:fee'],
        ['daily.txt:betrayal', 'gazette.txt:betrayal'],
      ],
    );
  });
});
