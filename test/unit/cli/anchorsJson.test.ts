// The CLI reports the editor's "moved — confirm?" state: `analyze --json` documents carry `anchors`
// (moved, pending confirmation, or orphaned) only when there are any. Fixture text is invented here.
import * as assert from 'assert';
import { documentJson } from '../../../src/cli/analysisJson';
import { textSummary } from '../../../src/cli/articleWork';
import { makeAnchor } from '../../../src/core/anchoring/selectors';
import type { ArticleAnalysis } from '../../../src/core/model';
import { applyDecisions } from '../../../src/core/storage/applyDecisions';
import type { Annotation } from '../../../src/core/storage/model';

const BEFORE = 'Pier talks\n\nThe ferry board met again on Monday evening. The harbour master asked the council for a two-week delay to the works. Several skippers left before the vote.\n';
const PASSAGE = 'The harbour master asked the council for a two-week delay to the works.';
const TIME = '2026-03-12T09:00:00.000Z';

function analysisOf(text: string): ArticleAnalysis {
  return { article: { text, meta: {}, paragraphs: [], boilerplate: [] }, quotes: [], entities: [], diagnostics: [] };
}

function evidence(): Annotation {
  const start = BEFORE.indexOf(PASSAGE);
  return { id: 'a_movedevid001', kind: 'evidence', claimId: 'c_movedclaim01', stance: 'supports', created: TIME, modified: TIME, target: makeAnchor(BEFORE, start, start + PASSAGE.length) };
}

describe('[cli/analysisJson] anchors: moved (pending confirmation) and orphaned decisions', () => {
  it('a one-word change marks the evidence as moved, with the words marked and the words now', () => {
    const text = BEFORE.replace('asked', 'questioned');
    const decided = applyDecisions(analysisOf(text), { version: 1, source: {}, annotations: [evidence()] });
    const now = PASSAGE.replace('asked', 'questioned');
    assert.deepStrictEqual(documentJson('pier.txt', decided).anchors, [
      { id: 'a_movedevid001', kind: 'evidence', state: 'moved', start: text.indexOf(now), end: text.indexOf(now) + now.length, stored: PASSAGE, current: now },
    ]);
    assert.match(textSummary('pier.txt', decided), /moved — confirm\? evidence a_movedevid001: “The harbour master asked/);
  });

  it('an insertion before the passage leaves no anchors field; a deleted passage is orphaned', () => {
    const shifted = applyDecisions(analysisOf('UPDATED.\n' + BEFORE), { version: 1, source: {}, annotations: [evidence()] });
    assert.ok(!('anchors' in documentJson('pier.txt', shifted)));
    const gone = applyDecisions(analysisOf(BEFORE.replace(PASSAGE, '')), { version: 1, source: {}, annotations: [evidence()] });
    assert.deepStrictEqual(documentJson('pier.txt', gone).anchors, [{ id: 'a_movedevid001', kind: 'evidence', state: 'orphaned', stored: PASSAGE }]);
  });
});
