import * as assert from 'assert';
import { createAnnotation, type Annotation, type ClaimSuggestion } from '../../../../src/core';
import { filedPassages, splitFiledSuggestions, suggestionsDescription, type FiledPassage } from '../../../../src/extension/views/filedSuggestions';

const A = 'file:///story/a.txt';
const B = 'file:///story/b.txt';
const TEXT_A = 'About 1,200 residents were evacuated. Crews fought the fire for six hours. The mayor blamed the heat.';
const TEXT_B = 'Nearly 2,000 residents left their homes. The fire burned for six hours.';

/** A suggestion with one evidence passage per [file, text, passage]. */
function suggestion(key: string, status: ClaimSuggestion['status'], passages: [string, string, string][]): ClaimSuggestion {
  const evidence = passages.map(([file, text, passage]) => {
    const start = text.indexOf(passage);
    assert.ok(start >= 0, `${passage} is in the fixture`);
    return { file, start, end: start + passage.length, text: passage, sentence: { start, end: start + passage.length }, excerpt: passage };
  });
  return { key, kind: 'count', status, text: passages[0][2], subject: 'residents', files: [...new Set(passages.map((p) => p[0]))], evidence };
}

const residents = suggestion('fig:residents', 'contradicted', [[A, TEXT_A, '1,200'], [B, TEXT_B, '2,000']]);
const hours = suggestion('fig:hours', 'corroborated', [[A, TEXT_A, 'six hours'], [B, TEXT_B, 'six hours']]);
const blamed = suggestion('stmt:blamed', 'single-sourced', [[A, TEXT_A, 'The mayor blamed the heat.']]);
const ALL = [residents, hours, blamed];

const span = (file: string, text: string, passage: string): FiledPassage => ({ file, start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });

describe('[extension/filedSuggestions] splitFiledSuggestions', () => {
  const cases: { name: string; filed: FiledPassage[]; open: string[]; hidden: string[] }[] = [
    { name: 'nothing filed: all open', filed: [], open: ['fig:residents', 'fig:hours', 'stmt:blamed'], hidden: [] },
    { name: 'the sentence with the figure is evidence in one article', filed: [span(A, TEXT_A, 'About 1,200 residents were evacuated.')], open: ['fig:hours', 'stmt:blamed'], hidden: ['fig:residents'] },
    { name: 'evidence in the other article hides it too', filed: [span(B, TEXT_B, 'The fire burned for six hours.')], open: ['fig:residents', 'stmt:blamed'], hidden: ['fig:hours'] },
    { name: 'a passage sharing one character overlaps', filed: [{ file: A, start: TEXT_A.indexOf('1,200') + 4, end: TEXT_A.indexOf('1,200') + 5 }], open: ['fig:hours', 'stmt:blamed'], hidden: ['fig:residents'] },
    { name: 'a passage ending where the figure starts does not', filed: [{ file: A, start: 0, end: TEXT_A.indexOf('1,200') }], open: ['fig:residents', 'fig:hours', 'stmt:blamed'], hidden: [] },
    { name: 'the same offsets in another article do not', filed: [{ file: B, start: TEXT_A.indexOf('The mayor'), end: TEXT_A.length }], open: ['fig:residents', 'fig:hours', 'stmt:blamed'], hidden: [] },
    { name: 'several filed', filed: [span(A, TEXT_A, 'The mayor blamed'), span(B, TEXT_B, 'Nearly 2,000')], open: ['fig:hours'], hidden: ['fig:residents', 'stmt:blamed'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { open, filed } = splitFiledSuggestions(ALL, c.filed);
      assert.deepStrictEqual(open.map((s) => s.key), c.open);
      assert.deepStrictEqual(filed.map((s) => s.key), c.hidden);
    });
  }
});

describe('[extension/filedSuggestions] filedPassages', () => {
  const claims = new Set(['c_filed']);
  const evidence = (text: string, passage: string, claimId: string): Annotation =>
    createAnnotation(text, text.indexOf(passage), text.indexOf(passage) + passage.length, { kind: 'evidence', claimId, stance: 'supports' });
  const note = createAnnotation(TEXT_A, 0, 5, { kind: 'note', note: 'check' });
  const edited = 'Breaking: ' + TEXT_A;
  const cases: { name: string; file: string; text: string; annotations: Annotation[]; expected: FiledPassage[] }[] = [
    { name: 'evidence of a claim in the registry, where it is', file: A, text: TEXT_A, annotations: [evidence(TEXT_A, 'The mayor blamed the heat.', 'c_filed')], expected: [span(A, TEXT_A, 'The mayor blamed the heat.')] },
    { name: 'evidence of a claim no longer in the registry is left out', file: A, text: TEXT_A, annotations: [evidence(TEXT_A, 'The mayor blamed the heat.', 'c_gone')], expected: [] },
    { name: 'other kinds of annotation are left out', file: A, text: TEXT_A, annotations: [note], expected: [] },
    { name: 'a passage that moved is found where it is now', file: A, text: edited, annotations: [evidence(TEXT_A, 'Crews fought the fire for six hours.', 'c_filed')], expected: [span(A, edited, 'Crews fought the fire for six hours.')] },
    { name: 'a passage no longer in the text is left out', file: B, text: TEXT_B, annotations: [evidence(TEXT_A, 'The mayor blamed the heat.', 'c_filed')], expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepStrictEqual(filedPassages([{ file: c.file, text: c.text, annotations: c.annotations }], claims), c.expected));
  }
});

describe('[extension/filedSuggestions] suggestionsDescription', () => {
  const cases: [ClaimSuggestion[], number, string][] = [
    [ALL, 0, '3 to check · 1 contradicted'],
    [[hours, blamed], 1, '2 to check · 1 already filed'],
    [[residents], 2, '1 to check · 1 contradicted · 2 already filed'],
  ];
  for (const [open, filed, expected] of cases) it(expected, () => assert.strictEqual(suggestionsDescription(open, filed), expected));
});
