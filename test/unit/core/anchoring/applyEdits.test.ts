import { strict as assert } from 'node:assert';
import { applyEdits, moveSpan, type TextChange } from '../../../../src/core/anchoring/applyEdits';

describe('[anchoring/applyEdits] moving anchors with editor edits', () => {
  // Anchor [10, 20) throughout.
  const cases: Array<[string, TextChange, { start: number; end: number; dirty: boolean }]> = [
    ['insertion before shifts', { offset: 2, length: 0, text: 'abc' }, { start: 13, end: 23, dirty: false }],
    ['insertion at start stays outside', { offset: 10, length: 0, text: 'abc' }, { start: 13, end: 23, dirty: false }],
    ['deletion ending at start shifts', { offset: 5, length: 5, text: '' }, { start: 5, end: 15, dirty: false }],
    ['replacement before shifts by the difference', { offset: 0, length: 4, text: 'x' }, { start: 7, end: 17, dirty: false }],
    ['insertion at end stays outside', { offset: 20, length: 0, text: 'abc' }, { start: 10, end: 20, dirty: false }],
    ['edit after leaves it', { offset: 25, length: 3, text: 'zz' }, { start: 10, end: 20, dirty: false }],
    ['insertion inside grows and dirties', { offset: 15, length: 0, text: 'abc' }, { start: 10, end: 23, dirty: true }],
    ['deletion inside shrinks and dirties', { offset: 12, length: 3, text: '' }, { start: 10, end: 17, dirty: true }],
    ['deletion across the start', { offset: 8, length: 4, text: '' }, { start: 8, end: 16, dirty: true }],
    ['deletion across the end', { offset: 18, length: 5, text: '' }, { start: 10, end: 18, dirty: true }],
    ['replacement across the start keeps the new text inside', { offset: 8, length: 4, text: 'XY' }, { start: 8, end: 18, dirty: true }],
    ['replacement across the end', { offset: 18, length: 5, text: 'XYZ' }, { start: 10, end: 21, dirty: true }],
    ['deletion of the whole passage and more', { offset: 5, length: 20, text: '' }, { start: 5, end: 5, dirty: true }],
    ['replacement of exactly the passage', { offset: 10, length: 10, text: 'new' }, { start: 10, end: 13, dirty: true }],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => assert.deepEqual(moveSpan(10, 20, change), expected));
  }

  it('applies changes in order, each on the text left by the ones before (VS Code sends last-to-first)', () => {
    const moved = applyEdits([{ start: 10, end: 20, exact: 'kept' }], [
      { offset: 30, length: 0, text: 'later' },
      { offset: 0, length: 0, text: '12345' },
    ]);
    assert.deepEqual(moved, [{ start: 15, end: 25, exact: 'kept', dirty: false }]);
  });

  it('never drops an anchor and keeps a dirty flag once set', () => {
    const moved = applyEdits([{ start: 0, end: 3, dirty: true }, { start: 4, end: 8 }], [{ offset: 100, length: 0, text: 'x' }]);
    assert.deepEqual(moved.map((m) => m.dirty), [true, false]);
    assert.equal(moved.length, 2);
  });
});
