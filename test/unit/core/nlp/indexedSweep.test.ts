// The indexed bulk matcher gives compromise's tags exactly: every pattern tried, in the same order.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadNlp, originalBulkMatch, type Nlp } from '../../../../src/core/nlp/compromise';
import { indexedBulkMatch, indexNet, leadOf, matchFromStarts, mayStartIn, patternsToTry, Starters, startRuleOf, type BulkMatch, type MatchTerm, type Pattern } from '../../../../src/core/nlp/indexedSweep';
import { buildNewsCorpus, random } from '../../../bench/newsCorpus';

const SAMPLES = path.resolve(__dirname, '../../../../samples');

interface MatchMethods {
  bulkMatch: BulkMatch;
}
const methodsOf = (nlp: Nlp) => (nlp as unknown as { world: () => { methods: { one: MatchMethods } } }).world().methods.one;
/** Every term's text and tags, tags in a stable order. */
const tagsOf = (nlp: Nlp, text: string) =>
  (nlp(text) as unknown as { document: { text: string; tags: Set<string> }[][] }).document.map((terms) => terms.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`).join(' '));

/** Runs `body` with `bulkMatch` in compromise's place, then puts back what was there. */
function using<T>(nlp: Nlp, bulkMatch: BulkMatch, body: () => T): T {
  const one = methodsOf(nlp);
  const before = one.bulkMatch;
  one.bulkMatch = bulkMatch;
  try {
    return body();
  } finally {
    one.bulkMatch = before;
  }
}

describe('[nlp/indexedSweep] indexed bulk matcher', () => {
  let nlp: Nlp;
  let original: BulkMatch;
  before(async () => {
    nlp = await loadNlp();
    const found = originalBulkMatch(nlp);
    assert.ok(found, 'loadNlp installs the indexed matcher');
    original = found;
  });

  const texts = [
    "“We won't go,” said Dr. Ana Reyes, who doesn't agree; the U.S. envoy didn't reply.",
    'The 3 beautiful women sat near the brown fox, tried to walk and wanted to see the last tsar.',
    'Walking home, she had been told that the bridge would not open until May 4 at 9:30am; he may well have known.',
    'Astral 🌊 characters 𝔘 and combining é marks… and   odd\r\nspacing. I.',
    'A', '', 'Sold! Sold? "Sold," they said -- sold.',
  ];
  const samples = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
  const generated = buildNewsCorpus(12, 400, 7).files.map((f) => f.text);

  it('tags every text as compromise alone does (short texts, the samples, generated news)', () => {
    for (const text of [...texts, ...samples, ...generated]) {
      const expected = using(nlp, original, () => tagsOf(nlp, text));
      assert.deepEqual(tagsOf(nlp, text), expected, text.slice(0, 60));
    }
  });

  it('answers a match query (doc.match runs the same matcher) as compromise alone does', () => {
    const text = samples[0];
    const query = (doc: ReturnType<Nlp>) => doc.match('#Person (said|told|added)').out('array');
    assert.deepEqual(query(nlp(text)), using(nlp, original, () => query(nlp(text))));
  });

  it('reads the post-tagger’s patterns itself: compromise’s own matcher is never asked', () => {
    let asked = 0;
    const counting: BulkMatch = (...args) => {
      asked++;
      return original(...args);
    };
    const tags = using(nlp, indexedBulkMatch(counting), () => samples.map((text) => tagsOf(nlp, text)));
    assert.equal(asked, 0);
    assert.deepEqual(tags, samples.map((text) => using(nlp, original, () => tagsOf(nlp, text))));
  });

  it('passes a net it cannot read, or one whose de-duplication differs, to compromise untouched', () => {
    let asked = 0;
    const counting: BulkMatch = () => {
      asked++;
      return ['from the original'];
    };
    const matcher = indexedBulkMatch(counting);
    const methods = { one: { cacheDoc: () => [], match: () => ({ ptrs: [] }) } };
    const pattern = { match: '__proto__', needs: [], wants: [], minWant: 0, minWords: 0 };
    assert.deepEqual(matcher([], { hooks: { x: [pattern] }, always: [] }, methods), ['from the original']);
    assert.deepEqual(matcher([], { hooks: null, always: [] } as never, methods), ['from the original']);
    assert.deepEqual(matcher([], { hooks: { x: [{ match: 'x' }] }, always: [] } as never, methods), ['from the original']);
    assert.equal(asked, 3);
  });

  it('skips a sentence for a pattern only where compromise’s matcher finds nothing there', () => {
    let checked = 0;
    let skipped = 0;
    const spy: BulkMatch = (document, net, methods, opts) => {
      for (const pattern of Object.values(net.hooks).flat()) {
        const lead = leadOf(pattern);
        if (!lead) continue;
        for (const terms of document) {
          if (mayStartIn(terms as MatchTerm[], lead)) continue;
          skipped++;
          assert.equal(methods.one.match([terms], pattern).ptrs.length, 0, `${pattern.match} matched where it was skipped`);
        }
        checked++;
      }
      return original(document, net, methods, opts);
    };
    using(nlp, spy, () => samples.slice(0, 3).forEach((text) => nlp(text)));
    assert.ok(checked > 100 && skipped > 1000, `${checked} patterns checked ahead, ${skipped} sentences skipped`);
  });

  it('tries a pattern from the terms where it can start and finds what compromise’s matcher finds from every term', () => {
    let compared = 0;
    let found = 0;
    const kinds = new Set<string>();
    const spy: BulkMatch = (document, net, methods, opts) => {
      const patterns = [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
      for (const pattern of patterns) {
        const rule = startRuleOf(pattern);
        if (!rule) continue;
        const options = pattern as Pattern & { notIf?: unknown; group?: unknown };
        for (const terms of document) {
          const expected = methods.one.match([terms], pattern).ptrs.map((ptr) => [0, ...ptr.slice(1)]);
          assert.deepEqual(matchFromStarts(terms as never, rule, methods), expected, `${pattern.match} on "${(terms as MatchTerm[]).map((t) => t.text).join(' ')}"`);
          compared++;
          if (expected.length > 0) {
            found++;
            if (options.notIf !== undefined) kinds.add('notIf');
            if (options.group !== undefined) kinds.add('group');
            if (/\$$/.test(pattern.match)) kinds.add('end');
            if (expected.length > 1) kinds.add('several');
          }
        }
      }
      return original(document, net, methods, opts);
    };
    using(nlp, spy, () => [...samples.slice(0, 4), ...generated.slice(0, 4), ...texts].forEach((text) => nlp(text)));
    assert.ok(compared > 10_000 && found > 100, `${compared} pattern runs compared, ${found} with matches`);
    assert.deepEqual([...kinds].sort(), ['end', 'group', 'notIf', 'several'], 'matches with a group, a notIf, a $ and several in one sentence were compared');
  });

  it('keeps to compromise’s matcher for patterns whose tokens depend on where the sentence starts', () => {
    const pattern = (regs: unknown[], extra: object = {}): Pattern => ({ match: 'x', needs: [], wants: [], minWant: 0, minWords: 1, regs, ...extra });
    assert.ok(startRuleOf(pattern([{ tag: 'Noun' }, { word: 'said' }])));
    assert.ok(startRuleOf(pattern([{ tag: 'Noun', greedy: true }, { word: 'said', end: true }])), 'a $ on a last token that cannot stretch');
    assert.equal(startRuleOf(pattern([{ tag: 'Noun', start: true }])), undefined, 'a ^ of its own');
    assert.equal(startRuleOf(pattern([{ tag: 'Noun' }, { word: 'said', end: true, optional: true }])), undefined, 'an optional $');
    assert.equal(startRuleOf(pattern([{ tag: 'Noun' }, { choices: [[{ word: 'a', start: true }]], operator: 'or' }])), undefined, 'a ^ inside a block');
    assert.equal(startRuleOf(pattern([{ tag: 'Noun', optional: true }, { word: 'said' }])), undefined, 'an optional first token');
    assert.equal(startRuleOf(pattern([{ tag: 'Noun', negative: true }])), undefined, 'a negative first token');
    assert.equal(startRuleOf(pattern([{ anything: true }, { word: 'said' }])), undefined, 'any term first');
    assert.equal(startRuleOf(pattern([{ tag: 'Noun' }], { notIf: [{ tag: 'Pronoun', end: true }] })), undefined, 'a notIf with a $');
  });

  it('finds where a token can start a match from an index of the sentence', () => {
    const term = (text: string, tags: string[], extra: Partial<MatchTerm> = {}): MatchTerm => ({ text, normal: text.toLowerCase(), machine: null, tags: new Set(tags), ...extra });
    const terms = [term('The', ['Determiner']), term('Mayor', ['Noun', 'Person'], { alias: ['mayor/chief'] }), term('said', ['Verb'], { switch: 'Noun|Verb' }), term('the', ['Determiner']), term('port', ['Noun'])];
    const starters = new Starters(terms);
    assert.deepEqual(starters.of({ one: { tag: 'Determiner' } }), [0, 3]);
    assert.deepEqual(starters.of({ one: { word: 'the' } }), [0, 3], 'a word by its normal form as well as its text');
    assert.deepEqual(starters.of({ one: { word: 'mayor/chief' } }), [1], 'a word by an alias');
    assert.deepEqual(starters.of({ one: { switch: 'Noun|Verb' } }), [2]);
    assert.deepEqual(starters.of({ one: { fastOr: new Set(['port', 'said']) } }), [2, 4]);
    assert.deepEqual(starters.of({ one: { fastOr: new Set(['port', 'said']), pos: 'Noun' } }), [4], 'a fast list with a part of speech');
    assert.deepEqual(starters.of({ anyOf: [{ tag: 'Verb' }, { tag: 'Person' }] }), [1, 2]);
    assert.deepEqual(starters.of({ allOf: [{ tag: 'Noun' }, { tag: 'Person' }] }), [1]);
    assert.deepEqual(starters.of({ one: { tag: 'Place' } }), []);
  });

  it('looks past the implicit second half of a contraction, as compromise’s matcher steps over it', () => {
    const term = (normal: string, implicit?: string): MatchTerm => ({ text: normal, normal, machine: null, tags: new Set(), ...(implicit ? { implicit } : {}) });
    const lead = leadOf({ match: 'we gone', needs: [], wants: [], minWant: 0, minWords: 2, regs: [{ word: 'we' }, { word: 'gone' }] })!;
    assert.ok(lead);
    assert.equal(mayStartIn([term('we', 'we'), term('', 'have'), term('gone')], lead), true);
    assert.equal(mayStartIn([term('we'), term('have'), term('gone')], lead), false);
    assert.equal(leadOf({ match: 'we gone?', needs: [], wants: [], minWant: 0, minWords: 1, regs: [{ word: 'we' }, { word: 'gone', optional: true }] }), undefined);
    // Tried from chosen terms, the same step over: the matcher is asked from "we" on.
    const rule = startRuleOf({ match: 'we gone', needs: [], wants: [], minWant: 0, minWords: 2, regs: [{ word: 'we' }, { word: 'gone' }] })!;
    const asked: string[] = [];
    const methods = {
      one: {
        cacheDoc: () => [],
        match: (document: object[][]) => {
          const from = document[0] as MatchTerm[];
          asked.push(from.map((t) => t.normal || t.implicit).join(' '));
          return { ptrs: [[0, 0, from.length]] };
        },
      },
    };
    assert.deepEqual(matchFromStarts([term('we', 'we'), term('', 'have'), term('gone')], rule, methods), [[0, 0, 3, undefined, undefined]]);
    assert.deepEqual(asked, ['we have gone']);
    assert.deepEqual(matchFromStarts([term('we'), term('have'), term('gone')], rule, methods), []);
  });

  it('tries the patterns compromise’s own steps pick, in their order, on random nets and sentences', () => {
    const next = random(29);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const some = <T>(items: readonly T[], most: number) => Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(items));
    const items = ['a', 'the', '#Noun', '#Verb', '#Adjective', '%Noun|Verb%', 'said', '#Person', 'of', 'to', '#Value', 'constructor'];
    const texts = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'toString'];
    for (let round = 0; round < 300; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 30) }, () => {
        const wants = some(items, 3);
        return {
          match: pick(texts),
          needs: some(items, 3),
          wants,
          minWant: wants.length ? 1 + Math.floor(next() * Math.min(2, wants.length)) : 0,
          minWords: Math.floor(next() * 4),
          ...(next() < 0.3 ? { ifNo: some(items, 2) } : {}),
        };
      });
      const net = { hooks: compromiseHooks(patterns), always: patterns.filter((p) => p.needs.length === 0 && p.wants.length === 0) };
      const index = indexNet(net.hooks);
      for (let sentence = 0; sentence < 20; sentence++) {
        const has = new Set(some(items, 8));
        const words = Math.floor(next() * 5);
        assert.deepEqual(patternsToTry(net, index, has, words), compromiseOrder(net, has, words), `round ${round}, sentence ${sentence}`);
      }
    }
  });
});

type TestPattern = Omit<Pattern, 'unTag'>;

/** compromise's buildNet: each pattern listed under each need and want, a text once per list (plain objects, as there). */
function compromiseHooks(patterns: TestPattern[]): Record<string, TestPattern[]> {
  const hooks: Record<string, TestPattern[]> = {};
  for (const p of patterns) for (const key of [...p.needs, ...p.wants]) (hooks[key] = Array.isArray(hooks[key]) ? hooks[key] : []).push(p);
  for (const key of Object.keys(hooks)) {
    const already: Record<string, unknown> = {};
    hooks[key] = hooks[key].filter((p) => (typeof already[p.match] === 'boolean' ? false : (already[p.match] = true)));
  }
  return hooks;
}

/** compromise's getHooks, trimDown and tooSmall, written as they are there. */
function compromiseOrder(net: { hooks: Record<string, TestPattern[]>; always: TestPattern[] }, has: Set<string>, words: number): TestPattern[] {
  let maybe: TestPattern[] = [];
  for (const key of Object.keys(net.hooks)) if (has.has(key)) maybe = maybe.concat(net.hooks[key]);
  const already: Record<string, unknown> = {};
  maybe = maybe.filter((p) => (typeof already[p.match] === 'boolean' ? false : (already[p.match] = true)));
  maybe = maybe.filter((p) => p.needs.every((n) => has.has(n)));
  maybe = maybe.filter((p) => !(p.ifNo !== undefined && p.ifNo.some((n) => has.has(n))));
  maybe = maybe.filter((p) => p.wants.length === 0 || p.wants.filter((w) => has.has(w)).length >= p.minWant);
  return [...maybe, ...net.always].filter((p) => words >= p.minWords);
}

