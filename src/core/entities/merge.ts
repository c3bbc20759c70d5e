// Stage 3: one entity per thing named in an article. Same-key mentions group together, then
// short forms join the full one: a surname or "Ms Surname" joins the only person of that surname,
// an acronym joins the only name whose initials it spells.
import type { Entity, EntityType, Mention } from '../model';
import { strongestType, type Evidence, type TypedCandidate } from './classify';
import { ORG_HEADS } from './gazetteer-orgs';

interface Group {
  key: string;
  members: TypedCandidate[];
  evidence: Evidence;
  reliable: boolean;
  lexical: boolean;
}

/**
 * Builds the article's entities from its typed candidates. `text` (the article's) lets a surname shared by
 * several people join the one the story is about at that point (see `byRecency`); without it, such a surname
 * stays as written.
 */
export function mergeWithinArticle(candidates: TypedCandidate[], text?: string): Entity[] {
  const groups = new Map<string, Group>();
  for (const c of candidates) {
    let g = groups.get(c.key);
    if (!g) {
      g = { key: c.key, members: [], evidence: { person: 0, organization: 0, place: 0 }, reliable: false, lexical: false };
      groups.set(c.key, g);
    }
    g.members.push(c);
    for (const t of ['person', 'organization', 'place'] as const) g.evidence[t] += c.evidence[t];
    g.reliable ||= c.reliable;
    g.lexical ||= c.lexical;
  }
  const all = [...groups.values()];
  const typeOf = (g: Group) => strongestType(g.evidence);

  // Full names, by surname, to resolve "Lund" and "Mr Lund"; and by first word, for names written
  // family name first ("President Tan" for "Tan Meilin").
  const bySurname = new Map<string, Group[]>();
  const byGivenFirst = new Map<string, Group[]>();
  const byGivenAndSurname = new Map<string, Group[]>();
  for (const g of all) {
    // Untyped full names count too: "Kofi Mensah-Bonsu" is typed by "Mensah-Bonsu said" later on.
    const t = typeOf(g);
    if (t !== 'person' && !(t === undefined && g.reliable && !g.key.includes(':'))) continue;
    const words = g.key.split(' ');
    if (words.length < 2) continue;
    for (const surname of surnamesOf(words)) addTo(bySurname, surname, g);
    addTo(byGivenFirst, words[0], g);
    // "Jason LeBlanc" for "Jason Marcel LeBlanc": a middle name left out.
    if (words.length >= 3) addTo(byGivenAndSurname, `${words[0]} ${words[words.length - 1]}`, g);
  }
  const byInitials = new Map<string, Group[]>();
  for (const g of all) {
    const t = typeOf(g);
    if (t !== 'organization' && t !== 'place') continue;
    for (const m of g.members) {
      const initials = initialsOf(m.name);
      // A group's members are added one after another: a repeat of g can only be the last entry.
      if (initials.length >= 2 && byInitials.get(initials)?.at(-1) !== g) addTo(byInitials, initials, g);
    }
  }

  // Organisations by the start of their name, to resolve "Nordhaven" and "Lotus Engineering" after
  // "Nordhaven Shipping Company" and "Lotus Engineering Group".
  const byPrefix = new Map<string, Group[]>();
  for (const g of all) {
    // Places register too, so that "Talvera" next to "Talvera City" and "Talvera Herald" stays ambiguous.
    const t = typeOf(g);
    if ((t !== 'organization' && t !== 'place') || !g.key.includes(' ') || g.key.includes(':')) continue;
    const words = g.key.split(' ');
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (!['of', 'for', 'and', 'the'].includes(words[n - 1])) addTo(byPrefix, prefix, g);
    }
  }

  // Organisations by their last word, to resolve "the Authority" and "the Council" after the full name.
  const byHead = new Map<string, Group[]>();
  for (const g of all) {
    if (typeOf(g) !== 'organization' || !g.key.includes(' ')) continue;
    const head = g.key.slice(g.key.lastIndexOf(' ') + 1);
    if (!g.key.includes(':') && ORG_HEADS.has(head)) addTo(byHead, head, g);
  }

  const absorbed = new Set<Group>();
  const sharedNames = new Set<string>();
  // A short form's own evidence counts, except when it joins by its shape alone: "Halvard" joining
  // "Halvard Storage Ltd" was only guessed a person by the lexicon, and must not turn the company into one.
  const absorb = (target: Group, g: Group, addEvidence = true) => {
    target.members.push(...g.members);
    if (addEvidence) for (const k of ['person', 'organization', 'place'] as const) target.evidence[k] += g.evidence[k];
    target.lexical ||= g.lexical;
    target.reliable ||= g.reliable;
    absorbed.add(g);
  };
  for (const g of all) {
    const t = typeOf(g);
    if (g.key.includes(' ')) {
      // "Van Dijk" / "von der Brink": a surname with its particle.
      const namesakes = t === undefined || t === 'person' ? bySurname.get(g.key) : undefined;
      if (namesakes?.length === 1 && namesakes[0] !== g) {
        absorb(namesakes[0], g);
        continue;
      }
      const fuller = t === undefined || t === 'person' ? byGivenAndSurname.get(g.key) : undefined;
      if (fuller?.length === 1 && fuller[0] !== g && g.key.split(' ').length === 2) {
        absorb(fuller[0], g);
        continue;
      }
      // Only speech ("Lotus Engineering said") made it a person: an organisation's name start outweighs that.
      // A place stays a place: "Port Elsworth" is not short for "Port Elsworth Port Authority".
      const owners = (t !== 'person' || g.evidence.person <= 2 || !hasTitle(g)) && t !== 'place' && !g.key.includes(':') ? longestChain(byPrefix.get(g.key)) : undefined;
      if (owners?.length === 1 && owners[0] !== g && typeOf(owners[0]) === 'organization') absorb(owners[0], g, t === 'organization');
      continue;
    }
    let target: Group | undefined;
    let byShape = false;
    // A lone surname joins the full name unless a gazetteer says it is something else.
    if (t === undefined || t === 'person' || !g.members.some((m) => m.org || m.place)) {
      const owners = bySurname.get(g.key);
      if (owners?.length === 1) target = owners[0];
    }
    // "President Tan" for "Tan Meilin"; and a first name alone ("Ines told me") for the only person who has it.
    if (!target && t === 'person' && !bySurname.has(g.key)) {
      const owners = byGivenFirst.get(g.key);
      if (owners?.length === 1 && typeOf(owners[0]) === 'person') target = owners[0];
    }
    if (!target && (t === undefined || t === 'organization' || t === 'place') && g.members.some((m) => isAcronym(m.name))) {
      const owners = byInitials.get(g.key.toUpperCase());
      if (owners?.length === 1 && owners[0] !== g) target = owners[0];
    }
    // "Halvard" for "Halvard Chemical Storage Ltd": a company's first word, unless a title makes it a person's name.
    if (!target && (t !== 'person' || g.evidence.person <= 2 || !hasTitle(g)) && t !== 'place' && !g.members.some((m) => m.org || m.place)) {
      const owners = longestChain(byPrefix.get(g.key));
      if (owners?.length === 1 && typeOf(owners[0]) === 'organization') [target, byShape] = [owners[0], t !== 'organization'];
    }
    if (!target && (t === 'organization' || t === undefined) && ORG_HEADS.has(g.key) && !g.members.some((m) => m.org || m.place)) {
      const owners = byHead.get(g.key);
      if (owners?.length === 1) target = owners[0];
    }
    if (target && target !== g) absorb(target, g, !byShape);
    // "Erik Karlsson … Melker Karlsson": a surname (or a family name written first) that several people share.
    else if (!target && text !== undefined && (t === undefined || t === 'person')) {
      const namesakes = bySurname.get(g.key) ?? (t === 'person' ? byGivenFirst.get(g.key) : undefined);
      if (namesakes && namesakes.length > 1 && namesakes.every((o) => typeOf(o) === 'person')) shareByParagraph(g, namesakes, text, absorbed, sharedNames);
    }
  }

  const entities: Entity[] = [];
  for (const g of all) {
    if (absorbed.has(g)) continue;
    const type = typeOf(g);
    if (!type) continue;
    // "his terrier Rosie … Rosie barked": one mention that says so makes the name no person's.
    if (type === 'person' && g.members.some((m) => m.notPerson)) continue;
    // Capitals that prove nothing (sentence start, headline) need a lexicon to vouch for the name.
    if (!g.reliable && !g.lexical) continue;
    entities.push(toEntity(g, type, sharedNames));
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * Each mention of a surname that several people share joins one of them, as a reader would take it: the namesake
 * named last earlier in the same paragraph, when no other namesake was named in that sentence ("Melker Karlsson
 * scored twice. Karlsson said …"); else, when the paragraph names no other namesake before it, the one the story
 * named first (news calls its main namesake by the surname and the others by their full names). "Ana Reyes and
 * Luis Reyes run it. Reyes declined" stays as written. Joined mentions keep no alias (`sharedNames`), so the
 * corpus pass does not read the surname as a name the namesakes share.
 */
function shareByParagraph(g: Group, namesakes: Group[], text: string, absorbed: Set<Group>, sharedNames: Set<string>): void {
  const fullMentions = namesakes
    .flatMap((o) => o.members.filter((m) => m.name.includes(' ')).map((m) => ({ owner: o, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  if (fullMentions.length === 0) return;
  const firstNamed = fullMentions[0];
  // rivals[i]: the last full mention before i of another namesake (-1 when none); whether a sentence ends between.
  const rivals: number[] = [];
  fullMentions.forEach((f, i) => rivals.push(i === 0 ? -1 : fullMentions[i - 1].owner !== f.owner ? i - 1 : rivals[i - 1]));
  const clearOfRival = new Map<number, boolean>();
  const kept: TypedCandidate[] = [];
  // One sweep in text order: `next` is the first full mention not yet passed, `paragraphStart` follows the text.
  let next = 0;
  let paragraphStart = 0;
  let scanned = 0;
  for (const member of [...g.members].sort((a, b) => a.start - b.start)) {
    for (; scanned < member.start; scanned++) if (text[scanned] === '\n') paragraphStart = scanned + 1;
    while (next < fullMentions.length && fullMentions[next].end <= member.start) next++;
    const nearest = next > 0 && fullMentions[next - 1].start >= paragraphStart ? fullMentions[next - 1] : undefined;
    let owner: Group | undefined;
    if (nearest) {
      const rival = rivals[next - 1];
      const rivalInParagraph = rival >= 0 && fullMentions[rival].start >= paragraphStart;
      if (!rivalInParagraph) owner = nearest.owner;
      else {
        let clear = clearOfRival.get(next - 1);
        if (clear === undefined) clearOfRival.set(next - 1, (clear = SENTENCE_END.test(text.slice(fullMentions[rival].end, nearest.start))));
        if (clear) owner = nearest.owner;
      }
    } else if (firstNamed.end <= member.start) {
      owner = firstNamed.owner;
    }
    if (!owner) {
      kept.push(member);
      continue;
    }
    owner.members.push(member);
    for (const k of ['person', 'organization', 'place'] as const) owner.evidence[k] += member.evidence[k];
    owner.reliable ||= member.reliable;
    owner.lexical ||= member.lexical;
    sharedNames.add(member.name);
  }
  if (kept.length === g.members.length) return;
  if (kept.length === 0) {
    absorbed.add(g);
    return;
  }
  g.members = kept;
  g.evidence = { person: 0, organization: 0, place: 0 };
  for (const m of kept) for (const k of ['person', 'organization', 'place'] as const) g.evidence[k] += m.evidence[k];
}

/** The end of a sentence somewhere in a stretch of text. */
const SENTENCE_END = /[.!?…]['"”’)]*\s/;

/**
 * "Lotus Engineering" and "Lotus Engineering Group" both start with "Lotus" but are one firm: when every
 * owner's name starts the longest one, the longest is the only owner.
 */
function longestChain(owners: Group[] | undefined): Group[] | undefined {
  if (!owners || owners.length < 2 || owners.some((o) => strongestType(o.evidence) !== 'organization')) return owners;
  const longest = owners.reduce((a, b) => (b.key.length > a.key.length ? b : a));
  return owners.every((o) => o === longest || longest.key.startsWith(o.key + ' ')) ? [longest] : owners;
}

/** "Mr Halvard", "Dr Lund": a title before any mention makes the name a person's. */
function hasTitle(g: Group): boolean {
  return g.members.some((m) => m.title !== undefined);
}

/** `sharedNames`: surnames several people share, which joined one of them by position and are no alias of it. */
function toEntity(g: Group, type: EntityType, sharedNames: ReadonlySet<string>): Entity {
  const mentions: Mention[] = [];
  // Sorted, a span's repeats follow it: each is compared with the mention kept last.
  for (const m of [...g.members].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = mentions[mentions.length - 1];
    if (last && last.start === m.start && last.end === m.end) continue;
    mentions.push({ start: m.start, end: m.end, text: m.surface });
  }
  const name = canonicalName(g);
  const aliases = [...new Set([name, ...g.members.map((m) => m.name).filter((n) => !sharedNames.has(n))])];
  return { name, type, mentions, aliases, origin: 'analysis' };
}

/**
 * The fullest form the article itself writes, in ordinary case when it has one. A gazetteer links
 * "Britain" and "United Kingdom" but never renames: an article that only says "U.S." is not made to say
 * "United States" (readers and reviewers search for the words on the page).
 */
function canonicalName(g: Group): string {
  let best = g.members[0].name;
  let bestScore = -1;
  for (const m of g.members) {
    const words = m.name.split(' ').length;
    const score = words * 10 + (m.reliable ? 4 : 0) + (isShouting(m.name) ? 0 : 2);
    if (score > bestScore) {
      best = m.name;
      bestScore = score;
    }
  }
  best = best.replace(/^the\s+/i, '');
  return isShouting(best) ? titleCase(best) : best;
}

/** Surnames a full name answers to: the last word, and the particle form ("van dijk" for "joost van dijk"). */
export function surnamesOf(words: string[]): string[] {
  const out = [words[words.length - 1]];
  // "Ferreira Lopes" for "João Ferreira Lopes": Iberian names are shortened to both family names.
  if (words.length >= 3 && words[words.length - 2].length > 1 && !NAME_PARTICLES.has(words[words.length - 2])) out.push(words.slice(-2).join(' '));
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w));
  if (particle > 0) out.push(words.slice(particle).join(' '));
  return out;
}

const NAME_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'di', 'da', 'der', 'den', 'la', 'le', 'du', 'bin', 'al', 'el', 'ibn', 'dos', 'das']);

/** Capitals of the capitalised words: "North Atlantic Treaty Organization" → "NATO". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('').toUpperCase() : '';
}

/** "NATO", "U.S.", and the title-cased form some outlets use ("Nato"). */
export function isAcronym(name: string): boolean {
  return /^(\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,7}$|^\p{Lu}\p{Ll}{2,4}$/u.test(name);
}

/** "PORT ELSWORTH", "REUTERS"; a single short word in capitals ("NUPHW") is an acronym, kept as written. */
function isShouting(name: string): boolean {
  return /\p{Lu}{4,}/u.test(name) && !/\p{Ll}/u.test(name) && (/\s/.test(name) || name.length > 6);
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Appends to the list under `key`, in place: copying the list on every addition is quadratic when many share a key. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
