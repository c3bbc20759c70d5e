import * as assert from 'assert';
import { attribute, entity } from './helpers';

// Fictional: harbour master Ines Moro, union leader Pavel Dunn, mayor Lina Ostrova.
describe('[quotes/nested] quotes inside quotes', () => {
  const speakers = (text: string, names: [string, 'person' | 'organization'][]) =>
    attribute(text, names.map(([n, t]) => entity(text, n, t))).map((q) => [q.text, q.speaker]);

  it('the inner quote belongs to the person the outer speaker quotes', () => {
    const text = '“Then Pavel Dunn told me ‘we will not sign’, and walked out,” Ines Moro said.';
    assert.deepStrictEqual(speakers(text, [['Ines Moro', 'person'], ['Pavel Dunn', 'person']]), [
      ['Then Pavel Dunn told me ‘we will not sign’, and walked out,', 'Ines Moro'],
      ['we will not sign', 'Pavel Dunn'],
    ]);
  });

  it('a cue after the inner quote names its speaker too', () => {
    const text = 'The council wrote: “‘The pier stays shut,’ Lina Ostrova said in a letter. ‘It is not safe.’” Ines Moro disagreed.';
    assert.deepStrictEqual(speakers(text, [['Lina Ostrova', 'person'], ['Ines Moro', 'person']]).slice(1), [
      ['The pier stays shut,', 'Lina Ostrova'],
      ['It is not safe.', 'Lina Ostrova'],
    ]);
  });

  it('an inner quote the outer speaker says herself takes her name', () => {
    const text = '“I told them ‘no deal’ on Friday,” Ines Moro said.';
    assert.deepStrictEqual(speakers(text, [['Ines Moro', 'person']]), [
      ['I told them ‘no deal’ on Friday,', 'Ines Moro'],
      ['no deal', 'Ines Moro'],
    ]);
  });

  it('an unnamed source inside the quote leaves the inner speaker unknown', () => {
    const text = '“Someone at the port told me ‘the cranes are sold’ last week,” Ines Moro said.';
    assert.deepStrictEqual(speakers(text, [['Ines Moro', 'person']])[1], ['the cranes are sold', null]);
  });

  it('scare quotes inside a quote stay part of it', () => {
    const text = '“This so-called ‘reform’ helps nobody,” Ines Moro said.';
    assert.deepStrictEqual(speakers(text, [['Ines Moro', 'person']]), [['This so-called ‘reform’ helps nobody,', 'Ines Moro']]);
  });
});
