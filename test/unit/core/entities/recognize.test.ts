// findEntitiesWith on short fictional texts: one table row per clean-up rule, exact names, types and spans.
import assert from 'node:assert/strict';
import { findEntities, findEntitiesWith } from '../../../../src/core/entities';
import { loadNlp, type Nlp } from '../../../../src/core/nlp/compromise';
import { articleOf, at } from './helpers';

type Expected = [name: string, type: string, mentions: [needle: string, nth?: number][]];

const cases: { rule: string; text: string; expected: Expected[] }[] = [
  {
    rule: 'a title before a name is not part of it; the surname alone joins the full name',
    text: 'President Amelia Ortiz opened the session. Ortiz then left.',
    expected: [['Amelia Ortiz', 'person', [['Amelia Ortiz'], ['Ortiz', 1]]]],
  },
  {
    rule: 'multi-word titles and "Secretary of State" stay out of names',
    text: 'National Security Adviser Ben Kowal met Secretary of State Rosa Lindqvist on Friday.',
    expected: [
      ['Ben Kowal', 'person', [['Ben Kowal']]],
      ['Rosa Lindqvist', 'person', [['Rosa Lindqvist']]],
    ],
  },
  {
    rule: 'an organisation before a title is its own entity',
    text: 'The deal was signed by Harbour Council President Dana Wolfe in the morning.',
    expected: [
      ['Harbour Council', 'organization', [['Harbour Council']]],
      ['Dana Wolfe', 'person', [['Dana Wolfe']]],
    ],
  },
  {
    rule: 'honorifics (Mr, Ms, Dr.) are dropped and "Ms Surname" joins the only person of that surname',
    text: 'The report was written by Dr. Amara Okafor and Tomas Brenner. Ms Okafor said it was late, and Mr Brenner agreed.',
    expected: [
      ['Amara Okafor', 'person', [['Amara Okafor'], ['Okafor', 1]]],
      ['Tomas Brenner', 'person', [['Tomas Brenner'], ['Brenner', 1]]],
    ],
  },
  {
    rule: 'possessives are stripped from the mention',
    text: 'The plan came from Governor Lena Marsh. Marsh’s office and Marsh\'s aides said nothing.',
    expected: [['Lena Marsh', 'person', [['Lena Marsh'], ['Marsh', 1], ['Marsh', 2]]]],
  },
  {
    rule: 'capitalised common words at a sentence start are not names',
    text: 'Meanwhile, the talks went on. Tensions rose. Residents were told to stay indoors.',
    expected: [],
  },
  {
    rule: 'headline case proves nothing: only known names survive',
    text: 'Mayor Says Budget Cuts Will Hit Schools In Lisbon\n\nThe budget was published today.',
    expected: [['Lisbon', 'place', [['Lisbon']]]],
  },
  {
    rule: 'organisation heads type the name (Department, Ministry of …, Embassy, Agency)',
    text: 'Staff from the Fisheries Department, the Ministry of Water and the Varnish Embassy joined the Coastal Rescue Agency.',
    expected: [
      ['Fisheries Department', 'organization', [['Fisheries Department']]],
      ['Ministry of Water', 'organization', [['Ministry of Water']]],
      ['Varnish Embassy', 'organization', [['Varnish Embassy']]],
      ['Coastal Rescue Agency', 'organization', [['Coastal Rescue Agency']]],
    ],
  },
  {
    rule: 'place heads and "in X" type places',
    text: 'Boats crossed the Ambel River and docked in Kesterfield before the storm.',
    expected: [
      ['Ambel River', 'place', [['Ambel River']]],
      ['Kesterfield', 'place', [['Kesterfield']]],
    ],
  },
  {
    rule: 'a bare demonym is not an entity, but a demonym inside an organisation name stays',
    text: 'Estonian officials said the Estonian Defence Ministry would reply.',
    expected: [['Estonian Defence Ministry', 'organization', [['Estonian Defence Ministry']]]],
  },
  {
    rule: 'an acronym joins the name whose initials it spells',
    text: 'The Coastal Rescue Agency (CRA) sent two boats, the CRA said.',
    expected: [['Coastal Rescue Agency', 'organization', [['Coastal Rescue Agency'], ['CRA'], ['CRA', 1]]]],
  },
  {
    rule: 'gazetteer variants are one entity, named as the article writes it: U.S./US, Kiev/Kyiv, Nato',
    text: 'Envoys from the U.S. flew to Kiev, and the US said Nato allies would follow them to Kyiv.',
    expected: [
      ['U.S.', 'place', [['U.S.'], ['US']]],
      ['Kiev', 'place', [['Kiev'], ['Kyiv']]],
      ['Nato', 'organization', [['Nato']]],
    ],
  },
  {
    rule: 'a gazetteer never renames: the longest form the article writes is the name',
    text: 'Britain said the United Kingdom would vote. The EU and the European Union are one.',
    expected: [
      ['United Kingdom', 'place', [['Britain'], ['United Kingdom']]],
      ['European Union', 'organization', [['EU'], ['European Union']]],
    ],
  },
  {
    rule: 'a leading "The" is not part of the name',
    text: 'According to The Harbour Times, the vote was close.',
    expected: [['Harbour Times', 'organization', [['Harbour Times']]]],
  },
  {
    rule: 'coordinated names split; gazetteer names with "and" do not',
    text: 'Ministers from Lisbon and Porto met delegates from Bosnia and Herzegovina.',
    expected: [
      ['Lisbon', 'place', [['Lisbon']]],
      ['Porto', 'place', [['Porto']]],
      ['Bosnia and Herzegovina', 'place', [['Bosnia and Herzegovina']]],
    ],
  },
  {
    rule: 'a person "of" an organisation is two entities',
    text: 'Reporting by Jean Dubois of Agence France-Presse in Paris.',
    expected: [
      ['Jean Dubois', 'person', [['Jean Dubois']]],
      ['Agence France-Presse', 'organization', [['Agence France-Presse']]],
      ['Paris', 'place', [['Paris']]],
    ],
  },
  {
    rule: 'an all-capitals dateline place gets ordinary case; "news agency" after a name types it',
    text: 'LISBON (Meridian Wire) – The Tarsa news agency quoted officials.',
    expected: [
      ['Lisbon', 'place', [['LISBON']]],
      ['Meridian Wire', 'organization', [['Meridian Wire']]],
      ['Tarsa', 'organization', [['Tarsa']]],
    ],
  },
  {
    rule: 'a handle in a photo credit joins the entity it spells',
    text: 'The Harbour Council voted on Monday. (Photo: Reuters/@HarbourCouncil)',
    expected: [
      ['Harbour Council', 'organization', [['Harbour Council'], ['HarbourCouncil']]],
      ['Reuters', 'organization', [['Reuters']]],
    ],
  },
  {
    rule: 'a "By" line names a person even in headline case',
    text: 'By Priya Natarajan, Staff Writer\n\nThe flood reached the town at dawn.',
    expected: [['Priya Natarajan', 'person', [['Priya Natarajan']]]],
  },
  {
    rule: 'a title word inside an organisation name stays ("Justice Department")',
    text: 'Rep. Sam Ito said the Justice Department should review the deal.',
    expected: [
      ['Sam Ito', 'person', [['Sam Ito']]],
      ['Justice Department', 'organization', [['Justice Department']]],
    ],
  },
  {
    rule: 'a known name before "and" splits even when an organisation head ends the run',
    text: 'The Pentagon and Acme Corp. declined to comment.',
    expected: [
      ['Pentagon', 'organization', [['Pentagon']]],
      ['Acme Corp', 'organization', [['Acme Corp']]],
    ],
  },
  {
    rule: 'storms and numbered names are not entities',
    text: 'Officials said Hurricane Delia and Covid-19 had delayed the work in Tampa.',
    expected: [['Tampa', 'place', [['Tampa']]]],
  },
  {
    rule: 'an AP state abbreviation in a dateline is the state',
    text: 'SACRAMENTO, Calif. (Coastline Press) — The bill passed.',
    expected: [
      ['Sacramento', 'place', [['SACRAMENTO']]],
      ['Calif.', 'place', [['Calif.']]],
      ['Coastline Press', 'organization', [['Coastline Press']]],
    ],
  },
  {
    rule: 'two capitalised words at a sentence start are a name, typed by a later "Surname said"',
    text: 'Kofi Mensah-Bonsu attended the signing. Mensah-Bonsu said the port was ready.',
    expected: [['Kofi Mensah-Bonsu', 'person', [['Kofi Mensah-Bonsu'], ['Mensah-Bonsu', 1]]]],
  },
  {
    rule: 'names listed with a known place are places; "the West" is not one',
    text: 'Signatures came from Lagos, Kisumu and Nakuru, and from the West.',
    expected: [
      ['Lagos', 'place', [['Lagos']]],
      ['Kisumu', 'place', [['Kisumu']]],
      ['Nakuru', 'place', [['Nakuru']]],
    ],
  },
  {
    rule: 'a portfolio list after "Ministry of" stays in the name',
    text: 'The Ministry of Roads and Transport declined to comment.',
    expected: [['Ministry of Roads and Transport', 'organization', [['Ministry of Roads and Transport']]]],
  },
  {
    rule: 'the start of an organisation name refers to it',
    text: 'The deal went to the Lotus Engineering Group. Later, Lotus Engineering said Lotus would appeal.',
    expected: [['Lotus Engineering Group', 'organization', [['Lotus Engineering Group'], ['Lotus Engineering', 1], ['Lotus', 2]]]],
  },
  {
    rule: 'particles inside names ("von der") and a bylined name in capitals',
    text: 'By JANE MWANGI\n\nThe plan was backed by Ursula von der Leyen in Brussels.',
    expected: [
      ['Jane Mwangi', 'person', [['JANE MWANGI']]],
      ['Ursula von der Leyen', 'person', [['Ursula von der Leyen']]],
      ['Brussels', 'place', [['Brussels']]],
    ],
  },
  {
    rule: 'capitals next to capitals are typography; a lone acronym is a name',
    text: 'NEW YORK (AP) — READ MORE: The WHO said the US and IT staff agreed.',
    expected: [
      ['New York', 'place', [['NEW YORK']]],
      ['AP', 'organization', [['AP']]],
      ['WHO', 'organization', [['WHO']]],
      ['US', 'place', [['US']]],
    ],
  },
  {
    rule: 'a lone word opening a sentence is a name when "said" follows, unless it names a group',
    text: 'The vote passed. Varga said it was fair. Police said nothing. Officials said little.',
    expected: [['Varga', 'person', [['Varga']]]],
  },
  {
    rule: 'a surname with its particle ("Van Dijk") joins the full name',
    text: 'Its chief executive, Joost van Dijk, spoke first. Van Dijk said hiring would go on.',
    expected: [['Joost van Dijk', 'person', [['Joost van Dijk'], ['Van Dijk']]]],
  },
  {
    rule: '"&" binds a firm\'s name; company words type it',
    text: 'Shares in Procter & Gamble and Corvel Robotics rose, while Corvel itself fell later.',
    expected: [
      ['Procter & Gamble', 'organization', [['Procter & Gamble']]],
      ['Corvel Robotics', 'organization', [['Corvel Robotics'], ['Corvel', 1]]],
    ],
  },
  {
    rule: 'a number stays in a known name and rejects an unknown one',
    text: 'Pictures from France 24 and PA showed the Article 5 debate and Nord Stream 2 terms.',
    expected: [
      ['France 24', 'organization', [['France 24']]],
      ['PA', 'organization', [['PA']]],
    ],
  },
  {
    rule: 'a titled family name written first joins the full name ("President Xi")',
    text: 'Chinese leader Xi Jinping arrived on Monday. President Xi then met Chancellor Anna Berg.',
    expected: [
      ['Xi Jinping', 'person', [['Xi Jinping'], ['Xi', 1]]],
      ['Anna Berg', 'person', [['Anna Berg']]],
    ],
  },
];

describe('[entities/recognize] findEntitiesWith', () => {
  let nlp: Nlp;
  before(async () => {
    nlp = await loadNlp();
  });

  for (const { rule, text, expected } of cases) {
    it(rule, () => {
      const got = findEntitiesWith(nlp, articleOf(text));
      const want = expected.map(([name, type, mentions]) => [name, type, mentions.map(([needle, nth]) => at(text, needle, nth ?? 0))]);
      assert.deepEqual(got.map((e) => [e.name, e.type, e.mentions]), want);
      for (const e of got) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }

  it('skips boilerplate spans', () => {
    const text = 'Subscribe to the Harbour Times today.\nThe Ambel River flooded.';
    const boilerplate = [{ start: 0, end: text.indexOf('\n') }];
    assert.deepEqual(findEntitiesWith(nlp, articleOf(text, boilerplate)).map((e) => e.name), ['Ambel River']);
  });

  it('does not join a lone surname shared by two people', () => {
    const text = 'Ana Reyes and Luis Reyes run the firm. Reyes declined to comment.';
    const got = findEntitiesWith(nlp, articleOf(text));
    const ana = got.find((e) => e.name === 'Ana Reyes');
    const luis = got.find((e) => e.name === 'Luis Reyes');
    assert.deepEqual(ana?.mentions, [at(text, 'Ana Reyes')]);
    assert.deepEqual(luis?.mentions, [at(text, 'Luis Reyes')]);
  });

  it('keeps exact UTF-16 offsets after CRLF line ends and astral characters', () => {
    const text = '🌊 Storm news\r\n\r\nThe flood hit homes in Kesterfield, said Mayor Helena Varga.\r\n';
    const got = findEntitiesWith(nlp, articleOf(text));
    assert.deepEqual(got.map((e) => [e.name, e.mentions]), [
      ['Kesterfield', [at(text, 'Kesterfield')]],
      ['Helena Varga', [at(text, 'Helena Varga')]],
    ]);
  });

  it('findEntities loads compromise itself and agrees with findEntitiesWith', async () => {
    const text = 'Mayor Helena Varga met NATO envoys in Lisbon. Varga said little.';
    assert.deepEqual(await findEntities(articleOf(text)), findEntitiesWith(nlp, articleOf(text)));
  });

  it('returns nothing for empty or punctuation-only text', () => {
    assert.deepEqual(findEntitiesWith(nlp, articleOf('')), []);
    assert.deepEqual(findEntitiesWith(nlp, articleOf('… — “ ” !!')), []);
  });
});
