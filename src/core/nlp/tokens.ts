// One compromise parse of a text, flattened into plain tokens with exact UTF-16 offsets.
// Everything downstream works on these arrays: linear, cheap, and free of compromise's API.
import type { Nlp } from './compromise';
import { parseTerms, type RawTerm, type SentenceParses } from './parse';

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
  /** True when compromise's lexicon holds the word (lower case): an ordinary word, or a name it knows. */
  known?: boolean;
}

/**
 * compromise's cost grows with the square of a sentence's length (its sentence splitter glues
 * pieces back together one at a time and re-reads the growing sentence each time), so a run of text
 * with no sentence break longer than this (a 200k-character line, pasted data, "A. A. A. …") is
 * parsed in pieces cut at spaces.
 */
export const MAX_UNBROKEN_RUN = 4000;

/**
 * Parses `text` once and returns its tokens in order. Never throws: a failed parse gives no tokens.
 * Sentences `known` holds are not tagged again (parseTerms).
 */
export function tokenize(nlp: Nlp, text: string, known?: SentenceParses): Token[] {
  const cuts = cutsInLongRuns(text, abbreviationsOf(nlp));
  if (cuts.length === 0) return tokenizeWhole(nlp, text, known);
  const tokens: Token[] = [];
  let sentenceBase = 0;
  const bounds = [0, ...cuts, text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const part = tokenizeWhole(nlp, text.slice(from, bounds[i + 1]), known);
    for (const t of part) tokens.push({ ...t, start: t.start + from, end: t.end + from, sentence: t.sentence + sentenceBase });
    if (part.length > 0) sentenceBase += part[part.length - 1].sentence + 1;
  }
  return tokens;
}

/** The words compromise will not end a sentence after ("Mr.", "etc.", "Jan."), lower case; undefined if it does not say. */
function abbreviationsOf(nlp: Nlp): ReadonlySet<string> | undefined {
  try {
    const model = (nlp as unknown as { model?: () => { one?: { abbreviations?: object } } }).model?.();
    const table = model?.one?.abbreviations;
    return table ? new Set(Object.keys(table)) : undefined;
  } catch {
    return undefined;
  }
}

/** Where compromise's splitter may end a sentence: its stop characters before a space, and line breaks. */
const SENTENCE_STOPS = '.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002';
// A run of stops is read once, from its first character: the lookbehind keeps the search from
// restarting inside a long run ("....…" 100k times), the captured lookahead from backtracking in it.
const BREAK_CANDIDATES = new RegExp(`(?<![${SENTENCE_STOPS}])(?=([${SENTENCE_STOPS}]+))\\1(?=\\s)|\\r\\n?|\\n`, 'gu');
const LETTER = /\p{L}/gu;

/**
 * Cut points (after a space) inside runs longer than MAX_UNBROKEN_RUN with no sentence break; none for
 * ordinary text. A break is where compromise itself is sure to end a sentence: a line break, or a
 * stop before a space, after some letter, that is not an initial ("A."), an ellipsis or one of its
 * abbreviations ("Mr.", "etc."). Without `abbreviations` no full stop counts as a break. Where in
 * doubt a point is not a break, so every sentence compromise sees is at most about one run long.
 */
export function cutsInLongRuns(text: string, abbreviations?: ReadonlySet<string>, maxRun = MAX_UNBROKEN_RUN): number[] {
  const cuts: number[] = [];
  let longestAbbreviation = 0;
  for (const a of abbreviations ?? []) longestAbbreviation = Math.max(longestAbbreviation, a.length);
  let runStart = 0;
  // The first letter at or after some point already searched: each stretch of text is searched once.
  let nextLetter = -1;
  const letterFrom = (from: number): number => {
    if (nextLetter < from) {
      LETTER.lastIndex = from;
      const m = LETTER.exec(text);
      nextLetter = m ? m.index : Infinity;
    }
    return nextLetter;
  };
  const cutRun = (end: number) => {
    let from = runStart;
    while (end - from > maxRun) {
      let cut = from + maxRun;
      // After the last space of the second half of the window; the search never looks further back.
      for (let i = from + maxRun; i > from + maxRun / 2; i--) {
        if (text.charCodeAt(i) === 32) {
          cut = i + 1;
          break;
        }
      }
      // Never between the two halves of a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut++;
      cuts.push(cut);
      from = cut;
    }
  };
  const endsSentence = (at: number, stops: string): boolean => {
    if (letterFrom(runStart) >= at) return false; // nothing but punctuation and digits so far
    if (stops.includes('..')) return false; // an ellipsis
    if (!stops.endsWith('.')) return true;
    if (abbreviations === undefined) return false;
    // The word before the point, read back at most as far as the longest abbreviation.
    let wordStart = at;
    while (wordStart > runStart && at - wordStart <= longestAbbreviation && !/\s/.test(text[wordStart - 1])) wordStart--;
    const word = text.slice(wordStart, at);
    if (stops === '.' && /^\p{L}$/u.test(word.slice(-1)) && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? '')) return false; // an initial: "A.", "U.S."
    return !abbreviations.has((word + stops.slice(0, -1)).toLowerCase());
  };
  BREAK_CANDIDATES.lastIndex = 0;
  for (let m = BREAK_CANDIDATES.exec(text); m; m = BREAK_CANDIDATES.exec(text)) {
    const stops = m[1];
    if (stops !== undefined ? !endsSentence(m.index, stops) : letterFrom(runStart) >= m.index) continue;
    cutRun(m.index);
    runStart = m.index + m[0].length;
  }
  cutRun(text.length);
  return cuts;
}

function tokenizeWhole(nlp: Nlp, text: string, known: SentenceParses | undefined): Token[] {
  let sentences: RawTerm[][];
  try {
    sentences = parseTerms(nlp, text, known);
  } catch {
    return [];
  }
  return flattenTerms(text, sentences, lexiconOf(nlp));
}

/** compromise's word list (lower-case word → tag), or undefined if this version does not expose it. */
function lexiconOf(nlp: Nlp): Readonly<Record<string, unknown>> | undefined {
  try {
    const model = (nlp as unknown as { model?: () => { one?: { lexicon?: Record<string, unknown> } } }).model?.();
    return model?.one?.lexicon;
  } catch {
    return undefined;
  }
}

/**
 * Gives each term its offsets. compromise keeps pre + text + post lossless, but the offsets are
 * re-found by search from a cursor so that any normalisation it might do cannot shift them.
 */
export function flattenTerms(text: string, sentences: RawTerm[][], lexicon?: Readonly<Record<string, unknown>>): Token[] {
  // Own keys only: the lexicon is a plain object, and "constructor" is not a word it knows.
  const has = (w: string) => Object.prototype.hasOwnProperty.call(lexicon, w);
  // The lexicon lists singular forms: "options" is known as "option", "policies" as "policy".
  const isKnown = (word: string) => {
    if (lexicon === undefined) return false;
    const w = word.toLowerCase().replace(/['’]s?$/, '');
    return has(w) || (w.endsWith('s') && (has(w.slice(0, -1)) || (w.endsWith('ies') && has(w.slice(0, -3) + 'y'))));
  };
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
      tokens.push({ text: term.text, start, end, pre: term.pre, post: term.post, tags: term.tags, sentence, sentenceStart: first, known: isKnown(term.text) });
      // Emoji and symbols before the first word do not make that word mid-sentence.
      if (/[\p{L}\p{N}]/u.test(term.text)) first = false;
      cursor = end + term.post.length;
    }
  });
  return tokens;
}
