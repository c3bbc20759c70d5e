import { strict as assert } from 'node:assert';
import { describeSourceFilter, isSourceFiltered, matchesSource, type SourceFacts } from '../../../../src/extension/views/filters/sourceFilter';

// Fictional sources written for this test.
const bulletin: SourceFacts = { names: ['Lowmoor Bulletin', 'bulletin.txt'], date: '2026-05-04', speakers: ['Orla Pennick', 'Davin Marsh', null] };
const courier: SourceFacts = { names: ['courier.md'], date: '2026-05-05', speakers: ['Davin Marsh'] };
const undated: SourceFacts = { names: ['notes.txt'], speakers: [] };
const all: [string, SourceFacts][] = [['bulletin', bulletin], ['courier', courier], ['undated', undated]];
const shown = (filter: Parameters<typeof matchesSource>[0]) => all.filter(([, f]) => matchesSource(filter, f)).map(([n]) => n);

describe('[views/filters] the Sources view filter', () => {
  it('no facet shows every source', () => {
    assert.equal(isSourceFiltered({}), false);
    assert.deepEqual(shown({}), ['bulletin', 'courier', 'undated']);
  });

  it('filters by outlet (any of the names it goes by), date prefix and speaker', () => {
    assert.deepEqual(shown({ outlet: 'lowmoor  bulletin' }), ['bulletin']);
    assert.deepEqual(shown({ outlet: 'bulletin.txt' }), ['bulletin']);
    assert.deepEqual(shown({ date: '2026-05' }), ['bulletin', 'courier']);
    assert.deepEqual(shown({ date: '2026-05-05' }), ['courier']);
    assert.deepEqual(shown({ speaker: 'Davin Marsh' }), ['bulletin', 'courier']);
    assert.deepEqual(shown({ speaker: 'Orla Pennick', date: '2026-05-05' }), []);
  });

  it('describes the active filter for the view title', () => {
    const words = { outlet: (o: string) => o, date: (d: string) => d, speaker: (s: string) => `quoting ${s}` };
    assert.equal(describeSourceFilter({}, 'none', words), undefined);
    assert.equal(describeSourceFilter({ outlet: 'Lowmoor Bulletin', date: '2026-05', speaker: 'Davin Marsh' }, 'none', words), 'Lowmoor Bulletin · 2026-05 · quoting Davin Marsh');
  });
});
