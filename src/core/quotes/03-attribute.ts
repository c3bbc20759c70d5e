// Stage 3: who said each quote. Works sentence by sentence over the article with quotes blanked out,
// finding reporting verbs and their subjects once, in document order, so pronouns can look back at
// who spoke last. Order of evidence for a quote, strongest first:
//   1. a cue right after it ("…,” the minister said; “…,” said Ms Grant; “…,” according to …)
//   2. a named owner right before it (Grant's “red lines”)
//   3. the nearest cue before it in its sentence that has a subject (Grant said the plan was “…”)
//   4. a cue later in its sentence (… “…” capabilities, she said)
//   5. a colon introduction (Grant: “…”; a headline "Grant rules out …: ‘…’")
//   6. a quote that opens its sentence with no cue continues the previous quote's speaker.
//   7. a headline, standfirst or crosshead quote takes the speaker of the one body quote it repeats.
// When none of these speaks, a quoted phrase inside a sentence belongs to the sentence's subject ("Grant
// decried the “reckless” plan"), and a quote opening the paragraph after "Grant said:" to that speaker.
import { contentParagraphs } from '../article';
import type { Article, Cue, Entity, Quote, Span } from '../model';
import { ADJACENT_ONLY_VERBS, INVERTIBLE_VERBS, PARTICIPLES, REPORTING_VERBS } from './lexicon';
import { SpeakerResolver, type ParagraphLead, type Speaker } from './resolve';
import { attributeEchoes, isCrosshead } from './echo';
import { isTitleCase } from './titles';
import { MASK, maskQuotes, sentenceSpans } from './sentences';
import { classify, subjectAfter, subjectBefore, type SubjectRef } from './subject';
import { attributionAfter } from './continuation';
import { sentenceSubject } from './sentenceSubject';
import { trailingColonAt, withoutTrailingColon } from './trailingColon';

interface FoundCue extends Cue {
  /** Subject read before the verb (or after it, for "according to" and inverted verbs). */
  subject: SubjectRef;
  /** What the subject resolved to: a speaker, null for an unnamed source, undefined for nothing. */
  speaker: Speaker | null | undefined;
  adjacentOnly: boolean;
}

interface Attribution {
  speaker: Speaker | null;
  mention?: Span;
  cue?: Cue;
}

/** How far after a quote its attribution may start ("…,” National Security Adviser Tom Ashby said"). */
const ADJACENT_WINDOW = 90;
/** How many cues before a quote are tried before giving up. */
const MAX_CUES_BACK = 6; // also how many after it, in its sentence
/** How far into its sentence a verb may stand and still share the subject that opens it. */
const OPENER_REACH = 300;
/** How many sentences before a pronoun may hold the person it refers to. */
const SUBJECT_SENTENCES_BACK = 3;

export function attributeSpeakers(article: Article, quotes: Quote[], entities: Entity[]): Quote[] {
  const { text } = article;
  const paragraphs = contentParagraphs(article);
  const resolver = new SpeakerResolver(article, entities, paragraphs);
  const order = quotes.map((_q, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);
  const result: Quote[] = quotes.map((q) => ({ ...q }));
  let qi = 0;
  let previous: { speaker: Speaker | null; paragraph: number } | undefined;
  /** "Grant put it this way:" closing a paragraph introduces the quote that opens the next. */
  let intro: { attribution: Attribution; paragraph: number } | undefined;
  /** The reporting verbs of the paragraph before, for a quote paragraph that follows a paraphrase. */
  let cuesBefore: FoundCue[] = [];

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (qi < order.length && quotes[order[qi]].start < para.start) qi++;
    const inPara: number[] = [];
    while (qi < order.length && quotes[order[qi]].end <= para.end) inPara.push(order[qi++]);
    const spans = inPara.map((i) => quotes[i]);
    const masked = maskQuotes(text, para, spans);
    const endsSentence = new Set(spans.filter((q) => /[.!?…]\s*$/.test(q.text)).map((q) => Math.min(para.end, q.end + 1) - para.start));
    const sentences = sentenceSpans(masked, (maskEnd) => endsSentence.has(maskEnd)).map((s) => ({ start: s.start + para.start, end: s.end + para.start }));
    resolver.previousLead = p > 0 ? leadPerson(text, paragraphs[p - 1], quotes, order, resolver) : undefined;
    const cues = findCues(text, masked, para.start, sentences, resolver);

    for (const i of inPara) {
      const q = quotes[i];
      const a = attributeOne(text, masked, para.start, q, sentences, cues, resolver);
      let found = a;
      const opensSentence = sentenceOf(sentences, q.start - 1)?.start === q.start - 1 || q.start - 1 === para.start;
      const noCue = !cueInSentence(cues, sentenceOf(sentences, q.start - 1)) && !isCrosshead(text, q);
      // (An unclosed part of a multi-paragraph quote takes the speaker of its closing part instead.)
      if (!found && q.start - 1 === para.start && intro?.paragraph === p - 1 && MARKS.includes(text[q.end] ?? '')) found = intro.attribution;
      if (!found && opensSentence && noCue && previous && previous.paragraph >= p - 1) found = { speaker: previous.speaker };
      // "Ms Castell … was blunt when she came out." followed by a paragraph that is a quote: the person just described.
      if (!found && q.start - 1 === para.start && noCue && p > 0 && previous?.paragraph !== p - 1) found = introducedBefore(text, paragraphs[p - 1], resolver) ?? reportedBefore(text, paragraphs[p - 1], cuesBefore);
      // "…,” Grant said. And then the punchline: “…”: a colon clause naming no one goes on with the speaker.
      if (!found && noCue && previous?.speaker && previous.paragraph === p && bareColonLead(masked, para.start, sentenceOf(sentences, q.start - 1), q.start - 1)) found = { speaker: previous.speaker };
      if (found?.speaker && found.mention) resolver.spoke(found.mention.start, found.speaker);
      result[i] = { ...result[i], speaker: found?.speaker?.name ?? null, speakerMention: found?.mention, cue: found?.cue };
      previous = { speaker: found?.speaker ?? null, paragraph: p };
    }
    cuesBefore = cues;
    intro = introducesNext(text, masked, para.start, sentences, cues, resolver);
    if (intro) intro = { ...intro, paragraph: p };
  }
  carryIntoContinuedParts(text, result, order);
  return attributeEchoes(article, result);
}

/** Every reporting verb of the paragraph with its subject resolved, in order; resolving records who spoke. */
function findCues(text: string, masked: string, base: number, sentences: Span[], resolver: SpeakerResolver): FoundCue[] {
  const cues: FoundCue[] = [];
  // "As Grant put it: “…”" / "as Grant puts it, “…”": an idiom of attribution, only before a comma or colon.
  const verbs = /\b(?:according to|puts? it(?=\s*[,:])|[\p{L}]+)\b/giu;
  for (const s of sentences) {
    const body = masked.slice(s.start - base, s.end - base);
    for (const m of body.matchAll(verbs)) {
      const word = m[0].toLowerCase();
      const adjacentOnly = ADJACENT_ONLY_VERBS.has(word);
      if (!adjacentOnly && !REPORTING_VERBS.has(word) && word !== 'according to' && !/^puts? it$/.test(word)) continue;
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      let subject: SubjectRef;
      if (word === 'according to') subject = subjectAfter(text, masked, base, end, s.end);
      else if (PARTICIPLES.test(word)) subject = { kind: 'none', span: { start, end: start }, text: '' };
      else {
        subject = subjectBefore(text, masked, base, s.start, start);
        // "“…,” said Grant" opens its sentence; "Grant “…” in the primary, said Ada Vos." ends it after a comma.
        const inverted = /^[\s\u2063,—–-]*$/.test(masked.slice(s.start - base, start - base)) || /,\s+$/.test(masked.slice(Math.max(s.start, start - 3) - base, start - base));
        if (subject.kind === 'none' && INVERTIBLE_VERBS.has(word) && inverted) subject = subjectAfter(text, masked, base, end, s.end);
      }
      // "Ruiz described the smoke as … and said …": a verb joined by "and" shares the subject of the verb before.
      const prior = cues[cues.length - 1];
      if (subject.kind === 'none' && prior && prior.start >= s.start && /^[^.;]*\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/i.test(masked.slice(prior.end - base, start - base))) {
        cues.push({ start, end, text: text.slice(start, end), subject: prior.subject, speaker: prior.speaker, adjacentOnly });
        continue;
      }
      // Only the words just before the verb are read, and only a sentence's first 300 characters: stays linear.
      if (subject.kind === 'none' && !adjacentOnly && start - s.start < OPENER_REACH && /\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/i.test(masked.slice(Math.max(s.start, start - 24) - base, start - base))) {
        const opener = sentenceOpener(text, masked, base, s.start, start, resolver);
        if (opener) {
          resolver.spoke(start, opener.speaker);
          cues.push({ start, end, text: text.slice(start, end), subject: { kind: 'name', span: opener, text: text.slice(opener.start, opener.end) }, speaker: opener.speaker, adjacentOnly });
          continue;
        }
      }
      // "Ruiz hit back on Monday, saying …" / "Feld rose to say …": a participle or infinitive speaks for
      // the verb before it in the sentence, or else for the sentence's subject.
      if (subject.kind === 'none' && !adjacentOnly && (PARTICIPLES.test(word) || /\bto\s+$/i.test(masked.slice(Math.max(s.start, start - 4) - base, start - base)))) {
        if (prior && prior.start >= s.start && !prior.adjacentOnly && prior.speaker) {
          cues.push({ start, end, text: text.slice(start, end), subject: prior.subject, speaker: prior.speaker, adjacentOnly });
          continue;
        }
        const ref = sentenceSubject(text, masked, base, s, start, speakerLike(resolver));
        const speaker = ref && resolveRef(resolver, ref, start, s.start, { masked, base, sentences });
        if (ref && speaker) {
          resolver.spoke(start, speaker);
          cues.push({ start, end, text: text.slice(start, end), subject: ref, speaker, adjacentOnly });
          continue;
        }
      }
      const speaker = adjacentOnly ? undefined : resolveRef(resolver, subject, start, s.start, { masked, base, sentences });
      if (speaker) resolver.spoke(start, speaker);
      cues.push({ start, end, text: text.slice(start, end), subject, speaker, adjacentOnly });
    }
  }
  return cues;
}

/**
 * "The ports minister, Helen Vale, toured the quay and vowed …": a verb after "and" shares the subject
 * that opens its sentence, when that is the only person named before the verb.
 */
function sentenceOpener(text: string, masked: string, base: number, from: number, verbAt: number, resolver: SpeakerResolver): ({ speaker: Speaker } & Span) | undefined {
  const inQuote = (pos: number) => masked[pos - base] === MASK;
  const first = resolver.firstPersonMention(from, verbAt, inQuote);
  if (!first || resolver.firstPersonMention(first.end, verbAt, inQuote)) return undefined;
  // Titles may stand before the name, or an appositive ("The ports minister, Helen Vale,").
  if (!/^\s*(?:(?:[\p{Lu}][\p{L}.]*\s+)*|(?:The|the)\s+[^,]{1,60},\s*)$/u.test(text.slice(from, first.start))) return undefined;
  // Nothing but the person's own clause between: no second subject ("… and officials said").
  if (/[;:]|\b(?:who|which|that|while|when|because|although|he|she|they|it)\b/i.test(masked.slice(first.end - base, verbAt - base).replace(/^,[^,]*,/, ''))) return undefined;
  return { start: first.start, end: first.end, speaker: first.speaker };
}

/** The paragraph around a reference: its masked text and sentences. */
interface Local {
  masked: string;
  base: number;
  sentences: Span[];
}

/**
 * Resolves a reference; "he"/"she" first looks for a person newly made the subject in this paragraph
 * ("The commander of the crews, Tomas Brannigan, praised his men. “…,” he said.") before falling back
 * on whoever spoke last.
 */
function resolveRef(resolver: SpeakerResolver, ref: SubjectRef, at: number, sentenceStart: number, local: Local): Speaker | null | undefined {
  if (ref.kind === 'pronoun' && /^(?:he|she)$/i.test(ref.text)) {
    const subject = paragraphSubject(resolver, at, local, ref.text.toLowerCase());
    if (subject) return subject;
  }
  return resolver.resolve(ref, at, sentenceStart);
}

function paragraphSubject(resolver: SpeakerResolver, at: number, { masked, base, sentences }: Local, pronoun: string): Speaker | undefined {
  const inQuote = (pos: number) => masked[pos - base] === MASK;
  const own = firstFrom(sentences, at + 1) - 1;
  for (let i = own; i >= 0 && i >= own - SUBJECT_SENTENCES_BACK; i--) {
    const s = sentences[i];
    // "she" passes over a man named in between ("… her letter to Mr Vale. “…,” she said").
    const first = resolver.firstPersonMention(s.start, Math.min(s.end, at), inQuote, pronoun);
    if (!first) continue;
    // "But he warned Pavel Okafor …": a pronoun before the name means the sentence is about the earlier speaker.
    if (/\b(?:he|she)\b/i.test(masked.slice(s.start - base, first.start - base))) return undefined;
    return resolver.lastPersonSpokeAt(at) < first.start ? first.speaker : undefined;
  }
  // Nobody named here yet: "Mayor Ines Moro toured the quay.¶“…,” she said." points at the paragraph before.
  const lead = resolver.previousLead;
  if (own - SUBJECT_SENTENCES_BACK <= 0 && lead && !lead.pronounBefore && resolver.fits(lead.speaker.name, pronoun) && resolver.lastPersonSpokeAt(at) < lead.start) return lead.speaker;
  return undefined;
}

/** The first person a paragraph names outside its quotes, and whether "he"/"she" comes before them in it. */
function leadPerson(text: string, para: Span, quotes: Quote[], order: number[], resolver: SpeakerResolver): ParagraphLead | undefined {
  const inQuote = (pos: number) => {
    const k = lastOpeningBefore(quotes, order, pos);
    return k >= 0 && quotes[order[k]].end >= pos;
  };
  const first = resolver.firstPersonMention(para.start, para.end, inQuote);
  if (!first) return undefined;
  return { start: first.start, speaker: first.speaker, pronounBefore: /\b(?:he|she)\b/i.test(text.slice(para.start, first.start)) };
}

/** Index into `order` of the last quote opening at or before `pos` (quotes sorted through `order`). */
function lastOpeningBefore(quotes: Quote[], order: number[], pos: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[order[mid]].start - 1 <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function attributeOne(text: string, masked: string, base: number, q: Quote, sentences: Span[], cues: FoundCue[], resolver: SpeakerResolver): Attribution | undefined {
  const openAt = q.start - 1;
  const closeEnd = q.end + 1;
  const sentence = sentenceOf(sentences, openAt) ?? { start: openAt, end: closeEnd };

  const after = adjacentCue(text, { masked, base, sentences }, closeEnd, cues, resolver);
  if (after) return after;

  const owner = /([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)['’]s\s*$/u.exec(text.slice(Math.max(sentence.start, openAt - 60), openAt));
  // (NBC's “Meet the Press”: a possessive before a title names its owner, not a speaker.)
  // (?<![…]): a run of stops is tried from its first mark only, not from each one (linear in the quote).
  if (owner && !isTitleCase(q.text.replace(/(?<![.,;:!?])[.,;:!?]+$/, ''))) {
    const start = openAt - owner[0].length + owner[0].indexOf(owner[1]);
    const span = { start, end: start + owner[1].length };
    const speaker = resolver.resolveName(span, owner[1]);
    if (speaker && speaker.type !== 'place' && !CALENDAR_WORD.test(owner[1])) return { speaker, mention: span };
  }

  // "“…,” Grant shot back" / "“…,” quipped Feld": a subject and verb the lexicon does not list.
  const trailing = attributionAfter(text, masked, base, q, closeEnd, sentence.end);
  if (trailing) {
    const speaker = resolveRef(resolver, trailing.subject, trailing.verb.start, sentence.start, { masked, base, sentences });
    if (speaker !== undefined) {
      if (speaker) resolver.spoke(trailing.verb.start, speaker);
      return { speaker, mention: trailing.subject.span, cue: { ...trailing.verb, text: text.slice(trailing.verb.start, trailing.verb.end) } };
    }
  }

  let tried = 0;
  // A country or city as subject ("Canada has asked …") yields to a person or body speaking in the same sentence.
  let placeCue: FoundCue | undefined;
  for (let c = lastCueBefore(cues, openAt); c >= 0 && cues[c].start >= sentence.start && tried < MAX_CUES_BACK; c--, tried++) {
    const cue = cues[c];
    if (cue.adjacentOnly) {
      const intro = introducingCue(masked, base, cue, openAt, resolver, sentences);
      if (intro) return intro;
      continue;
    }
    if (cue.speaker === undefined) continue;
    if (cue.speaker?.type === 'place') {
      placeCue ??= cue;
      continue;
    }
    // "Obi, of the dockers' union, says the union wrote that the valves “wept”": the person reporting
    // speaks for the organisation named only as "the union" inside what he says.
    if (cue.speaker?.type === 'organization' && cue.subject.kind !== 'name') {
      const reporter = outerPersonCue(cues, c, sentence);
      if (reporter) return toAttribution(reporter);
    }
    return toAttribution(cue);
  }

  for (let c = firstFrom(cues, closeEnd), tried = 0; c < cues.length && cues[c].start < sentence.end && tried < MAX_CUES_BACK; c++, tried++) {
    if (cues[c].adjacentOnly || cues[c].speaker === undefined) continue;
    if (cues[c].speaker?.type === 'place') {
      placeCue ??= cues[c];
      continue;
    }
    return toAttribution(cues[c]);
  }
  if (placeCue) return toAttribution(placeCue);

  // A reporting verb whose subject could not be read ("a letter that said") means someone else speaks.
  return colonIntroduction(text, masked, base, openAt, sentence, resolver) ?? (cueInSentence(cues, sentence) ? undefined : subjectOfSentence(text, masked, base, sentence, openAt, resolver, sentences));
}

/** "Grant decried the plan as “reckless”": with no reporting verb, the person or body the sentence is about. */
function subjectOfSentence(text: string, masked: string, base: number, sentence: Span, openAt: number, resolver: SpeakerResolver, sentences: Span[]): Attribution | undefined {
  if (openAt <= sentence.start) return undefined;
  const ref = sentenceSubject(text, masked, base, sentence, openAt, speakerLike(resolver));
  if (!ref) return undefined;
  const speaker = resolveRef(resolver, ref, ref.span.start, sentence.start, { masked, base, sentences });
  if (!speaker || (speaker.type !== 'person' && speaker.type !== 'organization' && speaker.type !== 'unknown')) return undefined;
  return { speaker, mention: ref.span };
}

/** Whether a name is a person or a body (not "Democratic", not a place), for subjects found without a verb. */
function speakerLike(resolver: SpeakerResolver): (ref: SubjectRef) => boolean {
  return (ref) => {
    const speaker = resolver.resolveName(ref.span, ref.text);
    return !!speaker && (speaker.type === 'person' || speaker.type === 'organization' || (speaker.type === 'unknown' && ref.text.includes(' ')));
  };
}

/** "He continued, “…”" / "Grant replied: “…”": a verb that reports speech only when the quote follows at once. */
function introducingCue(masked: string, base: number, cue: FoundCue, openAt: number, resolver: SpeakerResolver, sentences: Span[]): Attribution | undefined {
  if (!/^[\s,:;—–-]*$/.test(masked.slice(cue.end - base, openAt - base))) return undefined;
  const speaker = resolveRef(resolver, cue.subject, cue.start, sentenceOf(sentences, cue.start)?.start ?? cue.start, { masked, base, sentences });
  if (speaker === undefined) return undefined;
  if (speaker) resolver.spoke(cue.start, speaker);
  return { speaker, mention: cue.subject.span, cue: { start: cue.start, end: cue.end, text: cue.text } };
}

/** The speaker a paragraph ending in a colon ("Feld continued:", "Grant put it this way:") hands to the next one. */
function introducesNext(text: string, masked: string, base: number, sentences: Span[], cues: FoundCue[], resolver: SpeakerResolver): { attribution: Attribution; paragraph: number } | undefined {
  if (!/[:;]\s*$/.test(masked) || !sentences.length) return undefined;
  const last = sentences[sentences.length - 1];
  const end = base + masked.trimEnd().length;
  for (let c = lastCueBefore(cues, end); c >= 0 && cues[c].start >= last.start; c--) {
    const cue = cues[c];
    if (cue.adjacentOnly) {
      const attribution = introducingCue(masked, base, cue, cue.end, resolver, sentences);
      if (attribution) return { attribution, paragraph: -1 };
      continue;
    }
    if (cue.speaker !== undefined) return { attribution: toAttribution(cue), paragraph: -1 };
  }
  const subject = subjectOfSentence(text, masked, base, last, end, resolver, sentences);
  return subject ? { attribution: subject, paragraph: -1 } : undefined;
}

/** An earlier cue of the same sentence whose named subject is a person ("Obi says the union wrote …"). */
function outerPersonCue(cues: FoundCue[], c: number, sentence: Span): FoundCue | undefined {
  for (let k = c - 1; k >= 0 && cues[k].start >= sentence.start; k--) {
    const cue = cues[k];
    if (!cue.adjacentOnly && cue.speaker?.type === 'person' && cue.subject.kind === 'name') return cue;
  }
  return undefined;
}

/** The person who is the subject of the last sentence of the paragraph before, when it has no quote of its own. */
function introducedBefore(text: string, prev: Span, resolver: SpeakerResolver): Attribution | undefined {
  const body = text.slice(prev.start, prev.end);
  if (/["“”«»„]/.test(body)) return undefined;
  let lastStart = 0;
  for (const m of body.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) if ((m.index ?? 0) + m[0].length < body.length - 1) lastStart = (m.index ?? 0) + m[0].length;
  const first = resolver.firstPersonMention(prev.start + lastStart, prev.end, () => false);
  // The person must open the sentence (titles and honorifics may stand before the name), or close an appositive.
  if (!first || !/^(?:[\p{Lu}][\p{L}.]*\s+)*$|,\s*$/u.test(body.slice(lastStart, first.start - prev.start))) return undefined;
  return { speaker: first.speaker, mention: { start: first.start, end: first.end } };
}

/**
 * "Grant said the pier would close, though she gave no date.¶“…”": a quote paragraph after a paragraph
 * that reports a person's words without quoting them continues that person.
 */
function reportedBefore(text: string, prev: Span, cues: FoundCue[]): Attribution | undefined {
  if (/["“”«»„]/.test(text.slice(prev.start, prev.end))) return undefined;
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c];
    if (cue.adjacentOnly || cue.start < prev.start) continue;
    return cue.speaker?.type === 'person' ? toAttribution(cue) : undefined;
  }
  return undefined;
}

/** "And here was the answer:" / "Then, after a pause:": a short clause before a colon that names no one and no source. */
function bareColonLead(masked: string, base: number, sentence: Span | undefined, openAt: number): boolean {
  if (!sentence) return false;
  const lead = masked.slice(sentence.start - base, openAt - base);
  if (trailingColonAt(lead) < 0 || lead.includes(MASK)) return false;
  const words = withoutTrailingColon(lead).trim().split(/\s+/);
  return words.length <= 8 && !words.slice(1).some((w) => /^\p{Lu}/u.test(w)) && !/\b(?:read|reads|sign|signs|banner|statement|letter|report|post|tweet|note|message|headline|caption|slogan|title|told|asked|wrote|says|said)\b/i.test(lead);
}

/** "…,” the minister said" / "…,” said Ms Grant" / "…,” according to the ministry": nothing but a subject between. */
function adjacentCue(text: string, local: Local, closeEnd: number, cues: FoundCue[], resolver: SpeakerResolver): Attribution | undefined {
  const { masked, base } = local;
  const c = firstCueFrom(cues, closeEnd);
  if (c < 0) return undefined;
  const cue = cues[c];
  if (cue.start - closeEnd > ADJACENT_WINDOW) return undefined;
  const between = masked.slice(closeEnd - base, cue.start - base);
  if (/[\u2063;:!?()]/.test(between) || /[.,]\s*\S.*[.,]/.test(between) || /\.\s+\p{Lu}/u.test(between)) return undefined;
  const lead = /^[\s,—–-]*/.exec(between)?.[0].length ?? 0;
  if (/^[^\p{L}]*[.,]/u.test(between.slice(lead)) || /,/.test(between.slice(lead))) return undefined; // a clause or sentence boundary lies between
  // “…now.” Grant said the plan “…”: after a quote that ends its sentence, a cue that introduces a quote of its own is not this one's.
  if (/[.!?…]\s*$/.test(text.slice(closeEnd - 2 - 1, closeEnd - 1)) && masked.slice(cue.end - base, sentenceEndAfter(masked, cue.end - base)).includes(MASK)) return undefined;
  // "…” he was quoted as saying": the passive frame stands between subject and verb.
  const passive = /\s+(?:was|were|is|are)\s+quoted\s+as\s*$/i.exec(between);
  const subjectEnd = passive ? closeEnd + passive.index : cue.start;
  const subjectText = between.slice(lead, subjectEnd - closeEnd).trim();
  if (/\b(?:on|in|at|during|for|with|from|to|by|after|before|over|about|into|than|not|is|was|were|are)\b/i.test(subjectText)) return undefined; // words of a clause, not a subject
  let subject: SubjectRef;
  if (subjectText) subject = classify(text, closeEnd + lead, subjectEnd);
  else if (cue.text.toLowerCase() === 'according to' || INVERTIBLE_VERBS.has(cue.text.toLowerCase()) || cue.adjacentOnly) subject = subjectAfter(text, masked, base, cue.end, Math.min(base + masked.length, cue.end + 120));
  else return undefined;
  if (subject.kind === 'none') return undefined;
  const speaker = resolveRef(resolver, subject, cue.start, sentenceOf(local.sentences, cue.start)?.start ?? cue.start, local);
  if (speaker === undefined) return undefined;
  if (speaker) resolver.spoke(cue.start, speaker);
  return { speaker, mention: subject.span, cue: { start: cue.start, end: cue.end, text: cue.text } };
}

/** "Grant: “…”" or a headline "Grant rules out …: ‘…’": the name at the start of the clause before the colon. */
function colonIntroduction(text: string, masked: string, base: number, openAt: number, sentence: Span, resolver: SpeakerResolver): Attribution | undefined {
  const before = masked.slice(sentence.start - base, openAt - base);
  if (trailingColonAt(before) < 0) return undefined;
  const head = /^\s*(?:(?:And|But|So|Yet|Then|Now|Also|As|When|While|If)\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)/u.exec(before);
  // "And here was the reveal:": a connective alone is no name.
  if (!head || /^(?:And|But|So|Yet|Then|Now|Also|As|When|While|If)$/.test(head[1])) return undefined;
  // A name alone before the colon, a name followed by a headline verb ("Grant rules out …:"), or a short
  // clause of the person's own ("Grant of Estuary Trust put it like this:") with nobody else named in it.
  const rest = before.slice(head[0].length).replace(/^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+)+/u, ' ');
  const ownClause = !/[\p{Lu}\d,;]|\b(?:told|asked|heard|read|reads|shows?|showed|sign|banner|statement|letter|report|says?|said|when|where|while|after|before)\b/u.test(withoutTrailingColon(rest))
    && rest.trim().split(/\s+/).length <= 10;
  if (!/^\s*:\s*$|^\s+(?!(?:was|has|is|does)\b)\p{Ll}+s\b/u.test(rest) && !ownClause) return undefined;
  const start = sentence.start + head[0].length - head[1].length;
  const ref = classify(text, start, start + head[1].length);
  if (ref.kind !== 'name') return undefined;
  const speaker = resolver.resolveName(ref.span, ref.text);
  if (!speaker || speaker.type === 'place') return undefined;
  const colon = openAt - before.length + before.lastIndexOf(':');
  return { speaker, mention: ref.span, cue: { start: colon, end: colon + 1, text: ':' } };
}

function toAttribution(cue: FoundCue): Attribution {
  return { speaker: cue.speaker ?? null, mention: cue.subject.span, cue: { start: cue.start, end: cue.end, text: cue.text } };
}

/** Parts of a multi-paragraph quote (no closing mark) take the speaker of the part that closes it. */
function carryIntoContinuedParts(text: string, quotes: Quote[], order: number[]): void {
  for (let k = order.length - 2; k >= 0; k--) {
    const q = quotes[order[k]];
    const closing = text[q.end];
    if (closing !== undefined && MARKS.includes(closing)) continue;
    const next = quotes[order[k + 1]];
    if (q.speaker === null && next.speaker !== null) quotes[order[k]] = { ...q, speaker: next.speaker, speakerMention: next.speakerMention, cue: next.cue };
  }
}

/** Where the sentence holding masked[from] ends (the next . ! ? or the paragraph end). */
function sentenceEndAfter(masked: string, from: number): number {
  const m = /[.!?](?:\s|$)/.exec(masked.slice(from));
  return m ? from + m.index : masked.length;
}

const MARKS = '"“”„‟\'‘’‚‛«»‹›';
/** Months and days own no words ("October's “sextortion” scam"). */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Index of the first item whose start is >= at (items sorted by start). */
function firstFrom(items: Span[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceOf(sentences: Span[], at: number): Span | undefined {
  const i = firstFrom(sentences, at + 1) - 1;
  return i >= 0 && at < sentences[i].end ? sentences[i] : undefined;
}

function cueInSentence(cues: FoundCue[], s: Span | undefined): boolean {
  if (!s) return false;
  for (let i = firstFrom(cues, s.start); i < cues.length && cues[i].start < s.end; i++) if (!cues[i].adjacentOnly) return true;
  return false;
}

function lastCueBefore(cues: FoundCue[], at: number): number {
  return firstFrom(cues, at) - 1;
}

function firstCueFrom(cues: FoundCue[], at: number): number {
  const i = firstFrom(cues, at);
  return i < cues.length ? i : -1;
}

