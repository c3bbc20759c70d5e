// Word-level normalisation shared by quote matching and claim clustering. Two renderings of one
// utterance differ in case, quote marks, contractions, hyphens and inflection ("That’s not on the
// table" / "that is not on the table"; "invades" / "invading"): all of that is folded away here so
// that the comparison only sees words that carry meaning.

export interface Token {
  /** Lower-cased surface form with contractions expanded ("that's" → "that", then "is"). */
  word: string;
  /** Light stem used for matching: "invades", "invading", "invaded" → "invad". */
  stem: string;
  /** Function words weigh little in matching; negations count as content ("not" flips meaning). */
  content: boolean;
  /** Capitalised inside the text: part of a name ("Kestrel Quay"), which counts once however many words it has. */
  name: boolean;
}

// Function words of English news prose. Negations are deliberately absent: "not on the table"
// and "on the table" are opposite statements.
const STOPWORDS = new Set(
  ('a an the and or but if then so as of at by for from in into on onto upon to with without about over under ' +
    'than that this these those there here it its it is was were be been being am are has have had do does did ' +
    'will would shall should can could may might must i me my we us our you your he him his she her they them ' +
    'their who whom whose which what when where why how all any each other some such also just very too only ' +
    'more most much many own same both either well even still yet again once up down out off one rest ' +
    'after before during since until till between through against across behind near among within per via ' +
    'said says say says told tell according mr mrs ms dr')
    .split(/\s+/)
    .filter(Boolean),
);

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nor', 'neither', 'nobody', 'cannot']);

// "that's" → is; "Russia's" is possessive and loses its suffix. Only these hosts take the verb reading.
const IS_HOSTS = new Set([
  'that', 'it', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this', 'everything', 'nothing', 'let',
]);

// Maps, not object literals: a word of the text is the key, and "constructor" or "__proto__" must
// find nothing rather than Object.prototype's members.
const SUFFIX_EXPANSIONS = new Map<string, string>([['ll', 'will'], ['re', 'are'], ['ve', 'have'], ['m', 'am'], ['d', 'would']]);
const IRREGULAR_NEGATIONS = new Map<string, string[]>([
  ["won't", ['will', 'not']],
  ["can't", ['can', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['is', 'not']],
  ['cannot', ['can', 'not']],
]);

/** Words of `text` with hyphenated compounds joined ("straight-forward" → "straightforward"). */
export function words(text: string): string[] {
  return casedWords(text).map((w) => w.toLowerCase());
}

function casedWords(text: string): string[] {
  const folded = text.replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'").replace(/[\u2010\u2011]/g, '-');
  const out: string[] = [];
  // A number keeps its separators ("94,000", "2.5"); a word keeps apostrophes and inner hyphens.
  const re = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;
  for (const m of folded.matchAll(re)) out.push(m[0].replace(/-/g, ''));
  return out;
}

function expand(word: string): string[] {
  const irregular = IRREGULAR_NEGATIONS.get(word);
  if (irregular) return irregular;
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  const m = /^(.+)'([a-z]+)$/.exec(word);
  if (!m) return [word];
  const [, host, suffix] = m;
  if (suffix === 's') return IS_HOSTS.has(host) ? [host, host === 'let' ? 'us' : 'is'] : [host];
  const expanded = SUFFIX_EXPANSIONS.get(suffix);
  return expanded ? [host, expanded] : [host + suffix];
}

/** A deliberately light stemmer: enough to fold inflection, never so much that unrelated words meet. */
export function stem(word: string): string {
  let w = word;
  if (/^\p{N}/u.test(w)) return w.replace(/,/g, '');
  w = americanSpelling(w);
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "stopp(ed)" / "stop": undouble a final consonant left by the suffix.
  if (w.length > 3 && /([bdfglmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** UK and US outlets spell one word two ways: "organisation" / "organization", "harbour" / "harbor". */
function americanSpelling(w: string): string {
  if (w.length < 6) return w;
  return w
    .replace(/^(.{4,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2') // "organised", not "raised"
    .replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ogue(s)?$/, 'og$1');
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) && !NEGATIONS.has(word);
}

// Words a translator or a paraphrasing outlet swaps for one another without changing what was said
// ("serious consequences" / "severe consequences", "raise the fee" / "increase the fee"). Kept to
// near-exact equivalents: a looser list would join different statements.
const SYNONYM_GROUPS = [
  ['serious', 'severe', 'grave'],
  ['increase', 'raise', 'hike'],
  ['reduce', 'cut', 'lower', 'decrease'],
  ['begin', 'start', 'commence'],
  ['finish', 'end'],
  ['help', 'assist', 'aid'],
  ['buy', 'purchase'],
  ['country', 'nation'],
  ['answer', 'reply', 'respond'],
  ['try', 'attempt'],
  ['allow', 'permit'],
  ['quick', 'fast', 'rapid'],
  ['large', 'big'],
  ['enough', 'sufficient'],
  ['consequence', 'repercussion'],
  ['discussion', 'talk'],
  ['substantive', 'substantial'],
  // Evaluative adjectives: a translator picks one of them for the same word of the original.
  ['beautiful', 'gorgeous', 'lovely'],
  ['incredible', 'unbelievable', 'amazing'],
  ['happy', 'glad', 'delighted'],
  ['terrible', 'awful', 'horrible'],
  ['difficult', 'tough'],
  ['crazy', 'insane'],
  ['huge', 'enormous', 'immense'],
  ['angry', 'furious'],
];
const SYNONYM_STEMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYM_STEMS.set(stem(w), stem(group[0]));

/** The normalised token sequence of a rendering. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const cased = casedWords(text);
  const capital = (i: number) => i < cased.length && /^\p{Lu}/u.test(cased[i]);
  cased.forEach((raw, i) => {
    // A capital opening the text is only a name when the next word has one too ("Kestrel Quay will…").
    const isName = capital(i) && (i > 0 || capital(i + 1));
    expand(raw.toLowerCase()).forEach((word, part) => {
      if (!word) return;
      const negation = NEGATIONS.has(word);
      const content = negation || !STOPWORDS.has(word);
      const base = stem(word);
      tokens.push({ word, stem: negation ? 'not' : SYNONYM_STEMS.get(base) ?? base, content, name: content && isName && part === 0 });
    });
  });
  return tokens;
}

/** Case-, mark- and contraction-insensitive form of a rendering, for spotting identical variants. */
export function normalizedText(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}
