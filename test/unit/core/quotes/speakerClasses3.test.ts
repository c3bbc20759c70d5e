import * as assert from 'assert';
import { attribute, entity } from './helpers';

// Attribution classes of political copy, each with invented text: a reporting verb inverted after a
// comma at the end of its sentence, US party-and-state labels after a name, participle asides.
describe('[quotes/attribute] speaker classes (inverted verbs at sentence end, party labels, asides)', () => {
  const speakers = (text: string, people: string[]) =>
    attribute(text, people.map((p) => entity(text, p, 'person', [p, p.split(' ').pop() as string]))).map((q) => q.speaker);

  describe('", said X." closing a sentence that holds a partial quote', () => {
    it('the person after the inverted verb, not the person the quote is about', () => {
      const text = 'Alma Voss “drew well from rural voters” in the primary, said college professor Piet Rusk. “That was more her base than his.”';
      assert.deepStrictEqual(speakers(text, ['Alma Voss', 'Piet Rusk']), ['Piet Rusk', 'Piet Rusk']);
    });

    it('a present-tense "says" after a clause that follows the quote', () => {
      const text = '“These groups have been setting the table for voters,” in sharp contrast to earlier years, says Dana Scalloway, a lecturer.';
      assert.deepStrictEqual(speakers(text, ['Dana Scalloway']), ['Dana Scalloway']);
    });

    it('"said to be" is no inverted attribution', () => {
      const text = 'The mill, said to be the oldest in Marlow, carries a “heritage” plaque, Piet Rusk noted.';
      assert.deepStrictEqual(speakers(text, ['Piet Rusk']), ['Piet Rusk']);
    });
  });

  describe('party-and-state labels after a name', () => {
    it('", R-Ky.," between the name and the verb', () => {
      const text = 'Senate Majority Leader Tobin Arke, R-Ky., said: “There has been a lot of talk this week.”';
      assert.deepStrictEqual(speakers(text, ['Tobin Arke']), ['Tobin Arke']);
    });

    it('a bracketed label, then a comma', () => {
      const text = 'After the count, Gov. Alma Voss (R-OH), said, “I am getting ready to go west.”';
      assert.deepStrictEqual(speakers(text, ['Alma Voss']), ['Alma Voss']);
    });

    it('a bracketed label, then a participle clause (not "the size of the crowd")', () => {
      const text = 'But Sen. Tobin Arke (D-Ill.), noting the size of the crowd, said, “Let me tell you, it is a big list.”';
      assert.deepStrictEqual(speakers(text, ['Tobin Arke']), ['Tobin Arke']);
    });
  });

  describe('an adverb between the subject and its verb', () => {
    it('"-ly" adverbs ("frequently emphasizes", "initially said")', () => {
      const text = 'Candidate Alma Voss frequently emphasizes that she is a “proud farmer” who wants to help.\nTobin Arke initially said in the spring, when the story broke, “I did not send it.”';
      assert.deepStrictEqual(speakers(text, ['Alma Voss', 'Tobin Arke']), ['Alma Voss', 'Tobin Arke']);
    });

    it('"has even claimed"', () => {
      const text = 'Tobin Arke has even claimed he will start a plan to “create the biggest boom in this state since the war.”';
      assert.deepStrictEqual(speakers(text, ['Tobin Arke']), ['Tobin Arke']);
    });

    it('a noun in -ly is the subject itself ("the family said")', () => {
      assert.deepStrictEqual(speakers('“We are fine,” the family said.', []), ['the family']);
    });
  });

  describe('"as X put it"', () => {
    it('the person before "put it:" and "puts it,"', () => {
      const text = 'As Tobin Arke, the No. 2 in the caucus, put it: “This person will not be confirmed.”\nAs The Courier’s Dana Milbrook puts it, “Senators are unmoved.”';
      assert.deepStrictEqual(speakers(text, ['Tobin Arke', 'Dana Milbrook']), ['Tobin Arke', 'Dana Milbrook']);
    });

    it('"put it" as an ordinary verb is no cue', () => {
      const text = 'Piet Rusk said the plan was sound. Then Alma Voss put it on the table as a “last offer.”';
      assert.deepStrictEqual(speakers(text, ['Piet Rusk', 'Alma Voss']), ['Alma Voss']);
    });
  });
});
