// Quotes inside quotes: “He told me ‘we will not sign’, and left,” Vera Lund said. The inner words are
// Lund's account of what someone else said, so they belong to the person the outer quote names as
// saying them ("He" here: unknown, so null), or to the outer speaker when she quotes herself ("I told
// them ‘no’"). Only the outer quote's own text is read: the inner quote has no cue outside it.
import type { Entity, Quote, Span } from '../model';
import { REPORTING_VERBS } from './lexicon';
import { trailingColonAt } from './trailingColon';

const FIRST_PERSON = new Set(['i', 'we']);

/**
 * Which nested quotes are someone's words reported by the outer speaker: those a reporting verb or a
 * colon introduces inside the outer quote (“Then he told me: ‘…’”), and those that go on right after
 * one (the next sentence of the same account). The rest are the outer speaker's own scare quotes or
 * titles (“the so-called ‘reform’”): part of the outer quote, not quotes of their own.
 */
export function reportedInside(text: string, nested: (Span & { nestedIn?: Span })[]): boolean[] {
  let previous: { holder: Span; kept: boolean } | undefined;
  return nested.map((q) => {
    const holder = q.nestedIn;
    if (!holder) return false;
    const cued = reportingVerbIn(text, clauseBefore(text, q, holder)) !== undefined || reportingVerbIn(text, clauseAfter(text, q, holder)) !== undefined;
    const goesOn = previous !== undefined && previous.kept && previous.holder.start === holder.start && previous.holder.end === holder.end;
    const kept = cued || goesOn;
    previous = { holder, kept };
    return kept;
  });
}

/** Speakers for the nested quotes, given the outer quotes already attributed. */
export function attributeNested(text: string, nested: Quote[], outer: Quote[], entities: Entity[]): Quote[] {
  const outerAt = new Map(outer.map((q) => [`${q.start}:${q.end}`, q]));
  const names = entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name })))
    .sort((a, b) => a.start - b.start);
  let previous: Quote | undefined;
  return nested.map((q) => {
    const holder = q.nestedIn ? outerAt.get(`${q.nestedIn.start}:${q.nestedIn.end}`) ?? nested.find((n) => n.start === q.nestedIn?.start && n.end === q.nestedIn?.end) : undefined;
    if (!holder || !q.nestedIn) return (previous = { ...q, speaker: null });
    let speaker = speakerInside(text, q, q.nestedIn, holder.speaker, names);
    // An uncued sentence right after a reported one goes on with the same account.
    if (speaker === undefined) speaker = previous?.nestedIn?.start === q.nestedIn.start ? previous.speaker : null;
    return (previous = { ...q, speaker });
  });
}

/** The clause of the outer quote around the inner one: "…; Mr Okoro told us ‘…’ and then…". */
function clauseBefore(text: string, inner: Span, outer: Span): Span {
  let start = inner.start - 1;
  while (start > outer.start && !/[.!?;]/.test(text[start - 1])) start--;
  return { start, end: inner.start - 1 };
}

function clauseAfter(text: string, inner: Span, outer: Span): Span {
  let end = Math.min(outer.end, inner.end + 1);
  while (end < outer.end && !/[.!?;]/.test(text[end])) end++;
  return { start: Math.min(outer.end, inner.end + 1), end };
}

/** The speaker the outer quote names for the inner one; null when it says "he" or "someone"; undefined without a cue. */
function speakerInside(text: string, inner: Quote, outer: Span, outerSpeaker: string | null, names: { start: number; end: number; name: string }[]): string | null | undefined {
  // Before the inner quote, the subject stands before its verb: "Mr Okoro told me ‘…’", "I told him ‘…’".
  const before = clauseBefore(text, inner, outer);
  const verb = reportingVerbIn(text, before);
  if (verb) {
    const subject = names.filter((n) => n.start >= before.start && n.end <= verb.start).pop();
    if (subject) return subject.name;
    const words = text.slice(before.start, verb.start).toLowerCase().match(/\p{L}+/gu) ?? [];
    return FIRST_PERSON.has(words[words.length - 1] ?? '') ? outerSpeaker : null;
  }
  // After it, the name stands either side of the verb: "‘…,’ Mr Okoro said" or "‘…,’ said Mr Okoro".
  const after = clauseAfter(text, inner, outer);
  const late = reportingVerbIn(text, after);
  if (!late) return undefined;
  const named = names.find((n) => n.start >= after.start && n.end <= after.end);
  if (named) return named.name;
  const words = text.slice(after.start, late.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return FIRST_PERSON.has(words[words.length - 1] ?? '') ? outerSpeaker : null;
}

function reportingVerbIn(text: string, clause: Span): Span | undefined {
  const s = text.slice(clause.start, clause.end);
  for (const m of s.matchAll(/\p{L}+/gu)) {
    // "so-called" is no verb of speech.
    if (s[(m.index ?? 0) - 1] === '-') continue;
    if (REPORTING_VERBS.has(m[0].toLowerCase())) return { start: clause.start + (m.index ?? 0), end: clause.start + (m.index ?? 0) + m[0].length };
  }
  if (trailingColonAt(s) >= 0) return { start: clause.end, end: clause.end };
  return undefined;
}
