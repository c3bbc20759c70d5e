// A quote group is one utterance: one sentence as the speaker said it. Outlets quote different
// stretches of a statement (one sentence here, three there, a fragment in a headline), so quotes are
// compared sentence by sentence; a quote that runs over several sentences belongs to the group of
// each sentence it covers, never to one group that chains them all together.

/** A sentence of a quote, as offsets into the quote's text. */
export interface Utterance {
  start: number;
  end: number;
}

// Words whose full stop does not end a sentence ("Mr. Vale", "the U.S. side", "No. 10").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep',
  'rev', 'hon', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'univ', 'mt', 'ft', 'fig', 'p', 'pp', 'vol',
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '¿', '¡']);

/**
 * The sentences of a quote's text: a boundary is sentence-final punctuation, any closing marks or
 * brackets, white space, then a capital or a digit (after an optional opening mark). One pass, each
 * character read a bounded number of times. Text with no boundary is one utterance.
 */
export function splitUtterances(text: string): Utterance[] {
  const out: Utterance[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && TERMINATORS.has(text[end])) end++;
    const dots = end - i;
    while (end < text.length && CLOSERS.has(text[end])) end++;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    const opener = next < text.length && OPENERS.has(text[next]) ? 1 : 0;
    const startsSentence = next > end && next + opener < text.length && /[\p{Lu}\p{N}]/u.test(text[next + opener]);
    const abbreviation = text[i] === '.' && dots === 1 && isAbbreviation(text, i);
    if (startsSentence && !abbreviation && hasWord(text, start, end)) {
      out.push({ start, end });
      start = next;
    }
    i = Math.max(end, i + 1);
  }
  if (hasWord(text, start, text.length)) out.push({ start, end: text.length });
  else if (out.length) out[out.length - 1].end = text.length;
  return out;
}

/** The word before a full stop is an abbreviation or an initial ("J. Okoro", "U.S."). */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]) && dot - i < 12) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  if (word.includes('.')) return true; // "U.S", "a.m"
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(text[i])) return true;
  return false;
}

// Punctuation inside a sentence after which a clause may start: a comma, a semicolon, a colon, a dash
// or an ellipsis, followed by a space.
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '…']);

/**
 * The clauses of one utterance (offsets into `text`), cut after clause punctuation followed by white
 * space ("…, as the first results show", "… and this one is here"), then joined until each has at
 * least `minWords(part)` words that count (the caller's measure). One clause, or none, is returned as
 * []: the utterance itself is the only unit. Outlets render one spoken sentence as one, two or three
 * written ones, so a long sentence must also be matchable part by part.
 */
export function splitClauses(text: string, u: Utterance, isLongEnough: (start: number, end: number) => boolean): Utterance[] {
  const cuts: number[] = [u.start];
  for (let i = u.start; i < u.end - 1; i++) {
    const ch = text[i];
    const ellipsis = ch === '.' && text[i + 1] === '.';
    if (!CLAUSE_MARKS.has(ch) && !ellipsis) continue;
    let end = i + 1;
    while (end < u.end && (text[end] === '.' || CLAUSE_MARKS.has(text[end]))) end++;
    if (end < u.end && /\s/.test(text[end])) cuts.push(end);
    i = end - 1;
  }
  if (cuts.length < 2) return [];
  cuts.push(u.end);
  const out: Utterance[] = [];
  let start = cuts[0];
  for (let k = 1; k < cuts.length; k++) {
    if (!isLongEnough(start, cuts[k])) continue;
    out.push({ start, end: cuts[k] });
    start = cuts[k];
  }
  // A short tail joins the clause before it.
  if (start < u.end) {
    if (out.length) out[out.length - 1].end = u.end;
    else return [];
  }
  return out.length > 1 ? out.map(trimmed(text)) : [];
}

function trimmed(text: string): (u: Utterance) => Utterance {
  return ({ start, end }) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end };
  };
}
