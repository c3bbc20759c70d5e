// compromise's parse of a text, as nlp(text) runs it, minus the steps whose output nothing here
// reads. nlp(text) splits the text into terms, then runs every compute step of compromise's
// `hooks` in order; the last one, the chunker ('chunks'), only sets `term.chunk` (noun and verb
// phrases), which no token carries, and costs about 7 % of the parse. Tags, text, pre and post come
// out exactly as nlp(text) gives them: the steps before it run as they are, in the same order.
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
 * version of compromise does not expose what that needs, nlp(text) itself.
 */
export function parseTerms(nlp: Nlp, text: string): RawTerm[][] {
  const parse = parserOf(nlp);
  return parse ? parse(text) : (nlp(text) as unknown as View).document;
}

/** What nlp(text) does, step by step (compromise's src/nlp.js and src/API/inputs.js), or undefined. */
function parserOf(nlp: Nlp): ((text: string) => RawTerm[][]) | undefined {
  const world = (nlp as unknown as { world?: () => World }).world?.();
  const tokenizer = world?.methods?.one?.tokenize;
  const hooks = world?.hooks;
  if (!world || typeof tokenizer?.fromString !== 'function' || !Array.isArray(hooks) || !hooks.every((h) => typeof h === 'string')) return undefined;
  // The steps left out come last: nothing that runs reads what they would have written.
  const kept = hooks.slice(0, hooks.length - trailingUnread(hooks));
  // nlp('') runs no step (empty input) and builds the same kind of View a text gets.
  const ViewClass = (nlp('') as object).constructor as new (document: RawTerm[][]) => View;
  return (text) => {
    if (!text) return [];
    const view = new ViewClass((tokenizer.fromString as FromString)(text, world));
    view.compute(kept);
    return view.document;
  };
}

/** How many steps at the end of `hooks` are unread ones. */
function trailingUnread(hooks: readonly string[]): number {
  let n = 0;
  while (n < hooks.length && UNREAD_STEPS.has(hooks[hooks.length - 1 - n])) n++;
  return n;
}
