// Quote groups: the same utterance as reported by different sources. Two quotes are linked when a
// local word alignment covers most of the shorter one; how much evidence is needed depends on how
// many content words the match rests on, and whether the outlets credit the same speaker. Speaker
// agreement is supporting evidence, not a requirement: a long shared wording credited to two
// different people is exactly what a fact-checker wants to see flagged.
import type { Quote } from '../model';
import { alignTokens, selfWeight, type Alignment } from './align';
import { tokenize, type Token } from './normalize';

export interface SourceQuotes {
  /** Identifies the article (a workspace-relative path, a URI…); echoed back in members. */
  file: string;
  quotes: Quote[];
}

export interface QuoteRef {
  file: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface QuoteGroup {
  /** Stable for the same members: derived from the earliest member. */
  key: string;
  /** Sorted by file, then start. */
  members: QuoteRef[];
}

export type SpeakerRelation = 'same' | 'different' | 'unknown';

export interface QuoteLink {
  score: number;
  contentMatches: number;
  /** Score relative to the shorter rendering (1: the shorter one is wholly inside the longer). */
  coverage: number;
  /** Share of the content words in the aligned stretches that match (see Alignment.density). */
  density: number;
  speakers: SpeakerRelation;
}

interface Node {
  ref: QuoteRef;
  tokens: Token[];
  weight: number;
  stems: Set<string>;
}

/** Compares speaker names loosely: "Mara Quill" and "Quill" are the same person. */
export function speakerRelation(a: string | null, b: string | null): SpeakerRelation {
  if (!a || !b) return 'unknown';
  const na = a.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const nb = b.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
  if (na === nb) return 'same';
  const lastA = na.split(/\s+/).pop();
  const lastB = nb.split(/\s+/).pop();
  const shorter = na.length < nb.length ? na : nb;
  const longer = na.length < nb.length ? nb : na;
  if (lastA === lastB && longer.endsWith(shorter)) return 'same';
  return 'different';
}

/** Measures how strongly two renderings look like one utterance. */
export function compareRenderings(a: QuoteRef, b: QuoteRef): QuoteLink {
  return linkOf(toNode(a), toNode(b));
}

/** Whether a link is strong enough to put two quotes in one group. */
export function isSameUtterance(link: QuoteLink): boolean {
  const { contentMatches: c, coverage, score, speakers, density } = link;
  // A long shared stretch inside two long quotes (a translated statement rendered twice).
  if (c >= 4 && score >= 4) return true;
  // Three content words are enough when little else differs around them: "depend upon what the rest
  // of the NATO countries" / "depend on what other NATO countries", but not "needs investment, not
  // slogans" / "needs cranes, not promises".
  if (c === 3 && density < 0.8) return false;
  if (c >= 3 && coverage >= 0.5) return true;
  if (c >= 3 && score >= 2.5 && (speakers === 'same' || (speakers === 'unknown' && coverage >= 0.35))) return true;
  // Short fragments ("minced words", "red lines") are common phrases: the speakers must not disagree.
  if (c === 2 && coverage >= 0.8) return speakers !== 'different';
  // One-word quotes ("provocative") only with the same speaker credited.
  if (c === 1 && coverage >= 0.9) return speakers === 'same';
  return false;
}

// A "quote" longer than this is a detection gone wrong (a whole article between stray marks);
// aligning only its head keeps the cost of a pair bounded.
const MAX_TOKENS = 600;

function toNode(ref: QuoteRef): Node {
  const tokens = tokenize(ref.text).slice(0, MAX_TOKENS);
  return { ref, tokens, weight: selfWeight(tokens), stems: new Set(tokens.filter((t) => t.content).map((t) => t.stem)) };
}

function linkOf(a: Node, b: Node, alignment: Alignment = alignTokens(a.tokens, b.tokens)): QuoteLink {
  const shorter = Math.min(a.weight, b.weight);
  return {
    score: alignment.score,
    contentMatches: alignment.contentMatches,
    coverage: shorter > 0 ? Math.min(1, alignment.score / shorter) : 0,
    density: alignment.density,
    speakers: speakerRelation(a.ref.speaker, b.ref.speaker),
  };
}

/**
 * Groups quotes of several sources into utterances reported by at least two of them. Groups are the
 * connected components of the links, so a long quote that spans two sentences joins the groups of
 * quotes that cover each sentence separately.
 */
export function groupQuotes(sources: SourceQuotes[]): QuoteGroup[] {
  const nodes: Node[] = [];
  const fileOf: number[] = [];
  sources.forEach((s, fi) => {
    for (const q of s.quotes) {
      nodes.push(toNode({ file: s.file, start: q.start, end: q.end, text: q.text, speaker: q.speaker }));
      fileOf.push(fi);
    }
  });

  // Only pairs that share a content word are worth aligning.
  const byStem = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const s of n.stems) {
      // Every other quote has a negation: as a reason to compare two quotes it says nothing.
      if (s === 'not' && n.stems.size > 1) continue;
      const list = byStem.get(s);
      if (list) list.push(i);
      else byStem.set(s, [i]);
    }
  });

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const linked = new Set<number>();
  const tried = new Set<number>();
  for (const list of byStem.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (fileOf[i] === fileOf[j]) continue;
        const pairKey = i * nodes.length + j;
        if (tried.has(pairKey)) continue;
        tried.add(pairKey);
        if (!worthAligning(nodes[i], nodes[j])) continue;
        if (!isSameUtterance(linkOf(nodes[i], nodes[j]))) continue;
        parent[find(i)] = find(j);
        linked.add(i);
        linked.add(j);
      }
    }
  }

  const components = new Map<number, QuoteRef[]>();
  for (const i of linked) {
    const root = find(i);
    const list = components.get(root);
    if (list) list.push(nodes[i].ref);
    else components.set(root, [nodes[i].ref]);
  }
  const groups: QuoteGroup[] = [];
  for (const members of components.values()) {
    members.sort(compareRefs);
    groups.push({ key: `g:${members[0].file}@${members[0].start}`, members });
  }
  return groups.sort((g, h) => compareRefs(g.members[0], h.members[0]));
}

/**
 * A cheap bound before the alignment: one or two shared words can only link quotes that are
 * themselves that short (isSameUtterance wants high coverage then), so longer pairs are skipped.
 */
function worthAligning(a: Node, b: Node): boolean {
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared >= 3 || small.size <= shared + 1;
}

function compareRefs(a: QuoteRef, b: QuoteRef): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/** Finds the groups a position of a file belongs to (for hovers): a quote may sit in several. */
export function indexGroups(groups: QuoteGroup[]): (file: string, offset: number) => QuoteGroup[] {
  const byFile = new Map<string, { member: QuoteRef; group: QuoteGroup }[]>();
  for (const group of groups) {
    for (const member of group.members) {
      const list = byFile.get(member.file);
      if (list) list.push({ member, group });
      else byFile.set(member.file, [{ member, group }]);
    }
  }
  return (file, offset) => {
    const found: QuoteGroup[] = [];
    for (const { member, group } of byFile.get(file) ?? []) {
      if (offset >= member.start && offset <= member.end && !found.includes(group)) found.push(group);
    }
    return found;
  };
}
