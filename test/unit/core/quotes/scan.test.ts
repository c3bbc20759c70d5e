import * as assert from 'assert';
import { scanMarks } from '../../../../src/core/quotes/01-scan';

/** The roles of the marks found, as "open@3 close@9". */
function roles(text: string): string {
  return scanMarks(text, 0, text.length).map((m) => `${m.role}@${m.at}`).join(' ');
}

describe('[quotes/scan]', () => {
  const apostrophes: [string, string][] = [
    ["contraction", "They don't know."],
    ["possessive", "Grant's plan"],
    ["curly possessive", "the council’s vote"],
    ["decade", "since the '90s and the ’80s"],
    ["rock 'n' roll", "a rock 'n' roll band"],
    ["elision", "give 'em a chance 'til noon"],
    ["name", "Siobhan O'Leary spoke"],
  ];
  for (const [name, text] of apostrophes) {
    it(`finds no quotation mark in an apostrophe: ${name}`, () => assert.strictEqual(roles(text), '', text));
  }

  const marks: [string, string, string][] = [
    ['curly double', 'a “b” c', 'open@2 close@4'],
    ['straight double', 'a "b" c', 'open@2 close@4'],
    ['straight single', "it was 'bad' news", 'open@7 close@11'],
    ['curly single', 'it was ‘bad’ news', 'open@7 close@11'],
    ['guillemets', 'il dit «non» hier', 'open@7 close@11'],
    ['reversed guillemets', 'er sagte »nein« gestern', 'open@9 close@14'],
    ['single guillemets', 'il dit ‹oui› hier', 'open@7 close@11'],
    ['low-9 double', 'er sagte „nein“ gestern', 'open@9 close@14'],
    ['low-9 single', 'er sagte ‚nein‘ gestern', 'open@9 close@14'],
    ['straight close after comma', '"yes," she said', 'open@0 close@5'],
    ['stray close at end', 'the eastern front."', 'close@18'],
  ];
  for (const [name, text, expected] of marks) {
    it(`classifies ${name}`, () => assert.strictEqual(roles(text), expected, text));
  }

  it('leaves out a lone mark between spaces', () => {
    assert.strictEqual(roles('a " here'), '');
  });
});
