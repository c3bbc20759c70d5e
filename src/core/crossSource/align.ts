// Local alignment of two token sequences (Smith–Waterman on words). Renderings of one utterance
// share a run of words in order, with small edits: "is not in the cards" / "is not on the cards",
// "depend upon what the rest of the NATO countries" / "depend on what other NATO countries". A
// partial quote is a local match inside the longer one, so the alignment is local on both sides.
import type { Token } from './normalize';

export interface Alignment {
  /** Alignment score: matched weight minus edit penalties. */
  score: number;
  /** Content words matched along the best alignment; a name of several words ("Kestrel Quay") counts once. */
  contentMatches: number;
  /**
   * Share of the content words inside the aligned stretches that were matched (1: nothing but
   * matches and function words). "needs investment, not slogans" / "needs cranes, not promises"
   * align on three words around two that differ: a different statement with the same frame.
   */
  density: number;
  /** Token ranges [start, end) of the aligned stretch in each sequence. */
  a: { start: number; end: number };
  b: { start: number; end: number };
}

const CONTENT_WEIGHT = 1;
const FUNCTION_WEIGHT = 0.2;
const SUBSTITUTE_CONTENT = -0.5;
const SUBSTITUTE_FUNCTION = -0.1;
const SKIP_CONTENT = -0.4;
const SKIP_FUNCTION = -0.1;
// Dropping or swapping a negation reverses the statement ("is on the table" / "is not on the table").
const NEGATION_EDIT = -2;
const isNegation = (t: Token) => t.stem === 'not';

export function tokenWeight(t: Token): number {
  return t.content ? CONTENT_WEIGHT : FUNCTION_WEIGHT;
}

/** Sum of token weights: the score a sequence gets when aligned with itself. */
export function selfWeight(tokens: Token[]): number {
  let w = 0;
  for (const t of tokens) w += tokenWeight(t);
  return w;
}

const skip = (t: Token) => (isNegation(t) ? NEGATION_EDIT : t.content ? SKIP_CONTENT : SKIP_FUNCTION);

/**
 * Long names one edit apart are one name transliterated two ways ("Hrushevsky" / "Hrushevskyy"). Only
 * names: among common words one edit is often another word ("contract" / "contrast").
 */
export function nearlySame(a: Token, b: Token): boolean {
  const x = a.stem;
  const y = b.stem;
  if (!a.name || !b.name || x.length < 6 || y.length < 6 || Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  if (/\d/.test(x) || /\d/.test(y)) return false; // 94000 and 94500 are different figures
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  // One substitution, insertion or deletion at the first difference, then the rest equal.
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}

// What the alignment reads of a token, as bits (see wordsOf below).
const CONTENT = 1;
const NAME = 2;
const NEGATION = 4;
/** A name long enough for nearlySame to compare it with another. */
const LONG_NAME = 8;

/**
 * The tokens as numbers for the alignment's inner loop, which visits every pair of tokens: each stem
 * as an id (equal ids, equal stems; `known` gives the ids of the other sequence, and a stem it lacks
 * gets an id of its own), its kind as bits, and what skipping it costs.
 */
function wordsOf(tokens: Token[], known: Map<string, number>): { ids: Int32Array; kinds: Uint8Array; skips: Float64Array } {
  const ids = new Int32Array(tokens.length);
  const kinds = new Uint8Array(tokens.length);
  const skips = new Float64Array(tokens.length);
  tokens.forEach((t, k) => {
    let id = known.get(t.stem);
    if (id === undefined) known.set(t.stem, (id = known.size));
    ids[k] = id;
    kinds[k] = (t.content ? CONTENT : 0) | (t.name ? NAME : 0) | (isNegation(t) ? NEGATION : 0) | (t.name && t.stem.length >= 6 ? LONG_NAME : 0);
    skips[k] = skip(t);
  });
  return { ids, kinds, skips };
}

export function alignTokens(a: Token[], b: Token[]): Alignment {
  const m = a.length;
  const n = b.length;
  const width = n + 1;
  const stems = new Map<string, number>();
  const wb = wordsOf(b, stems);
  const wa = wordsOf(a, stems);
  // Score, content-match count and start cell of the best path ending at each cell (rolling rows).
  let prevH = new Float64Array(width);
  let prevC = new Int32Array(width);
  let prevS = new Int32Array(width);
  let curH = new Float64Array(width);
  let curC = new Int32Array(width);
  let curS = new Int32Array(width);
  let best: Alignment = { score: 0, contentMatches: 0, density: 0, a: { start: 0, end: 0 }, b: { start: 0, end: 0 } };
  for (let i = 1; i <= m; i++) {
    const idA = wa.ids[i - 1];
    const kindA = wa.kinds[i - 1];
    const skipA = wa.skips[i - 1];
    // The second word of a matched name run adds nothing: "Kestrel Quay" is one thing said.
    const nameRunA = i > 1 && (kindA & NAME) !== 0 && (wa.kinds[i - 2] & NAME) !== 0;
    curH[0] = 0;
    curC[0] = 0;
    curS[0] = i * width;
    for (let j = 1; j <= n; j++) {
      const kindB = wb.kinds[j - 1];
      const same = idA === wb.ids[j - 1] || ((kindA & kindB & LONG_NAME) !== 0 && nearlySame(a[i - 1], b[j - 1]));
      const diag = same
        ? kindA & CONTENT
          ? CONTENT_WEIGHT
          : FUNCTION_WEIGHT
        : (kindA | kindB) & NEGATION
          ? NEGATION_EDIT
          : (kindA | kindB) & CONTENT
            ? SUBSTITUTE_CONTENT
            : SUBSTITUTE_FUNCTION;
      // Start a fresh alignment at (i-1, j-1) when nothing better leads here.
      let h = 0;
      let c = 0;
      let s = (i - 1) * width + (j - 1);
      const fromDiag = prevH[j - 1] + diag;
      if (fromDiag > h) {
        h = fromDiag;
        const nameGoesOn = nameRunA && j > 1 && wa.ids[i - 2] === wb.ids[j - 2];
        c = prevC[j - 1] + (same && kindA & CONTENT && !nameGoesOn ? 1 : 0);
        s = prevH[j - 1] > 0 ? prevS[j - 1] : (i - 1) * width + (j - 1);
      }
      const fromUp = prevH[j] + skipA;
      if (fromUp > h) {
        h = fromUp;
        c = prevC[j];
        s = prevS[j];
      }
      const fromLeft = curH[j - 1] + wb.skips[j - 1];
      if (fromLeft > h) {
        h = fromLeft;
        c = curC[j - 1];
        s = curS[j - 1];
      }
      curH[j] = h;
      curC[j] = h > 0 ? c : 0;
      curS[j] = h > 0 ? s : i * width + j;
      if (h > best.score && same) {
        const si = Math.floor(s / width);
        const sj = s % width;
        best = { score: h, contentMatches: curC[j], density: 0, a: { start: si, end: i }, b: { start: sj, end: j } };
      }
    }
    [prevH, curH] = [curH, prevH];
    [prevC, curC] = [curC, prevC];
    [prevS, curS] = [curS, prevS];
  }
  const units = contentUnits(a, best.a.start, best.a.end) + contentUnits(b, best.b.start, best.b.end);
  best.density = units > 0 ? Math.min(1, (2 * best.contentMatches) / units) : 0;
  return best;
}

/** Content words in tokens[start, end), a run of name words counting once (as contentMatches does). */
function contentUnits(tokens: Token[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    if (tokens[i].content && !(tokens[i].name && i > start && tokens[i - 1].name)) n++;
  }
  return n;
}
