// Words that are also names of Object.prototype's members ("constructor", "toString", "valueOf",
// "__proto__", "hasOwnProperty"…) are ordinary text: "The constructor will finish the pier by May."
// No lookup keyed by article or sidecar text may fall through to the prototype. The analysis, quote
// grouping, claim suggestions, every export and the stored files must treat them as plain words:
// no throw, no figure or money made of them, and extra properties of those names kept on save.
import * as assert from 'assert';
import fc from 'fast-check';
import {
  analyzeCorpus,
  applyAliasOverrides,
  applyDecisions,
  EXPORT_FORMATS,
  findFigures,
  groupQuotes,
  mergeClaimsRegistries,
  mergeSidecars,
  normalizedText,
  parseClaimsRegistry,
  parseSidecar,
  renderExportChecked,
  serializeClaimsRegistry,
  serializeSidecar,
  statementKind,
  suggestClaims,
  summarizeGroup,
  wordingDiff,
  type AliasOverride,
  type ArticleAnalysis,
  type ExportInput,
} from '../../../src/core';

/** Every name Object.prototype answers to, as written and in the cases article text would use. */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const capitalised = (w: string) => w.replace(/^(_*)(\p{L})/u, (_m, lead: string, c: string) => lead + c.toUpperCase());
const WORDS = [...new Set(PROTO_NAMES.flatMap((w) => [w, w.toLowerCase(), capitalised(w)]))];

/** Short articles that put the word everywhere words go: quotes, figures, names, titles, contractions. */
const SHAPES: ((w: string, v: string) => string)[] = [
  (w) => `Pier works run late\n\n"The ${w} will finish the pier by May," said Ana Ruiz, the harbour chair.\n\nThe ${w} said the crane had failed.`,
  (w) => `Crews counted 40 ${w} at the quay on Monday, and 3 ${w} more.\n\nAbout 1,200 ${w} were moved out, officials said.`,
  (w, v) => `${capitalised(w)} ${capitalised(v)} said the plan "would ${w} the harbour" on Tuesday.\n\n"${capitalised(w)}," said ${capitalised(v)}.`,
  (w) => `The council paid 5 ${w} for the works, or $7 ${w}, or 9 million ${w}, or twenty-${w} ${w}.`,
  (w) => `It's ${w}'s view that we'${w} and they'${w} won't ${w}. "${w}'s ${w}n't ${w}," she said.`,
  (w) => `Mr. ${capitalised(w)} and Ms ${capitalised(w)}, the ${w}, told the ${capitalised(w)} Council: "${w}".`,
  (w) => `# ${capitalised(w)}\n\n**${w}** and *${w}* [${w}](${w}) — ${w} ${w} ${w} because ${w} led to more ${w} than ever.`,
  (w) => `${w}\n\n${w} ${w}\n\n«${w}» ‘${w}’ „${w}“ "${w}"`,
];

function articlesFor(words: string[]): string[] {
  return words.flatMap((w, i) => SHAPES.map((shape) => shape(w, words[(i + 1) % words.length])));
}

function assertSpans(a: ArticleAnalysis): void {
  const { text } = a.article;
  for (const q of a.quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
  for (const e of a.entities) {
    assert.strictEqual(typeof e.name, 'string');
    for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  }
}

/** No figure is made of a prototype word: every figure is a finite number with a string unit, and no money without a currency. */
function assertFigures(text: string): void {
  for (const f of findFigures(text)) {
    assert.ok(Number.isFinite(f.value), `figure ${JSON.stringify(f.text)} has value ${String(f.value)}`);
    assert.strictEqual(typeof f.unit, 'string', `figure ${JSON.stringify(f.text)} has a unit that is not text`);
    assert.strictEqual(typeof f.unitPhrase, 'string');
    if (f.kind === 'money') assert.ok(/[$€£¥₹]/.test(f.text), `money from words: ${JSON.stringify(f.text)}`);
  }
}

const T = '2026-03-05T09:14:00+01:00';

async function exerciseEverything(texts: string[], words: string[]): Promise<void> {
  const analyses = await analyzeCorpus(texts);
  analyses.forEach(assertSpans);
  for (const t of texts) {
    assertFigures(t);
    assert.strictEqual(typeof normalizedText(t), 'string');
    statementKind(t);
  }
  const files = texts.map((_t, i) => `a${i}.txt`);
  const groups = groupQuotes(analyses.map((a, i) => ({ file: files[i], quotes: a.quotes })));
  for (const g of groups) {
    const summary = summarizeGroup(g);
    for (const v of summary.variants) assert.strictEqual(typeof v.normalized, 'string');
  }
  for (let i = 0; i + 1 < texts.length; i++) wordingDiff(texts[i], texts[i + 1]);
  const sources = analyses.map((analysis, i) => ({ file: files[i], analysis }));
  for (const s of suggestClaims(sources, { dismissed: words })) {
    for (const v of s.values ?? []) assert.ok(v.values.every(Number.isFinite));
    for (const e of s.evidence) if (e.figure?.kind === 'money') assert.ok(/[$€£¥₹]/.test(e.figure.text), `money from words: ${e.figure.text}`);
  }

  // Human decisions named with the words: alias overrides, speakers, entity names.
  const overrides: AliasOverride[] = words.flatMap((w, i): AliasOverride[] => [
    { id: `m${i}`, kind: 'merge', canonical: capitalised(w), aliases: [w, `The ${w}`] },
    { id: `s${i}`, kind: 'split', name: w, from: capitalised(w) },
  ]);
  for (const a of analyses) applyAliasOverrides(a.entities, overrides);
  const first = texts[0];
  const at = Math.max(0, first.indexOf(words[0]));
  const target = { exact: first.slice(at, at + Math.max(1, words[0].length)), prefix: '', suffix: '', start: at, end: at + Math.max(1, words[0].length) };
  const sidecar = {
    version: 1,
    source: { outlet: words[0], title: words[0] },
    annotations: [
      { id: 'a_000000000001', kind: 'speaker' as const, speaker: words[0], target, created: T, modified: T },
      { id: 'a_000000000002', kind: 'entity' as const, name: words[0], entityType: 'person' as const, target, created: T, modified: T },
      { id: 'a_000000000003', kind: 'evidence' as const, claimId: 'c_000000000001', stance: 'supports' as const, target, created: T, modified: T, note: words[0] },
    ],
  };
  applyDecisions(analyses[0], sidecar, { aliasOverrides: overrides });
  const input: ExportInput = {
    title: words[0],
    folderUri: 'file:///stories/x/',
    generated: '2026-03-07T12:00:00Z',
    registry: {
      version: 1,
      claims: [{ id: 'c_000000000001', text: `The ${words[0]} will finish the pier by May.`, status: 'disputed', claimant: capitalised(words[0]), created: T, modified: T }],
      aliasOverrides: overrides,
      dismissedSuggestions: [],
    },
    sources: analyses.map((analysis, i) => ({ file: files[i], uri: `file:///stories/x/${files[i]}`, analysis, sidecar: i === 0 ? sidecar : undefined })),
  };
  for (const format of EXPORT_FORMATS) {
    const out = renderExportChecked(input, format);
    assert.strictEqual(typeof out.text, 'string');
    if (format === 'w3c' || format === 'claimreview') JSON.parse(out.text);
  }
}

describe('prototype words: "constructor", "toString", "__proto__"… are ordinary words', function () {
  this.timeout(300_000);

  it('the CLI story: two articles quoting "The constructor will finish the pier by May"', async () => {
    const a = 'Pier works\n\nThe council said: "The constructor will finish the pier by May," on Monday.\n\nIt paid 40 constructor fees.\n';
    const b = 'Pier delay\n\n"The constructor will finish the pier by May," said Ana Ruiz, the mayor.\n';
    const [x, y] = await analyzeCorpus([a, b]);
    const groups = groupQuotes([{ file: 'a.txt', quotes: x.quotes }, { file: 'b.txt', quotes: y.quotes }]);
    assert.strictEqual(groups.length, 1, 'the two renderings are one utterance');
    assert.deepStrictEqual(findFigures('It paid 40 constructor fees.').map((f) => f.kind), ['count']);
    assert.deepStrictEqual(findFigures('It paid 40 constructor.').map((f) => [f.kind, f.unit]), [['count', 'constructor']]);
    assert.strictEqual(normalizedText("we'constructor"), 'weconstructor');
  });

  for (const name of PROTO_NAMES) {
    it(`every public entry point takes "${name}" in every shape`, async () => {
      await exerciseEverything(articlesFor([name, name.toLowerCase(), capitalised(name)]), [name]);
    });
  }

  it('any mix of the words, in any shape, in any number of articles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.nat(SHAPES.length - 1)), { minLength: 1, maxLength: 4 }),
        async (picks) => {
          const texts = picks.map(([w, v, s]) => SHAPES[s](w, v));
          await exerciseEverything(texts, picks.map(([w]) => w));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stored files keep unknown properties named like prototype members, through parse, save and merge', () => {
    for (const name of PROTO_NAMES) {
      const extra = { note: `kept ${name}` };
      const sidecarText = `{"version":1,${JSON.stringify(name)}:${JSON.stringify(extra)},"source":{${JSON.stringify(name)}:"s"},"annotations":[{"id":"a_000000000001","kind":"note","note":"n","created":"${T}","modified":"${T}",${JSON.stringify(name)}:1,"target":{"exact":"x","prefix":"","suffix":"","start":0,"end":1,${JSON.stringify(name)}:2}}]}`;
      const sidecar = parseSidecar(sidecarText);
      assert.ok(sidecar.writable, `${name}: ${JSON.stringify(sidecar.diagnostics)}`);
      const saved = JSON.parse(serializeSidecar(sidecar.value)) as Record<string, unknown> & { source: object; annotations: { target: object }[] };
      const own = (o: object, k: string) => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);
      assert.deepStrictEqual(own(saved, name), extra, `${name} at the top level`);
      assert.strictEqual(own(saved.source, name), 's', `${name} in source`);
      assert.strictEqual(own(saved.annotations[0], name), 1, `${name} in an annotation`);
      assert.strictEqual(own(saved.annotations[0].target, name), 2, `${name} in a target`);
      const merged = mergeSidecars(sidecar.value, sidecar.value, sidecar.value).value;
      assert.deepStrictEqual(own(JSON.parse(serializeSidecar(merged)) as object, name), extra, `${name} after a merge`);

      // A property only one side has is taken from that side, never from the prototype of the others.
      const theirs = parseSidecar(sidecarText.replace(`"kept ${name}"`, `"theirs ${name}"`)).value;
      const ours = parseSidecar(sidecarText.replace(`${JSON.stringify(name)}:${JSON.stringify(extra)},`, '')).value;
      const threeWay = JSON.parse(serializeSidecar(mergeSidecars(ours, ours, theirs).value)) as object;
      assert.deepStrictEqual(own(threeWay, name), { note: `theirs ${name}` }, `${name} added on their side`);
      // Field by field inside one annotation: ours added the property, theirs changed the note.
      const withField = parseSidecar(sidecarText).value;
      const plain = parseSidecar(sidecarText.replace(`${JSON.stringify(name)}:1,`, '')).value;
      const renoted = parseSidecar(sidecarText.replace(`${JSON.stringify(name)}:1,`, '').replace('"note":"n"', '"note":"t"')).value;
      const fieldMerge = JSON.parse(serializeSidecar(mergeSidecars(plain, withField, renoted).value)) as { annotations: object[] };
      assert.strictEqual(own(fieldMerge.annotations[0], name), 1, `${name} added to an annotation on our side`);
      assert.strictEqual(own(fieldMerge.annotations[0], 'note'), 't', 'their note kept');

      const claimsText = `{"version":1,${JSON.stringify(name)}:"r","claims":[{"id":"c_000000000001","text":"t","status":"supported","created":"${T}","modified":"${T}",${JSON.stringify(name)}:3}],"aliasOverrides":[],"dismissedSuggestions":[${JSON.stringify(name)}]}`;
      const claims = parseClaimsRegistry(claimsText);
      assert.ok(claims.writable, `${name}: ${JSON.stringify(claims.diagnostics)}`);
      const savedClaims = JSON.parse(serializeClaimsRegistry(mergeClaimsRegistries(claims.value, claims.value, claims.value).value)) as { claims: object[] };
      assert.strictEqual(own(savedClaims, name), 'r');
      assert.strictEqual(own(savedClaims.claims[0], name), 3);
    }
  });
});
