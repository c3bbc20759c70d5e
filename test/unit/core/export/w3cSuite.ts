// Loads the W3C Web Annotation WG's test-suite schemas (JSON Schema draft-04) from the shared
// evaluation folder into Ajv 8, and checks a document against every MUST of a `.test` list.
import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'fs';
import * as path from 'path';

export const SUITE_DIR = process.env.CROSSCHECK_SHARED
  ? path.join(process.env.CROSSCHECK_SHARED, 'eval', 'w3c-anno')
  : path.resolve(__dirname, '../../../../../shared/eval/w3c-anno');

export function suiteAvailable(): boolean {
  return fs.existsSync(path.join(SUITE_DIR, 'annotations', 'annotationMusts.test'));
}

/** draft-04 → what Ajv 8 reads: `id` → `$id`, no `$schema`, boolean exclusiveMinimum → number. */
function upgrade(node: unknown, root: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => upgrade(n, false));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === '$schema') continue;
    if (root && k === 'id') out.$id = v;
    else if (k === 'exclusiveMinimum' && typeof v === 'boolean') {
      if (v) out.exclusiveMinimum = o.minimum;
    } else if (k === 'minimum' && o.exclusiveMinimum === true) continue;
    else out[k] = k === 'properties' || k === 'definitions' || k === 'patternProperties' ? mapValues(v) : upgrade(v, false);
  }
  return out;
}

function mapValues(v: unknown): unknown {
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, upgrade(x, false)]));
}

const read = (p: string) => JSON.parse(fs.readFileSync(path.join(SUITE_DIR, p), 'utf8'));

export interface Suite {
  check(listFile: string, doc: unknown): string[];
}

export function loadSuite(): Suite {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  // The two formats the suite uses: RFC 3986 URIs (a scheme is required) and RFC 3339 date-times (a zone is required).
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  for (const f of fs.readdirSync(path.join(SUITE_DIR, 'definitions'))) ajv.addSchema(upgrade(read(path.join('definitions', f)), true) as object);
  const compiled = new Map<string, ValidateFunction>();
  return {
    check(listFile, doc) {
      const failures: string[] = [];
      for (const assertion of read(listFile).assertions as string[]) {
        let validate = compiled.get(assertion);
        if (!validate) {
          const schema = upgrade(read(assertion), true) as Record<string, unknown>;
          delete schema.$id;
          validate = ajv.compile(schema);
          compiled.set(assertion, validate);
        }
        if (!validate(doc)) failures.push(`${assertion}: ${ajv.errorsText(validate.errors)}`);
      }
      return failures;
    },
  };
}
