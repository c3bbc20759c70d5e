// A story's quote groups kept up to date as articles change, one article at a time: what groupQuotes
// computes from scratch, with the same result (same groups, order and keys; a unit test replays random
// edits against groupQuotes). What makes it incremental:
// - Candidates. groupQuotes aligns a pair of sentences when they share requiredShared words and at least
//   one of those words is in few enough sentences (maxPostingsFor); with prefix filtering that is
//   exactly the pairs it proposes. Here an inverted index (stem → sentences) finds the changed
//   article's candidates, and only the words whose "few enough" flipped (their count or the bound
//   moved) are looked at again for the rest of the story. A pair's link is a pure function of the pair.
// - Ambiguous readings (splitReadings) are decided per sentence and other article: only those lists
//   that a changed link touches are decided again.
// - Clusters form inside connected parts of the kept links (average linkage never merges across
//   them), so only the parts holding a changed sentence are clustered again; the rest keep theirs.
import type { Quote } from '../model';
import { AlignScratch, alignTokens } from './align';
import { candidatePairKeys, requiredShared } from './candidates';
import { averageLinkageClusters, type Link as ClusterLink } from './clusters';
import { sameCopies, type StoryCopies } from './copies';
import { refKey } from './quoteRefs';
import {
  copiesOfStory,
  groupsOf,
  groupedRefs,
  maxPostingsFor,
  MIN_LINKED_SHARE,
  readingsToDrop,
  repeatedPairsLinker,
  sentenceLink,
  type Linker,
  unitsOf,
  wordsMemo,
  type Node,
  type QuoteGroup,
  type QuoteRef,
  type SourceQuotes,
  type UnitLink,
  type WordsOf,
} from './quoteGroups';

interface Article {
  file: string;
  /** The quotes it was made from: the same again (sameQuotes), nothing to do. */
  quotes: readonly Quote[];
  /** Place in the story's order (the sources' order): ties in clustering are broken by it. */
  rank: number;
  units: Unit[];
}

/** A sentence or clause of a quote (groupQuotes' Sentence), with its links. */
interface Unit extends Node {
  article: Article;
  /** Place among the article's units: with the article's rank, the unit's place in groupQuotes' list. */
  local: number;
  /** The unit's quote (its other units share the object). */
  quote: QuoteRef;
  /** For a clause: its sentence. */
  within?: Unit;
  /** Creation order, to visit each new pair once. */
  serial: number;
  links: Map<Unit, Link>;
  /**
   * The kept links (linked, not dropped) as far unit → strength: what clustering reads, walked without
   * touching the links themselves (a part where hundreds of outlets carry one sentence has tens of
   * thousands of them).
   */
  kept: Map<Unit, number>;
  /** Per other article: the links of this unit into it that splitReadings drops. */
  drops: Map<Article, Set<Link>>;
  removed: boolean;
  /** Stamps of the pass that reached it (recluster) and of the part being clustered, with its place in that part. */
  part: number;
  clustering: number;
  slot: number;
}

interface Link extends UnitLink {
  /** The earlier unit in the story's order. */
  first: Unit;
  second: Unit;
  /** How many (unit, other article) lists drop it. */
  dropCount: number;
  removed: boolean;
}

interface Cluster {
  /** The unit whose cluster the others joined: clusters are listed in its order, as groupQuotes lists them. */
  keeper: Unit;
  units: Unit[];
}

const before = (a: Unit, b: Unit): boolean => a.article.rank < b.article.rank || (a.article.rank === b.article.rank && a.local < b.local);
const other = (link: Link, unit: Unit): Unit => (link.first === unit ? link.second : link.first);
const isKept = (link: Link): boolean => link.linked && link.dropCount === 0;

/**
 * Whether two lists of quotes are the same for grouping (places, texts, speakers, reported or not).
 * Compared field by field: a story's thousands of quotes are checked on every update, without building keys.
 */
export function sameQuotes(a: readonly Quote[], b: readonly Quote[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.start !== y.start || x.end !== y.end || x.speaker !== y.speaker || x.text !== y.text || (x.kind === 'reported') !== (y.kind === 'reported')) return false;
  }
  return true;
}

export class QuoteGroupIndex {
  private articles = new Map<string, Article>();
  private order: Article[] = [];
  private readonly postings = new Map<string, Set<Unit>>();
  private unitCount = 0;
  private serials = 0;
  /** Quotes with a dropped link between them (the count of such links): never in one group. */
  private readonly apart = new Map<QuoteRef, Map<QuoteRef, number>>();
  private readonly unitsOfQuote = new Map<QuoteRef, Unit[]>();
  private readonly clusterOf = new Map<Unit, Cluster>();
  private readonly clusters = new Set<Cluster>();
  private groupsCache: QuoteGroup[] | undefined;
  /** Whether a quote groups with its copies, by text and speaker (copiesOfStory). */
  private groupsWithItself = new Map<string, boolean>();
  /** The story's copies when groupsCache was made. */
  private copiesOf: StoryCopies['copiesOf'] = new Map();
  /** Stamps the parts clustered (Unit.part). */
  private parts = 0;
  /** Rows and token codes the alignments reuse (the index aligns one pair at a time, on one thread). */
  private readonly scratch = new AlignScratch();

  /**
   * Brings the index to these sources (the story's articles in order) and returns groupQuotes(sources).
   * Only articles whose quotes changed, and those added or removed, are compared again.
   */
  update(story: readonly SourceQuotes[]): QuoteGroup[] {
    const rankOf = new Map(story.map((s, rank) => [s.file, rank]));
    if (rankOf.size !== story.length) throw new Error('each source of a story must have a file of its own');
    // Copies are left out (copies.ts): an article whose copies come or go changes here like an edited one.
    const copies = copiesOfStory(story, wordsMemo(), this.groupsWithItself, this.scratch);
    const sources = copies.reduced;
    const isSame = (s: SourceQuotes) => {
      const article = this.articles.get(s.file);
      return article !== undefined && sameQuotes(article.quotes, s.quotes);
    };
    let same = sources.map(isSame);
    // Articles kept must keep their order (ties in clustering follow it); otherwise start again.
    const kept = sources.filter((_s, i) => same[i]).map((s) => this.articles.get(s.file) as Article);
    if (kept.some((a, i) => i > 0 && kept[i - 1].rank > a.rank)) {
      this.reset();
      same = sources.map(() => false);
    }
    const leaving = [...this.articles.values()].filter((a) => {
      const rank = rankOf.get(a.file);
      return rank === undefined || !same[rank];
    });
    const arriving = sources.flatMap((s, rank) => (same[rank] ? [] : [{ source: s, rank }]));
    if (leaving.length === 0 && arriving.length === 0 && this.groupsCache && sameCopies(this.copiesOf, copies.copiesOf)) return this.groupsCache;
    this.copiesOf = copies.copiesOf;

    const change = new Change();
    // Counts before the change, for the words it touches (whether a pair was a candidate before).
    const oldBound = maxPostingsFor(this.unitCount);
    const oldCounts = new Map<string, number>();
    const noteCount = (stem: string) => oldCounts.has(stem) || oldCounts.set(stem, this.postings.get(stem)?.size ?? 0);
    for (const article of leaving) {
      for (const unit of article.units) for (const stem of unit.stems) noteCount(stem);
      this.remove(article, change);
    }
    const added: Unit[] = [];
    change.newSerialFrom = this.serials;
    const words = wordsMemo();
    for (const { source, rank } of arriving) {
      const article = this.add(source, rank, words);
      for (const unit of article.units) {
        for (const stem of unit.stems) noteCount(stem);
        added.push(unit);
      }
    }
    for (const unit of added) this.post(unit);
    this.order = sources.map((s) => this.articles.get(s.file) as Article);
    this.order.forEach((a, rank) => (a.rank = rank));

    const bound = maxPostingsFor(this.unitCount);
    const oldUsable = (stem: string) => (oldCounts.get(stem) ?? this.postings.get(stem)?.size ?? 0) <= oldBound;
    this.refreshFlippedWords(oldCounts, oldBound, bound, oldUsable, change);
    this.linkNewUnits(added, change);
    this.decideReadings(change);
    this.recluster(change, added);
    this.groupsCache = this.groupsNow();
    return this.groupsCache;
  }

  /** Forgets everything (the next update compares the whole story). */
  reset(): void {
    this.articles = new Map();
    this.order = [];
    this.postings.clear();
    this.unitCount = 0;
    this.apart.clear();
    this.unitsOfQuote.clear();
    this.clusterOf.clear();
    this.clusters.clear();
    this.groupsCache = undefined;
    this.copiesOf = new Map();
    this.groupsWithItself = new Map();
  }

  private add(source: SourceQuotes, rank: number, words: WordsOf): Article {
    const article: Article = { file: source.file, quotes: source.quotes, rank, units: [] };
    for (const ref of groupedRefs(source)) {
      const units: Unit[] = [];
      for (const { node, within } of unitsOf(ref, words.words, words.stemCount)) {
        const unit: Unit = {
          ...node,
          article,
          local: article.units.length,
          quote: ref,
          ...(within === undefined ? {} : { within: units[within] }),
          serial: this.serials++,
          links: new Map(),
          kept: new Map(),
          drops: new Map(),
          removed: false,
          part: -1,
          clustering: -1,
          slot: -1,
        };
        units.push(unit);
        article.units.push(unit);
      }
      this.unitsOfQuote.set(ref, units);
    }
    this.articles.set(source.file, article);
    return article;
  }

  private post(unit: Unit): void {
    for (const stem of unit.stems) {
      const list = this.postings.get(stem);
      if (list) list.add(unit);
      else this.postings.set(stem, new Set([unit]));
    }
    this.unitCount++;
  }

  private remove(article: Article, change: Change): void {
    this.articles.delete(article.file);
    for (const unit of article.units) {
      unit.removed = true;
      for (const stem of unit.stems) {
        const list = this.postings.get(stem);
        list?.delete(unit);
        if (list?.size === 0) this.postings.delete(stem);
      }
      this.unitCount--;
      for (const link of [...unit.links.values()]) this.unlink(link, change);
      this.unitsOfQuote.delete(unit.quote);
      const cluster = this.clusterOf.get(unit);
      if (cluster) this.dropCluster(cluster);
    }
  }

  /** Whether two units are a candidate pair now (see the head of this file). */
  private isCandidate(a: Unit, b: Unit, usable: (stem: string) => boolean): boolean {
    if (a.quote === b.quote) return false;
    const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
    let shared = 0;
    let anyUsable = false;
    for (const s of small) {
      if (!large.has(s)) continue;
      shared++;
      if (!anyUsable && usable(s)) anyUsable = true;
    }
    return anyUsable && shared >= requiredShared(small.size);
  }

  private usableNow(bound: number): (stem: string) => boolean {
    return (stem) => (this.postings.get(stem)?.size ?? 0) <= bound;
  }

  /**
   * Words whose usability flipped (their count crossed the bound, or the bound moved past their count):
   * links resting on a word no longer usable are checked again, pairs of old units that a newly usable
   * word makes candidates are linked.
   */
  private refreshFlippedWords(oldCounts: Map<string, number>, oldBound: number, bound: number, oldUsable: (stem: string) => boolean, change: Change): void {
    const usable = this.usableNow(bound);
    const flipped = new Set<string>();
    for (const stem of oldCounts.keys()) if (oldUsable(stem) !== usable(stem)) flipped.add(stem);
    if (bound !== oldBound) {
      const [low, high] = bound < oldBound ? [bound, oldBound] : [oldBound, bound];
      for (const [stem, list] of this.postings) if (list.size > low && list.size <= high && !oldCounts.has(stem)) flipped.add(stem);
    }
    for (const stem of flipped) {
      const list = [...(this.postings.get(stem) ?? [])];
      if (!usable(stem)) {
        for (const unit of list) {
          for (const link of [...unit.links.values()]) {
            const far = other(link, unit);
            if (far.stems.has(stem) && !this.isCandidate(unit, far, usable)) this.unlink(link, change);
          }
        }
        continue;
      }
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = before(list[x], list[y]) ? [list[x], list[y]] : [list[y], list[x]];
          if (a.links.has(b) || this.isNew(a, change) || this.isNew(b, change)) continue;
          if (this.isCandidate(a, b, usable) && !this.isCandidate(a, b, oldUsable)) this.linkPair(a, b, change);
        }
      }
    }
  }

  private isNew(unit: Unit, change: Change): boolean {
    return change.newSerialFrom !== undefined && unit.serial >= change.newSerialFrom;
  }

  /** The new units' candidates, found through the index: every unit sharing one of their usable words. */
  private linkNewUnits(added: readonly Unit[], change: Change): void {
    if (added.length === this.unitCount) {
      // The whole story is new: candidatePairKeys' prefix filtering finds the same pairs with fewer probes.
      const count = added.length;
      const keys = candidatePairKeys(
        added.map((u) => u.stems),
        { maxPostings: maxPostingsFor(this.unitCount) },
        (i, j) => added[i].quote === added[j].quote,
      );
      // `added` is in the story's order, so i < j puts the earlier unit first.
      const link = repeatedPairsLinker(added.map((u) => u.tokens), this.scratch);
      for (const key of keys) this.linkPair(added[Math.floor(key / count)], added[key % count], change, link);
      return;
    }
    const usable = this.usableNow(maxPostingsFor(this.unitCount));
    for (const unit of added) {
      const seen = new Set<Unit>();
      for (const stem of unit.stems) {
        if (!usable(stem)) continue;
        for (const far of this.postings.get(stem) ?? []) {
          // A pair of new units is visited from the older one.
          if (far === unit || seen.has(far) || (this.isNew(far, change) && far.serial < unit.serial)) continue;
          seen.add(far);
          if (this.isCandidate(unit, far, usable)) {
            const [a, b] = before(unit, far) ? [unit, far] : [far, unit];
            this.linkPair(a, b, change);
          }
        }
      }
    }
  }

  private linkPair(a: Unit, b: Unit, change: Change, linker: Linker = (x, y, sameFile) => sentenceLink(x, y, sameFile, (p, q) => alignTokens(p, q, this.scratch))): void {
    const data = linker(a, b, a.article === b.article);
    if (!data) return;
    const link: Link = { ...data, first: a, second: b, dropCount: 0, removed: false };
    a.links.set(b, link);
    b.links.set(a, link);
    this.setKept(link);
    change.linkChanged(link);
  }

  private unlink(link: Link, change: Change): void {
    link.removed = true;
    link.first.links.delete(link.second);
    link.second.links.delete(link.first);
    this.setKept(link);
    if (link.dropCount > 0) this.countApart(link, -1, change);
    change.linkChanged(link);
  }

  /** splitReadings again for the (unit, other article) lists a changed link touches. */
  private decideReadings(change: Change): void {
    const lists = new Map<Unit, Set<Article>>();
    const touch = (unit: Unit, article: Article) => {
      if (unit.removed || unit.article === article) return;
      const set = lists.get(unit);
      if (set) set.add(article);
      else lists.set(unit, new Set([article]));
    };
    for (const link of change.links) {
      const { first, second } = link;
      touch(first, second.article);
      touch(second, first.article);
      // Whether two units of one article are linked decides between the readings of every unit linked to either.
      if (first.article === second.article && link.linked) {
        for (const u of [first, second]) if (!u.removed) for (const far of u.links.keys()) touch(far, u.article);
      }
    }
    for (const [unit, articles] of lists) {
      // One pass over the unit's links sorts them by article (a unit may link into hundreds of articles).
      const into = new Map<Article, { link: Link; other: Unit }[]>();
      for (const article of articles) into.set(article, []);
      for (const [far, link] of unit.links) into.get(far.article)?.push({ link, other: far });
      for (const [article, list] of into) this.decideList(unit, article, list, change);
    }
  }

  private decideList(unit: Unit, article: Article, list: readonly { link: Link; other: Unit }[], change: Change): void {
    const previous = unit.drops.get(article) ?? new Set<Link>();
    const isLinked = (x: Unit, y: Unit) => x.links.get(y)?.linked === true;
    const next = new Set(article.units.length > 0 && !article.units[0].removed ? [...readingsToDrop(list, (u) => u.quote, (u) => u.stems, isLinked)].map((e) => e.link) : []);
    for (const link of previous) if (!next.has(link)) this.setDropped(link, -1, change);
    for (const link of next) if (!previous.has(link)) this.setDropped(link, 1, change);
    if (next.size > 0) unit.drops.set(article, next);
    else unit.drops.delete(article);
  }

  private setDropped(link: Link, by: number, change: Change): void {
    if (link.removed) return;
    const was = link.dropCount > 0;
    link.dropCount += by;
    const is = link.dropCount > 0;
    if (was === is) return;
    this.setKept(link);
    this.countApart(link, is ? 1 : -1, change);
    change.dirty.add(link.first);
    change.dirty.add(link.second);
  }

  /** Unit.kept follows the link's state. */
  private setKept(link: Link): void {
    const { first, second } = link;
    if (!link.removed && isKept(link)) {
      first.kept.set(second, link.strength);
      second.kept.set(first, link.strength);
    } else {
      first.kept.delete(second);
      second.kept.delete(first);
    }
  }

  /** A dropped link keeps its two quotes apart: every unit of both is clustered again when that changes. */
  private countApart(link: Link, by: number, change: Change): void {
    const x = link.first.quote;
    const y = link.second.quote;
    for (const [p, q] of [
      [x, y],
      [y, x],
    ]) {
      const row = this.apart.get(p) ?? new Map<QuoteRef, number>();
      const n = (row.get(q) ?? 0) + by;
      if (n > 0) row.set(q, n);
      else row.delete(q);
      if (row.size > 0) this.apart.set(p, row);
      else this.apart.delete(p);
    }
    for (const q of [x, y]) for (const unit of this.unitsOfQuote.get(q) ?? []) change.dirty.add(unit);
  }

  /** Clusters again each connected part of the kept links that holds a changed unit. */
  private recluster(change: Change, added: readonly Unit[]): void {
    for (const link of change.links) {
      change.dirty.add(link.first);
      change.dirty.add(link.second);
    }
    for (const unit of added) change.dirty.add(unit);
    // Units reached in this pass carry its stamp (Unit.part), cheaper than a set on a part of hundreds of units.
    const reached = ++this.parts;
    for (const start of change.dirty) {
      if (start.removed || start.part === reached) continue;
      const part = [start];
      // The part's kept links, each once (from the unit created first), gathered on the way.
      const kept: { from: Unit; to: Unit; strength: number }[] = [];
      start.part = reached;
      for (let k = 0; k < part.length; k++) {
        const unit = part[k];
        for (const [far, strength] of unit.kept) {
          if (unit.serial < far.serial) kept.push({ from: unit, to: far, strength });
          if (far.part !== reached) {
            far.part = reached;
            part.push(far);
          }
        }
      }
      for (const unit of part) {
        const cluster = this.clusterOf.get(unit);
        if (cluster) this.dropCluster(cluster);
      }
      if (part.length > 1) this.clusterPart(part, kept);
    }
  }

  private clusterPart(part: Unit[], kept: readonly { from: Unit; to: Unit; strength: number }[]): void {
    part.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    // A part holds every unit linked to one of its units: its links are found from each unit's own.
    const stamp = ++this.parts;
    part.forEach((unit, i) => {
      unit.clustering = stamp;
      unit.slot = i;
    });
    const slotOf = (unit: Unit) => (unit.clustering === stamp ? unit.slot : -1);
    const links: ClusterLink[] = kept.map(({ from, to, strength }) => (from.slot < to.slot ? { a: from.slot, b: to.slot, strength } : { a: to.slot, b: from.slot, strength }));
    const uncounted: [number, number][] = [];
    const forbidden: [number, number][] = [];
    part.forEach((unit, i) => {
      const sentence = unit.within ? slotOf(unit.within) : -1;
      if (sentence >= 0) uncounted.push([i, sentence]);
      for (const quote of this.apart.get(unit.quote)?.keys() ?? []) {
        for (const far of this.unitsOfQuote.get(quote) ?? []) {
          const j = slotOf(far);
          if (j >= 0) forbidden.push([i, j]);
        }
      }
    });
    for (const { id, members } of averageLinkageClusters(part.length, links, MIN_LINKED_SHARE, { uncounted, forbidden })) {
      const cluster: Cluster = { keeper: part[id], units: members.map((i) => part[i]) };
      this.clusters.add(cluster);
      for (const unit of cluster.units) this.clusterOf.set(unit, cluster);
    }
  }

  private dropCluster(cluster: Cluster): void {
    this.clusters.delete(cluster);
    for (const unit of cluster.units) if (this.clusterOf.get(unit) === cluster) this.clusterOf.delete(unit);
  }

  /** The groups from the clusters, as groupQuotes builds them. */
  private groupsNow(): QuoteGroup[] {
    const clusters = [...this.clusters].sort((a, b) => (before(a.keeper, b.keeper) ? -1 : before(b.keeper, a.keeper) ? 1 : 0));
    const quotesOf = (units: readonly Unit[]) => [...new Set(units.map((u) => u.quote))];
    // A unit of a quote with copies is a group with them even when nothing else joined it.
    const alone = this.order.flatMap((a) => a.units.filter((u) => !this.clusterOf.has(u) && this.copiesOf.has(refKey(u.quote))).map((u) => [u]));
    return groupsOf([...clusters.map((c) => c.units), ...alone].map(quotesOf), this.copiesOf);
  }
}

/** What one update changed: links added or removed, and units to cluster again. */
class Change {
  readonly links: Link[] = [];
  readonly dirty = new Set<Unit>();
  /** Units created by this update have serials from here on. */
  newSerialFrom: number | undefined;

  linkChanged(link: Link): void {
    this.links.push(link);
  }
}
