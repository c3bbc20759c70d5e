// Hypothesis annotations (the client's JSON export, or the API's search result `{ rows: [...] }`)
// as note annotations. Each lands on the article whose source URL is its `uri`; failing that, on the
// one article where its TextQuoteSelector is found unambiguously. The note keeps the text, tags,
// user and creation time, and `origin: { format: 'hypothesis', id }` so a re-import adds nothing.
import { locateQuote, type Located } from '../anchoring/locate';
import { ISO_DATE_TIME, isObject } from '../storage/fields';
import { parseJsonText } from '../storage/jsonText';
import { BatchBuilder, type ImportArticle, type ImportBatch, type ImportInput, type ImportOptions } from './batch';
import { articlesAt } from './urls';

interface HypothesisItem {
  id?: string;
  uri?: string;
  text: string;
  tags: string[];
  user?: string;
  created?: string;
  updated?: string;
  quote?: { exact: string; prefix?: string; suffix?: string; start?: number };
}

const MAX_ITEMS = 100_000;

export function importHypothesis(fileText: string, input: ImportInput, options: ImportOptions = {}): ImportBatch {
  const b = new BatchBuilder('hypothesis', input, options);
  const parsed = parseJsonText(fileText);
  if (!parsed.ok) {
    b.batch.error = `not a JSON file (${parsed.message})`;
    return b.batch;
  }
  const list = annotationList(parsed.value);
  if (!list) {
    b.batch.error = 'not a Hypothesis export: expected an array of annotations, or an object with "rows" or "annotations"';
    return b.batch;
  }
  if (list.length > MAX_ITEMS) b.batch.warnings.push(`only the first ${MAX_ITEMS} of ${list.length} annotations were read`);
  for (const raw of list.slice(0, MAX_ITEMS)) {
    b.batch.read++;
    const item = readItem(raw);
    if (!item) {
      b.notPlaced('(not an annotation)', 'the entry is not a Hypothesis annotation object');
      continue;
    }
    place(b, item);
  }
  return b.batch;
}

function annotationList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.rows)) return value.rows;
  if (Array.isArray(value.annotations)) return value.annotations;
  return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function readItem(raw: unknown): HypothesisItem | undefined {
  if (!isObject(raw)) return undefined;
  const item: HypothesisItem = {
    text: str(raw.text) ?? '',
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [],
  };
  const id = str(raw.id);
  if (id) item.id = id;
  const user = str(raw.user);
  if (user) item.user = user;
  const created = str(raw.created);
  if (created) item.created = created;
  const updated = str(raw.updated);
  if (updated) item.updated = updated;
  const targets = Array.isArray(raw.target) ? raw.target.filter(isObject) : [];
  item.uri = str(raw.uri) ?? targets.map((t) => str(t.source)).find(Boolean);
  for (const t of targets) {
    const selectors = Array.isArray(t.selector) ? t.selector.filter(isObject) : [];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
    if (!quote) continue;
    const position = selectors.find((s) => s.type === 'TextPositionSelector' && typeof s.start === 'number');
    item.quote = {
      exact: quote.exact as string,
      ...(typeof quote.prefix === 'string' ? { prefix: quote.prefix } : {}),
      ...(typeof quote.suffix === 'string' ? { suffix: quote.suffix } : {}),
      ...(position ? { start: position.start as number } : {}),
    };
    break;
  }
  return item;
}

function place(b: BatchBuilder, item: HypothesisItem): void {
  const label = item.quote?.exact || item.text || '(empty annotation)';
  const origin = item.id ? { format: 'hypothesis', id: item.id } : undefined;
  if (origin && b.seenOrigin(origin)) {
    b.batch.duplicates++;
    return;
  }
  if (!item.quote || item.quote.exact.trim() === '') {
    b.notPlaced(label, 'a page note: it quotes no passage to attach it to', item.id);
    return;
  }
  const quote = item.quote;
  const byUrl = articlesAt(b.input.articles, item.uri);
  let target: { article: ImportArticle; found: Located & { status: 'found' } } | undefined;
  if (byUrl.length > 0) {
    const found = byUrl.map((article) => ({ article, found: locateQuote(article.text, quote) }));
    const hits = found.filter((f): f is { article: ImportArticle; found: Located & { status: 'found' } } => f.found.status === 'found');
    if (hits.length !== 1) {
      const ambiguous = found.some((f) => f.found.status === 'ambiguous');
      const files = byUrl.map((a) => a.file).join(', ');
      b.notPlaced(label, hits.length > 1 ? `the passage is in several articles with this address (${files})` : ambiguous ? `the passage occurs several times in ${files} and its context does not tell which` : `the passage is not in ${files}, the article at this address (edited since?)`, item.id);
      return;
    }
    target = hits[0];
  } else {
    const found = b.input.articles.map((article) => ({ article, found: locateQuote(article.text, quote) }));
    const hits = found.filter((f): f is { article: ImportArticle; found: Located & { status: 'found' } } => f.found.status === 'found');
    const ambiguous = found.filter((f) => f.found.status === 'ambiguous');
    if (hits.length === 1 && ambiguous.length === 0) target = hits[0];
    else {
      const reason =
        hits.length + ambiguous.length > 1
          ? `the passage is in ${hits.length + ambiguous.length} articles (${[...hits, ...ambiguous].map((f) => f.article.file).join(', ')}); set each article's source URL (Edit Source Details) so the address decides`
          : ambiguous.length === 1
            ? `the passage occurs several times in ${ambiguous[0].article.file} and its context does not tell which`
            : `no article has this address or this passage`;
      b.notPlaced(label, reason, item.id);
      return;
    }
  }
  const blocked = b.blocked(target.article);
  if (blocked) {
    b.notPlaced(label, blocked, item.id);
    return;
  }
  const fields: Record<string, unknown> = { kind: 'note', note: item.text };
  if (item.tags.length) fields.tags = item.tags;
  if (item.user) fields.author = item.user;
  if (origin) fields.origin = origin;
  const created = item.created && ISO_DATE_TIME.test(item.created) ? item.created : undefined;
  const updated = item.updated && ISO_DATE_TIME.test(item.updated) ? item.updated : created;
  b.annotate(target.article, target.found.start, target.found.end, fields, created ? { created, modified: updated } : undefined);
}
