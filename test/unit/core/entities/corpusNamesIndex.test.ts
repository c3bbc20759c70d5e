// CorpusNamesIndex: one article's change updates the merged names, always equal to corpusNames over the
// whole folder. Random edits (replace, add, remove, move) are replayed on invented rows of entity names
// chosen to hit every rule (same surname, two full names, aliases, acronyms, variants, particles, a name
// that is a person here and an organisation there) and on the generated story's analysed articles.
import assert from 'node:assert/strict';
import { analyzeAlone, buildKnowledge, corpusNames, type EntityNames, type EntityType } from '../../../../src/core';
import { CorpusNamesIndex } from '../../../../src/core/entities/corpusNamesIndex';
import { MAX_PAIRED } from '../../../../src/core/entities/stories';
import { buildNewsCorpus, random } from '../../../bench/newsCorpus';

const e = (name: string, type: EntityType, aliases: string[] = [name]): EntityNames => ({ name, type, aliases });

/** Invented entities; each rule of the merge has a few of them. */
const POOL: EntityNames[] = [
  // A surname alone, one full name of it, then two.
  e('Okafor', 'person'),
  e('Amara Okafor', 'person', ['Amara Okafor', 'Okafor']),
  e('Reyes', 'person'),
  e('Ana Reyes', 'person'),
  e('Luis Reyes', 'person'),
  e('Ms Reyes', 'person', ['Ms Reyes', 'Reyes']),
  // Iberian and particle surnames.
  e('Ferreira Lopes', 'person'),
  e('Joao Ferreira Lopes', 'person'),
  e('van Dijk', 'person'),
  e('Pieter van Dijk', 'person'),
  // Transliteration variants (one edit apart, six letters or more).
  e('Hrytsenko', 'person'),
  e('Hrytsenkko', 'person'),
  e('Olena Hrytsenko', 'person'),
  e('Olena Hrytsenkko', 'person'),
  e('Taras Hrytsenko', 'person'),
  // Acronyms and the names they spell; aliases that link spellings.
  e('CRA', 'organization', ['CRA']),
  e('Coastal Rescue Agency', 'organization', ['Coastal Rescue Agency', 'CRA']),
  e('Coastal Rescue Agency', 'organization'),
  e('Calder Road Authority', 'organization'),
  e('Calder Rescue Area', 'place'),
  e('U.S.', 'place', ['U.S.']),
  e('United States', 'place', ['United States', 'U.S.']),
  e('US', 'place', ['US', 'United States']),
  e('Nordhaven Group', 'organization', ['The Nordhaven Group']),
  e('NORDHAVEN GROUP', 'organization'),
  // One spelling, several types.
  e('Jordan', 'place'),
  e('Jordan', 'person'),
  e('Castell', 'organization'),
  e('Castell', 'person'),
  e('Mara Castell', 'person'),
  e('Mara Castell', 'organization'),
  // A lone surname whose alias is another full name: its joining can make another surname's owners one.
  e('Doe', 'person', ['Doe', 'Ana Reyes']),
  e('John Doe', 'person'),
  e('Smith', 'person', ['Smith', 'Luis Reyes']),
  e('Jane Smith', 'person'),
];

/** Names some articles share, so that they link into stories (a full name weighs 2, an organisation 1). */
const LINKERS: EntityNames[] = [e('Ines Quill', 'person'), e('Harbour Trust', 'organization'), e('Tomas Brannigan', 'person'), e('Saltmarsh Board', 'organization')];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function inventedRow(rnd: () => number): EntityNames[] {
  const row: EntityNames[] = [];
  const size = Math.floor(rnd() * 7);
  for (let k = 0; k < size; k++) row.push(pick(rnd, POOL));
  for (const linker of LINKERS) if (rnd() < 0.35) row.push(linker);
  // Now and then an entity of its own, so that rows differ.
  if (rnd() < 0.5) row.push(e(`Place ${Math.floor(rnd() * 1e6)}`, 'place'));
  return row;
}

/**
 * Applies `steps` random edits to `rows` (new rows from `fresh`), checking after each that the index
 * gives corpusNames' answer and lists exactly the rows whose names changed.
 */
function replay(rows: EntityNames[][], fresh: () => EntityNames[], rnd: () => number, steps: number): void {
  const index = new CorpusNamesIndex();
  // The previous step's rows and names; undefined when two of its rows were the same.
  let before: { row: EntityNames[]; names: string }[] | undefined = [];
  for (let step = 0; step <= steps; step++) {
    if (step > 0) {
      const roll = rnd();
      const at = Math.floor(rnd() * rows.length);
      if (roll < 0.5 && rows.length > 0) rows[at] = fresh();
      else if (roll < 0.7) rows.splice(at, 0, fresh());
      else if (roll < 0.85 && rows.length > 1) rows.splice(at, 1);
      else if (roll < 0.9 && rows.length > 1) {
        const other = Math.floor(rnd() * rows.length);
        [rows[at], rows[other]] = [rows[other], rows[at]];
      }
      else if (roll < 0.95 && rows.length > 0) rows.splice(at, 0, rows[Math.floor(rnd() * rows.length)]);
      // else: nothing changed.
    }
    const update = index.update(rows);
    const expected = corpusNames(rows);
    assert.deepEqual(update.names, expected, `step ${step}`);
    // Which rows changed: checkable when no two rows are the same, now or before (the index matches rows by content).
    const distinct = new Set(rows.map((r) => JSON.stringify(r))).size === rows.length;
    if (distinct && before) {
      const previous = new Map<string, string>(before.map((b) => [JSON.stringify(b.row), b.names]));
      const changed = rows.flatMap((r, i): number[] => (previous.get(JSON.stringify(r)) === JSON.stringify(expected[i]) ? [] : [i]));
      assert.deepEqual(update.changed, changed, `step ${step}: changed rows`);
    }
    before = distinct ? rows.map((row, i) => ({ row, names: JSON.stringify(expected[i]) })) : undefined;
  }
}

describe('CorpusNamesIndex', () => {
  it('gives corpusNames over the whole folder after every random edit of invented rows', function () {
    // corpusNames over the folder at every step: seconds on an idle machine, many more on a loaded one.
    this.timeout(120_000);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rnd = random(seed);
      const rows = Array.from({ length: 12 + seed * 3 }, () => inventedRow(rnd));
      replay(rows, () => inventedRow(rnd), rnd, 60);
    }
  });

  it('follows a shared name across the bound beyond which its articles are linked through their first (the anchor moves as rows change)', function () {
    this.timeout(120_000);
    const rnd = random(7);
    // One full name in about half the rows of a folder of twice the bound: its count keeps crossing it.
    const row = (): EntityNames[] => {
      const out = inventedRow(rnd).filter((x) => x.name !== 'Ines Quill');
      if (rnd() < 0.5) out.push(e('Ines Quill', 'person'), e('Quill', 'person'));
      return out;
    };
    const rows = Array.from({ length: 2 * MAX_PAIRED }, row);
    replay(rows, row, rnd, 80);
  });

  it('handles the hand-written cases one edit at a time', () => {
    const index = new CorpusNamesIndex();
    const steps: EntityNames[][][] = [
      // A surname alone joins the one full name, then stays as written once a second full name comes.
      [[e('Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')], [e('Ana Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')]],
      [[e('Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')], [e('Ana Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')], [e('Luis Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')]],
      // The second full name goes: the surname joins again.
      [[e('Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')], [e('Ana Reyes', 'person'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')], [e('Ines Quill', 'person'), e('Harbour Trust', 'organization')]],
      // An organisation and a person of one spelling stay apart; an acronym keeps its article's words.
      [[e('Castell', 'organization'), e('CRA', 'organization', ['CRA']), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')], [e('Mara Castell', 'person'), e('Coastal Rescue Agency', 'organization'), e('Ines Quill', 'person'), e('Harbour Trust', 'organization')]],
      [],
    ];
    const firstNames: string[] = [];
    for (const rows of steps) {
      const update = index.update(rows);
      assert.deepEqual(update.names, corpusNames(rows));
      firstNames.push(update.names[0]?.[0]?.name ?? '');
    }
    assert.deepEqual(firstNames, ['Ana Reyes', 'Reyes', 'Ana Reyes', 'Castell', '']);
  });

  it('replays lone surnames in order: a repeat met after a join that made its owners one joins too', () => {
    const link = [e('Ines Quill', 'person'), e('Harbour Trust', 'organization')];
    // "Reyes" first meets two full names; "Smith" (an alias of Luis Reyes) then joins Jane Smith's cluster,
    // which holds Ana Reyes: the second "Reyes" finds one owner. Without it, the first stays as written.
    const rows = [
      [e('Reyes', 'person'), ...link],
      [e('Smith', 'person', ['Smith', 'Luis Reyes']), e('Luis Reyes', 'person'), ...link],
      [e('Jane Smith', 'person', ['Jane Smith', 'Ana Reyes']), e('Ana Reyes', 'person'), ...link],
      [e('Reyes', 'person'), ...link],
    ];
    const index = new CorpusNamesIndex();
    const joined = index.update(rows);
    assert.deepEqual(joined.names, corpusNames(rows));
    assert.equal(joined.names[0][0].name, 'Luis Reyes');
    const alone = index.update(rows.slice(0, 3));
    assert.deepEqual(alone.names, corpusNames(rows.slice(0, 3)));
    assert.equal(alone.names[0][0].name, 'Reyes');
    assert.deepEqual(alone.changed, [0, 1, 2]);
  });

  it('counts every article naming a form: the most used type and name win', () => {
    const link = [e('Ines Quill', 'person'), e('Harbour Trust', 'organization')];
    // An acronym joins a place whose initials it spells; variants of one name: each seen first once, then outnumbered.
    const rows = [
      [e('Calder Rescue Area', 'place'), e('Olena Hrytsenkko', 'person'), ...link],
      [e('CRA', 'organization', ['CRA']), e('Olena Hrytsenko', 'person'), ...link],
      [e('CRA', 'organization', ['CRA']), e('Olena Hrytsenko', 'person'), ...link],
    ];
    const names = new CorpusNamesIndex().update(rows).names;
    assert.deepEqual(names, corpusNames(rows));
    assert.deepEqual([names[0][0].type, names[0][1].name], ['organization', 'Olena Hrytsenko']);
  });

  it('gives corpusNames after random edits of the generated story', async function () {
    this.timeout(120_000);
    const knowledge = buildKnowledge();
    const corpus = buildNewsCorpus(60, 250);
    const analysed: EntityNames[][] = [];
    for (const f of corpus.files) analysed.push((await analyzeAlone(f.text, knowledge)).entities.map(({ name, type, aliases }) => ({ name, type, aliases })));
    const rnd = random(11);
    replay(analysed.slice(0, 40), () => pick(rnd, analysed.slice(40)), rnd, 40);
  });
});
