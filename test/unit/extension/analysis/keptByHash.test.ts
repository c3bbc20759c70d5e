// What the worker keeps by hash is bounded by the length of the texts, least recently used out first.
import * as assert from 'assert';
import { KeptByHash } from '../../../../src/extension/analysis/keptByHash';

describe('extension: analyses kept by hash (KeptByHash)', () => {
  it('keeps within the text budget, dropping the least recently used first', () => {
    const kept = new KeptByHash<string>(10);
    kept.set('a', 'A', 4);
    kept.set('b', 'B', 4);
    assert.strictEqual(kept.get('a'), 'A', 'a is now the most recently used');
    kept.set('c', 'C', 4);
    assert.deepStrictEqual(['a', 'b', 'c'].map((h) => kept.has(h)), [true, false, true]);
    kept.set('a', 'A2', 2);
    kept.set('d', 'D', 4);
    assert.deepStrictEqual(['a', 'c', 'd'].map((h) => kept.get(h)), ['A2', 'C', 'D'], 'a replaced counts its new size only');
  });

  it('keeps the newest even when it alone is over the budget, and empties on clear', () => {
    const kept = new KeptByHash<string>(10);
    kept.set('a', 'A', 3);
    kept.set('huge', 'H', 50);
    assert.deepStrictEqual([kept.has('a'), kept.get('huge')], [false, 'H']);
    kept.clear();
    assert.strictEqual(kept.has('huge'), false);
    kept.set('b', 'B', 10);
    assert.strictEqual(kept.get('b'), 'B', 'the budget is whole again after clear');
  });
});
