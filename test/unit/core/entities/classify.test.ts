// Stage 2 helpers: name keys, type tallies and list typing.
import assert from 'node:assert/strict';
import { buildKnowledge, knownNameIn, nameKey, nameKeyMemo, strongestType } from '../../../../src/core/entities/classify';
import { initialsOf, isAcronym, surnamesOf } from '../../../../src/core/entities/merge';

describe('[entities/classify] nameKey', () => {
  const rows: [string, string][] = [
    ['The U.S.', 'us'], ['NATO', 'nato'], ['Nato', 'nato'], ['the  Financial\nTimes', 'financial times'], ['Varga’s', "varga's"], ['Ｕ.Ｓ.', 'us'],
  ];
  for (const [name, key] of rows) it(`${JSON.stringify(name)} → ${key}`, () => assert.equal(nameKey(name), key));
  it('nameKeyMemo gives the same keys, asked once or again, and memos do not share answers', () => {
    const memo = nameKeyMemo();
    for (const [name, key] of [...rows, ...rows]) assert.equal(memo(name), key);
    assert.equal(memo('constructor'), 'constructor');
    assert.equal(nameKeyMemo()('__proto__'), '__proto__');
  });
});

describe('[entities/classify] strongestType', () => {
  const rows: [Parameters<typeof strongestType>[0], string | undefined][] = [
    [{ person: 0, organization: 0, place: 0 }, undefined],
    [{ person: 2, organization: 5, place: 1 }, 'organization'],
    [{ person: 4, organization: 4, place: 0 }, 'person'],
    [{ person: 0, organization: 1, place: 3 }, 'place'],
  ];
  for (const [e, t] of rows) it(`${JSON.stringify(e)} → ${t}`, () => assert.equal(strongestType(e), t));
});

describe('[entities/classify] gazetteers', () => {
  const known = knownNameIn(buildKnowledge());
  const rows: [string, boolean][] = [
    ['Kyiv', true], ['Kiev', true], ['U.S.', true], ['Czech Republic', true], ['NATO', true], ['Getty Images', true],
    ['Bosnia and Herzegovina', true], ['Port Allerby', false], ['Varga', false],
  ];
  for (const [name, want] of rows) it(`${name} known: ${want}`, () => assert.equal(known(name), want));
});

describe('[entities/merge] name shapes', () => {
  const initials: [string, string][] = [
    ['North Atlantic Treaty Organization', 'NATO'], ['Coastal Rescue Agency', 'CRA'], ['European Union', 'EU'], ['Lisbon', ''], ['Food and Drug Administration', 'FDA'],
  ];
  for (const [name, want] of initials) it(`initials of ${name} → ${JSON.stringify(want)}`, () => assert.equal(initialsOf(name), want));

  const acronyms: [string, boolean][] = [['NATO', true], ['U.S.', true], ['Nato', true], ['CRA', true], ['Helena', false], ['Lisbon', false], ['A', false]];
  for (const [name, want] of acronyms) it(`${name} is an acronym: ${want}`, () => assert.equal(isAcronym(name), want));

  const surnames: [string, string[]][] = [
    ['helena varga', ['varga']], ['joost van dijk', ['dijk', 'van dijk']], ['ursula von der leyen', ['leyen', 'von der leyen']], ['christi c elwood', ['elwood']],
  ];
  for (const [key, want] of surnames) it(`surnames of ${key}`, () => assert.deepEqual(surnamesOf(key.split(' ')), want));
});
