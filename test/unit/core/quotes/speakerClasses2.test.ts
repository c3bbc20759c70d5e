import * as assert from 'assert';
import { describe as describeSource } from '../../../../src/core/quotes/description';
import { attribute, entity } from './helpers';

// More classes of attribution error seen on real news, each with invented text: unnamed sources,
// "she" next to a man, documents of a person, paraphrase paragraphs, colon asides, passive frames.
describe('[quotes/attribute] speaker classes (unnamed sources, gender, documents)', () => {
  const speakers = (text: string, people: string[] = [], orgs: string[] = [], places: string[] = []) =>
    attribute(text, [
      ...people.map((p) => entity(text, p, 'person', [p, p.split(' ').pop() as string])),
      ...orgs.map((o) => entity(text, o, 'organization')),
      ...places.map((p) => entity(text, p, 'place')),
    ]).map((q) => q.speaker);

  describe('unnamed sources are credited in the article’s words', () => {
    it('a group with no name ("researchers say")', () => {
      assert.deepStrictEqual(speakers('Readings fell from “high” to “normal,” researchers say.'), ['researchers', 'researchers']);
    });

    it('"the official" goes back to the official described before, not to the last name', () => {
      const text = 'Justice Minister Ada Vos decides.\n“It is up to the minister,” a harbour official said.\n“It usually goes through,” the official said.';
      assert.deepStrictEqual(speakers(text, ['Ada Vos']), ['a harbour official', 'a harbour official']);
    });

    it('a relative is not the person named last ("the father")', () => {
      assert.deepStrictEqual(speakers('The body of Tomas Brede arrived at noon.\n“He is gone,” the father repeated into the phone.', ['Tomas Brede']), ['the father']);
    });

    it('an unnamed source with a capital only because it opens the sentence', () => {
      assert.strictEqual(describeSource({ kind: 'anonymous', span: { start: 0, end: 0 }, text: 'Two dockers' }), 'two dockers');
    });

    it('no description from a stray quantifier or a phrase that only holds a possessive', () => {
      const ref = (text: string) => ({ kind: 'anonymous' as const, span: { start: 0, end: 0 }, text });
      assert.strictEqual(describeSource(ref('some')), undefined);
      assert.strictEqual(describeSource(ref('the size of Grant’s crowd')), undefined);
      assert.strictEqual(describeSource(ref('Lydia Grant’s deputy')), 'Lydia Grant’s deputy');
    });

    it('a name of a body after the group word is no unnamed group ("Doctors Without Borders")', () => {
      assert.deepStrictEqual(speakers('“The clinic is full,” Doctors Without Borders said.', [], ['Doctors Without Borders']), ['Doctors Without Borders']);
    });
  });

  describe('"he" and "she" take a person of their gender', () => {
    it('"she" passes over a man named in between (first name)', () => {
      const text = 'For Moira Tenby, the growth is alarming.\nIt is something she said the board will raise in its letter to Rob Hallam.\n“We have more portables than anyone,” she said.';
      assert.deepStrictEqual(speakers(text, ['Moira Tenby', 'Rob Hallam']), ['Moira Tenby']);
    });

    it('gender read from the pronouns the article uses after a name', () => {
      const text = 'Kerrin Astel runs the yard and her crew backs her. Tobin Vasko inspected it and his report was kind.\n“We passed,” she said.';
      assert.deepStrictEqual(speakers(text, ['Kerrin Astel', 'Tobin Vasko']), ['Kerrin Astel']);
    });

    it('a surname alone takes the gender its named family members share', () => {
      const text = 'Ernie Castaldo and Jason Castaldo run the mill. Castaldo spoke to the board.\nWendy Arbel listened.\n“We fought for this,” she said.';
      const people = ['Ernie Castaldo', 'Jason Castaldo', 'Castaldo', 'Wendy Arbel'].map((p) => entity(text, p, 'person'));
      assert.deepStrictEqual(attribute(text, people).map((q) => q.speaker), ['Wendy Arbel']);
    });

    it('gender read from an honorific', () => {
      const text = 'Ms Astel runs the yard. Later Vasko came by to inspect it.\n“We passed,” she said.';
      assert.deepStrictEqual(speakers(text, ['Kerrin Astel', 'Tobin Vasko']), ['Kerrin Astel']);
    });
  });

  describe('documents and their issuers', () => {
    it('"her statement read" is the person the pronoun points to', () => {
      const text = 'Minister Ada Vos cancelled the sessions on Saturday.\n“I have heard troubling stories,” her statement read.\n“This is not who we are.”';
      assert.deepStrictEqual(speakers(text, ['Ada Vos']), ['Ada Vos', 'Ada Vos']);
    });

    it('"a statement from X said" and "a statement released by X" credit X', () => {
      assert.deepStrictEqual(speakers('A statement from the Harbour Board said, “the motive raises concerns.”', [], ['Harbour Board']), ['Harbour Board']);
      assert.deepStrictEqual(speakers('“The talks went well,” said a statement released by the Harbour Board.', [], ['Harbour Board']), ['Harbour Board']);
    });
  });

  describe('whose name heads the subject', () => {
    it('"X Y of Z said": the person before "of"', () => {
      assert.deepStrictEqual(speakers('“Worries remain,” Ines Moro of Tidewater said in a note.', [], ['Tidewater']), ['Ines Moro']);
    });

    it('a body, a description, then the name: the name', () => {
      assert.deepStrictEqual(speakers('“It is a classic move,” University of the Valmore Coast political scientist Ada Vos said.', [], ['University of the Valmore Coast']), ['Ada Vos']);
    });

    it('adjectives split by a comma still describe one person', () => {
      const text = 'Omar Feld knows the risk.\n“Nobody makes money here,” the lanky, bespectacled engineer said.';
      assert.deepStrictEqual(speakers(text, ['Omar Feld']), ['Omar Feld']);
    });

    it('a possessive description then the name ("says Feld’s partner, Ana Ruiz")', () => {
      assert.deepStrictEqual(speakers('“Nobody prints fewer than a thousand,” says Feld’s partner, Ana Ruiz.', ['Omar Feld', 'Ana Ruiz']), ['Ana Ruiz']);
    });
  });

  describe('quotes with no cue of their own', () => {
    it('a quote paragraph after a paraphrase of a person', () => {
      const text = '“We stay,” Lydia Grant said.\nSome people are spreading fear, Omar Feld said, though he named no one.\n“That is not who we are.”';
      assert.deepStrictEqual(speakers(text, ['Lydia Grant', 'Omar Feld']), ['Lydia Grant', 'Omar Feld']);
    });

    it('a colon aside that names no one goes on with the speaker', () => {
      const text = '“They should share a drink,” Omar Feld said. Then, after a pause: “Maybe two.”';
      assert.deepStrictEqual(speakers(text, ['Omar Feld']), ['Omar Feld', 'Omar Feld']);
    });

    it('a connective before a colon is no name ("And here was the reveal:")', () => {
      const text = '“Forget the others,” Omar Feld said. And here was the reveal: “I own a share.”';
      assert.deepStrictEqual(speakers(text, ['Omar Feld']), ['Omar Feld', 'Omar Feld']);
    });

    it('"he was quoted as saying"', () => {
      const text = 'Omar Feld was alarmed.\n“I was shaken to the core,” he was quoted as saying in the release. “The debt is untenable.”';
      assert.deepStrictEqual(speakers(text, ['Omar Feld']), ['Omar Feld', 'Omar Feld']);
    });

    it('a lower-case "he" after an opening phrase is the sentence subject', () => {
      const text = 'Omar Feld treats addiction.\nBut early on, he did lose patients, and became “acutely aware” of the risk.';
      assert.deepStrictEqual(speakers(text, ['Omar Feld']), ['Omar Feld']);
    });
  });
});
