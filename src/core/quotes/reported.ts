// Reported (indirect) speech: words a person is said to have said, without quotation marks. Two forms:
//   "The minister said (that) the port would reopen."       a subject, a reporting verb, a clause after it
//   "The port would reopen next week, the minister said."   the clause first, then ", subject verb."
// Read sentence by sentence over each paragraph with its direct quotes blanked out, so nothing inside
// quotation marks (and no sentence holding a direct quote in the reported clause) counts. Every step looks
// at a bounded window around one verb: linear in the text.
import { contentParagraphs } from '../article';
import type { Article, Entity, Quote, Span } from '../model';
import { SpeakerResolver, type Speaker } from './resolve';
import { MASK, maskQuotes, sentenceSpans } from './sentences';
import { classify, subjectAfter, subjectBefore, type SubjectRef } from './subject';

/** Reporting verbs that take a clause on their own ("said the port would reopen"). */
const SAY_VERBS = new Set(['say', 'says', 'said']);
/** Verbs that report a clause only with "that" after them ("warned that …", "told reporters that …"). */
const THAT_VERBS = new Set(
  `tell tells told add adds added explain explains explained note notes noted warn warns warned insist insists insisted
  argue argues argued claim claims claimed state states stated announce announces announced confirm confirms confirmed
  admit admits admitted acknowledge acknowledges acknowledged suggest suggests suggested predict predicts predicted
  promise promises promised deny denies denied stress stresses stressed assure assures assured allege alleges alleged
  maintain maintains maintained contend contends contended write writes wrote report reports reported`.split(/\s+/).filter(Boolean),
);
/** Verbs that close a mirrored report ("…, the minister said."). */
const CLOSING_VERBS = new Set(['say', 'says', 'said', 'add', 'adds', 'added', 'explained', 'noted', 'warned', 'insisted', 'argued', 'claimed', 'stated', 'told', 'wrote', 'confirmed', 'announced']);
/** Verbs after which an object stands before "that": "told reporters that", "assured them that". */
const OBJECT_VERBS = new Set(['tell', 'tells', 'told', 'assure', 'assures', 'assured', 'warn', 'warns', 'warned']);

/** Words that open no clause after "said": "said in a statement", "said nothing", "said goodbye". */
const NOT_A_CLAUSE_START = new Set(
  `in on at during for with from to by after before over about into of as so nothing something anything everything
  goodbye hello yes no thanks sorry little much more less too also only just again once this that these those which
  who whom what when where while though although because if unless than then`.split(/\s+/).filter(Boolean),
);
/** What may stand between a verb and its clause: "said on Monday", "said last week", "told reporters". */
const BETWEEN_VERB_AND_CLAUSE = [
  /^\s*,?\s*on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?/,
  /^\s*,?\s*on\s+\p{Lu}\p{Ll}+\s+\d{1,2}\b,?/u,
  /^\s*,?\s*(?:last|this|next)\s+(?:week|month|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?/,
  /^\s*,?\s*(?:yesterday|today|tonight|earlier|later|previously|repeatedly|also|again|then|separately|publicly|privately)\b,?/i,
  /^\s*,?\s*in\s+(?:a|an|the|his|her|their|its)\s+(?:statement|interview|speech|post|letter|email|e-mail|briefing|tweet|report)\b,?/,
  /^\s*,?\s*at\s+(?:a|an|the)\s+(?:news|press)\s+conference\b,?/,
];
const OBJECTS = /^\s+(?:him|her|them|us|me|you|it|reporters|journalists|lawmakers|parliament|the\s+\p{Ll}+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)(?=[\s.,;!?]|$)/u;
/** Where a clause ends before the sentence does: a second main clause ("…, and Berg added …", "…; …"). */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although|though)\s|\s[—–]\s/;
/** The shortest clause worth showing (words): "it would rain" passes, "so" does not. */
const MIN_CLAUSE_WORDS = 3;
/** The longest a clause may be read (characters): a run-on line is cut there, so each verb costs a bounded window. */
const MAX_CLAUSE = 600;

interface Found {
  clause: Span;
  verb: Span;
  subject: SubjectRef;
}

/**
 * The reported speech of an article: each clause as a quote of kind 'reported', with the speaker, the
 * words naming them and the reporting verb as cue. `quotes` are the article's direct quotes (with their
 * speakers): their text is never reported speech, and their speakers are whom later pronouns refer to.
 */
export function findReportedSpeech(article: Article, quotes: Quote[], entities: Entity[]): Quote[] {
  const { text } = article;
  const paragraphs = contentParagraphs(article);
  const resolver = new SpeakerResolver(article, entities, paragraphs);
  const outer = quotes.filter((q) => !q.nestedIn).sort((a, b) => a.start - b.start);
  const types = new Map(entities.map((e) => [e.name, e.type]));
  // Direct quotes' speakers enter the resolver's history in text order, as the reported ones are read.
  const spoken = outer.filter((q) => q.speaker && q.speakerMention).map((q) => ({ at: (q.speakerMention as Span).start, speaker: speakerOf(q.speaker as string, types) }));
  spoken.sort((a, b) => a.at - b.at);
  let told = 0;
  const tell = (upTo: number) => {
    for (; told < spoken.length && spoken[told].at <= upTo; told++) resolver.spoke(spoken[told].at, spoken[told].speaker);
  };

  const out: Quote[] = [];
  let qi = 0;
  for (const para of paragraphs) {
    while (qi < outer.length && outer[qi].start < para.start) qi++;
    const inPara: Quote[] = [];
    for (let k = qi; k < outer.length && outer[k].end <= para.end; k++) inPara.push(outer[k]);
    const masked = maskQuotes(text, para, inPara);
    const endsSentence = new Set(inPara.filter((q) => /[.!?…]\s*$/.test(q.text)).map((q) => Math.min(para.end, q.end + 1) - para.start));
    const sentences = sentenceSpans(masked, (maskEnd) => endsSentence.has(maskEnd)).map((s) => ({ start: s.start + para.start, end: s.end + para.start }));
    for (const s of sentences) {
      for (const found of reportedIn(text, masked, para.start, s)) {
        tell(found.verb.start);
        const speaker = found.subject.kind === 'none' ? undefined : resolver.resolve(found.subject, found.verb.start, s.start);
        if (speaker) resolver.spoke(found.verb.start, speaker);
        out.push({
          start: found.clause.start,
          end: found.clause.end,
          text: text.slice(found.clause.start, found.clause.end),
          speaker: speaker?.name ?? null,
          speakerMention: { start: found.subject.span.start, end: found.subject.span.end },
          cue: { start: found.verb.start, end: found.verb.end, text: text.slice(found.verb.start, found.verb.end) },
          kind: 'reported',
        });
      }
    }
  }
  return out;
}

function speakerOf(name: string, types: Map<string, Entity['type']>): Speaker {
  return { name, type: types.get(name) ?? 'unknown' };
}

/** The reports a sentence makes: clauses after their verbs, else the one clause before ", the minister said." */
function reportedIn(text: string, masked: string, base: number, s: Span): Found[] {
  const after = clausesAfterVerbs(text, masked, base, s);
  if (after.length) return after;
  const before = clauseBeforeVerb(text, masked, base, s);
  return before ? [before] : [];
}

/** "The minister said (on Monday) (that) the port would reopen, and the mayor added that …", in order. */
function clausesAfterVerbs(text: string, masked: string, base: number, s: Span): Found[] {
  const out: Found[] = [];
  const body = masked.slice(s.start - base, Math.min(s.end, s.start + MAX_CLAUSE) - base);
  for (const m of body.matchAll(/\p{L}+/gu)) {
    // A verb inside the clause just found starts no report of its own before that clause ends.
    if (out.length && s.start + (m.index ?? 0) < out[out.length - 1].clause.end) continue;
    const word = m[0].toLowerCase();
    const say = SAY_VERBS.has(word);
    if (!say && !THAT_VERBS.has(word)) continue;
    const verbStart = s.start + (m.index ?? 0);
    const verbEnd = verbStart + m[0].length;
    const before = masked.slice(Math.max(s.start, verbStart - 12) - base, verbStart - base);
    // "is said to be", "was told that": passives report nobody's words.
    if (/\b(?:is|was|were|are|be|been|being)\s+$/i.test(before)) continue;
    let at = verbEnd;
    at = skipBetween(masked, base, at, s.end);
    if (OBJECT_VERBS.has(word)) {
      const object = OBJECTS.exec(masked.slice(at - base, s.end - base));
      if (object) at += object[0].length;
    }
    at = skipBetween(masked, base, at, s.end);
    const that = /^\s+that\b/.exec(masked.slice(at - base, s.end - base));
    if (that) at += that[0].length;
    else if (!say) continue;
    const clause = clauseFrom(text, masked, base, at, s.end, !that);
    if (!clause) continue;
    const subjectFrom = out.length ? out[out.length - 1].clause.end : s.start;
    const subject = subjectBefore(text, masked, base, subjectFrom, verbStart);
    if (subject.kind === 'none') continue;
    out.push({ clause, verb: { start: verbStart, end: verbEnd }, subject });
  }
  return out;
}

/** Steps over the adverbials that may stand between a verb and its clause. */
function skipBetween(masked: string, base: number, at: number, end: number): number {
  for (let moved = true; moved && at < end; ) {
    moved = false;
    const rest = masked.slice(at - base, Math.min(end, at + 60) - base);
    for (const pattern of BETWEEN_VERB_AND_CLAUSE) {
      const m = pattern.exec(rest);
      if (m && m[0].length > 0) {
        at += m[0].length;
        moved = true;
        break;
      }
    }
  }
  return at;
}

/**
 * The clause from `at` to the sentence's end, its closing punctuation left out; undefined when it holds a direct
 * quote, is too short, or (without "that") opens with a word no clause opens with.
 */
function clauseFrom(text: string, masked: string, base: number, at: number, end: number, checkOpening: boolean, cutAtBreak = true): Span | undefined {
  let start = at;
  while (start < end && /\s/.test(text[start])) start++;
  let stop = Math.min(end, start + MAX_CLAUSE);
  const cut = cutAtBreak ? CLAUSE_BREAK.exec(masked.slice(start - base, stop - base)) : null;
  if (cut) stop = start + cut.index;
  while (stop > start && /[\s.!?;:,…]/.test(text[stop - 1])) stop--;
  if (stop <= start) return undefined;
  const clause = masked.slice(start - base, stop - base);
  if (clause.includes(MASK) || /["“”«»„]/.test(clause)) return undefined;
  // A clause opens with a word or a figure: ", adding …" is a participle's, not a report's.
  if (!/^[\p{L}\d]/u.test(clause)) return undefined;
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < MIN_CLAUSE_WORDS) return undefined;
  if (checkOpening && NOT_A_CLAUSE_START.has(words[0].toLowerCase().replace(/[^\p{L}']/gu, ''))) return undefined;
  return { start, end: stop };
}

/** "The port would reopen next week, the minister said." / "…, said the minister." */
function clauseBeforeVerb(text: string, masked: string, base: number, s: Span): Found | undefined {
  const body = masked.slice(s.start - base, s.end - base);
  const comma = body.lastIndexOf(',');
  if (comma < 0 || body.length - comma > 120) return undefined;
  const tailStart = s.start + comma + 1;
  const tail = masked.slice(tailStart - base, s.end - base);
  let verb: Span | undefined;
  for (const m of tail.matchAll(/\p{L}+/gu)) {
    if (!CLOSING_VERBS.has(m[0].toLowerCase())) continue;
    verb = { start: tailStart + (m.index ?? 0), end: tailStart + (m.index ?? 0) + m[0].length };
    break;
  }
  if (!verb) return undefined;
  // After the verb only an adverbial (or "reporters" after "told") and the closing stop.
  let after = skipBetween(masked, base, verb.end, s.end);
  if (text.slice(verb.start, verb.end).toLowerCase() === 'told') {
    const object = OBJECTS.exec(masked.slice(after - base, s.end - base) + ' ');
    if (object) after += object[0].length;
  }
  const rest = masked.slice(after - base, s.end - base);
  let subject: SubjectRef;
  if (/^\s*$/.test(masked.slice(tailStart - base, verb.start - base))) {
    // "…, said the minister." / "…, said Ana Lund, the port's director."
    subject = subjectAfter(text, masked, base, verb.end, s.end);
    // Nothing after the subject but an appositive: "…, said Ana Lund, the port's director."
    const afterSubject = masked.slice(subject.span.end - base, s.end - base).replace(/[.!?]+\s*$/, '').trim();
    if (subject.kind === 'none' || (afterSubject !== '' && !(afterSubject.startsWith(',') && !afterSubject.slice(1).includes(',')))) return undefined;
  } else {
    if (!/^[.!?]*\s*$/.test(rest)) return undefined;
    subject = classify(text, tailStart, verb.start);
  }
  if (subject.kind === 'none') return undefined;
  // "KESTREL, May 12 (Wire) — The port will …, the minister said.": the clause starts after a dateline's dash or a semicolon.
  const lead = body.slice(0, comma);
  const dash = Math.max(lead.lastIndexOf(' — '), lead.lastIndexOf(' – '), lead.lastIndexOf(' - '), lead.lastIndexOf('; '));
  const clause = clauseFrom(text, masked, base, dash >= 0 ? s.start + dash + 2 : s.start, s.start + comma, false, false);
  if (!clause) return undefined;
  return { clause, verb, subject };
}
