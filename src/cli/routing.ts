// Which worker an article goes to. Each worker keeps the sentences it has tagged (SentenceParses), so
// an article whose sentences another article already brought (a reprint, wire copy, the same
// release filed twice) costs little, but only on the worker that tagged them. Articles that share
// most of their sentences are sent to the same worker: each article is named by the smallest hash
// of its sentences (a min-hash), which two articles share with a chance equal to the share of
// sentences they have in common. Routing changes no answer, only which worker computes it.
import * as fs from 'node:fs';

/** Enough of an article to name it (its first twenty or so sentences); a longer one is named by its beginning. */
const READ_BYTES = 4 * 1024;
/** Shorter pieces ("Updated.", a byline) are too common to tell articles apart. */
const MIN_SENTENCE_CHARS = 20;

/** The article's min-hash (a 32-bit number), or undefined when the file cannot be read. */
export function articleAffinity(filePath: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(filePath, 'r');
    // Not zero-filled: only the `length` bytes read are decoded.
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const length = fs.readSync(fd, buffer, 0, READ_BYTES, 0);
    return minSentenceHash(buffer.toString('utf8', 0, length));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The smallest FNV-1a hash over the text's sentences (pieces ending at a full stop, question or
 * exclamation mark before a space, or at a line break; trimmed), in one pass. Undefined when no
 * sentence is long enough.
 */
export function minSentenceHash(text: string): number | undefined {
  let min: number | undefined;
  let start = 0;
  const close = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && text.charCodeAt(from) <= 32) from++;
    while (to > from && text.charCodeAt(to - 1) <= 32) to--;
    if (to - from >= MIN_SENTENCE_CHARS) {
      const h = fnv1a(text, from, to);
      if (min === undefined || h < min) min = h;
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') close(i + 1);
    else if ((c === '.' || c === '?' || c === '!') && (text[i + 1] === ' ' || text[i + 1] === '\n')) close(i + 1);
  }
  close(text.length);
  return min;
}

function fnv1a(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
