import { strict as assert } from 'node:assert';
import { sha256HexSync } from '../../../src/node/sha256';
import { sha256Hex } from '../../../src/extension/analysis/contentHash';

describe('[node/sha256] the cache key computed in place', () => {
  it('equals Web Crypto digest of the same text (the web build keys the cache with that one)', async () => {
    for (const text of ['', 'Ödön Várady said «no» — twice.\n', '\uFEFFBOM first', 'x'.repeat(100_000)]) {
      assert.equal(sha256HexSync(text), await sha256Hex(text));
    }
  });
});
