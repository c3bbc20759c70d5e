import * as assert from 'assert';
import type { ArticleAnalysis, Entity, Quote } from '../../../../src/core/model';
import { applyDecisions } from '../../../../src/core/storage/applyDecisions';
import type { Annotation, Sidecar, TextAnchor } from '../../../../src/core/storage/model';

// A fictional article: the Harbour Gazette on a ferry strike in Port Alder.
const TEXT =
  'Ferry crews in Port Alder walked out on Monday.\n' +
  '"We will not sail unsafe boats," said Mara Quill, the union secretary.\n' +
  'Quill added that talks with Tidewater Lines had stalled. "The offer is an insult," she said.\n';

const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  assert.ok(start >= 0, `fixture lacks ${needle}`);
  return { start, end: start + needle.length };
};
const anchor = (needle: string): TextAnchor => {
  const { start, end } = at(needle);
  return { exact: needle, prefix: TEXT.slice(Math.max(0, start - 8), start), suffix: TEXT.slice(end, end + 8), start, end };
};
const quote = (needle: string, speaker: string | null): Quote => ({ ...at(needle), text: needle, speaker });
const entity = (name: string, type: Entity['type'], ...surfaces: string[]): Entity => ({
  name,
  type,
  mentions: surfaces.map((s) => ({ ...at(s), text: s })),
  aliases: [...new Set([name, ...surfaces])],
});

function analysis(): ArticleAnalysis {
  return {
    article: { text: TEXT, meta: {}, paragraphs: [], boilerplate: [] },
    quotes: [quote('We will not sail unsafe boats,', 'Mara Quill'), quote('The offer is an insult,', null)],
    entities: [
      entity('Mara Quill', 'person', 'Mara Quill', 'Quill added'.slice(0, 5)),
      entity('Port Alder', 'place', 'Port Alder'),
      entity('Tidewater', 'person', 'Tidewater'),
    ],
    diagnostics: [],
  };
}

const base = { id: 'a_000000000001', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
const sidecar = (...annotations: Annotation[]): Sidecar => ({ version: 1, source: {}, annotations });

describe('[core/storage/applyDecisions]', () => {
  const cases: { name: string; annotations: Annotation[]; check: (r: ReturnType<typeof applyDecisions>) => void }[] = [
    {
      name: 'a corrected speaker replaces the analysed one',
      annotations: [{ ...base, kind: 'speaker', target: anchor('The offer is an insult,'), speaker: 'Mara Quill' }],
      check: (r) => {
        assert.deepStrictEqual(r.quotes.map((q) => [q.text, q.speaker, q.origin]), [
          ['We will not sail unsafe boats,', 'Mara Quill', undefined],
          ['The offer is an insult,', 'Mara Quill', 'human'],
        ]);
      },
    },
    {
      name: 'a suppressed quote disappears',
      annotations: [{ ...base, kind: 'suppress', layer: 'quote', target: anchor('We will not sail unsafe boats,') }],
      check: (r) => assert.deepStrictEqual(r.quotes.map((q) => q.text), ['The offer is an insult,']),
    },
    {
      name: 'a suppressed entity mention disappears, and the entity with it when it had no other',
      annotations: [{ ...base, kind: 'suppress', layer: 'entity', target: anchor('Port Alder') }],
      check: (r) => assert.deepStrictEqual(r.entities.map((e) => e.name), ['Mara Quill', 'Tidewater']),
    },
    {
      name: 'an added quote appears and replaces an overlapping analysed one',
      annotations: [{ ...base, kind: 'quote', target: anchor('We will not sail unsafe boats'), speaker: 'Mara Quill' }],
      check: (r) => {
        assert.deepStrictEqual(r.quotes.map((q) => [q.start, q.end, q.text, q.origin]), [
          [at('We will').start, at('We will').start + 29, 'We will not sail unsafe boats', 'human'],
          [at('The offer').start, at('The offer').start + 23, 'The offer is an insult,', undefined],
        ]);
      },
    },
    {
      name: 'a marked entity retypes an overlapping mention (Tidewater Lines is an organisation)',
      annotations: [{ ...base, kind: 'entity', target: anchor('Tidewater Lines'), name: 'Tidewater Lines', entityType: 'organization' }],
      check: (r) => {
        const t = r.entities.find((e) => e.name === 'Tidewater Lines');
        assert.deepStrictEqual(t && [t.type, t.mentions, t.origin], ['organization', [{ ...at('Tidewater Lines'), text: 'Tidewater Lines' }], 'human']);
        assert.ok(!r.entities.some((e) => e.name === 'Tidewater'));
      },
    },
    {
      name: 'evidence is placed where its passage is; a vanished passage becomes an orphan',
      annotations: [
        { ...base, kind: 'evidence', claimId: 'c_000000000001', stance: 'supports', target: anchor('walked out on Monday') },
        { ...base, id: 'a_000000000002', kind: 'note', target: { exact: 'not in the text', prefix: '', suffix: '', start: 3, end: 18 } },
      ],
      check: (r) => {
        assert.deepStrictEqual(r.evidence.map((e) => e.span), [at('walked out on Monday')]);
        assert.deepStrictEqual(r.orphans.map((o) => o.id), ['a_000000000002']);
        assert.strictEqual(r.diagnostics.length, 1);
      },
    },
  ];
  for (const c of cases) it(c.name, () => c.check(applyDecisions(analysis(), sidecar(...c.annotations))));

  it('a marked entity retypes the other mentions of the same name', () => {
    const a = analysis();
    a.entities.push(entity('Tidewater Lines', 'person', 'Tidewater Lines'));
    a.entities = a.entities.filter((e) => e.name !== 'Tidewater');
    const r = applyDecisions(a, sidecar({ ...base, kind: 'entity', target: anchor('Port Alder'), name: 'Tidewater Lines', entityType: 'organization' }));
    const t = r.entities.filter((e) => e.name === 'Tidewater Lines');
    assert.deepStrictEqual(t.map((e) => [e.type, e.mentions.map((m) => m.text)]), [['organization', ['Port Alder', 'Tidewater Lines']]]);
  });

  it('without a sidecar the analysis comes back unchanged, with no evidence', () => {
    const r = applyDecisions(analysis(), undefined);
    assert.deepStrictEqual(r.quotes, analysis().quotes);
    assert.deepStrictEqual(r.entities, analysis().entities);
    assert.deepStrictEqual([r.evidence, r.notes, r.orphans], [[], [], []]);
  });

  it('an alias merge renames the entity and the speakers that used an alias', () => {
    const a = analysis();
    a.quotes[0].speaker = 'Quill';
    const r = applyDecisions(a, undefined, {
      aliasOverrides: [{ id: 'o_1', kind: 'merge', canonical: 'Mara J. Quill', aliases: ['Mara Quill', 'Quill'] }],
    });
    const m = r.entities.find((e) => e.name === 'Mara J. Quill');
    assert.deepStrictEqual(m && m.mentions.map((x) => x.text), ['Mara Quill', 'Quill']);
    assert.strictEqual(r.quotes[0].speaker, 'Mara J. Quill');
  });

  it('an entity carries the latest human decision on it: who marked it, merged or split its names, and when', () => {
    const marked = { ...base, createdBy: 'Ines', modifiedBy: 'Ines', modified: '2026-02-01T10:00:00Z' };
    const mark = applyDecisions(analysis(), sidecar({ ...marked, kind: 'entity', target: anchor('Port Alder'), name: 'Port Alder', entityType: 'place' }));
    assert.deepStrictEqual(mark.entities.find((e) => e.name === 'Port Alder')?.decided, { by: 'Ines', at: '2026-02-01T10:00:00Z', action: 'marked' });
    // Before the trail: no name, so nothing is claimed about who decided.
    const old = applyDecisions(analysis(), sidecar({ ...base, kind: 'entity', target: anchor('Port Alder'), name: 'Port Alder', entityType: 'place' }));
    assert.strictEqual(old.entities.find((e) => e.name === 'Port Alder')?.decided, undefined);

    const merge = { id: 'o_1', kind: 'merge' as const, canonical: 'Mara J. Quill', aliases: ['Mara Quill'], modified: '2026-03-01T09:00:00Z', modifiedBy: 'Bo' };
    const merged = applyDecisions(analysis(), undefined, { aliasOverrides: [merge] });
    assert.deepStrictEqual(merged.entities.find((e) => e.name === 'Mara J. Quill')?.decided, { by: 'Bo', at: '2026-03-01T09:00:00Z', action: 'merged' });
    // A mark on the merged entity made earlier than the merge: the merge is the latest decision.
    const both = applyDecisions(analysis(), sidecar({ ...marked, kind: 'entity', target: anchor('Tidewater'), name: 'Mara J. Quill', entityType: 'person' }), { aliasOverrides: [merge] });
    assert.deepStrictEqual(both.entities.find((e) => e.name === 'Mara J. Quill')?.decided?.by, 'Bo');
    const later = applyDecisions(analysis(), sidecar({ ...marked, modified: '2026-04-01T09:00:00Z', kind: 'entity', target: anchor('Tidewater'), name: 'Mara J. Quill', entityType: 'person' }), { aliasOverrides: [merge] });
    assert.deepStrictEqual(later.entities.find((e) => e.name === 'Mara J. Quill')?.decided, { by: 'Ines', at: '2026-04-01T09:00:00Z', action: 'marked' });

    const split = applyDecisions(analysis(), undefined, { aliasOverrides: [{ id: 'o_2', kind: 'split', name: 'Port Alder', from: 'Port Alder', modified: '2026-03-02T09:00:00Z', modifiedBy: 'Cy' }] });
    assert.ok(split.entities.every((e) => e.name !== 'Port Alder' || e.decided?.action === 'split'));
  });

  it('a resolver that throws makes an orphan, not an exception', () => {
    const r = applyDecisions(analysis(), sidecar({ ...base, kind: 'note', target: anchor('Port Alder') }), {
      resolve: () => {
        throw new Error('boom');
      },
    });
    assert.strictEqual(r.orphans.length, 1);
  });

  it('places a decision whose passage moved (text inserted before it)', () => {
    const a = analysis();
    const shifted = 'UPDATED: ' + TEXT;
    const moved = { ...a, article: { ...a.article, text: shifted }, quotes: [], entities: [] };
    const r = applyDecisions(moved, sidecar({ ...base, kind: 'evidence', claimId: 'c_000000000001', stance: 'disputes', target: anchor('walked out on Monday') }));
    const want = at('walked out on Monday');
    assert.deepStrictEqual(r.evidence.map((e) => e.span), [{ start: want.start + 9, end: want.end + 9 }]);
  });

  it('an insertion before the passage places it silently: not pending confirmation', () => {
    const a = analysis();
    const r = applyDecisions({ ...a, article: { ...a.article, text: 'UPDATED: ' + TEXT }, quotes: [], entities: [] }, sidecar({ ...base, kind: 'evidence', claimId: 'c_000000000001', stance: 'disputes', target: anchor('walked out on Monday') }));
    assert.deepStrictEqual(r.moved, []);
  });

  it('a one-word change inside a passage places it, pending confirmation, with old and new words', () => {
    const a = analysis();
    const passage = 'Quill added that talks with Tidewater Lines had stalled.';
    const target = { ...anchor(passage), prefix: TEXT.slice(at(passage).start - 32, at(passage).start), suffix: TEXT.slice(at(passage).end, at(passage).end + 32) };
    const text = TEXT.replace('Quill added', 'Quill conceded');
    const evidence: Annotation = { ...base, kind: 'evidence', claimId: 'c_000000000001', stance: 'supports', target };
    const speaker: Annotation = { ...base, id: 'a_000000000002', kind: 'suppress', layer: 'quote', target: anchor('We will not sail unsafe boats,') };
    const r = applyDecisions({ ...a, article: { ...a.article, text }, quotes: [], entities: [] }, sidecar(evidence, speaker));
    const now = 'Quill conceded that talks with Tidewater Lines had stalled.';
    assert.deepStrictEqual(r.evidence.map((e) => text.slice(e.span.start, e.span.end)), [now], 'shown where it is now');
    assert.deepStrictEqual(r.moved.map((m) => [m.annotation.id, m.annotation.target.exact, m.current]), [['a_000000000001', passage, now]]);
    assert.deepStrictEqual(r.orphans, []);
  });

  it('a custom resolver landing on other text than `exact` is pending too (the invariant holds whatever the resolver)', () => {
    const r = applyDecisions(analysis(), sidecar({ ...base, kind: 'note', target: anchor('Port Alder') }), { resolve: () => at('Mara Quill') });
    assert.deepStrictEqual(r.moved.map((m) => m.current), ['Mara Quill']);
  });
});
