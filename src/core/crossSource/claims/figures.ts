// Figures a fact-checker would verify: counts of things ("94,000 troops", "three workers"),
// percentages, sums of money and dates. Each figure carries the thing it measures (the head noun
// after it: "troops" in "175,000 Russian troops") so that figures from different outlets about
// the same thing can be lined up.
import type { Span } from '../../model';
import { isStopword, stem } from '../normalize';

export type FigureKind = 'count' | 'percent' | 'money' | 'date';

export interface Figure extends Span {
  kind: FigureKind;
  /** The figure as written: "175,000 Russian troops", "$1.2bn", "7 December". */
  text: string;
  /** Numeric value (money in units of its currency; a date as yyyymmdd with 00 for unknown parts). */
  value: number;
  /** "about", "more than", "up to"…: the writer's own hedge, which widens what counts as agreement. */
  qualifier?: string;
  /** Stem of the noun measured ("troop"), the currency ("usd") or "" when not found. */
  unit: string;
  /** The words of the unit phrase ("Russian troops"). */
  unitPhrase: string;
}

// Tables keyed by words of the text are Maps: "40 constructor" must find no currency on Object.prototype.
const SMALL_NUMBERS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}));
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
// Plurals without an s: the phrase ends on them ("14 people taken to hospital").
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'crew', 'livestock', 'sheep', 'cattle', 'feet', 'teeth', 'mice', 'geese']);
const SCALES = new Map<string, number>(Object.entries({
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
}));
const CURRENCIES = new Map<string, string>(Object.entries({
  $: 'usd', us$: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', dollars: 'usd', dollar: 'usd', euros: 'eur', euro: 'eur',
  pounds: 'gbp', yen: 'jpy', rupees: 'inr', roubles: 'rub', rubles: 'rub', francs: 'chf', kroner: 'nok', krona: 'sek',
}));
// Plural forms a translation may pick for the same thing ("1,200 persons" / "1,200 people").
const UNIT_SYNONYMS = new Map<string, string>([['person', 'people'], ['peopl', 'people'], ['individual', 'people'], ['resident', 'people']]);
// Family members after a personal possessive ("their two young sons") are colour, not a claim.
const FAMILY = /^(?:sons?|daughters?|child|children|kids?|grandchildren|grandsons?|granddaughters?|brothers?|sisters?|siblings?)$/i;
// Units a hyphenated compound measures in ("a two-hour call", "a 40-mile stretch"): the same figure as
// "2 hours" or "40 miles". Other compounds ("two-party", "three-time") describe rather than count.
const MEASURE_UNITS = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century',
  'inch', 'foot', 'yard', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'km', 'acre', 'hectare',
  'gram', 'kilogram', 'kg', 'tonne', 'ton', 'litre', 'liter', 'gallon', 'storey', 'story', 'lane', 'bed', 'seat', 'point', 'degree',
]);
// Words before a number that make it a label, not a count: "Phase 3 trial", "page 12", "Article 5".
const LABEL_WORDS = new Set([
  'phase', 'stage', 'page', 'chapter', 'section', 'article', 'clause', 'level', 'grade', 'round', 'step', 'category', 'class',
  'type', 'version', 'number', 'no', 'part', 'flight', 'season', 'episode', 'volume', 'tier', 'gate', 'platform', 'route',
  'terminal', 'zone', 'ward', 'district', 'lot', 'unit', 'room', 'pier', 'berth', 'highway', 'interstate', 'channel',
]);
// Things a small count of is narration rather than a figure to check ("the two leaders", "three
// companies", "five claims"): stems, compared with a figure's unit.
const GENERIC_COUNTED = new Set([
  'leader', 'side', 'party', 'team', 'company', 'firm', 'thing', 'way', 'time', 'part', 'occasion', 'word', 'reason', 'question',
  'issue', 'option', 'step', 'text', 'article', 'claim', 'story', 'report', 'statement', 'letter', 'message', 'sentence',
  'version', 'brand', 'item', 'detail', 'aspect',
].map((w) => stem(w)));
const MAX_GENERIC_COUNT = 10;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const QUALIFIERS =
  /(?:about|around|roughly|approximately|nearly|almost|some|over|more than|at least|up to|fewer than|less than|as many as|an estimated|estimated|close to|just under|just over)\s+$/i;
// Words after a number that are not the thing counted ("3 of the", "2 to 1").
const NOT_UNITS = new Set(['of', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'per', 'from', 'a', 'the', 'percent', 'per cent']);

const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_RES = [
  // "7 December 2021", "7 Dec"
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, 'gu'),
  // "December 7, 2021", "Dec. 7"
  new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'gu'),
];
const NUMBER_RE =
  /(?<![\p{L}\p{N}.,])(US\$|[$€£¥₹])?\s?(\d{1,3}(?:[,\u00A0\u202F]\d{3})+|\d+)(?:\.(\d+))?(?:\s?(thousand|million|billion|trillion|bn|mn|tn|[kmb])(?![\p{L}]))?\s?(%|percent\b|per cent\b)?/giu;
// "twenty-two" is one number; "two" inside it is not another.
const WORD_NUMBER_RE = new RegExp(`(?<![\\p{L}-])(${[...SMALL_NUMBERS.keys()].join('|')})(?:-(${[...SMALL_NUMBERS.keys()].join('|')}))?(?![\\p{L}])`, 'giu');

/** Figures in `span` of `text` (the whole text by default), in text order. */
export function findFigures(text: string, span: Span = { start: 0, end: text.length }): Figure[] {
  const part = text.slice(span.start, span.end);
  const out: Figure[] = [];
  const taken = coverage(span.start, part.length);
  const overlaps = (s: number, e: number) => taken.overlaps(s, e);

  for (const re of DATE_RES) {
    for (const m of part.matchAll(re)) {
      const [dayText, monthText] = re === DATE_RES[0] ? [m[1], m[2]] : [m[2], m[1]];
      const month = MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
      const day = Number(dayText);
      if (month < 1 || day < 1 || day > 31) continue;
      const year = m[3] ? Number(m[3]) : 0;
      // The optional dot belongs to abbreviations ("Dec."), not to a full month ending a sentence.
      const written = m[0].replace(/(\p{L}{4,})\.$/u, '$1');
      const start = span.start + m.index;
      const end = start + written.length;
      if (overlaps(start, end)) continue;
      taken.push({ start, end });
      // "Published 3 March 2026 | Updated …" is page metadata, not a statement of the story.
      if (/\b(?:published|updated|posted|modified)\b[^.\n]{0,12}$/i.test(text.slice(Math.max(0, start - 30), start))) continue;
      out.push({ kind: 'date', start, end, text: written, value: year * 10000 + month * 100 + day, unit: 'date', unitPhrase: '' });
    }
  }

  for (const m of part.matchAll(NUMBER_RE)) {
    const [whole, currencySign, digits, decimals, scaleWord, percent] = m;
    const start = span.start + m.index + (whole.length - whole.trimStart().length);
    let end = span.start + m.index + whole.trimEnd().length;
    if (overlaps(start, end)) continue;
    let value = Number(digits.replace(/[^\d]/g, '') + (decimals ? '.' + decimals : ''));
    const scale = scaleWord ? SCALES.get(scaleWord.toLowerCase()) ?? 1 : 1;
    // A bare "m" or "b" after a number without a currency is more often a unit of length than a scale.
    if (scaleWord && /^[kmb]$/i.test(scaleWord) && !currencySign) continue;
    value *= scale;
    // Lone years ("in 2014") are dates, not counts; numbers glued to letters ("F-16", "COVID-19") are names.
    if (!currencySign && !percent && !scaleWord && /^(1[89]|20)\d\d$/.test(digits) && !decimals) continue;
    if (/[-\p{L}]$/u.test(text.slice(Math.max(0, start - 1), start))) continue;
    // Clock times ("23:47", "4 p.m.", "5am") are not figures to check.
    if (/\d[:.]$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s?(?:[ap]\.?m\b|:\d)/i.test(text.slice(end, end + 5))) continue;

    if (!currencySign && !percent && isLabelNumber(text, start)) continue;
    const after = text.slice(end, Math.min(text.length, end + 60));
    if (!currencySign && !percent && !scaleWord) {
      const measure = hyphenatedMeasure(after);
      if (measure) {
        const measureEnd = end + measure.length;
        taken.push({ start, end: measureEnd });
        if (!isIncidental(text, start, measureEnd, measure.head, measure.phrase, true, value)) {
          out.push({ kind: 'count', start, end: measureEnd, text: text.slice(start, measureEnd), value, unit: measure.head, unitPhrase: measure.phrase });
        }
        continue;
      }
    }
    let kind: FigureKind = currencySign ? 'money' : percent ? 'percent' : 'count';
    let unit = currencySign ? CURRENCIES.get(currencySign.toLowerCase()) ?? 'money' : '';
    let unitPhrase = '';
    const currencyWord = /^\s+([\p{L}]+)/u.exec(after);
    const wordCurrency = currencyWord ? CURRENCIES.get(currencyWord[1].toLowerCase()) : undefined;
    if (!currencySign && currencyWord && wordCurrency) {
      kind = 'money';
      unit = wordCurrency;
      end += currencyWord[0].length;
    }
    if (kind === 'count' || kind === 'percent') {
      const noun = unitAfter(text.slice(end, Math.min(text.length, end + 60)), kind === 'percent');
      if (noun) {
        unit = noun.head;
        unitPhrase = noun.phrase;
        if (kind === 'count') end += noun.length;
      } else if (kind === 'count') continue; // a bare number ("page 3", "at 5") measures nothing we can line up
    }
    taken.push({ start, end });
    if (kind === 'count' && isIncidental(text, start, end, unit, unitPhrase, /^\d/.test(text.slice(start, end)), value)) continue;
    const figure: Figure = { kind, start, end, text: text.slice(start, end), value, unit, unitPhrase };
    const qualifier = QUALIFIERS.exec(text.slice(Math.max(0, start - 25), start));
    if (qualifier) figure.qualifier = qualifier[0].trim().toLowerCase();
    out.push(figure);
  }

  for (const m of part.matchAll(WORD_NUMBER_RE)) {
    const start = span.start + m.index;
    let end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const tens = m[1].toLowerCase();
    const units = m[2]?.toLowerCase();
    // "twenty-two" adds up; "two-thirds" and other hyphenated pairs are not counts.
    if (units && (!TENS.has(tens) || (SMALL_NUMBERS.get(units) ?? 0) > 9)) continue;
    const value = (SMALL_NUMBERS.get(tens) ?? 0) + (units ? SMALL_NUMBERS.get(units) ?? 0 : 0);
    const rest = text.slice(end, Math.min(text.length, end + 60));
    // "a two-hour call" measures hours, as "2 hours" does; other compounds ("two-party") count nothing.
    const noun = text[end] === '-' ? hyphenatedMeasure(rest) : unitAfter(rest, false);
    // "one of them": only a number word followed by the thing counted.
    // "one" is mostly an article ("one man said"): counting starts at two.
    if (!noun || value < 2 || isLabelNumber(text, start)) continue;
    end += noun.length;
    taken.push({ start, end });
    if (isIncidental(text, start, end, noun.head, noun.phrase, false, value)) continue;
    out.push({ kind: 'count', start, end, text: text.slice(start, end), value, unit: noun.head, unitPhrase: noun.phrase });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The unit of a hyphenated measure right after a number ("-hour" in "two-hour call"), or null: the
 * word must be a unit of measure, and an age ("ten-year-old") is not a figure to check.
 */
function hyphenatedMeasure(after: string): { head: string; phrase: string; length: number } | null {
  const m = /^-(\p{L}+)(-old\b)?/u.exec(after);
  if (!m || m[2] || !MEASURE_UNITS.has(m[1].toLowerCase())) return null;
  return { head: stem(m[1].toLowerCase()), phrase: m[1], length: m[0].length };
}

/** A number that names rather than counts: right after a label word ("Phase 3", "page 12", "No. 10"). */
function isLabelNumber(text: string, start: number): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  return !!before && LABEL_WORDS.has(before[1].toLowerCase());
}

/**
 * Counts that are not claims about the story: small counts of generic things ("the two leaders"), ages ("Lopes, 51 years, said", "67 years old",
 * "aged 40 years"), clock times in translated copy ("around 20 hours"), page timestamps
 * ("2 hours ago") and family details ("their two young sons").
 */
function isIncidental(text: string, start: number, end: number, unit: string, phrase: string, digits: boolean, value: number): boolean {
  if (value <= MAX_GENERIC_COUNT && GENERIC_COUNTED.has(unit)) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 12);
  if (unit === 'year' && (/^\s*old\b/i.test(after) || /\baged\s+$/i.test(before) || (/,\s*$/.test(before) && /^\s*,/.test(after)))) return true;
  if (/^(?:hour|minut|min|second|sec)$/.test(unit) && /^\s+ago\b/i.test(after)) return true;
  if (unit === 'hour' && digits && /\b(?:at|around|about|by|until|till|from|since)\s+$/i.test(before) && !/\bfor\s+\S+\s+$/i.test(before)) return true;
  const last = phrase.split(/\s+/).pop() ?? '';
  return FAMILY.test(last) && /\b(?:his|her|their|my|our|your)\s+(?:[\p{L}-]+\s+)?$/iu.test(before);
}

/** The noun phrase a number counts: up to three words, ending before a function word or punctuation. */
function unitAfter(after: string, percent: boolean): { head: string; phrase: string; length: number } | null {
  // After a percentage the thing measured follows "of" ("12% of residents"); counts name it directly.
  const lead = percent ? /^\s+of\s+(?:the\s+|its\s+|their\s+)?/i.exec(after) : /^[ \u00A0]+/.exec(after);
  if (!lead) return null;
  const rest = after.slice(lead[0].length);
  // Up to five words: "nine East European NATO member countries".
  const word = "(?:[ \\u00A0]+([\\p{L}][\\p{L}'’-]*))?";
  const wordsRe = new RegExp(`^([\\p{L}][\\p{L}'’-]*)${word.repeat(4)}`, 'u');
  const m = wordsRe.exec(rest);
  if (!m) return null;
  // Without a tagger: a plural ends the phrase ("Russian troops"), a past tense is already the verb
  // ("workers died"), and function words end it too.
  let words: string[] = [];
  let plural = false;
  for (const w of m.slice(1)) {
    if (!w) break;
    const lower = w.toLowerCase();
    // "1,200 evacuated": a participle right after the number is what happened, not what was counted.
    // "Covid-" of "Covid-19": a name with a number in it, not a word of the thing counted.
    if (NOT_UNITS.has(lower) || isStopword(lower) || /ed$/.test(lower) || /[-'’]$/.test(lower)) break;
    words.push(w);
    if (/[^s']s$/.test(lower) || IRREGULAR_PLURALS.has(lower)) {
      plural = true;
      break;
    }
  }
  // Without a plural to end on, long runs are more likely the sentence going on ("2 Russian Navy ships"
  // ends on a plural; "3 Downing Street officials said" does too, "4 European Union" does not).
  if (!plural) words = words.slice(0, 3);
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  const length = lead[0].length + rest.indexOf(phrase) + phrase.length;
  const head = stem(words[words.length - 1].toLowerCase());
  return { head: UNIT_SYNONYMS.get(head) ?? head, phrase, length: percent ? 0 : length };
}

/**
 * The characters already taken by a figure, one flag each: asking whether a span overlaps one is
 * proportional to the span, where searching a list of the spans taken was quadratic in a long
 * sentence of figures.
 */
function coverage(base: number, length: number): { push(s: Span): void; overlaps(start: number, end: number): boolean } {
  let flags = new Uint8Array(length + 256);
  return {
    push({ start, end }) {
      if (end - base > flags.length) {
        const grown = new Uint8Array(Math.max(end - base, flags.length * 2));
        grown.set(flags);
        flags = grown;
      }
      flags.fill(1, Math.max(0, start - base), end - base);
    },
    overlaps(start, end) {
      for (let i = Math.max(0, start - base); i < end - base && i < flags.length; i++) if (flags[i]) return true;
      return false;
    },
  };
}
