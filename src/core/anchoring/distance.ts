// Edit distance with a cut-off, for checking a changed passage against its stored quote.

/**
 * Levenshtein distance between a and b, or `limit + 1` as soon as it must exceed `limit`. Only the
 * band |i - j| ≤ limit is computed (cells outside it exceed the limit anyway): O(|a| × (2·limit + 1)).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const over = limit + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from - 1 === 0 ? Math.min(i, over) : over;
    let rowMin = current[from - 1];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const up = j <= i - 1 + limit ? previous[j] : over;
      const value = Math.min(up + 1, current[j - 1] + 1, previous[j - 1] + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], over);
}

/**
 * The fewest edits that turn `pattern` into some substring of `text` (semi-global alignment),
 * capped at `pattern.length`. O(|text| × |pattern|): callers keep both short.
 */
export function bestSubstringDistance(text: string, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  let best = previous[m];
  for (let i = 1; i <= text.length; i++) {
    current[0] = 0; // a match may start anywhere in the text
    const c = text.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (c === pattern.charCodeAt(j - 1) ? 0 : 1));
    }
    if (current[m] < best) best = current[m];
    [previous, current] = [current, previous];
  }
  return Math.min(best, m);
}
