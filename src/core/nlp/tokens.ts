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

/**
 * compromise's cost grows with the square of a sentence's length, so a run of text with no sentence
 * break longer than this (a 200k-character line, pasted data) is parsed in pieces cut at spaces.
 */
export const MAX_UNBROKEN_RUN = 4000;

/** Parses `text` once and returns its tokens in order. Never throws: a failed parse gives no tokens. */
export function tokenize(nlp: Nlp, text: string): Token[] {
  const cuts = cutsInLongRuns(text);
  if (cuts.length === 0) return tokenizeWhole(nlp, text);
  const tokens: Token[] = [];
  let sentenceBase = 0;
  const bounds = [0, ...cuts, text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const part = tokenizeWhole(nlp, text.slice(from, bounds[i + 1]));
    for (const t of part) tokens.push({ ...t, start: t.start + from, end: t.end + from, sentence: t.sentence + sentenceBase });
    if (part.length > 0) sentenceBase += part[part.length - 1].sentence + 1;
  }
  return tokens;
}

/** Cut points (after a space) inside runs longer than MAX_UNBROKEN_RUN with no sentence end or line break; none for ordinary text. */
export function cutsInLongRuns(text: string): number[] {
  const cuts: number[] = [];
  const breaks = /[.!?…]\s|\n/g;
  let runStart = 0;
  const cutRun = (end: number) => {
    let from = runStart;
    while (end - from > MAX_UNBROKEN_RUN) {
      const space = text.lastIndexOf(' ', from + MAX_UNBROKEN_RUN);
      let cut = space > from + MAX_UNBROKEN_RUN / 2 ? space + 1 : from + MAX_UNBROKEN_RUN;
      // Never between the two halves of a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut++;
      cuts.push(cut);
      from = cut;
    }
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    cutRun(m.index);
    runStart = m.index + m[0].length;
  }
  cutRun(text.length);
  return cuts;
}

function tokenizeWhole(nlp: Nlp, text: string): Token[] {
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
