// compromise's parse of a text, as nlp(text) runs it, minus the steps whose output nothing here
// reads. nlp(text) splits the text into terms, then runs every compute step of compromise's
// `hooks` in order; the last one, the chunker ('chunks'), only sets `term.chunk` (noun and verb
// phrases), which no token carries, and costs about 7 % of the parse. Tags, text, pre and post come
// out exactly as nlp(text) gives them: the steps before it run as they are, in the same order.
//
// Every step tags a sentence from that sentence's terms alone, so a sentence already parsed (wire
// copy reprinted by many outlets, an article edited one paragraph at a time) can take its terms from
// SentenceParses instead of being tagged again; what comes out is the same either way.
import type { Nlp } from './compromise';

/** A term as compromise's document holds it (the fields the tokens read). */
export interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Compute steps of nlp(text) left out: they write fields no token reads, and no later step reads them. */
const UNREAD_STEPS: ReadonlySet<string> = new Set(['chunks']);

type FromString = (text: string, world: World) => RawTerm[][];

interface World {
  hooks?: unknown;
  methods?: { one?: { tokenize?: { fromString?: FromString } } };
}

interface View {
  document: RawTerm[][];
  compute(steps: string[]): unknown;
}

/**
 * The sentences of terms nlp(text).document would hold, without the unread steps. Where this
 * version of compromise does not expose what that needs, nlp(text) itself. With `known`, sentences
 * it holds are not tagged again, and the ones tagged here are added to it.
 */
export function parseTerms(nlp: Nlp, text: string, known?: SentenceParses): RawTerm[][] {
  const parse = parserOf(nlp, known);
  return parse ? parse(text) : (nlp(text) as unknown as View).document;
}

/** What nlp(text) does, step by step (compromise's src/nlp.js and src/API/inputs.js), or undefined. */
function parserOf(nlp: Nlp, known?: SentenceParses): ((text: string) => RawTerm[][]) | undefined {
  const world = (nlp as unknown as { world?: () => World }).world?.();
  const tokenizer = world?.methods?.one?.tokenize;
  const hooks = world?.hooks;
  if (!world || typeof tokenizer?.fromString !== 'function' || !Array.isArray(hooks) || !hooks.every((h) => typeof h === 'string')) return undefined;
  // The steps left out come last: nothing that runs reads what they would have written.
  const kept = hooks.slice(0, hooks.length - trailingUnread(hooks));
  // nlp('') runs no step (empty input) and builds the same kind of View a text gets.
  const ViewClass = (nlp('') as object).constructor as new (document: RawTerm[][]) => View;
  const tag = (sentences: RawTerm[][]): RawTerm[][] => {
    const view = new ViewClass(sentences);
    view.compute(kept);
    return view.document;
  };
  return (text) => {
    if (!text) return [];
    const split = (tokenizer.fromString as FromString)(text, world);
    return known ? known.parse(split, tag, () => tag((tokenizer.fromString as FromString)(text, world))) : tag(split);
  };
}

/** How many steps at the end of `hooks` are unread ones. */
function trailingUnread(hooks: readonly string[]): number {
  let n = 0;
  while (n < hooks.length && UNREAD_STEPS.has(hooks[hooks.length - 1 - n])) n++;
  return n;
}

/** A sentence's text as the tokenizer split it: its terms' pre, text and post, in order (lossless). */
function sentenceText(terms: readonly RawTerm[]): string {
  let text = '';
  for (const t of terms) text += t.pre + t.text + t.post;
  return text;
}

/** True when `packed`'s lengths add up to `text` and its tag set indices are below `tagSets`. */
function spells(text: string, packed: Uint16Array, tagSets: number): boolean {
  if (packed.length % 4 !== 0) return false;
  let length = 0;
  for (let k = 0; k < packed.length; k += 4) {
    length += packed[k] + packed[k + 1] + packed[k + 2];
    if (packed[k + 3] >= tagSets) return false;
  }
  return length === text.length;
}

/**
 * Sentences one SentenceParses tagged, for another to adopt: each sentence's text and packed terms
 * (lengths of pre, text and post, and an index into `tagSets`). Plain data: it crosses threads.
 */
export interface TaggedSentences {
  tagSets: string[][];
  sentences: [text: string, packed: Uint16Array][];
}

/**
 * Sentences already tagged, by their text, kept compactly: the text itself plus four 16-bit numbers
 * a term (lengths of pre, text and post, and which of the distinct tag sets it has), since a term
 * object with its own tag set costs about 40 bytes per character of text. Bounded by
 * characters held: once `maxChars / 2` are held in the newer half, the older half is dropped, so
 * what was used recently stays. One instance per analysing thread; it holds derived data only.
 */
export class SentenceParses {
  private newer = new Map<string, Uint16Array>();
  private older = new Map<string, Uint16Array>();
  private newerChars = 0;
  // Tag sets are shared between terms (a story's terms have a few hundred distinct ones); nothing
  // downstream changes a term's tags (tokens see them as ReadonlySet).
  private readonly tagSets: Set<string>[] = [];
  private readonly tagSetIds = new Map<string, number>();
  /** Sentences tagged here since takeTagged() last ran, when they are to be passed on. */
  private readonly tagged: [string, Uint16Array][] | undefined;

  /** With `passOn`, what is tagged here is also kept for takeTagged() (another thread adopts it). */
  constructor(
    private readonly maxChars = 4_000_000,
    options: { passOn?: boolean } = {},
  ) {
    if (options.passOn) this.tagged = [];
  }

  /**
   * The sentences tagged here since the last call, for another instance (on another thread) to
   * adopt; undefined when there are none, or when this instance was not made to pass them on.
   */
  takeTagged(): TaggedSentences | undefined {
    if (!this.tagged?.length) return undefined;
    // Tag sets go by their tags, numbered afresh for this batch: each instance numbers its own.
    const local = new Map<number, number>();
    const tagSets: string[][] = [];
    const sentences = this.tagged.splice(0).map(([text, packed]): [string, Uint16Array] => {
      const copy = packed.slice();
      for (let k = 3; k < copy.length; k += 4) {
        let id = local.get(copy[k]);
        if (id === undefined) {
          id = tagSets.length;
          local.set(copy[k], id);
          tagSets.push([...this.tagSets[copy[k]]]);
        }
        copy[k] = id;
      }
      return [text, copy];
    });
    return { tagSets, sentences };
  }

  /** Holds what another instance tagged (takeTagged), as if tagged here; sentences already held stay as they are. */
  adopt(batch: TaggedSentences): void {
    const ids = batch.tagSets.map((tags) => this.tagSetId(new Set(tags)));
    if (ids.some((id) => id > 0xffff)) return;
    for (const [text, packed] of batch.sentences) {
      if (this.newer.has(text) || this.older.has(text) || text.length > Math.min(this.maxChars / 8, 0xffff) || !spells(text, packed, ids.length)) continue;
      const own = packed.slice();
      for (let k = 3; k < own.length; k += 4) own[k] = ids[own[k]];
      this.hold(text, own);
    }
  }

  /**
   * The tagged form of `split` (the tokenizer's sentences): held sentences from here, the others
   * through `tag` in one call (in their order), then held. A sentence twice in `split` is tagged once.
   * `whole` parses the text again from the start, for the case `tag` did not keep one term list per
   * sentence (compromise's steps do; a future version might not).
   */
  parse(split: RawTerm[][], tag: (sentences: RawTerm[][]) => RawTerm[][], whole: () => RawTerm[][]): RawTerm[][] {
    const texts = split.map(sentenceText);
    const out: (RawTerm[] | undefined)[] = texts.map((t) => this.get(t));
    const fresh = new Map<string, number>();
    const toTag: RawTerm[][] = [];
    for (const [i, terms] of split.entries()) {
      if (out[i] === undefined && !fresh.has(texts[i])) {
        fresh.set(texts[i], toTag.length);
        toTag.push(terms);
      }
    }
    if (toTag.length === 0) return out as RawTerm[][];
    const tagged = tag(toTag);
    if (tagged.length !== toTag.length) return whole();
    for (const [text, k] of fresh) this.set(text, tagged[k]);
    return out.map((terms, i) => terms ?? tagged[fresh.get(texts[i]) as number]);
  }

  /** How many sentences are held (for tests and benches). */
  get size(): number {
    return this.newer.size + this.older.size;
  }

  private get(text: string): RawTerm[] | undefined {
    let packed = this.newer.get(text);
    if (packed === undefined) {
      packed = this.older.get(text);
      if (packed === undefined) return undefined;
      this.older.delete(text);
      this.hold(text, packed);
    }
    const terms: RawTerm[] = [];
    let at = 0;
    for (let k = 0; k < packed.length; k += 4) {
      const pre = text.slice(at, (at += packed[k]));
      const word = text.slice(at, (at += packed[k + 1]));
      const post = text.slice(at, (at += packed[k + 2]));
      terms.push({ text: word, pre, post, tags: this.tagSets[packed[k + 3]] });
    }
    return terms;
  }

  private set(text: string, terms: readonly RawTerm[]): void {
    // Only a sentence whose terms still spell its text exactly can be rebuilt from lengths, and
    // every length must fit in 16 bits.
    if (text.length > Math.min(this.maxChars / 8, 0xffff) || sentenceText(terms) !== text) return;
    const packed = new Uint16Array(terms.length * 4);
    for (const [i, t] of terms.entries()) {
      const id = this.tagSetId(t.tags);
      if (id > 0xffff) return;
      packed.set([t.pre.length, t.text.length, t.post.length, id], i * 4);
    }
    this.hold(text, packed);
    this.tagged?.push([text, packed]);
  }

  private hold(text: string, packed: Uint16Array): void {
    this.newer.set(text, packed);
    this.newerChars += text.length;
    if (this.newerChars >= this.maxChars / 2) {
      this.older = this.newer;
      this.newer = new Map();
      this.newerChars = 0;
    }
  }

  private tagSetId(tags: Set<string>): number {
    const key = [...tags].join('\n');
    let id = this.tagSetIds.get(key);
    if (id === undefined) {
      id = this.tagSets.length;
      this.tagSets.push(tags);
      this.tagSetIds.set(key, id);
    }
    return id;
  }
}
