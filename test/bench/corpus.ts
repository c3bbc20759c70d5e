// The benchmark corpus: the sample articles, repeated with deterministic variations until the
// corpus reaches the wanted size. Every text differs from every other one, and every round gets
// texts of its own, so neither compromise nor a content-keyed cache in the core can reuse work.

export interface SampleText {
  name: string;
  text: string;
}

export interface BenchCorpus {
  texts: string[];
  words: number;
}

/** Lines shorter than this stay where they are: headlines, bylines and page furniture keep their place. */
const MIN_BODY_LINE_WORDS = 12;

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/**
 * Adds `offset` to every number written in the text ("1,200" → "1,213"), keeping thousands
 * separators where the original had them, so figures change but the word count does not.
 */
export function renumber(text: string, offset: number): string {
  return text.replace(/\d{1,3}(?:,\d{3})+|\d+/g, (digits) => {
    const value = Number(digits.replace(/,/g, '')) + offset;
    return digits.includes(',') ? value.toLocaleString('en-US') : String(value);
  });
}

/**
 * Moves the body paragraphs (long lines) `shift` places round, leaving short lines and line
 * endings where they were: the article keeps its shape, the order of its content changes.
 */
export function rotateBody(text: string, shift: number): string {
  const parts = text.split(/(\r?\n)/);
  const body: number[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (countWords(parts[i]) >= MIN_BODY_LINE_WORDS) body.push(i);
  }
  if (body.length < 2) return text;
  const by = ((shift % body.length) + body.length) % body.length;
  const original = body.map((i) => parts[i]);
  body.forEach((i, j) => {
    parts[i] = original[(j + by) % original.length];
  });
  return parts.join('');
}

/** The variant of one sample for a given round and repetition: a pure function of its inputs. */
export function sampleVariant(text: string, round: number, repetition: number): string {
  const shift = repetition * 3 + round;
  const offset = 1 + round * 1009 + repetition * 17;
  return renumber(rotateBody(text, shift), offset);
}

/**
 * Samples in name order, repeated with variations, until at least `targetWords` words.
 * Returns no texts when the samples hold no words (nothing to measure).
 */
export function buildBenchCorpus(samples: readonly SampleText[], targetWords: number, round: number): BenchCorpus {
  const ordered = [...samples].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const texts: string[] = [];
  let words = 0;
  if (ordered.every((s) => countWords(s.text) === 0)) return { texts, words };
  for (let repetition = 0; words < targetWords; repetition++) {
    for (const sample of ordered) {
      if (words >= targetWords) break;
      const text = sampleVariant(sample.text, round, repetition);
      texts.push(text);
      words += countWords(text);
    }
  }
  return { texts, words };
}
