// Where the "— Speaker" labels go (crosscheck.speakerLabels). Pure text positions, no vscode, so it
// is unit-tested on its own. The default, "endOfLine", puts one label per line after the line's last
// character (as end-of-line annotations do): it never moves, wraps or hides article text, however
// long the line and whatever the word-wrap setting. "inline" is the older label right after the
// quote's closing mark, which pushes the rest of the line to the right.
import type { SpeakerLabels } from '../config';

/** Characters that close a quotation: an inline label goes after them, not inside the quote. */
const CLOSING_MARKS = new Set(['"', '\u201D', '\u2019', "'", '\u00BB', '\u203A', '\u300D', '\u300F']);

export interface SpeakerLabel {
  /** UTF-16 offset the label is drawn at (after the character before it). */
  at: number;
  text: string;
}

/** End of the line holding `offset`: the index of its line break (\n or \r), or the text's length. */
function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

/** `unattributed`: the word for a quote without a speaker, in the editor's language. */
export function speakerLabels(
  text: string,
  quotes: readonly { end: number; speaker: string | null }[],
  mode: SpeakerLabels,
  unattributed = 'unattributed',
): SpeakerLabel[] {
  const named = (speaker: string | null) => speaker ?? unattributed;
  if (mode === 'off') return [];
  if (mode === 'inline') {
    return quotes.map((q) => ({ at: q.end < text.length && CLOSING_MARKS.has(text[q.end]) ? q.end + 1 : q.end, text: `\u2014 ${named(q.speaker)}` }));
  }
  // One label per line, naming each speaker whose quote ends on it once, in order.
  const byLine = new Map<number, string[]>();
  for (const q of [...quotes].sort((a, b) => a.end - b.end)) {
    const at = lineEnd(text, q.end);
    const names = byLine.get(at) ?? [];
    if (!names.includes(named(q.speaker))) names.push(named(q.speaker));
    byLine.set(at, names);
  }
  return [...byLine].map(([at, names]) => ({ at, text: `\u2014 ${names.join(', ')}` }));
}
