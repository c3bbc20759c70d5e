// A large worker reply as JSON the host can parse a slice at a time. One JSON.parse of a 1 MB
// article's analysis (thousands of quotes, entities with thousands of mentions) held the extension
// host for over 100 ms; sliced, the value comes as its skeleton (every long array emptied) followed
// by those arrays' items in chunks, each parsed on its own, and the host yields between slices.
// No vscode import: the worker makes the parts, the host puts them together.

/** Arrays longer than this are sent in chunks of this many items. */
const CHUNK_ITEMS = 256;

type Path = (string | number)[];

/** The value as parts: its skeleton's JSON, then `[path, items]` JSON for each chunk of a long array, parents before children. */
export function sliceJson(value: unknown, chunkItems = CHUNK_ITEMS): string[] {
  const chunks: string[] = [];
  const skeleton = emptied(value, [], chunks, chunkItems);
  return [JSON.stringify(skeleton) ?? 'null', ...chunks];
}

function emptied(value: unknown, path: Path, chunks: string[], chunkItems: number): unknown {
  if (Array.isArray(value)) {
    if (value.length <= chunkItems) return value.map((item, i) => emptied(item, [...path, i], chunks, chunkItems));
    for (let from = 0; from < value.length; from += chunkItems) {
      // A chunk's own long arrays come after it, so the host has put the chunk in place before filling them.
      const nested: string[] = [];
      const items = value.slice(from, from + chunkItems).map((item, k) => emptied(item, [...path, from + k], nested, chunkItems));
      chunks.push(JSON.stringify([path, items]), ...nested);
    }
    return [];
  }
  if (typeof value === 'object' && value !== null) {
    // Null prototype: a key such as "__proto__" (text from a sidecar) stays a plain key.
    const copy = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) copy[key] = emptied(item, [...path, key], chunks, chunkItems);
    return copy;
  }
  return value;
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
