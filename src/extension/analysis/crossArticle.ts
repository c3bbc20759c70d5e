// Lookups across every analysed article, for hovers and the Sources view: the same speaker or
// entity is often named differently from one outlet to the next ("Mara Quill", "Ms Quill").
import { reportedElsewhere, type Entity, type Quote, type QuoteGroup, type QuoteRef } from '../../core';
import type { QuoteGroupsCache } from './analysisWorkerGroups';
import type { ArticleState } from './documentAnalysis';

const fold = (s: string) => s.trim().toLocaleLowerCase();

export interface Located<T> {
  state: ArticleState;
  item: T;
}

/** Every name an entity goes by in one article (canonical name and surface forms). */
export function namesOf(entity: Entity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(fold));
}

/** The entity of one article that a name refers to, if any. */
export function entityNamed(state: ArticleState, name: string): Entity | undefined {
  const key = fold(name);
  return state.analysis.entities.find((e) => namesOf(e).has(key));
}

/** Quotes whose speaker is the same person as `speaker`, in every article (matched through aliases). */
export function quotesBy(states: readonly ArticleState[], speaker: string): Located<Quote>[] {
  const names = new Set([fold(speaker)]);
  for (const s of states) {
    const e = entityNamed(s, speaker);
    if (e && e.type === 'person') for (const n of namesOf(e)) names.add(n);
  }
  return states.flatMap((state) =>
    state.analysis.quotes.filter((q) => q.speaker !== null && names.has(fold(q.speaker))).map((item) => ({ state, item })),
  );
}

/** The same entity in every article: the one sharing its canonical name, else one sharing an alias. */
export function sameEntityEverywhere(states: readonly ArticleState[], entity: Entity): Located<Entity>[] {
  const names = namesOf(entity);
  const located: Located<Entity>[] = [];
  for (const state of states) {
    const candidates = state.analysis.entities.filter((e) => e.type === entity.type);
    const match =
      candidates.find((e) => fold(e.name) === fold(entity.name)) ?? candidates.find((e) => [...namesOf(e)].some((n) => names.has(n)));
    if (match) located.push({ state, item: match });
  }
  return located;
}

/** Another article reporting a quote, with its quotes that match (sorted by position). */
export interface ReportedIn {
  state: ArticleState;
  quotes: QuoteRef[];
}

/**
 * The same utterance reported by other articles (wording may differ), from the quote groups the
 * cross-source worker computes. A hover waits for them up to `waitMs` (the worker may be busy with
 * claim suggestions), then uses the last finished groups, whose other-article offsets may be a
 * change behind; the host never groups (hundreds of milliseconds on a large article).
 */
export class QuoteGroupsIndex {
  constructor(
    private readonly computed: QuoteGroupsCache,
    private readonly waitMs = 1500,
  ) {}

  /**
   * One entry per other article, through every group the quote belongs to (a quote of two sentences
   * sits in two groups), with that article's matching quotes (a headline and its body quote may both
   * match): "reported in N other articles" then counts articles, as the list shows them.
   */
  async elsewhere(states: readonly ArticleState[], state: ArticleState, quote: Quote): Promise<ReportedIn[]> {
    const groups = await this.groupsOf(states);
    const byFile = new Map(states.map((s) => [s.uri.toString(), s]));
    return reportedElsewhere(groups, state.uri.toString(), quote.start).flatMap(({ file, quotes }) => {
      const other = byFile.get(file);
      return other ? [{ state: other, quotes }] : [];
    });
  }

  private async groupsOf(states: readonly ArticleState[]): Promise<QuoteGroup[]> {
    const ready = this.computed.ready(states);
    if (ready) return ready;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.waitMs)));
    const computed = this.computed.of(states).catch(() => undefined);
    try {
      return (await Promise.race([computed, gaveUp])) ?? this.computed.latest() ?? [];
    } finally {
      clearTimeout(timer);
    }
  }
}
