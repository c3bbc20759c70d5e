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

  // "Joe Biden" and "Biden" are one speaker: keep the fuller name.
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
  return {
    variants,
    speakers,
    files,
    speakerConflict: speakers.filter((s) => s.speaker !== null).length > 1,
    wordingVaries: variants.length > 1,
  };
}
