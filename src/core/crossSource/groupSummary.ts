// What a quote group tells the reader: how many wordings circulate, and who each outlet credits.
// Outlets that put the same words in different mouths are flagged.
import { normalizedText } from './normalize';
import { speakerRelation, type QuoteGroup, type QuoteRef } from './quoteGroups';

export interface QuoteVariant {
  /** The first surface form seen of this wording. */
  text: string;
  /** Case-, mark- and contraction-insensitive wording shared by the members. */
  normalized: string;
  members: QuoteRef[];
}

export interface CreditedSpeaker {
  /** null: the outlet does not say who spoke. */
  speaker: string | null;
  files: string[];
}

export interface QuoteGroupSummary {
  variants: QuoteVariant[];
  /** The wording most outlets use (the fullest on a tie): the one to quote. */
  canonical: QuoteVariant;
  /** The speaker most outlets credit by name (the same quote in several outlets is evidence), or null. */
  likelySpeaker: string | null;
  speakers: CreditedSpeaker[];
  files: string[];
  /** At least two outlets name different speakers for these words. */
  speakerConflict: boolean;
  /** The outlets do not all use the same words. */
  wordingVaries: boolean;
}

export function summarizeGroup(group: QuoteGroup): QuoteGroupSummary {
  const variants: QuoteVariant[] = [];
  for (const m of group.members) {
    const normalized = normalizedText(m.text);
    const found = variants.find((v) => v.normalized === normalized);
    if (found) found.members.push(m);
    else variants.push({ text: m.text.trim(), normalized, members: [m] });
  }

  // "Mara Quill" and "Quill" are one speaker: keep the fuller name.
  const speakers: CreditedSpeaker[] = [];
  for (const m of group.members) {
    const found = speakers.find((s) =>
      s.speaker === null || m.speaker === null ? s.speaker === m.speaker : speakerRelation(s.speaker, m.speaker) === 'same',
    );
    if (!found) speakers.push({ speaker: m.speaker, files: [m.file] });
    else {
      if (m.speaker && found.speaker && m.speaker.length > found.speaker.length) found.speaker = m.speaker;
      if (!found.files.includes(m.file)) found.files.push(m.file);
    }
  }

  const files = [...new Set(group.members.map((m) => m.file))];
  const fileCount = (v: QuoteVariant) => new Set(v.members.map((m) => m.file)).size;
  const canonical = [...variants].sort((a, b) => fileCount(b) - fileCount(a) || b.normalized.length - a.normalized.length)[0];
  const named = speakers.filter((s) => s.speaker !== null).sort((a, b) => b.files.length - a.files.length);
  return {
    variants,
    canonical,
    likelySpeaker: named[0]?.speaker ?? null,
    speakers,
    files,
    speakerConflict: speakers.filter((s) => s.speaker !== null).length > 1,
    wordingVaries: variants.length > 1,
  };
}

/** Another article that reports a quote, with its matching quotes (headline and body may both match). */
export interface ArticleElsewhere {
  file: string;
  quotes: QuoteRef[];
}

/**
 * The other articles that report the quote starting at `start` in `file`, through any of the groups
 * it belongs to (a quote of two sentences sits in two groups). One entry per article, so "also reported
 * in N other articles" counts articles, not the quotes a headline and a body repeat.
 */
export function reportedElsewhere(groups: readonly QuoteGroup[], file: string, start: number): ArticleElsewhere[] {
  const byFile = new Map<string, QuoteRef[]>();
  for (const g of groups) {
    if (!g.members.some((m) => m.file === file && m.start === start)) continue;
    for (const m of g.members) {
      if (m.file === file) continue;
      const list = byFile.get(m.file);
      if (!list) byFile.set(m.file, [m]);
      else if (!list.some((x) => x.start === m.start && x.end === m.end)) list.push(m);
    }
  }
  return [...byFile.entries()].map(([f, quotes]) => ({ file: f, quotes: quotes.sort((a, b) => a.start - b.start) }));
}
