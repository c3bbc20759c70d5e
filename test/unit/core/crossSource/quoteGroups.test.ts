import * as assert from 'assert';
import fc from 'fast-check';
import type { Quote } from '../../../../src/core/model';
import {
  compareRenderings,
  groupQuotes,
  indexGroups,
  isSameUtterance,
  repeatedPairsAligner,
  speakerRelation,
  type SourceQuotes,
} from '../../../../src/core/crossSource/quoteGroups';
import { alignTokens } from '../../../../src/core/crossSource/align';
import { tokenize } from '../../../../src/core/crossSource/normalize';
import { cpuScaling, describeScaling, MAX_SCALING_RATIO } from '../../helpers/cpuScaling';

/** Lays quotes out in an article text so every quote has real offsets: `He said: “…”.` */
function source(file: string, quotes: [string, string | null][]): SourceQuotes {
  let text = '';
  const out: Quote[] = [];
  for (const [quoted, speaker] of quotes) {
    text += `${speaker ?? 'Someone'} said: “`;
    out.push({ start: text.length, end: text.length + quoted.length, text: quoted, speaker });
    text += `${quoted}”.\n`;
  }
  return { file, quotes: out };
}

const ref = (text: string, speaker: string | null) => ({ file: 'x', start: 0, end: text.length, text, speaker });

describe('[crossSource/quoteGroups] pairs', () => {
  const cases: [string, string, string | null, string, string | null, boolean][] = [
    ['contraction and partial quote', 'That is not on the table,', 'Elena Varga', 'not on the table', 'Elena Varga', true],
    ['curly apostrophe', 'That’s not on the table', 'Elena Varga', "That's not on the table", null, true],
    ['in / on the cards', 'a lockout is not in the cards right now', 'Elena Varga', 'A lockout is not on the cards right now.', 'Varga', true],
    [
      'a fragment inside a longer quote',
      'harbour will stay open through the winter',
      'Tomas Reyes',
      'I promise you the harbour will stay open through the winter, whatever the council decides',
      'Tomas Reyes',
      true,
    ],
    [
      'two translations of one statement',
      'We agreed that the talks will continue and that we will present our proposal to the council within a week.',
      'Ana Lindqvist',
      'We agreed talks would go on, and within one week we will give our proposal to the council to consider.',
      'Ana Lindqvist',
      true,
    ],
    [
      'same words credited to different people (flagged, still one utterance)',
      'would answer with firm economic and legal measures if the blockade continues',
      'City Hall',
      'firm economic and legal measures',
      'Elena Varga',
      true,
    ],
    ['a common two-word phrase from two different people', 'red lines', 'Elena Varga', 'red lines', 'Tomas Reyes', false],
    ['one word, same speaker', 'reckless', 'Elena Varga', 'reckless', 'Elena Varga', true],
    ['one word, different speakers', 'reckless', 'Elena Varga', 'reckless', 'Tomas Reyes', false],
    ['one word, unknown speaker', 'reckless', 'Elena Varga', 'reckless', null, false],
    ['one word inside a long quote by someone else', 'dangerous', 'Port Authority', 'the plan was dangerous and would cost the port its licence', 'Tomas Reyes', false],
    ['the same frame around different words', 'The harbour needs investment, not slogans', 'Ilse Brandt', 'The harbour needs cranes, not promises', 'Ilse Brandt', false],
    ['a synonym a translation swapped in', 'if they strike there will be severe consequences', 'Ilse Brandt', 'If you strike, there will be serious consequences. He knows it.', 'Ilse Brandt', true],
    [
      'an adjective two translators rendered differently',
      'It is madness ... look at the lighthouse [at Kestrel Quay], it is gorgeous.',
      'Ilse Brandt',
      'Look at this lighthouse, it’s beautiful.',
      'Ilse Brandt',
      true,
    ],
    ['the same adjective about different things', 'the view from the ridge is beautiful', 'Ilse Brandt', 'Look at the harbour, it is gorgeous', 'Ilse Brandt', false],
    ['a negation is not a match', 'The strike is on the table', 'Elena Varga', 'The strike is not on the table', 'Elena Varga', false],
    ['different statements on one topic', 'The harbour needs new cranes before spring', 'Elena Varga', 'Nobody at the harbour asked for cranes', 'Elena Varga', false],
    [
      'two statements that share only a place name',
      'The Kestrel Quay terminal will reopen next week',
      'Elena Varga',
      'Nobody at the Kestrel Quay terminal was hurt',
      'Elena Varga',
      false,
    ],
    [
      'a name plus the words around it still matches',
      'close the Kestrel Quay terminal for good',
      'Elena Varga',
      'We will close the Kestrel Quay terminal for good, whatever the cost.',
      'Elena Varga',
      true,
    ],
  ];
  for (const [name, a, sa, b, sb, expected] of cases) {
    it(`[quoteGroups] ${name}`, () => {
      const link = compareRenderings(ref(a, sa), ref(b, sb));
      assert.strictEqual(isSameUtterance(link), expected, JSON.stringify(link));
      // The relation is symmetric.
      assert.strictEqual(isSameUtterance(compareRenderings(ref(b, sb), ref(a, sa))), expected);
    });
  }
});

describe('[crossSource/quoteGroups] speakerRelation', () => {
  const cases: [string | null, string | null, string][] = [
    ['Elena Varga', 'Varga', 'same'],
    ['Elena Varga', 'elena varga', 'same'],
    ['Elena Varga', 'Tomas Reyes', 'different'],
    ['Elena Varga', null, 'unknown'],
    ['Mark Varga', 'Elena Varga', 'different'],
    ['a spokesperson', 'Elena Varga', 'unknown'],
    ['a spokesperson', 'a harbour official', 'unknown'],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} / ${b} → ${expected}`, () => assert.strictEqual(speakerRelation(a, b), expected));
  }
});

describe('[crossSource/quoteGroups] groupQuotes', () => {
  const a = source('a.txt', [
    ['A lockout is not on the table,', 'Elena Varga'],
    ['We will not accept a single job cut at the harbour', 'Tomas Reyes'],
    ['red lines', 'Elena Varga'],
  ]);
  const b = source('b.txt', [
    ['not on the table', null],
    ['We won’t accept one single job cut at the harbour, not one,', 'Tomas Reyes'],
    ['red lines', 'Tomas Reyes'],
    ['The council has no plan for the docks and never had one', 'Elena Varga'],
  ]);
  const c = source('c.txt', [['The council has no plan for the docks', 'Ivo Okafor']]);
  const groups = groupQuotes([a, b, c]);

  it('finds exactly the three shared utterances', () => {
    assert.deepStrictEqual(
      groups.map((g) => g.members.map((m) => `${m.file}@${m.start}-${m.end}`)),
      [
        ['a.txt@19-49', 'b.txt@15-31'],
        ['a.txt@71-121', 'b.txt@53-112'],
        ['b.txt@165-220', 'c.txt@18-55'],
      ],
    );
  });

  it('keys a group by its first member', () => assert.strictEqual(groups[0].key, 'g:a.txt@19'));

  it('does not group quotes within one file only', () => {
    const same = source('only.txt', [
      ['not on the table', 'Elena Varga'],
      ['That is not on the table', 'Elena Varga'],
    ]);
    assert.deepStrictEqual(groupQuotes([same]), []);
  });

  it('puts a quote that spans two sentences in the group of each, without joining the two', () => {
    const long = source('long.txt', [
      ['The vote will depend on what the other unions decide. But a general strike is not in the cards right now,', 'Tomas Reyes'],
    ]);
    const split = source('split.txt', [
      ['depend on what the other unions decide', 'Tomas Reyes'],
      ['a general strike is not on the cards right now', 'Tomas Reyes'],
    ]);
    const got = groupQuotes([long, split]);
    assert.deepStrictEqual(
      got.map((g) => g.members.map((m) => m.file + '@' + m.start)),
      [
        ['long.txt@19', 'split.txt@19'],
        ['long.txt@19', 'split.txt@79'],
      ],
    );
    assert.notStrictEqual(got[0].key, got[1].key);
  });

  it('does not chain different sentences of one speaker through a shared fragment', () => {
    // One outlet runs two sentences of the mayor's speech; two others each quote one of them.
    const a = source('a.txt', [['We will rebuild the sea wall before winter. The ferry fares stay frozen until spring.', 'Lina Ostrova']]);
    const b = source('b.txt', [['We will rebuild the sea wall before winter,', 'Lina Ostrova']]);
    const c = source('c.txt', [['The ferry fares stay frozen until spring.', 'Lina Ostrova']]);
    const got = groupQuotes([a, b, c]).map((g) => g.members.map((m) => m.file));
    assert.deepStrictEqual(got, [
      ['a.txt', 'b.txt'],
      ['a.txt', 'c.txt'],
    ]);
  });

  it('keeps apart a sentence that one outlet reports as one utterance and another as two', () => {
    // b.txt quotes two separate remarks; a.txt and c.txt quote one sentence that joins their words.
    const a = source('a.txt', [['Tonight is a proud night for the harbour and the town.', 'Lina Ostrova']]);
    const b = source('b.txt', [
      ['It is a proud night for the harbour,', 'Lina Ostrova'],
      ['It is a proud night for the town.', 'Lina Ostrova'],
    ]);
    const c = source('c.txt', [['tonight is a proud night for the harbour and the town', 'Lina Ostrova']]);
    const got = groupQuotes([a, b, c]).map((g) => g.members.map((m) => m.file));
    assert.deepStrictEqual(got, [['a.txt', 'c.txt']]);
  });

  it('puts one long sentence in the group of each sentence another outlet splits it into', () => {
    // A post runs the statement as one sentence; two outlets run it as two sentences, one of them twice.
    const post = source('post.txt', [['Tonight is a proud night for the harbour and the town, as the first cargo ship in ten years docks safely at the northern quay', 'Lina Ostrova']]);
    const wire = source('wire.txt', [['Tonight is a proud night for the harbour and the town. The first cargo ship in ten years docked safely at the northern quay.', 'Lina Ostrova']]);
    const daily = source('daily.txt', [['tonight is a proud night for the harbour and the town', 'Lina Ostrova']]);
    const got = groupQuotes([post, wire, daily]).map((g) => g.members.map((m) => m.file));
    assert.deepStrictEqual(got, [
      ['daily.txt', 'post.txt', 'wire.txt'],
      ['post.txt', 'wire.txt'],
    ]);
  });

  it('does not link everyday phrases credited to different people', () => {
    const a = source('a.txt', [['I want to keep working for the people of this country', 'Lina Ostrova']]);
    const b = source('b.txt', [['We want to keep working for people', 'Tomas Reyes']]);
    assert.deepStrictEqual(groupQuotes([a, b]), []);
  });

  it('does not link a one-word quote to a longer quote that holds the word', () => {
    const a = source('a.txt', [['Rigged', 'Lina Ostrova']]);
    const b = source('b.txt', [['rigged from the start', 'Lina Ostrova']]);
    assert.deepStrictEqual(groupQuotes([a, b]), []);
  });

  it('groups a corpus of many unrelated stories without comparing every pair, and only the shared utterance', function () {
    this.timeout(300_000);
    const corpus = (articles: number) => {
      const sources: SourceQuotes[] = [];
      for (let i = 0; i < articles; i++) {
        sources.push(
          source(`f${i}.txt`, [
            [`Thank you all for coming tonight, people of district ${i}`, `Speaker ${i}`],
            [`The budget for route ${i} will grow by ${i} percent next year`, `Speaker ${i}`],
          ]),
        );
      }
      sources[3].quotes.push(...source('x', [['The lighthouse on Gull Rock closes for repairs in March', 'Lina Ostrova']]).quotes);
      sources[articles - 1].quotes.push(...source('x', [['the lighthouse on Gull Rock closes for repairs in March', null]]).quotes);
      return sources;
    };
    assert.deepStrictEqual(
      groupQuotes(corpus(1000)).map((g) => g.members.map((m) => m.file)),
      [['f3.txt', 'f999.txt']],
    );
    // Comparing every pair would take about 16× the time for 4× the articles.
    const scaling = cpuScaling((articles) => groupQuotes(corpus(articles)), 250);
    assert.ok(scaling.ratio <= MAX_SCALING_RATIO, describeScaling(scaling));
  });

  it('returns no groups for no input', () => assert.deepStrictEqual(groupQuotes([]), []));
});

describe('[crossSource/quoteGroups] indexGroups', () => {
  const a = source('a.txt', [['A lockout is not on the table,', 'Elena Varga']]);
  const b = source('b.txt', [['not on the table', 'Elena Varga']]);
  const at = indexGroups(groupQuotes([a, b]));
  const cases: [string, number, number][] = [
    ['a.txt', 19, 1],
    ['a.txt', 49, 1],
    ['a.txt', 50, 0],
    ['b.txt', 20, 1],
    ['c.txt', 20, 0],
  ];
  for (const [file, offset, n] of cases) {
    it(`${file}@${offset} → ${n} group(s)`, () => assert.strictEqual(at(file, offset).length, n));
  }
});

describe('[crossSource/quoteGroups] properties', () => {
  it('never throws, and every group spans two files and holds only input quotes', () => {
    const word = fc.constantFrom('the', 'not', 'harbour', 'table', 'strike', 'Varga', 'on', '’s', 'won’t', '—', '94,000', 'ships', '', ' ');
    const quoteText = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
    const speaker = fc.constantFrom<string | null>(null, 'Elena Varga', 'Varga', 'Tomas Reyes');
    const src = fc.array(fc.tuple(quoteText, speaker), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(src, { maxLength: 4 }), (docs) => {
        const sources = docs.map((quotes, i) => source(`f${i}.txt`, quotes));
        const keys = new Set(sources.flatMap((s) => s.quotes.map((q) => `${s.file}@${q.start}-${q.end}`)));
        for (const g of groupQuotes(sources)) {
          assert.ok(new Set(g.members.map((m) => m.file)).size >= 2);
          for (const m of g.members) assert.ok(keys.has(`${m.file}@${m.start}-${m.end}`));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('[crossSource/quoteGroups] aligning repeated sentences once', () => {
  const wire = tokenize('The harbour will reopen on Monday, the port authority said.');
  const echo = tokenize('The harbour will reopen Monday, said the authority of the port.');
  const lone = tokenize('Ferries stay tied up until the inspectors sign off.');

  it('gives what alignTokens gives, and keeps the answer only for a pair of texts that both repeat', () => {
    const align = repeatedPairsAligner([wire, wire, echo, echo, lone]);
    const first = align(wire, echo);
    assert.deepStrictEqual(first, alignTokens(wire, echo));
    assert.strictEqual(align(wire, echo), first, 'a repeated pair is aligned once');
    assert.deepStrictEqual(align(echo, wire), alignTokens(echo, wire), 'the other order is its own question');
    const once = align(wire, lone);
    assert.deepStrictEqual(once, alignTokens(wire, lone));
    assert.notStrictEqual(align(wire, lone), once, 'a text seen once is never kept');
  });

  it('a story whose outlets repeat a sentence word for word makes one group of every copy and the retelling', () => {
    const said: [string, string | null][] = [['The harbour will reopen on Monday, and the ferries with it.', 'Ines Varga']];
    const copies = Array.from({ length: 6 }, (_v, i) => source(`copy-${i}.txt`, said));
    const retold = source('retold.txt', [['The harbour will reopen Monday and the ferries with it.', 'Varga']]);
    const groups = groupQuotes([...copies, retold]);
    assert.strictEqual(groups.length, 1);
    assert.deepStrictEqual(groups[0].members.map((m) => m.file), [...copies.map((c) => c.file), 'retold.txt'].sort());
  });

  it('groups a quote carried word for word by most of a story, however many articles carry it', () => {
    // Every word of it is in most of the story's sentences: counted copy by copy, all of them were
    // too common to propose a pair, and the quote was in no group at all.
    const said: [string, string | null][] = [
      ['The ferry timetable stays as it is until the spring inspections are done.', 'Ines Varga'],
      ['Nobody on the night shift will lose pay over the closure.', 'Ines Varga'],
    ];
    const story = Array.from({ length: 400 }, (_v, i) => source(`outlet-${String(i).padStart(3, '0')}.txt`, said));
    const groups = groupQuotes(story);
    assert.deepStrictEqual(groups.map((g) => [g.members.length, g.members[0].text.slice(0, 10)]), [[400, 'The ferry '], [400, 'Nobody on ']]);
    assert.deepStrictEqual(groups[0].members.map((m) => m.file), story.map((s) => s.file));
  });

  it('collapses only copies that would be grouped with each other: a word credited to nobody stays apart', () => {
    const word = (file: string) => source(file, [['provocative', null]]);
    assert.deepStrictEqual(groupQuotes([word('a.txt'), word('b.txt'), word('c.txt')]), []);
    const credited = (file: string) => source(file, [['provocative', 'Ines Varga']]);
    assert.deepStrictEqual(groupQuotes([credited('a.txt'), credited('b.txt')]).map((g) => g.members.length), [2]);
  });

  it('keeps a second copy in one article a quote of its own, grouped with the rest', () => {
    const said = 'The ferry timetable stays as it is until the spring inspections are done.';
    const twice = source('a.txt', [[said, 'Ines Varga'], [said, 'Ines Varga']]);
    const groups = groupQuotes([twice, source('b.txt', [[said, 'Ines Varga']]), source('c.txt', [[said, 'Varga']])]);
    assert.deepStrictEqual(groups.map((g) => g.members.map((m) => `${m.file}@${m.start}`)), [['a.txt@18', 'a.txt@112', 'b.txt@18', 'c.txt@13']]);
  });
});
