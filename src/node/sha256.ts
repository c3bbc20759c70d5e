// sha256 hex of a text's UTF-8 bytes, computed in place: the same digest as Web Crypto's (contentHash.ts),
// without a trip through the thread pool per text (a reload hashes every article of a story, and then
// each article's names again for its corpus entry's key).
import { createHash } from 'node:crypto';

export function sha256HexSync(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
