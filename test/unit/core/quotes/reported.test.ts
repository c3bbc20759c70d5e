// Reported (indirect) speech, off unless asked for: "the minister said the port would reopen" and its mirror
// "…, the minister said." Invented texts (a harbour town, its minister, a shipping firm).
import assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus } from '../../../../src/core';

const STORY = `Port reopening delayed

Harbour Minister Ana Lindqvist said on Monday that the port would reopen within three weeks. The dredging will take longer than planned, the minister told reporters.

“We are not giving up,” she said, adding the crews were exhausted. Officials said the storm had damaged two cranes. The mayor is said to be furious. Lindqvist said nothing else.

The cargo firm Valdor Shipping warned that prices would rise. The harbour master, Tomas Berg, said he expected more delays, and Berg later added that the cranes were old. The ferries will run again soon, said Berg.
`;

type Row = [kind: string, text: string, speaker: string | null, cue: string | undefined];
const rows = (quotes: { kind?: string; text: string; speaker: string | null; cue?: { text: string } }[]): Row[] =>
  quotes.map((q) => [q.kind ?? 'direct', q.text, q.speaker, q.cue?.text]);

describe('[quotes/reported] reported speech', () => {
  it('is not looked for by default: the analysis has direct quotes only', async () => {
    const a = await analyzeArticle(STORY);
    assert.deepEqual(rows(a.quotes).map(([kind, text]) => [kind, text]), [['direct', 'We are not giving up,']]);
  });

  it('finds "X said (that) CLAUSE" and ", X said." with speaker and reporting verb, never inside quotation marks', async () => {
    const a = await analyzeArticle(STORY, { reportedSpeech: true });
    assert.deepEqual(rows(a.quotes), [
      ['reported', 'the port would reopen within three weeks', 'Ana Lindqvist', 'said'],
      ['reported', 'The dredging will take longer than planned', 'Ana Lindqvist', 'told'],
      ['direct', 'We are not giving up,', 'Ana Lindqvist', 'said'],
      ['reported', 'the storm had damaged two cranes', 'Officials', 'said'],
      ['reported', 'prices would rise', 'Valdor Shipping', 'warned'],
      ['reported', 'he expected more delays', 'Tomas Berg', 'said'],
      ['reported', 'the cranes were old', 'Tomas Berg', 'added'],
      ['reported', 'The ferries will run again soon', 'Tomas Berg', 'said'],
    ]);
    for (const q of a.quotes) assert.equal(STORY.slice(q.start, q.end), q.text);
    for (const q of a.quotes.filter((x) => x.kind === 'reported')) assert.equal(STORY.slice(q.cue!.start, q.cue!.end), q.cue!.text);
  });

  it('leaves out passives, "said nothing", participles after a quote and clauses holding a quote', async () => {
    const text = 'The mayor is said to be furious. Lindqvist said nothing. “No,” she said, adding it was late. Berg said the plan was “reckless” and left.';
    const a = await analyzeArticle(text, { reportedSpeech: true });
    assert.deepEqual(a.quotes.filter((q) => q.kind === 'reported'), []);
  });

  it('a verb other than "say" needs "that" before its clause', async () => {
    const text = 'Mayor Ines Moro announced the closure of the pier. Moro announced that the pier would close.';
    const a = await analyzeArticle(text, { reportedSpeech: true });
    assert.deepEqual(rows(a.quotes), [['reported', 'the pier would close', 'Ines Moro', 'announced']]);
  });

  it('a mirrored report after a dateline starts after its dash', async () => {
    const text = 'KESTREL, May 12 (Harbour Wire) — The bridge will close for six weeks from Monday, the transport board said on Thursday.';
    const a = await analyzeArticle(text, { reportedSpeech: true });
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.text, q.cue?.text]), [['reported', 'The bridge will close for six weeks from Monday', 'said']]);
  });

  it('a pronoun takes the speaker of the direct quote before it', async () => {
    const text = '“We will rebuild,” Mayor Ines Moro said.\n\nShe said the town would ask for aid.';
    const a = await analyzeArticle(text, { reportedSpeech: true });
    assert.deepEqual(rows(a.quotes)[1], ['reported', 'the town would ask for aid', 'Ines Moro', 'said']);
  });

  it('the corpus analysis gives the same reported speech as one article alone, and none without the option', async () => {
    const [withIt] = await analyzeCorpus([STORY], { reportedSpeech: true });
    const alone = await analyzeArticle(STORY, { reportedSpeech: true });
    assert.deepEqual(rows(withIt.quotes), rows(alone.quotes));
    const [without] = await analyzeCorpus([STORY]);
    assert.deepEqual(without.quotes.filter((q) => q.kind === 'reported'), []);
  });
});
