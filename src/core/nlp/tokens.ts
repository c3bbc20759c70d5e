// One compromise parse of a text, flattened into plain tokens with exact UTF-16 offsets.
// Everything downstream works on these arrays: linear, cheap, and free of compromise's API.
import type { Nlp } from './compromise';

export interface Token {
  /** The term as written (possessive and inner punctuation included, surrounding punctuation not). */
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the term, as written. */
  pre: string;
  post: string;
  /** compromise's part-of-speech and entity tags ("Person", "Place", "Verb"…). */
  tags: ReadonlySet<string>;
  /** Index of the sentence (as compromise splits them) that holds the token. */
  sentence: number;
  /**
   * True where a capital letter says nothing: the first word of a sentence, of a quotation or of a
   * clause after a colon (and any symbols before it).
   */
  sentenceStart: boolean;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Parses `text` once and returns its tokens in order. Never throws: a failed parse gives no tokens. */
export function tokenize(nlp: Nlp, text: string): Token[] {
  let sentences: RawTerm[][];
  try {
    sentences = (nlp(text) as unknown as { document: RawTerm[][] }).document;
  } catch {
    return [];
  }
  return flattenTerms(text, sentences);
}

/**
 * Gives each term its offsets. compromise keeps pre + text + post lossless, but the offsets are
 * re-found by search from a cursor so that any normalisation it might do cannot shift them.
 */
export function flattenTerms(text: string, sentences: RawTerm[][]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  let previousPost = '';
  sentences.forEach((terms, sentence) => {
    let first = true;
    for (const term of terms) {
      // A quotation or a clause after a colon starts with a capital too: "said: “Nobody…”".
      if (/[“"‘«]\s*$/.test(term.pre) || /[:“"‘«]\s*$/.test(previousPost)) first = true;
      previousPost = term.post;
      if (!term.text) {
        cursor += term.pre.length + term.post.length;
        continue;
      }
      let start = cursor + term.pre.length;
      if (text.startsWith(term.text, start)) {
        // the usual, lossless case
      } else {
        const found = text.indexOf(term.text, cursor);
        if (found < 0) continue;
        start = found;
      }
      const end = start + term.text.length;
      tokens.push({ text: term.text, start, end, pre: term.pre, post: term.post, tags: term.tags, sentence, sentenceStart: first });
      // Emoji and symbols before the first word do not make that word mid-sentence.
      if (/[\p{L}\p{N}]/u.test(term.text)) first = false;
      cursor = end + term.post.length;
    }
  });
  return tokens;
}
