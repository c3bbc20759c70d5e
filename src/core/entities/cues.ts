// The words around a name that tell what kind of thing it names, when the name itself does not:
// "Halvard said it would…" (a firm: people are "he" or "she"), "Lund, 43, said" (a person),
// "Kestrel striker" (a club), "Kestrel 2 Ostrava 1" (two teams in a results line).
import type { EntityType } from '../model';
import type { Token } from '../nlp/tokens';
import type { Candidate } from './candidates';

/** Points for each type (the same shape as classify's Evidence, which imports this module). */
type Evidence = Record<EntityType, number>;

const SPEECH = new Set(['said', 'says', 'added', 'announced', 'reported', 'reports', 'stated', 'confirmed', 'expects', 'expected', 'plans', 'planned']);
/** Words that may stand between a verb and its subject pronoun: "said on Monday it", "said late Friday that it". */
const FILLER = /^(?:on|late|early|this|last|that|in|a|statement|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year)$/i;
/** What a firm has and a person does not: "Halvard's shares", "Halvard's chief executive". */
const FIRM_POSSESSIONS = new Set(['shares', 'shareholders', 'stock', 'subsidiary', 'unit', 'board', 'stake', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'chairman', 'ceo', 'headquarters', 'share', 'customers', 'employees', 'workforce', 'plant', 'factory', 'brand']);
/** Players and staff named after their club: "Kestrel striker Ana Lund". */
const TEAM_ROLES = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'fullback', 'full-back', 'centre-back', 'playmaker', 'coach', 'manager', 'skipper', 'fans', 'supporters', 'squad', 'side', 'team', 'teammate', 'team-mate']);
/** Kinds of organisation that name one just after: "the charity Harbour Aid", "investment banks Lund and Roe". */
const ORG_KINDS = new Set(
  `group charity company firm organisation organization union agency association coalition network operator insurer
  bank retailer broadcaster newspaper publisher airline developer contractor supplier manufacturer club party
  society trust campaign nonprofit non-profit ngo regulator watchdog shipowner carrier lender brokerage conglomerate
  chain maker producer daily weekly magazine journal brand business multinational corporation`.split(/\s+/).filter(Boolean),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'another', 'one']);

/** Extra evidence from the words around the candidate (zero when nothing speaks). */
export function contextCues(c: Candidate, tokens: Token[]): Evidence {
  const e: Evidence = { person: 0, organization: 0, place: 0 };
  const first = c.tokens[0];
  const lastIndex = c.tokens[c.tokens.length - 1];
  const last = tokens[lastIndex];
  const at = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const gapAfter = (i: number) => tokens[i]?.post ?? '';

  // "Halvard said it would", "Halvard said on Monday its profit rose".
  if (SPEECH.has(at(lastIndex + 1)) && /^[ \t]+$/.test(last.post)) {
    // "Lund said it was fair" is about something else; "its" right away, or "it" after a date, is the speaker.
    for (let k = lastIndex + 2; k < lastIndex + 7 && tokens[k]; k++) {
      const w = at(k);
      if (w === 'its' || (w === 'it' && k > lastIndex + 2)) {
        e.organization += 3;
        break;
      }
      if (!FILLER.test(w) || /[.;:!?]/.test(gapAfter(k - 1))) break;
    }
  }
  // "Halvard's shares", "Halvard's chief executive".
  if (/['’]s?$/.test(last.text) && FIRM_POSSESSIONS.has(at(lastIndex + 1))) e.organization += 2;
  if ((at(lastIndex + 1) === 'chief' && at(lastIndex + 2) === 'executive') || at(lastIndex + 1) === 'shares') e.organization += 2;
  // "shares in Halvard", "shares of Halvard".
  if ((at(first - 1) === 'in' || at(first - 1) === 'of') && at(first - 2) === 'shares') e.organization += 2;
  // "Harwell Gate added 12p to 468p", "Brisk Holm fell 3 pence": a share price moves, a person's does not.
  if (PRICE_MOVES.has(at(lastIndex + 1)) && /^[ \t]+$/.test(last.post) && priceFollows(tokens, lastIndex + 2)) e.organization += 3;
  // "Lund, 43, said", "Lund, aged 43" (not ", who": clubs are "who" too).
  const comma = /^\s*,\s*$/.test(last.post);
  if (comma && ((/^\d{1,2}$/.test(at(lastIndex + 1)) && /^\s*,/.test(gapAfter(lastIndex + 1))) || at(lastIndex + 1) === 'aged')) e.person += 3;
  // "Kestrel striker Ana Lund", "the Kestrel coach".
  if (c.tokens.length <= 3 && TEAM_ROLES.has(at(lastIndex + 1)) && /^[ \t]+$/.test(last.post)) e.organization += 2;
  // "the charity Harbour Aid", "investment banks Lund Roe and Halvard": only after a determiner or qualifier,
  // since "insurer Ana Lund" without one is a person's job.
  const kind = at(first - 1).replace(/s$/, '');
  const qualifier = tokens[first - 2];
  const qualified = qualifier !== undefined && (DETERMINERS.has(at(first - 2))
    || (/^\p{Ll}/u.test(qualifier.text) && !qualifier.tags.has('Verb') && (qualifier.tags.has('Adjective') || qualifier.tags.has('Noun'))));
  // A plural kind ("investment banks Lund Roe and …") introduces a list of firms, never a person's job.
  const plural = kind !== at(first - 1) && ORG_KINDS.has(kind);
  if ((ORG_KINDS.has(kind) || ORG_KINDS.has(at(first - 1))) && qualified && /^[ \t]+$/.test(gapAfter(first - 1))) e.organization += plural ? 5 : 3;
  if (inResultsLine(c, tokens)) e.organization += 4;
  if (inListOfFirms(tokens, first)) e.organization += 5;
  return e;
}

/** How far back a list of names may reach for the words that introduce it. */
const MAX_LIST_TOKENS = 24;

/**
 * "companies including Kestrel Foods, Ana Lund and Roe Partners", "investment banks Lund Roe and Halvard Vane":
 * a name in a list of names that a plural kind of firm introduces (the list's first name has its own cue).
 */
function inListOfFirms(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // Capitalised words, "and" or "&", within the sentence.
  const inList = (t: Token) => (/^\p{Lu}/u.test(t.text) || t.text === 'and' || t.text === '&') && !/[.!?;:]/.test(t.post);
  while (k >= 0 && first - k <= MAX_LIST_TOKENS && inList(tokens[k])) k--;
  if (k < 0) return false;
  const at = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const pluralKind = (w: string) => w.endsWith('s') && (ORG_KINDS.has(w.replace(/ies$/, 'y')) || ORG_KINDS.has(w.replace(/s$/, '')));
  if (at(k) === 'including' || at(k) === 'like') return pluralKind(at(k - 1));
  if (at(k) === 'as' && at(k - 1) === 'such') return pluralKind(at(k - 2));
  // Straight after the kind: "investment banks Lund Roe and Halvard Vane" (later names only; and a list, not one name).
  return k < first - 1 && pluralKind(at(k)) && tokens.slice(k + 1, first).some((t) => t.text === 'and' || /,/.test(t.post));
}

/** Verbs of a share price's move on the day. */
const PRICE_MOVES = new Set(['rose', 'fell', 'added', 'gained', 'lost', 'shed', 'slipped', 'climbed', 'dropped', 'eased', 'firmed', 'jumped', 'slid', 'dipped', 'advanced', 'declined']);

/** A price in pence or cents within the next few tokens, with only figures before it: "12p", "12-1 / 2p", "3 pence". */
function priceFollows(tokens: Token[], from: number): boolean {
  if (!/^\d/.test(tokens[from]?.text ?? '')) return false;
  for (let k = from; k < from + 5 && tokens[k]; k++) {
    const w = tokens[k].text.toLowerCase();
    if (/^\d[\d.,/-]*(?:p|c)$/.test(w) || w === 'pence' || w === 'cents') return true;
    if (!/^[\d.,/-]+$/.test(w)) return false;
  }
  return false;
}

/** "Kestrel 2 Ostrava 1": a name followed by a score, with another name and score before or after it. */
export function inResultsLine(c: Candidate, tokens: Token[]): boolean {
  const first = c.tokens[0];
  const lastIndex = c.tokens[c.tokens.length - 1];
  // Only spaces around the score: "Lund, 14 - Roe" is a line-up, "Airbus 310 Flight 150" a model and a number.
  const score = (i: number) => /^\d{1,2}$/.test(tokens[i]?.text ?? '') && /^[ \t]*$/.test(tokens[i].pre) && /^(?=([ \t]*))\1[-.;]?\s*$/.test(tokens[i].post);
  const name = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? '');
  if (!score(lastIndex + 1) || !/^[ \t]+$/.test(tokens[lastIndex].post)) return false;
  return (name(lastIndex + 2) && (score(lastIndex + 3) || score(lastIndex + 4) || score(lastIndex + 5))) || (score(first - 1) && name(first - 2));
}
