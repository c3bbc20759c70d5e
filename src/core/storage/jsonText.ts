// JSON text in and out: parsing that reports line and column instead of throwing, and the one
// serializer used for every stored file (two-space indent, trailing newline, keys in a fixed order)
// so that a change to one field is a one-line git diff.

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * The value of an object's own property, never one inherited from Object.prototype: a stored file
 * may hold a property called "constructor" on one side of a merge and not on the other.
 */
export function ownValue(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Sets an own, enumerable property; a key such as "__proto__" becomes data, not the object's prototype. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

export function parseJsonText(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(raw);
    if (!at) return { ok: false, message: `not valid JSON: ${raw}` };
    const offset = Number(at[1]);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const detail = raw.replace(/ in JSON at position \d+.*$/s, '');
    return { ok: false, message: `not valid JSON at line ${line}, column ${column} (${detail})` };
  }
}

/**
 * A copy of `value` whose object keys come in `order` first, then any others alphabetically.
 * `orderFor` picks the order for each nested object from its path of keys.
 */
export function withKeyOrder(value: unknown, orderFor: (keyPath: string[]) => readonly string[], keyPath: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => withKeyOrder(item, orderFor, [...keyPath, '[]']));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const order = orderFor(keyPath);
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  const known = order.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !order.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) setOwn(out, key, withKeyOrder(record[key], orderFor, [...keyPath, key]));
  return out;
}

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Order-insensitive structural equality through canonical JSON (sorted keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(withKeyOrder(value, () => []));
}
