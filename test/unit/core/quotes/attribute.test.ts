import * as assert from 'assert';
import { attribute, entity, type Attributed } from './helpers';
import { cpuScaling, describeScaling, MAX_SCALING_RATIO } from '../../helpers/cpuScaling';

// Fictional town: Mayor Lydia Grant, utility director Omar Feld, the Harbour Authority.
const INTRO = 'Mayor Lydia Grant met Omar Feld, the water utility director, at the harbour on Monday.\n';

describe('[quotes/attribute]', () => {
  const cases: [string, string, Attributed[]][] = [
    ['"X said" after the quote', '“We will rebuild the pier,” Mayor Lydia Grant said.',
      [{ text: 'We will rebuild the pier,', speaker: 'Lydia Grant', cue: 'said', mention: 'Mayor Lydia Grant' }]],
    ['"said X" after the quote', '“The water is safe,” said Omar Feld, the utility director.',
      [{ text: 'The water is safe,', speaker: 'Omar Feld', cue: 'said', mention: 'Omar Feld' }]],
    ['"X, the <title>, said" before a partial quote', 'Omar Feld, the utility director, said the pumps were “fully restored.”',
      [{ text: 'fully restored.', speaker: 'Omar Feld', cue: 'said', mention: 'Omar Feld' }]],
    ['"according to X"', 'The repairs will cost “at least four million”, according to Tessa Lind.',
      [{ text: 'at least four million', speaker: 'Tessa Lind', cue: 'according to', mention: 'Tessa Lind' }]],
    ['colon introduction with a verb', 'Grant said: “We are not leaving.”',
      [{ text: 'We are not leaving.', speaker: 'Grant', cue: 'said', mention: 'Grant' }]],
    ['bare colon introduction', 'Lydia Grant: “We are not leaving.”',
      [{ text: 'We are not leaving.', speaker: 'Lydia Grant', cue: ':', mention: 'Lydia Grant' }]],
    ['a headline subject before a colon', 'Grant rules out closing the port: ‘We stay open’\nThe port reopened.',
      [{ text: 'We stay open', speaker: 'Grant', cue: ':', mention: 'Grant' }]],
    ['pronoun after a named speaker', INTRO + 'Lydia Grant said the port would reopen. “We stay,” she said.',
      [{ text: 'We stay,', speaker: 'Lydia Grant', cue: 'said', mention: 'she' }]],
    ['pronoun skips a person only mentioned, not speaking', 'Grant told reporters the pier was gone. “It is over,” Grant said after meeting Omar Feld. “We start again,” she added.',
      [{ text: 'It is over,', speaker: 'Grant', cue: 'said', mention: 'Grant' }, { text: 'We start again,', speaker: 'Grant', cue: 'added', mention: 'she' }]],
    ['pronoun with no speaker yet: the last full name', 'Lydia Grant walked the pier. “We stay,” she said.',
      [{ text: 'We stay,', speaker: 'Lydia Grant', cue: 'said', mention: 'she' }]],
    ['a title resolved to the person introduced with it', INTRO + '“We will not wait,” the mayor said.',
      [{ text: 'We will not wait,', speaker: 'Lydia Grant', cue: 'said', mention: 'the mayor' }]],
    ['a title with a nationality', 'Norwegian Minister Ola Berg and Danish Minister Ida Holm met. “No deal,” the Danish minister said.',
      [{ text: 'No deal,', speaker: 'Ida Holm', cue: 'said', mention: 'the Danish minister' }]],
    ['an appositive title', INTRO + '“Pressure is normal,” the water utility director said.',
      [{ text: 'Pressure is normal,', speaker: 'Omar Feld', cue: 'said', mention: 'the water utility director' }]],
    ['an organisation as speaker', '“The plant is closed,” the Harbour Authority said in a statement.',
      [{ text: 'The plant is closed,', speaker: 'Harbour Authority', cue: 'said', mention: 'Harbour Authority' }]],
    ['a document standing for the last organisation that spoke', 'The Harbour Authority said the berth was shut. “Repairs begin Monday,” according to the statement.',
      [{ text: 'Repairs begin Monday,', speaker: 'Harbour Authority', cue: 'according to', mention: 'the statement' }]],
    ['an unnamed source is credited in the article\'s words', '“It was chaos,” a senior official said.',
      [{ text: 'It was chaos,', speaker: 'a senior official', cue: 'said', mention: 'a senior official' }]],
    ['anonymous before the quote, even with a named outlet earlier', 'According to the Coast Ledger, two diplomats said the talks were “dead.”',
      [{ text: 'dead.', speaker: 'two diplomats', cue: 'said', mention: 'two diplomats' }]],
    ['a description hung on a name is not the name, but says who spoke', 'Grant’s deputy told the council the fund was “empty.”',
      [{ text: 'empty.', speaker: 'Grant’s deputy', cue: 'told', mention: 'Grant’s deputy' }]],
    ['a quote split by its attribution', '“We are ready,” Grant said, “and we will act.”',
      [{ text: 'We are ready,', speaker: 'Grant', cue: 'said', mention: 'Grant' }, { text: 'and we will act.', speaker: 'Grant', cue: 'said', mention: 'Grant' }]],
    ['a partial quote with "called"', 'Feld called the delay “a disgrace” on Tuesday.',
      [{ text: 'a disgrace', speaker: 'Feld', cue: 'called', mention: 'Feld' }]],
    ['the owner of a quoted phrase', 'Feld rejected Grant’s “wild claims” about the pumps.',
      [{ text: 'wild claims', speaker: 'Grant', mention: 'Grant' }]],
    ['a cue later in the sentence', 'The pumps would get “new seals” by May, Feld told reporters.',
      [{ text: 'new seals', speaker: 'Feld', cue: 'told', mention: 'Feld' }]],
    ['adverbials between subject and verb', 'Grant on Monday also said the pier was “beyond repair.”',
      [{ text: 'beyond repair.', speaker: 'Grant', cue: 'said', mention: 'Grant' }]],
    ['a reporting verb followed by a quote of its own is not the previous quote\'s cue', '“We are done.” Feld said the vote was “a farce.”',
      [{ text: 'We are done.', speaker: null }, { text: 'a farce.', speaker: 'Feld', cue: 'said', mention: 'Feld' }]],
    ['a sentence ended after the closing mark is not an attribution', 'Grant spoke of a “long winter”. She then left the hall.',
      [{ text: 'long winter', speaker: null }]],
    ['a quote alone in the next paragraph continues its speaker', '“We stay,” Grant said.\n“We rebuild.”\nThe council adjourned.',
      [{ text: 'We stay,', speaker: 'Grant', cue: 'said', mention: 'Grant' }, { text: 'We rebuild.', speaker: 'Grant' }]],
    ['a multi-paragraph quote takes the speaker of its last part', 'Grant said on Friday:\n“We lost the pier.\n“We will not lose the town,” she said.',
      [{ text: 'We lost the pier.', speaker: 'Grant', cue: 'said', mention: 'she' }, { text: 'We will not lose the town,', speaker: 'Grant', cue: 'said', mention: 'she' }]],
    ['the head of "X of the Y" is X', 'Chief Officer Tomas Brede of the Valmore Fire and Rescue Service said crews were “exhausted.”',
      [{ text: 'exhausted.', speaker: 'Tomas Brede', cue: 'said', mention: 'Chief Officer Tomas Brede' }]],
    ['a title alone in an appositive points to the name before it', 'Daniel Osei, Chief Executive of the Harbour Authority, said: “The berth stays shut.”',
      [{ text: 'The berth stays shut.', speaker: 'Daniel Osei', cue: 'said', mention: 'Daniel Osei' }]],
    ['a role in an appositive, then "of the", points to the name before it', 'Gareth Pym, regional secretary of the Dockers Union, said the valves “wept” for months.',
      [{ text: 'wept', speaker: 'Gareth Pym', cue: 'said', mention: 'Gareth Pym' }]],
    ['a parenthetical acronym after the subject', 'The Harbour Authority (HA) said operations were suspended “until further notice”.',
      [{ text: 'until further notice', speaker: 'Harbour Authority', cue: 'said', mention: 'Harbour Authority' }]],
    ['a name qualifying a common noun is not the speaker', 'What the Kestrel fire tells us is simple. “Nobody listened,” said Ana Ruiz.',
      [{ text: 'Nobody listened,', speaker: 'Ana Ruiz', cue: 'said', mention: 'Ana Ruiz' }]],
    ['a reporting verb inside the subject region ends it', 'Grant said one harbour manager had described the leak as “a paperwork issue”.',
      [{ text: 'a paperwork issue', speaker: 'one harbour manager', cue: 'described', mention: 'one harbour manager' }]],
    ['a verb joined by "and" shares its subject', 'Ruiz described the smoke as “heavy” and said the order would end “soon.”',
      [{ text: 'heavy', speaker: 'Ruiz', cue: 'described', mention: 'Ruiz' }, { text: 'soon.', speaker: 'Ruiz', cue: 'said', mention: 'Ruiz' }]],
    ['translated reporting verbs; a title named just after the quote', '“The crew is safe”, affirmed the captain to the radio. Captain Rui Matos assured that the ship had “no damage”.',
      [{ text: 'The crew is safe', speaker: 'Rui Matos', cue: 'affirmed', mention: 'the captain' }, { text: 'no damage', speaker: 'Rui Matos', cue: 'assured', mention: 'Captain Rui Matos' }]],
    ['a quoted acronym with no cue is not speech', 'Photographs are available on request. Please credit “HA”.', []],
    ['a documentary title is not speech', 'The channel aired its documentary ‘Salt and Iron’ on Sunday.', []],
    ['an abbreviated honorific after the verb', '“We stay,” said Mr. Smith.',
      [{ text: 'We stay,', speaker: 'Smith', cue: 'said', mention: 'Mr. Smith' }]],
    ['an age in an appositive', '“We are ready,” Varga, 61, told reporters.',
      [{ text: 'We are ready,', speaker: 'Varga', cue: 'told', mention: 'Varga' }]],
    ['a description in an appositive points to the name before it', 'Dr. Ana Ruiz, a virologist at the university, said the virus was “contained.”',
      [{ text: 'contained.', speaker: 'Ana Ruiz', cue: 'said', mention: 'Dr. Ana Ruiz' }]],
    ['a possessive job description in an appositive', 'Tom Smith, the company’s chief executive, said the plan was “on track.”',
      [{ text: 'on track.', speaker: 'Tom Smith', cue: 'said', mention: 'Tom Smith' }]],
    ['an anonymous subject with a relative clause', '“It is a disaster,” said an official, who spoke on condition of anonymity. Another official, who asked not to be named, said it was “fine.”',
      [{ text: 'It is a disaster,', speaker: 'an official', cue: 'said', mention: 'an official' }, { text: 'fine.', speaker: 'another official', cue: 'said', mention: 'Another official' }]],
    ['a sentence adverb before the subject', 'The Prime Minister, Ana Ruiz, said: “We will act.” Later the prime minister added that it was “urgent”.',
      [{ text: 'We will act.', speaker: 'Ana Ruiz', cue: 'said', mention: 'Ana Ruiz' }, { text: 'urgent', speaker: 'Ana Ruiz', cue: 'added', mention: 'the prime minister' }]],
    ['no cue and no previous quote: null', 'The slogan on the wall read “never again” in red paint.',
      [{ text: 'never again', speaker: null }]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(attribute(text), expected));
  }

  it('"he" is the person made subject in the paragraph since the last speaker', () => {
    const text = '“We are ready,” Grant said.\nThe commander of the crews, Tomas Brede, praised his men. “They did an extraordinary job,” he said.';
    const brede = entity(text, 'Tomas Brede', 'person');
    const grant = entity(text, 'Grant', 'person');
    assert.deepStrictEqual(attribute(text, [grant, brede]).map((q) => q.speaker), ['Grant', 'Tomas Brede']);
  });

  it('"he" stays with the speaker when the paragraph names someone only as an object', () => {
    const text = '“We are ready,” Grant said.\nBut he warned Mayor Ana Ruiz that the fund was “nearly empty.”';
    const grant = entity(text, 'Grant', 'person');
    const ruiz = entity(text, 'Ana Ruiz', 'person');
    assert.deepStrictEqual(attribute(text, [grant, ruiz]).map((q) => q.speaker), ['Grant', 'Grant']);
  });

  it('a quote paragraph after a paragraph about a person is that person\'s', () => {
    const text = 'The hall was full.\nMs Castell, who has campaigned for years, was blunt when she came out.\n“Nobody here was asked.\n“Nobody here was warned.”';
    const castell = entity(text, 'Abena Castell', 'person', ['Castell']);
    assert.deepStrictEqual(attribute(text, [castell]), [
      { text: 'Nobody here was asked.', speaker: 'Abena Castell', mention: 'Castell' },
      { text: 'Nobody here was warned.', speaker: 'Abena Castell' },
    ]);
  });

  it('learns a title given before the name ("The commander of the tanker, the Portuguese João Lopes,")', () => {
    const text = 'The commander of the tanker Corvina, the Portuguese João Lopes, spoke by phone. «We stopped the pumps», said the commander.';
    const lopes = entity(text, 'João Lopes', 'person');
    assert.strictEqual(attribute(text, [lopes])[0].speaker, 'João Lopes');
  });

  it('maps a first name to the one person who has it', () => {
    const text = 'The mayor, Abena Castell, called a meeting. Abena told me: “Come and ask.”';
    const castell = entity(text, 'Abena Castell', 'person', ['Abena Castell']);
    assert.strictEqual(attribute(text, [castell])[0].speaker, 'Abena Castell');
  });

  it('maps "Mr Surname" to the canonical name of the entity', () => {
    const text = 'Lydia Grant chaired the meeting. “We stay,” Ms Grant said.';
    const grant = entity(text, 'Lydia Grant', 'person', ['Lydia Grant', 'Grant']);
    assert.deepStrictEqual(attribute(text, [grant]), [{ text: 'We stay,', speaker: 'Lydia Grant', cue: 'said', mention: 'Ms Grant' }]);
  });

  it('maps a surname to the full name the article wrote, without entities', () => {
    const text = 'Lydia Grant chaired the meeting. “We stay,” Grant said.';
    assert.deepStrictEqual(attribute(text), [{ text: 'We stay,', speaker: 'Lydia Grant', cue: 'said', mention: 'Grant' }]);
  });

  it('resolves "the president" to the most mentioned president', () => {
    const text = 'President Ana Ruiz spoke after President Karl Vos. Ruiz thanked the crews. Ruiz left. “We will pay,” the president said.';
    const ruiz = entity(text, 'Ana Ruiz', 'person', ['Ana Ruiz', 'Ruiz']);
    const vos = entity(text, 'Karl Vos', 'person', ['Karl Vos']);
    assert.strictEqual(attribute(text, [ruiz, vos])[0].speaker, 'Ana Ruiz');
  });

  it('resolves "the ministry" to the organisation of that kind', () => {
    const text = 'The Ministry of Water sent engineers. “Supply is restored,” the ministry said.';
    const ministry = entity(text, 'Ministry of Water', 'organization');
    assert.deepStrictEqual(attribute(text, [ministry]), [{ text: 'Supply is restored,', speaker: 'Ministry of Water', cue: 'said', mention: 'the ministry' }]);
  });

  it('resolves "the company" to the organisation last named', () => {
    const text = 'Saltmarsh Logistics runs the store. In a statement, the company said: “Production will resume.”';
    const firm = entity(text, 'Saltmarsh Logistics', 'organization');
    assert.deepStrictEqual(attribute(text, [firm]), [{ text: 'Production will resume.', speaker: 'Saltmarsh Logistics', cue: 'said', mention: 'the company' }]);
  });

  it('prefers the organisation after the quote to the person inside the sentence', () => {
    const text = 'Grant told Feld that the town “would pay for the pumps,” the Harbour Authority said in a statement.';
    const authority = entity(text, 'Harbour Authority', 'organization');
    assert.strictEqual(attribute(text, [authority])[0].speaker, 'Harbour Authority');
  });

  it('takes the nearer "X said" over an earlier subject in the sentence', () => {
    const text = 'The Harbour Authority said Grant had agreed that the berths should be “shut at once”.';
    assert.strictEqual(attribute(text)[0].speaker, 'Harbour Authority');
  });
});

describe('[quotes/attribute] hostile input', () => {
  // Each input, as a unit repeated k times, grows from k to 4k: a step quadratic in its size (as titles,
  // pronouns and documents once were) would take about 16× the time, the linear pipeline about 4×.
  const hostile: [string, string, number][] = [
    ['one paragraph of thousands of split quotes', '“We stay,” Grant said, ', 5000],
    ['a long sentence of reporting verbs', 'Grant said that Feld said that ', 5000],
    ['thousands of pronoun cues in one paragraph', 'Ana Ruiz spoke. “Yes,” he said. ', 2500],
    ['thousands of title references', 'Minister Ana Ruiz met Minister Tom Vos. “No,” the minister said. ', 1250],
    ['thousands of document references', '“A,” according to a statement, ', 5000],
  ];
  for (const [name, unit, k] of hostile) {
    it(`stays linear: ${name}`, function () {
      this.timeout(300_000);
      assert.ok(attribute(unit.repeat(k) + '“ok”').length > 0);
      const scaling = cpuScaling((size) => attribute(unit.repeat(size) + '“ok”'), k);
      assert.ok(scaling.ratio <= MAX_SCALING_RATIO, describeScaling(scaling));
    });
  }
});
