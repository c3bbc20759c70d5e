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

// What the alignment reads of a token, as bits (TokenCodes.kinds).
const CONTENT = 1;
const NAME = 2;
const NEGATION = 4;
/** A name long enough for nearlySame to compare it with another. */
const LONG_NAME = 8;

/** A token sequence as numbers for the alignment's inner loop, which visits every pair of tokens. */
interface TokenCodes {
  /** Each stem as an id: equal ids, equal stems (ids come from one AlignScratch's table). */
  ids: Int32Array;
  /** What the token is, as bits. */
  kinds: Uint8Array;
  /** What skipping it costs. */
  skips: Float64Array;
}

/**
 * What alignTokens reuses from one call to the next when a caller aligns many pairs (grouping a
 * story's quotes aligns hundreds of thousands, most of a few dozen words, where making the table's
 * rows and coding the tokens cost as much as filling the table): the rows, grown to the longest
 * sequence yet, and each token sequence's codes, with stem ids from one table so they compare across
 * sequences. One scratch serves one caller at a time; without one, each call makes its own.
 */
export class AlignScratch {
  private readonly stemIds = new Map<string, number>();
  private readonly coded = new WeakMap<Token[], TokenCodes>();
  private width = 0;
  h = [new Float64Array(0), new Float64Array(0)];
  c = [new Int32Array(0), new Int32Array(0)];
  s = [new Int32Array(0), new Int32Array(0)];

  /** Rows of at least `width` cells, the first one zeroed (the table's row 0). */
  rows(width: number): void {
    if (width > this.width) {
      this.width = Math.max(width, this.width * 2);
      this.h = [new Float64Array(this.width), new Float64Array(this.width)];
      this.c = [new Int32Array(this.width), new Int32Array(this.width)];
      this.s = [new Int32Array(this.width), new Int32Array(this.width)];
    }
    this.h[0].fill(0, 0, width);
    this.c[0].fill(0, 0, width);
    this.s[0].fill(0, 0, width);
  }

  codesOf(tokens: Token[]): TokenCodes {
    let codes = this.coded.get(tokens);
    if (codes) return codes;
    codes = { ids: new Int32Array(tokens.length), kinds: new Uint8Array(tokens.length), skips: new Float64Array(tokens.length) };
    tokens.forEach((t, k) => {
      let id = this.stemIds.get(t.stem);
      if (id === undefined) this.stemIds.set(t.stem, (id = this.stemIds.size));
      (codes as TokenCodes).ids[k] = id;
      (codes as TokenCodes).kinds[k] = (t.content ? CONTENT : 0) | (t.name ? NAME : 0) | (isNegation(t) ? NEGATION : 0) | (t.name && t.stem.length >= 6 ? LONG_NAME : 0);
      (codes as TokenCodes).skips[k] = skip(t);
    });
    this.coded.set(tokens, codes);
    return codes;
  }
}

export function alignTokens(a: Token[], b: Token[], scratch: AlignScratch = new AlignScratch()): Alignment {
  const m = a.length;
  const n = b.length;
  const width = n + 1;
  const wb = scratch.codesOf(b);
  const wa = scratch.codesOf(a);
  const { ids: idsA, kinds: kindsA } = wa;
  const { ids: idsB, kinds: kindsB, skips: skipsB } = wb;
  // Score, content-match count and start cell of the best path ending at each cell (rolling rows).
  scratch.rows(width);
  let [prevH, curH] = scratch.h;
  let [prevC, curC] = scratch.c;
  let [prevS, curS] = scratch.s;
  let best: Alignment = { score: 0, contentMatches: 0, density: 0, a: { start: 0, end: 0 }, b: { start: 0, end: 0 } };
  for (let i = 1; i <= m; i++) {
    const idA = idsA[i - 1];
    const kindA = kindsA[i - 1];
    const skipA = wa.skips[i - 1];
    // The second word of a matched name run adds nothing: "Kestrel Quay" is one thing said.
    const nameRunA = i > 1 && (kindA & NAME) !== 0 && (kindsA[i - 2] & NAME) !== 0;
    curH[0] = 0;
    curC[0] = 0;
    curS[0] = i * width;
    for (let j = 1; j <= n; j++) {
      const kindB = kindsB[j - 1];
      const same = idA === idsB[j - 1] || ((kindA & kindB & LONG_NAME) !== 0 && nearlySame(a[i - 1], b[j - 1]));
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
        const nameGoesOn = nameRunA && j > 1 && idsA[i - 2] === idsB[j - 2];
        c = prevC[j - 1] + (same && kindA & CONTENT && !nameGoesOn ? 1 : 0);
        s = prevH[j - 1] > 0 ? prevS[j - 1] : (i - 1) * width + (j - 1);
      }
      const fromUp = prevH[j] + skipA;
      if (fromUp > h) {
        h = fromUp;
        c = prevC[j];
        s = prevS[j];
      }
      const fromLeft = curH[j - 1] + skipsB[j - 1];
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
