// A folder's entity names merged across articles (corpusNames) kept up to date as articles change, one
// article at a time, with the same result (a unit test replays random edits against corpusNames). The
// merge has two global steps, each kept here in a form that one article's change touches only in part:
// - Stories (storiesOf): two articles are linked when the names they share weigh enough. Articles sharing
//   a key few enough articles name (MAX_PAIRED: a global count) are compared pair by pair; through a key
//   more name, each is compared with the first of them (its anchor). The stories are the connected parts of
//   those links. Each article's links are kept; a change recomputes the links of the changed articles, and
//   of the articles naming a key whose count crossed the bound or whose anchor changed; the connected parts are then walked again
//   (linear in articles and links). A story whose articles are all as before keeps its merged names.
// - Names inside a story (mergeAcrossArticles): its rules are global in the story ("a surname alone joins
//   the only full name of that surname", the most used name and type), so a changed story is merged again,
//   but over its distinct (type, name, aliases) forms, each prepared once (keys, surnames, initials) and
//   counted, not over every entity of every article: the same few forms come back in every article.
//   The one order-dependent rule (a lone surname or acronym joins the one cluster that owns it, in the
//   order entities come) is replayed in that order, skipping repeats that nothing since could change.
import type { EntityType } from '../model';
import { nameKey, nameKeyMemo } from './classify';
import { NAME_PARTICLE_START, oneDeletionIndex, oneEditApart, type EntityNames } from './corpus';
import { initialsOf, isAcronym, surnamesOf } from './merge';
import { MAX_PAIRED, sharesEnough, signature } from './stories';

/** One distinct entity (type, name, aliases) with what the merge reads of it, prepared once. */
interface Form {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /** Entities of the kept articles that are this form: forgotten at 0. */
  users: number;
  /** `type:key` of the name and each alias (shared spellings join). */
  spellings: string[];
  /** Keys of the name and each alias: whether an article writes a cluster's name. */
  writes: Set<string>;
  /** A person's full name: the surnames a lone surname may stand for. */
  surnames: string[];
  /** Not a person: the initials its aliases spell. */
  initials: string[];
  /** A lone surname, or a one-word name with an acronym alias: the owners it looks up. */
  lone?: { owners: 'surname' | 'initials'; key: string };
  /** A person's surname (six letters or more) and given names: transliteration variants. */
  variant?: { surname: string; given: string };
  /** Scratch of one story's merge: the pass that met it, its place, its count, the lone replay it was last seen at. */
  pass: number;
  local: number;
  count: number;
  seenAt: number;
}

interface Article {
  names: readonly EntityNames[];
  forms: Form[];
  /** storiesOf's keys: key → index of the entity that names it. */
  signature: Map<string, number>;
  rank: number;
  /** Articles linked to this one (on one story by what they share), both ways. */
  links: Set<Article>;
  /** The story it was last merged in, and its names from that merge. */
  story?: Article[];
  result?: EntityNames[];
  /** Its names differ from those the last update gave it (or it had none). */
  changed: boolean;
}

interface Cluster {
  name: string;
  type: EntityType;
  aliases: string[];
  key: string;
}

/** What an update gives: corpusNames' answer, and the rows whose names differ from the previous update's. */
export interface CorpusNamesUpdate {
  /** corpusNames(perArticle). Rows are shared with later updates: read them, never modify them. */
  names: EntityNames[][];
  /** Indices (into perArticle) of the rows that are new or whose names changed since the previous update. */
  changed: number[];
}

/** Whether two rows of entity names are the same (names, types, aliases). */
export function sameNames(a: readonly EntityNames[], b: readonly EntityNames[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.name !== y.name || x.type !== y.type || x.aliases.length !== y.aliases.length) return false;
    for (let j = 0; j < x.aliases.length; j++) if (x.aliases[j] !== y.aliases[j]) return false;
  }
  return true;
}

export class CorpusNamesIndex {
  private order: Article[] = [];
  private readonly forms = new Map<string, Form>();
  /** storiesOf's keys → the articles naming them. */
  private readonly byKey = new Map<string, Set<Article>>();
  /** For each key more than MAX_PAIRED articles name: the first of them, which the others are compared with. */
  private readonly anchors = new Map<string, Article>();
  private passes = 0;

  /**
   * Brings the index to these articles (a folder's rows of entity names, in order) and returns
   * corpusNames(perArticle). Rows are matched to the previous update's by content: only new or changed
   * rows are prepared, and only the stories they touch are merged again.
   */
  update(perArticle: readonly (readonly EntityNames[])[]): CorpusNamesUpdate {
    let next = this.match(perArticle);
    // Kept articles must keep their order (it decides ties); otherwise start again, still telling which rows' names changed.
    const kept = next.filter((a): a is Article => a !== undefined);
    let carried: (Article | undefined)[] = [];
    if (kept.some((a, i) => i > 0 && kept[i - 1].rank > a.rank)) {
      this.reset();
      carried = next;
      next = perArticle.map(() => undefined);
    }
    const keptSet = new Set(next);
    const leaving = this.order.filter((a) => !keptSet.has(a));
    const oldCounts = new Map<string, number>();
    const noteCount = (key: string) => oldCounts.has(key) || oldCounts.set(key, this.byKey.get(key)?.size ?? 0);
    for (const a of leaving) {
      for (const key of a.signature.keys()) noteCount(key);
      this.remove(a);
    }
    const arriving: Article[] = [];
    const keyOf = nameKeyMemo();
    this.order = perArticle.map((names, i) => {
      const known = next[i];
      if (known) return known;
      const article = this.add(names, keyOf, noteCount);
      // After a restart, the names it had: it counts as changed only if they differ.
      const result = carried[i]?.result;
      if (result) Object.assign(article, { result, changed: false });
      arriving.push(article);
      return article;
    });
    this.order.forEach((a, rank) => (a.rank = rank));

    // Links to recompute: the arriving articles', and those of every article naming a key that crossed the bound.
    const dirty = new Set(arriving);
    for (const [key, count] of oldCounts) {
      const named = this.byKey.get(key);
      if (named && (count <= MAX_PAIRED) !== (named.size <= MAX_PAIRED)) for (const a of named) dirty.add(a);
      // A key too many articles name links them through its first (storiesOf's anchor): a new anchor relinks them all.
      if (!named || named.size <= MAX_PAIRED) {
        this.anchors.delete(key);
        continue;
      }
      let anchor: Article | undefined;
      for (const a of named) if (!anchor || a.rank < anchor.rank) anchor = a;
      if (anchor !== this.anchors.get(key)) {
        this.anchors.set(key, anchor as Article);
        for (const a of named) dirty.add(a);
      }
    }
    for (const a of dirty) {
      for (const other of a.links) other.links.delete(a);
      a.links.clear();
    }
    for (const a of dirty) this.relink(a);

    for (const story of this.stories()) this.settleStory(story);
    const changed: number[] = [];
    const names = this.order.map((a, i) => {
      if (a.changed) changed.push(i);
      a.changed = false;
      return a.result as EntityNames[];
    });
    return { names, changed };
  }

  /** Forgets everything (the next update prepares every article). */
  reset(): void {
    this.order = [];
    this.forms.clear();
    this.byKey.clear();
    this.anchors.clear();
  }

  /** For each row, the kept article with the same names: at the same place, else anywhere not yet taken. */
  private match(perArticle: readonly (readonly EntityNames[])[]): (Article | undefined)[] {
    const next: (Article | undefined)[] = perArticle.map((names, i) => {
      const article = this.order[i];
      return article && sameNames(article.names, names) ? article : undefined;
    });
    if (next.every((a) => a !== undefined) && next.length === this.order.length) return next;
    const taken = new Set(next);
    const byContent = new Map<string, Article[]>();
    for (const a of this.order) {
      if (taken.has(a)) continue;
      const id = JSON.stringify(a.names);
      const list = byContent.get(id);
      if (list) list.push(a);
      else byContent.set(id, [a]);
    }
    if (byContent.size === 0) return next;
    return next.map((a, i) => a ?? byContent.get(JSON.stringify(perArticle[i]))?.shift());
  }

  /** A new article; `noteCount` sees each of its keys before the article counts under it. */
  private add(names: readonly EntityNames[], keyOf: (name: string) => string, noteCount: (key: string) => void): Article {
    const forms = names.map((e) => this.formOf(e));
    const article: Article = { names, forms, signature: signature(names, keyOf), rank: 0, links: new Set(), changed: true };
    for (const key of article.signature.keys()) {
      noteCount(key);
      const named = this.byKey.get(key);
      if (named) named.add(article);
      else this.byKey.set(key, new Set([article]));
    }
    return article;
  }

  private remove(article: Article): void {
    for (const key of article.signature.keys()) {
      const named = this.byKey.get(key);
      named?.delete(article);
      if (named?.size === 0) this.byKey.delete(key);
    }
    for (const other of article.links) other.links.delete(article);
    article.links.clear();
    for (const form of article.forms) if (--form.users === 0) this.forms.delete(form.id);
  }

  private formOf(e: EntityNames): Form {
    const id = JSON.stringify([e.type, e.name, e.aliases]);
    let form = this.forms.get(id);
    if (!form) {
      form = prepareForm(id, e);
      this.forms.set(id, form);
    }
    form.users++;
    return form;
  }

  /**
   * The article's links, as storiesOf makes them: with every article sharing a key few enough articles
   * name, and through a key more articles name, with its anchor (or, for the anchor, with all of them).
   */
  private relink(article: Article): void {
    for (const key of article.signature.keys()) {
      const named = this.byKey.get(key) as Set<Article>;
      const anchor = named.size > MAX_PAIRED ? (this.anchors.get(key) as Article) : undefined;
      for (const other of anchor && anchor !== article ? [anchor] : named) {
        if (other === article || article.links.has(other)) continue;
        const [first, second] = article.rank < other.rank ? [article, other] : [other, article];
        if (sharesEnough(first.signature, second.signature)) {
          article.links.add(other);
          other.links.add(article);
        }
      }
    }
  }

  /** The connected parts of the links, each in the folder's order, listed by their first article. */
  private stories(): Article[][] {
    const seen = new Set<Article>();
    const stories: Article[][] = [];
    for (const start of this.order) {
      if (seen.has(start)) continue;
      seen.add(start);
      const story = [start];
      for (let k = 0; k < story.length; k++) {
        for (const other of story[k].links) {
          if (seen.has(other)) continue;
          seen.add(other);
          story.push(other);
        }
      }
      stories.push(story.length > 1 ? story.sort((x, y) => x.rank - y.rank) : story);
    }
    return stories;
  }

  /** Gives the story's articles their names: kept when the story is as it was, else merged again. */
  private settleStory(story: Article[]): void {
    const was = story[0].story;
    if (was && was.length === story.length && was.every((a, i) => a === story[i])) return;
    const merged = this.mergeStory(story);
    story.forEach((a, i) => {
      a.story = story;
      if (a.result && sameNames(a.result, merged[i])) return;
      a.result = merged[i];
      a.changed = true;
    });
  }

  /** mergeAcrossArticles over the story's forms, then corpusNames' rows (entities sharing a name take the first one's). */
  private mergeStory(story: Article[]): EntityNames[][] {
    const pass = ++this.passes;
    const forms: Form[] = [];
    const lone: Form[] = [];
    for (const a of story) {
      for (const f of a.forms) {
        if (f.pass !== pass) {
          f.pass = pass;
          f.local = forms.length;
          f.count = 0;
          f.seenAt = -1;
          forms.push(f);
        }
        f.count++;
        if (f.lone) lone.push(f);
      }
    }
    const parent = forms.map((_f, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[rb] = ra;
    };

    // 1. Shared spellings.
    const bySpelling = new Map<string, number>();
    forms.forEach((f, i) => {
      for (const spelling of f.spellings) {
        const seen = bySpelling.get(spelling);
        if (seen === undefined) bySpelling.set(spelling, i);
        else union(seen, i);
      }
    });

    // 2. Lone surnames and acronyms, in the order the entities come: a union can make a later one's owners one.
    const owners = { surname: new Map<string, Set<number>>(), initials: new Map<string, Set<number>>() };
    forms.forEach((f, i) => {
      for (const s of f.surnames) addTo(owners.surname, s, find(i));
      for (const s of f.initials) addTo(owners.initials, s, find(i));
    });
    let unions = 0;
    for (const f of lone) {
      // Met again with no union since: nothing it reads has changed.
      if (f.seenAt === unions) continue;
      f.seenAt = unions;
      const lookup = f.lone as NonNullable<Form['lone']>;
      const owning = owners[lookup.owners].get(lookup.key);
      if (!owning) continue;
      const roots = new Set([...owning].map(find));
      const [root] = roots;
      if (roots.size === 1 && root !== find(f.local)) {
        union(root, f.local);
        unions++;
      }
    }

    // 3. Transliteration variants: surnames one edit apart, with the same given names or none.
    const bySurname = new Map<string, Map<string, number>>();
    forms.forEach((f, i) => {
      if (!f.variant) return;
      const { surname, given } = f.variant;
      const givens = bySurname.get(surname) ?? new Map<string, number>();
      if (!givens.has(given)) givens.set(given, i);
      bySurname.set(surname, givens);
    });
    const variants = oneDeletionIndex(bySurname.keys());
    for (const surnames of variants.values()) {
      for (let a = 0; a < surnames.length; a++) {
        for (let b = a + 1; b < surnames.length; b++) {
          if (!oneEditApart(surnames[a], surnames[b])) continue;
          const x = bySurname.get(surnames[a]) as Map<string, number>;
          const y = bySurname.get(surnames[b]) as Map<string, number>;
          for (const [given, i] of x) for (const [otherGiven, j] of y) if (given === '' || otherGiven === '' || given === otherGiven) union(i, j);
        }
      }
    }

    // 4. Each cluster's name (fullest, most used, first seen), type (most used) and aliases.
    const members = new Map<number, Form[]>();
    forms.forEach((f, i) => {
      const list = members.get(find(i));
      if (list) list.push(f);
      else members.set(find(i), [f]);
    });
    const clusterOf: Cluster[] = [];
    for (const list of members.values()) {
      const name = pickName(list);
      const cluster: Cluster = { name, type: pickType(list), aliases: [...new Set([name, ...list.flatMap((f) => f.aliases)])], key: nameKey(name) };
      for (const f of list) clusterOf[f.local] = cluster;
    }

    // 5. Each article's rows: a person takes the cluster's name, anything else when its article writes it.
    return story.map((a) => {
      const written = new Set<Cluster>();
      for (const f of a.forms) {
        const cluster = clusterOf[f.local];
        if (cluster.type !== 'person' && f.writes.has(cluster.key)) written.add(cluster);
      }
      const byName = new Map<string, EntityNames>();
      return a.forms.map((f) => {
        const cluster = clusterOf[f.local];
        const name = cluster.type === 'person' || written.has(cluster) ? cluster.name : f.name;
        let row = byName.get(name);
        if (!row) byName.set(name, (row = { name, type: cluster.type, aliases: cluster.aliases }));
        return row;
      });
    });
  }
}

function prepareForm(id: string, e: EntityNames): Form {
  const key = nameKey(e.name);
  const words = key.split(' ');
  const person = e.type === 'person';
  const form: Form = {
    id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    users: 0,
    spellings: [e.name, ...e.aliases].map((alias) => `${e.type}:${nameKey(alias)}`),
    writes: new Set([e.name, ...e.aliases].map(nameKey)),
    surnames: person && words.length >= 2 ? surnamesOf(words) : [],
    initials: person ? [] : e.aliases.map(initialsOf).filter((initials) => initials !== ''),
    pass: 0,
    local: 0,
    count: 0,
    seenAt: -1,
  };
  if (!key.includes(' ') || (person && NAME_PARTICLE_START.test(key))) {
    if (person) form.lone = { owners: 'surname', key };
    else if (e.aliases.some(isAcronym)) form.lone = { owners: 'initials', key: key.toUpperCase() };
  }
  const surname = words[words.length - 1];
  if (person && surname.length >= 6) form.variant = { surname, given: words.length === 1 ? '' : words.slice(0, -1).join(' ') };
  return form;
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** mergeAcrossArticles' pickName over counted forms: the most words; then the most used; then the first seen. */
function pickName(forms: readonly Form[]): string {
  const count = new Map<string, number>();
  for (const f of forms) count.set(f.name, (count.get(f.name) ?? 0) + f.count);
  const words = (s: string) => s.split(' ').length;
  let best = forms[0].name;
  for (const [n, c] of count) {
    if (words(n) > words(best) || (words(n) === words(best) && c > (count.get(best) ?? 0))) best = n;
  }
  return best;
}

/** mergeAcrossArticles' pickType over counted forms: the most used; ties to the first seen. */
function pickType(forms: readonly Form[]): EntityType {
  const count = new Map<EntityType, number>();
  for (const f of forms) count.set(f.type, (count.get(f.type) ?? 0) + f.count);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
