import { strict as assert } from 'node:assert';
import { describeEntityFilter, isEntityFiltered, matchesEntity } from '../../../../src/extension/views/filters/entityFilter';

// Fictional entities written for this test.
const pennick = { type: 'person' as const, name: 'Orla Pennick', names: ['Orla Pennick', 'Pennick'] };
const board = { type: 'organization' as const, name: 'Fennick Harbour Board', names: ['Fennick Harbour Board', 'the board'] };
const fennick = { type: 'place' as const, name: 'Fennick', names: ['Fennick'] };
const all = [pennick, board, fennick];

describe('[views/filters] the Entities view filter', () => {
  it('no facet shows every entity', () => {
    assert.equal(isEntityFiltered({}), false);
    assert.equal(all.filter((e) => matchesEntity({}, e)).length, 3);
  });

  it('filters by type and by any of the names, case and spacing ignored', () => {
    assert.deepEqual(all.filter((e) => matchesEntity({ types: ['person', 'place'] }, e)).map((e) => e.name), ['Orla Pennick', 'Fennick']);
    assert.deepEqual(all.filter((e) => matchesEntity({ name: '  FENNICK ' }, e)).map((e) => e.name), ['Fennick Harbour Board', 'Fennick']);
    assert.deepEqual(all.filter((e) => matchesEntity({ name: 'the  board' }, e)).map((e) => e.name), ['Fennick Harbour Board']);
    assert.deepEqual(all.filter((e) => matchesEntity({ types: ['place'], name: 'board' }, e)), []);
  });

  it('describes the active filter for the view title', () => {
    const words = { types: (t: readonly string[]) => t.join(', '), name: (n: string) => `“${n}”` };
    assert.equal(describeEntityFilter({}, 'none', words), undefined);
    assert.equal(describeEntityFilter({ types: ['person'], name: 'penn' }, 'none', words), 'person · “penn”');
  });
});
