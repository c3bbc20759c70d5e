// What the words right around a name say it is, beyond person / organisation points: an animal ("his terrier
// Rosie", "Bo, a two-year-old beagle"), a character an actor plays in a review ("Mira (Ana Lund)"), a town
// followed by its province or state ("Kestrel, Ont.", "Prince Rupert, B.C."), or a firm in apposition ("Brisk's,
// another shoe company"). Each looks at a handful of tokens, so the whole pass stays linear.
import type { Token } from '../nlp/tokens';
import type { Candidate } from './candidates';

/** Animals that have names in the news: pets, working animals, zoo and farm animals, breeds. */
const ANIMALS = new Set(
  `dog dogs puppy pup cat kitten horse racehorse pony mare stallion gelding filly colt foal donkey mule bulldog terrier
  retriever spaniel poodle labrador lab shepherd collie beagle husky dachshund chihuahua pug greyhound whippet
  rottweiler doberman mastiff corgi schnauzer pointer setter hound bloodhound malamute goldendoodle labradoodle
  parrot budgie cockatoo canary rabbit bunny hamster guinea-pig ferret tortoise turtle goat sheep lamb cow calf heifer
  pig piglet llama alpaca camel elephant giraffe gorilla chimpanzee orangutan panda koala kangaroo tiger lioness
  cub walrus seal sea-lion otter whale orca dolphin penguin owl eagle falcon hawk pet mascot`.split(/\s+/).filter(Boolean),
);

/** Determiners that open an apposition: "Bo, a beagle", "Brisk's, another shoe company". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'another', 'the', 'his', 'her', 'their', 'our', 'my', 'its']);
/** Words that may follow an apposition's head noun: "a beagle who …", "a firm based in …". */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'based', 'owned', 'run', 'founded', 'with', 'from', 'in', 'of', 'named', 'called']);
/** How many words may stand between the determiner and the head noun ("a four-year-old French bulldog"). */
const MAX_APPOSITION_WORDS = 6;

/**
 * Province and state abbreviations as newspapers write them after a town ("Kestrel, Ont."), lower case
 * without points: Canadian Press and AP style.
 */
const REGION_ABBREVIATIONS = new Set(
  `bc alta sask man ont que nb ns pei nl nfld yt yk nwt nvt nun ala ariz ark calif colo conn del dc fla ga ill ind kan
  kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex va vt wash wva wis
  wyo`.split(/\s+/).filter(Boolean),
);

const at = (tokens: Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';
const lastOf = (c: Candidate) => c.tokens[c.tokens.length - 1];
const onlySpace = (s: string) => /^[ \t]+$/.test(s);

/**
 * The head noun of an apposition after the name, when it is one of `heads`: "Bo, a two-year-old beagle who",
 * "Brisk's, another shoe company,". The head must end the apposition (punctuation or a clause opener).
 */
function appositionHead(c: Candidate, tokens: Token[], heads: ReadonlySet<string>): boolean {
  const last = lastOf(c);
  if (!/^\s*,\s*$/.test(tokens[last].post) || !APPOSITION_OPENERS.has(at(tokens, last + 1))) return false;
  for (let k = last + 2; k <= last + 2 + MAX_APPOSITION_WORDS && tokens[k]; k++) {
    const word = at(tokens, k);
    const ends = /[,.;:!?)—–]/.test(tokens[k].post) || tokens[k + 1] === undefined || CLAUSE_OPENERS.has(at(tokens, k + 1));
    if (heads.has(word) && ends) return true;
    if (/[,.;:!?()—–"“”]/.test(tokens[k].post)) return false;
  }
  return false;
}

/** "his terrier Rosie", "the racehorse Kestrel Gold", "Bo, a two-year-old beagle who …". */
export function namesAnAnimal(c: Candidate, tokens: Token[]): boolean {
  const first = c.tokens[0];
  if (ANIMALS.has(at(tokens, first - 1)) && onlySpace(tokens[first - 1].post)) return true;
  return appositionHead(c, tokens, ANIMALS);
}

/**
 * "Mira (Ana Lund) and Teo (Sam Roe)": in a review, a name right before an actor's full name in brackets is the
 * character that actor plays. The bracket must hold two or three capitalised words, the first a known given name or name.
 */
export function namesACharacter(c: Candidate, tokens: Token[]): boolean {
  const last = lastOf(c);
  const open = tokens[last + 1];
  if (!open || !onlySpace(tokens[last].post) || open.pre !== '(' || !(open.tags.has('FirstName') || open.tags.has('Person'))) return false;
  for (let k = last + 1; k <= last + 3 && tokens[k]; k++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[k].text)) return false;
    if (k > last + 1 && tokens[k].post.startsWith(')')) return true;
    if (!onlySpace(tokens[k].post)) return false;
  }
  return false;
}

/**
 * The span of the province or state written after the name ("Kestrel, Ont.", "Prince Rupert, B.C.",
 * "Lund, British Columbia."), or undefined. `isRegion` says whether words name a province or state.
 */
export function regionAfter(c: Candidate, tokens: Token[], isRegion: (name: string) => boolean): { start: number; end: number } | undefined {
  const last = lastOf(c);
  if (!/^,[ \t]*$/.test(tokens[last].post)) return undefined;
  const next = tokens[last + 1];
  if (!next) return undefined;
  // "B.C." holds its points; "Ont" leaves its point in what follows.
  const abbreviation = next.text.replace(/\./g, '').toLowerCase();
  const pointed = next.text.endsWith('.') || next.post.startsWith('.');
  if (pointed && /^\p{Lu}/u.test(next.text) && REGION_ABBREVIATIONS.has(abbreviation)) return { start: next.start, end: next.end };
  // A province or state in full must end the clause: "Lund, Texas governor" is a person and a title.
  let words = '';
  for (let k = last + 1; k <= last + 3 && tokens[k]; k++) {
    if (!/^\p{Lu}/u.test(tokens[k].text)) return undefined;
    words = words ? `${words} ${tokens[k].text}` : tokens[k].text;
    const closes = /^[,.;:!?)]/.test(tokens[k].post) || tokens[k + 1] === undefined;
    if (closes) return isRegion(words.replace(/['’]s$/, '')) ? { start: next.start, end: tokens[k].end } : undefined;
    if (!onlySpace(tokens[k].post)) return undefined;
  }
  return undefined;
}

/** Kinds of firm an apposition names: "Brisk's, another shoe company". */
const FIRM_KINDS = new Set(
  `company firm maker manufacturer retailer brand chain business startup start-up supplier producer operator carrier
  airline bank lender insurer publisher broadcaster developer conglomerate corporation multinational distributor`.split(/\s+/).filter(Boolean),
);

/** "Brisk's, another shoe company, …", "Valdor, a Kestrian firm that …". */
export function firmInApposition(c: Candidate, tokens: Token[]): boolean {
  return appositionHead(c, tokens, FIRM_KINDS);
}
