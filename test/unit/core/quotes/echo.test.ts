import * as assert from 'assert';
import { attribute, entity } from './helpers';

// Fictional: ports minister Vera Lund, fire chief Aron Vale, residents' group Quayside Watch.
describe('[quotes/echo] display quotes and nested attribution', () => {
  it('a headline quote takes the speaker of the one body quote holding its words', () => {
    const text = '‘No stone unturned’: Lund orders harbour inquiry\n\nBy Sam Reed\n\n“We will leave no stone unturned until we know what happened,” Vera Lund said.\n';
    assert.deepStrictEqual(attribute(text, [entity(text, 'Vera Lund', 'person', ['Vera Lund', 'Lund'])]).map((q) => [q.text, q.speaker]), [
      ['No stone unturned', 'Vera Lund'],
      ['We will leave no stone unturned until we know what happened,', 'Vera Lund'],
    ]);
  });

  it('a crosshead quote takes the body speaker and does not continue the quote before it', () => {
    const text = 'Headline about the fire at the quay\n\n“It was close,” said Aron Vale.\n\n‘Same story every time’\n\nCampaigners were angry.\n\n‘We stopped it’\n\nAron Vale said the tanks were safe. “We had a real risk there, and we stopped it,” he said.\n';
    const got = attribute(text, [entity(text, 'Aron Vale', 'person')]).map((q) => [q.text, q.speaker]);
    assert.deepStrictEqual(got, [
      ['It was close,', 'Aron Vale'],
      ['Same story every time', null],
      ['We stopped it', 'Aron Vale'],
      ['We had a real risk there, and we stopped it,', 'Aron Vale'],
    ]);
  });

  it('no echo when two speakers said the words', () => {
    const text = '‘Not again’: anger at the quay\n\nBy Sam Reed\n\n“Not again, not here,” Vera Lund said. “Not again,” said Aron Vale.\n';
    const got = attribute(text, [entity(text, 'Vera Lund', 'person'), entity(text, 'Aron Vale', 'person')]).map((q) => [q.text, q.speaker]);
    assert.deepStrictEqual(got[0], ['Not again', null]);
  });

  it('a verb after "and" shares the subject that opens the sentence', () => {
    const text = 'The ports minister, Vera Lund, visited the quay on Tuesday and vowed to leave “no stone unturned”.';
    assert.deepStrictEqual(attribute(text, [entity(text, 'Vera Lund', 'person')]), [
      { text: 'no stone unturned', speaker: 'Vera Lund', cue: 'vowed', mention: 'Vera Lund' },
    ]);
  });

  it('a person\'s own clause before a colon introduces the quote', () => {
    const text = 'Ines Moro of Quayside Watch put it to me like this: "Every inquiry ends with a list."';
    assert.deepStrictEqual(attribute(text, [entity(text, 'Ines Moro', 'person'), entity(text, 'Quayside Watch', 'organization')]), [
      { text: 'Every inquiry ends with a list.', speaker: 'Ines Moro', cue: ':', mention: 'Ines Moro' },
    ]);
  });

  it('a colon after someone else\'s words is not an introduction', () => {
    const text = 'Ines Moro was handed a letter that said: "Every inquiry ends with a list."';
    assert.deepStrictEqual(attribute(text, [entity(text, 'Ines Moro', 'person')]).map((q) => q.speaker), [null]);
  });

  it('the person reporting speaks for "the union" inside what he says', () => {
    const text = 'Karl Obi, regional secretary of the Dockers Union, says the union wrote about valves that “wept” every day.';
    assert.deepStrictEqual(attribute(text, [entity(text, 'Karl Obi', 'person'), entity(text, 'Dockers Union', 'organization')]).map((q) => [q.text, q.speaker]), [
      ['wept', 'Karl Obi'],
    ]);
  });
});
