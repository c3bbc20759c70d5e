// Clubs in team-sports stories: there "Kestrel beat Ostrava" names two teams although both are towns,
// and "Halvorsen, who are top of the table" a club no gazetteer lists. Elsewhere the same words are places.
import type { Token } from '../nlp/tokens';
import type { Candidate } from './candidates';

/** Team sports, as wire headlines start ("SOCCER - …") and as stories speak of them. */
const TEAM_SPORTS = new Set(
  `soccer football cricket rugby baseball basketball hockey volleyball handball netball lacrosse softball polo`.split(/\s+/).filter(Boolean),
);
/** Words only team-sports reporting uses together. */
const TEAM_SPORT_WORDS = new Set(
  `goal goals striker midfielder defender goalkeeper keeper winger equaliser equalizer penalty innings wicket wickets batsman
  bowler pitcher inning homer touchdown quarterback try tries scrum league division fixture fixtures relegation promoted
  relegated club clubs squad captain coach manager champions championship cup season draw drew derby half-time halftime`
    .split(/\s+/).filter(Boolean),
);
/** Distinct team-sport words that make a story without a sports headline a sports story. */
const SPORT_WORDS_NEEDED = 6;

/** Words before a club's name: "against Kestrel", "champions Ostrava", "beat Lund". */
const CLUB_BEFORE = new Set(['against', 'champions', 'champion', 'beat', 'beating', 'v', 'vs', 'versus', 'hosts', 'visitors', 'leaders', 'holders']);
/** Words after a club's name that a person's name seldom takes: "Kestrel drew", "Lund were". */
const CLUB_AFTER = new Set(['were', 'are', 'have', 'drew', 'beat', 'lost', 'won', 'trail', 'trailed', 'lead', 'led']);

/** True when the story is about a team sport: its headline names one, or it speaks like one. */
export function isTeamSportsStory(tokens: readonly Token[]): boolean {
  // "SOCCER - …", "RUGBY UNION - …", "ICE HOCKEY: …": a sport in the words before the headline's dash.
  for (let i = 0; i < 3 && tokens[i] && tokens[i].sentence === 0; i++) {
    if (!TEAM_SPORTS.has(tokens[i].text.toLowerCase())) continue;
    for (let k = i; k < i + 2 && tokens[k]; k++) if (/^\s*[-–—:]/.test(tokens[k].post || (tokens[k + 1]?.pre ?? ''))) return true;
  }
  const seen = new Set<string>();
  for (const t of tokens) {
    const w = t.text.toLowerCase().replace(/['’]s?$/, '');
    if (TEAM_SPORT_WORDS.has(w)) seen.add(w);
    if (seen.size >= SPORT_WORDS_NEEDED) return true;
  }
  return false;
}

/**
 * Points for "this names a club" from the words around a name in a team-sports story: "against Kestrel",
 * "Kestrel, who are …", "Kestrel drew", "Kestrel … their first game" (people are "his" or "her").
 */
export function clubCues(c: Candidate, tokens: readonly Token[]): number {
  const first = c.tokens[0];
  const lastIndex = c.tokens[c.tokens.length - 1];
  const at = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  let points = 0;
  if (CLUB_BEFORE.has(at(first - 1))) points += 3;
  if (CLUB_AFTER.has(at(lastIndex + 1)) && /^[ \t]+$/.test(tokens[lastIndex].post)) points += 2;
  // "Kestrel, who are", "Kestrel, also playing their first game": a plural subject in the same clause.
  for (let k = lastIndex + 1; k < lastIndex + 9 && tokens[k] && tokens[k].sentence === tokens[lastIndex].sentence; k++) {
    const w = at(k);
    if (w === 'their' || w === 'they' || (w === 'are' && at(k - 1) === 'who')) {
      points += 3;
      break;
    }
    if (w === 'his' || w === 'her' || w === 'he' || w === 'she' || /^\p{Lu}/u.test(tokens[k].text)) break;
  }
  // "Kestrel's Ana Lund": a club owns its players.
  if (/['’]s?$/.test(tokens[lastIndex].text) && tokens[lastIndex + 1]?.tags.has('FirstName')) points += 2;
  return points;
}
