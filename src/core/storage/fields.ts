// Small typed readers for untrusted JSON: each returns the value when it has the right shape and
// otherwise reports at the field's path and returns undefined. Unknown properties are kept (a newer
// or hand-edited file must not lose data when we save) but reported as warnings.
import { childPath, type DiagnosticSink } from './diagnostics';
import { ownValue, setOwn } from './jsonText';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (value === undefined) return 'nothing';
  return `${typeof value === 'object' ? 'an object' : typeof value} ${typeof value === 'object' ? '' : JSON.stringify(value)}`.trim();
}

/** Reads fields of one object, remembering which ones were expected. */
export class FieldReader {
  private readonly seen = new Set<string>();

  constructor(readonly obj: JsonObject, readonly path: string, readonly sink: DiagnosticSink) {}

  has(key: string): boolean {
    return ownValue(this.obj, key) !== undefined;
  }

  private take(key: string, required: boolean): unknown {
    this.seen.add(key);
    const value = ownValue(this.obj, key);
    if (value === undefined && required) this.sink.error(childPath(this.path, key), 'is missing');
    return value;
  }

  string(key: string, opts: { required?: boolean; nonEmpty?: boolean; pattern?: RegExp; patternName?: string } = {}): string | undefined {
    const value = this.take(key, opts.required ?? true);
    if (value === undefined) return undefined;
    const at = childPath(this.path, key);
    if (typeof value !== 'string') {
      this.sink.error(at, `must be a string, found ${describe(value)}`);
      return undefined;
    }
    if (opts.nonEmpty && value.length === 0) {
      this.sink.error(at, 'must not be empty');
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(value)) {
      this.sink.error(at, `must be ${opts.patternName ?? `like ${opts.pattern.source}`}, found ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  nullableString(key: string): string | null | undefined {
    const value = this.take(key, true);
    if (value === null) return null;
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.sink.error(childPath(this.path, key), `must be a string or null, found ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], required = true): T | undefined {
    const value = this.take(key, required);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.sink.error(childPath(this.path, key), `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, found ${describe(value)}`);
      return undefined;
    }
    return value as T;
  }

  offset(key: string): number | undefined {
    const value = this.take(key, true);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.sink.error(childPath(this.path, key), `must be a whole number ≥ 0, found ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  stringArray(key: string, required = true): string[] | undefined {
    const value = this.take(key, required);
    if (value === undefined) return undefined;
    const at = childPath(this.path, key);
    if (!Array.isArray(value)) {
      this.sink.error(at, `must be an array of strings, found ${describe(value)}`);
      return undefined;
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else this.sink.error(childPath(at, i), `must be a string, found ${describe(item)}`);
    });
    return out;
  }

  raw(key: string, required = true): unknown {
    return this.take(key, required);
  }

  /** Unknown properties, copied so they survive a save (whatever their names, "__proto__" included). */
  extras(): JsonObject {
    const out: JsonObject = {};
    for (const key of Object.keys(this.obj)) {
      if (key === '$schema' && this.obj[key] !== undefined) out[key] = this.obj[key];
      if (this.seen.has(key)) continue;
      this.sink.warning(childPath(this.path, key), 'unknown property (kept as is)');
      setOwn(out, key, this.obj[key]);
    }
    return out;
  }
}

export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
