// The lazy loader: one instance, and a readiness flag that tells the truth.
import assert from 'node:assert/strict';
import { isNlpLoaded, loadNlp, loadedNlp } from '../../../../src/core/nlp/compromise';

describe('[nlp/compromise] loadNlp', () => {
  it('reports readiness consistently with the loaded instance', () => {
    assert.equal(isNlpLoaded(), loadedNlp() !== undefined);
  });

  it('loads once and returns the same parser every time', async () => {
    const [a, b] = await Promise.all([loadNlp(), loadNlp()]);
    assert.equal(a, b);
    assert.equal(await loadNlp(), a);
    assert.equal(isNlpLoaded(), true);
    assert.equal(loadedNlp(), a);
    assert.equal(typeof a('Anna flew home.').text(), 'string');
  });
});
