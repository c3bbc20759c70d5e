// The version-1 analysis JSON (see README: "The analysis JSON"), written document by document so a
// run's memory does not grow with the corpus. The text is byte for byte what
// JSON.stringify({ version, documents, quoteGroups }, null, 2) prints for the whole object.
import type { ArticleAnalysis, QuoteGroup } from '../core';
import type { DecidedAnalysis } from '../core/storage/applyDecisions';

/**
 * A sidecar decision whose passage is not where and as it was marked: `moved` (found by a fuzzy or
 * far re-anchor, pending a person's confirmation in the editor: `stored` is the text marked,
 * `current` the text there now) or `orphaned` (not found). Same states as the editor's Claims view.
 */
export type AnchorJson =
  | { id: string; kind: string; state: 'moved'; start: number; end: number; stored: string; current: string }
  | { id: string; kind: string; state: 'orphaned'; stored: string };

export interface DocumentJson {
  file: string;
  /** `nestedIn`: only on a quote inside another quote, the holder's span (see README: "The analysis JSON"). */
  /** `kind`: only on reported (indirect) speech, `analyze --reported-speech`. */
  quotes: { start: number; end: number; text: string; speaker: string | null; nestedIn?: { start: number; end: number }; kind?: 'reported' }[];
  entities: { name: string; type: string; mentions: { start: number; end: number }[] }[];
  /** Only when some decision is moved (pending confirmation) or orphaned; see AnchorJson. */
  anchors?: AnchorJson[];
  /** Only in `analyze --shard` output: what `merge-analyses` needs for the corpus pass. */
  corpus?: unknown;
}

export function documentJson(file: string, a: ArticleAnalysis): DocumentJson {
  const anchors = anchorsJson(a);
  const doc: DocumentJson = {
    file,
    quotes: a.quotes.map((q) =>
      q.nestedIn
        ? { start: q.start, end: q.end, text: q.text, speaker: q.speaker, nestedIn: { start: q.nestedIn.start, end: q.nestedIn.end } }
        : q.kind === 'reported'
          ? { start: q.start, end: q.end, text: q.text, speaker: q.speaker, kind: q.kind }
          : { start: q.start, end: q.end, text: q.text, speaker: q.speaker },
    ),
    entities: a.entities.map((e) => ({
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
  };
  if (anchors.length > 0) doc.anchors = anchors;
  return doc;
}

function anchorsJson(a: ArticleAnalysis): AnchorJson[] {
  const decided = a as Partial<DecidedAnalysis>;
  return [
    ...(decided.moved ?? []).map((m): AnchorJson => ({ id: m.annotation.id, kind: m.annotation.kind, state: 'moved', start: m.span.start, end: m.span.end, stored: m.annotation.target.exact, current: m.current })),
    ...(decided.orphans ?? []).map((o): AnchorJson => ({ id: o.id, kind: o.kind, state: 'orphaned', stored: o.target.exact })),
  ];
}

export function quoteGroupsJson(groups: QuoteGroup[]) {
  return groups.map((g) => ({ members: g.members.map((m) => ({ file: m.file, start: m.start, end: m.end })) }));
}

/** A value as JSON.stringify(…, null, 2) prints it nested `depth` levels deep (first line not indented). */
export function nestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
}

/**
 * Writes the analysis JSON as lines: each document when it is ready, the quote groups (and any extra
 * top-level fields) at the end. One document is held back to know whether a comma follows it.
 */
export class AnalysisJsonWriter {
  private static readonly HEAD = '{\n  "version": 1,\n  "documents": [';
  private held: string | undefined;

  constructor(private readonly out: (line: string) => void) {}

  /** `nested` is nestedJson(document, 2): a document as it stands in the documents array. */
  document(nested: string): void {
    this.out(this.held === undefined ? AnalysisJsonWriter.HEAD : this.held + ',');
    this.held = '    ' + nested;
  }

  end(quoteGroups: unknown[], extra: Record<string, unknown> = {}): void {
    const tail = [`  "quoteGroups": ${nestedJson(quoteGroups, 1)}`];
    for (const [key, value] of Object.entries(extra)) tail.push(`  ${JSON.stringify(key)}: ${nestedJson(value, 1)}`);
    // No documents: an empty array prints as "[]" on the line of its key.
    if (this.held === undefined) this.out(`${AnalysisJsonWriter.HEAD}],\n${tail.join(',\n')}\n}`);
    else this.out(`${this.held}\n  ],\n${tail.join(',\n')}\n}`);
  }
}
