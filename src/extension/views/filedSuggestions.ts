// Suggestions the fact-checker has already filed: a suggested figure or statement whose passage
// lies in evidence already attached to one of the folder's claims is not offered again (they
// would be asked twice), only counted. Kept free of the editor API so it is tested in plain Node.
import { reanchor, type Annotation, type ClaimSuggestion } from '../../core';

/** A passage of an article that is evidence for an existing claim, where it is in the text now. */
export interface FiledPassage {
  file: string;
  start: number;
  end: number;
}

/** One analysed article: its URI (as suggestions name it), its text and its sidecar's annotations. */
export interface FiledArticle {
  file: string;
  text: string;
  annotations: readonly Annotation[];
}

/**
 * Evidence passages of the given claims, placed in each article's current text (an annotation
 * whose passage cannot be found any more is left out: it marks nothing in the text).
 */
export function filedPassages(articles: readonly FiledArticle[], claimIds: ReadonlySet<string>): FiledPassage[] {
  const out: FiledPassage[] = [];
  for (const article of articles) {
    for (const a of article.annotations) {
      if (a.kind !== 'evidence' || !claimIds.has(a.claimId)) continue;
      const placed = reanchor(article.text, a.target);
      if (placed.status !== 'orphan' && placed.end > placed.start) out.push({ file: article.file, start: placed.start, end: placed.end });
    }
  }
  return out;
}

/** Suggestions still to check, and those whose figure or statement already sits in filed evidence. */
export function splitFiledSuggestions(
  suggestions: readonly ClaimSuggestion[],
  filed: readonly FiledPassage[],
): { open: ClaimSuggestion[]; filed: ClaimSuggestion[] } {
  const byFile = new Map<string, FiledPassage[]>();
  for (const p of filed) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  // Overlap within one article: the passages share at least one character.
  const isFiled = (s: ClaimSuggestion) => s.evidence.some((e) => (byFile.get(e.file) ?? []).some((p) => e.start < p.end && p.start < e.end));
  const open: ClaimSuggestion[] = [];
  const hidden: ClaimSuggestion[] = [];
  for (const s of suggestions) (isFiled(s) ? hidden : open).push(s);
  return { open, filed: hidden };
}

/** The Suggestions node's description: "6 to check · 2 contradicted · 1 already filed". */
export function suggestionsDescription(open: readonly ClaimSuggestion[], filedCount: number): string {
  const contradicted = open.filter((s) => s.status === 'contradicted').length;
  return [`${open.length} to check`, contradicted ? `${contradicted} contradicted` : '', filedCount ? `${filedCount} already filed` : ''].filter(Boolean).join(' · ');
}
