// A large worker reply as JSON the host can parse a slice at a time. One JSON.parse of a 1 MB
// article's analysis (thousands of quotes, entities with thousands of mentions) held the extension
// host for over 100 ms; sliced, the value comes as its skeleton (every large array emptied) followed
// by those arrays' items in runs of about 64 KB of JSON, each parsed on its own, and the host yields
// between slices.
// No vscode import: the worker makes the parts, the host puts them together.

/** About how much JSON one part holds: parsing it costs the host a few milliseconds at most. */
const PART_CHARS = 64 * 1024;

type Path = (string | number)[];

/**
 * The value as parts: its skeleton's JSON (every array or object over `partChars` of JSON emptied or
 * taken apart), then `[path, items]` JSON for each run of a large array's items, about `partChars`
 * each, parents before children. `json`: the value's JSON, when the caller has written it already.
 */
export function sliceJson(value: unknown, partChars = PART_CHARS, json?: string): string[] {
  const chunks: string[] = [];
  const skeleton = emptied(value, [], chunks, partChars, json);
  return [JSON.stringify(skeleton) ?? 'null', ...chunks];
}

/**
 * `value` with its large arrays emptied into `chunks`. `json` is its JSON, when the caller has it:
 * an array's items are written once, and a run of them is put together from their JSON (written
 * again at every level it was nested in, a corpus pass's reply cost several times its own JSON).
 */
function emptied(value: unknown, path: Path, chunks: string[], partChars: number, json: string = JSON.stringify(value) ?? ''): unknown {
  if (typeof value !== 'object' || value === null || json.length <= partChars) return value;
  if (Array.isArray(value)) {
    let items: string[] = [];
    let size = 0;
    // An item's own large parts come after the run that holds it, so the host has put it in place before filling them.
    let nested: string[] = [];
    const flush = () => {
      if (items.length > 0) chunks.push(`[${JSON.stringify(path)},[${items.join(',')}]]`, ...nested);
      items = [];
      size = 0;
      nested = [];
    };
    value.forEach((item: unknown, i) => {
      // In an array, what JSON cannot write (undefined, a function) is written as null.
      const itemJson = JSON.stringify(item) ?? 'null';
      const part = emptied(item, [...path, i], nested, partChars, itemJson);
      const partJson = part === item ? itemJson : JSON.stringify(part);
      items.push(partJson);
      size += partJson.length;
      if (size >= partChars) flush();
    });
    flush();
    return [];
  }
  // Null prototype: a key such as "__proto__" (text from a sidecar) stays a plain key.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = emptied(item, [...path, key], chunks, partChars);
  return copy;
}

/**
 * Puts sliced parts together again, parsing them in order and awaiting `pause` whenever a slice
 * has run `budgetMs` (the host lets input and timers run in between). Parts that do not fit the
 * skeleton are an error, never patched onto anything else.
 */
export async function parseSliced(parts: readonly string[], pause: () => Promise<void>, budgetMs = 8): Promise<unknown> {
  let sliceStarted = performance.now();
  const root: unknown = JSON.parse(parts[0]);
  for (let i = 1; i < parts.length; i++) {
    if (performance.now() - sliceStarted > budgetMs) {
      await pause();
      sliceStarted = performance.now();
    }
    const chunk: unknown = JSON.parse(parts[i]);
    if (!Array.isArray(chunk) || chunk.length !== 2 || !Array.isArray(chunk[0]) || !Array.isArray(chunk[1])) throw new Error('a sliced reply part is not [path, items]');
    const target = at(root, chunk[0] as unknown[]);
    if (!Array.isArray(target)) throw new Error('a sliced reply part does not lead to an array');
    for (const item of chunk[1] as unknown[]) target.push(item);
  }
  return root;
}

/** The value at `path` below `root`, through own properties and array items only. */
function at(root: unknown, path: readonly unknown[]): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number' && Number.isSafeInteger(key) && key >= 0 && key < node.length) node = node[key];
    else if (typeof node === 'object' && node !== null && !Array.isArray(node) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(node, key)) {
      node = Object.getOwnPropertyDescriptor(node, key)?.value;
    } else return undefined;
  }
  return node;
}
