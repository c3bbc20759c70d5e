// The JSON Schemas (used by the editor through contributes.jsonValidation) and the TypeScript
// loader must agree: every stored sample validates, and for hundreds of single-field mutations of
// valid documents, "schema valid" equals "loader has no errors". Two rules only the loader can
// check (JSON Schema cannot compare fields or enforce unique ids): end ≥ start, unique ids.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseClaimsRegistry } from '../../../../src/core/storage/claims';
import type { Loaded } from '../../../../src/core/storage/document';
import { parseSidecar } from '../../../../src/core/storage/sidecar';
import { annotation, claim, registry, sidecar } from './builders';

const ROOT = path.resolve(__dirname, '../../../..');
const ajv = new Ajv({ allErrors: true, strict: true });
const validateSidecar = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/sidecar.schema.json'), 'utf8')));
const validateClaims = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/claims.schema.json'), 'utf8')));

function storedFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return (readdirSync(full, { recursive: true }) as string[])
    .map((f) => path.join(full, String(f)))
    .filter((f) => f.endsWith('.crosscheck.json') || path.basename(f) === 'crosscheck.claims.json')
    .sort();
}

const noErrors = (loaded: Loaded<unknown>) => !loaded.diagnostics.some((d) => d.severity === 'error');
const ONLY_LOADER_CHECKS = /must not be before start|repeats the id/;

/** Every way of breaking one field: each leaf replaced by values of other types, or deleted. */
function mutations(doc: unknown): Array<{ where: string; doc: unknown }> {
  const out: Array<{ where: string; doc: unknown }> = [];
  const replacements: unknown[] = [null, 0, -1, 1.5, '', 'x', '2026-03-01', [], {}, true, 'a_000000000009', 'c_000000000009', 'evidence', 'person', 'split'];
  const walk = (node: unknown, trail: Array<string | number>) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const k = Array.isArray(node) ? Number(key) : key;
      const child = (node as Record<string, unknown>)[key];
      for (const value of [...replacements, undefined]) out.push({ where: `${[...trail, k].join('.')} = ${JSON.stringify(value)}`, doc: setAt(doc, [...trail, k], value) });
      walk(child, [...trail, k]);
    }
  };
  walk(doc, []);
  return out;
}

function setAt(doc: unknown, trail: Array<string | number>, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc));
  let node = copy;
  for (const k of trail.slice(0, -1)) node = node[k];
  const last = trail[trail.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

describe('[storage/schemas] JSON Schemas agree with the loader', () => {
  const sidecarFiles = [...storedFiles('samples'), ...storedFiles('test/fixtures')].filter((f) => f.endsWith('.crosscheck.json'));
  const claimsFiles = [...storedFiles('samples'), ...storedFiles('test/fixtures')].filter((f) => f.endsWith('crosscheck.claims.json'));

  it('every sample sidecar and claims registry is valid under both', () => {
    const samples = [...sidecarFiles, ...claimsFiles].filter((f) => f.includes(`${path.sep}samples${path.sep}`));
    assert.ok(samples.length > 0, 'no samples found');
    for (const file of samples) {
      const text = readFileSync(file, 'utf8');
      const isClaims = file.endsWith('crosscheck.claims.json');
      const schemaOk = (isClaims ? validateClaims : validateSidecar)(JSON.parse(text));
      assert.ok(schemaOk, `${path.relative(ROOT, file)}: ${ajv.errorsText((isClaims ? validateClaims : validateSidecar).errors)}`);
      const loaded = isClaims ? parseClaimsRegistry(text) : parseSidecar(text);
      assert.deepEqual(loaded.diagnostics.filter((d) => d.severity === 'error'), [], path.relative(ROOT, file));
    }
  });

  it('every fixture file gets the same verdict from both (corrupt fixtures included)', () => {
    for (const file of [...sidecarFiles, ...claimsFiles]) {
      const text = readFileSync(file, 'utf8');
      const isClaims = file.endsWith('crosscheck.claims.json');
      const loaded = isClaims ? parseClaimsRegistry(text) : parseSidecar(text);
      if (loaded.diagnostics.some((d) => ONLY_LOADER_CHECKS.test(d.message))) continue;
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch {
        assert.equal(noErrors(loaded), false, `${file}: not JSON, yet the loader accepted it`);
        continue;
      }
      assert.equal((isClaims ? validateClaims : validateSidecar)(json), noErrors(loaded), path.relative(ROOT, file));
    }
  });

  const validSidecar = sidecar([
    annotation({ id: 'a_000000000001' }),
    annotation({
      id: 'a_000000000002', kind: 'evidence', claimId: 'c_000000000001', stance: 'supports',
      checked: { by: 'Ana Ruiz', at: '2026-03-02T09:00:00Z' }, createdBy: 'Ana Ruiz', modifiedBy: 'Tom Hale',
      alsoChangedBy: [{ by: 'Ana Ruiz', at: '2026-03-01T12:00:00Z' }],
    } as never),
    annotation({ id: 'a_000000000006', kind: 'check', layer: 'quote', checked: { by: 'Tom Hale', at: '2026-03-02T10:00:00+01:00' } } as never),
    annotation({ id: 'a_000000000003', kind: 'speaker', speaker: 'Ilse Varga', note: undefined } as never),
    annotation({ id: 'a_000000000004', kind: 'entity', name: 'Port Ennis', entityType: 'place' } as never),
    annotation({ id: 'a_000000000005', kind: 'suppress', layer: 'quote' } as never),
  ], {
    source: { title: 'Quay four', outlet: 'Ennis Gazette', byline: 'Ana Ruiz', date: '2026-03-01', url: 'https://ennis.example/q', modified: '2026-03-02T08:00:00Z', modifiedBy: 'Ana Ruiz' },
    conflicts: [
      { kind: 'annotation', id: 'a_000000000001', base: null, ours: annotation({ id: 'a_000000000001' }), theirs: annotation({ id: 'a_000000000001', note: 'theirs' }) },
      { kind: 'source', id: 'title', base: 'Quay', ours: 'Quay four', theirs: null },
    ],
  });
  const validRegistry = registry([claim({ id: 'c_000000000001', claimant: 'Port office', notes: 'n', createdBy: 'Ana Ruiz', modifiedBy: 'Tom Hale', alsoChangedBy: [{ by: 'Ana Ruiz', at: '2026-03-01T12:00:00Z' }] })], {
    aliasOverrides: [
      { id: 'm1', kind: 'merge', canonical: 'Ilse Varga', aliases: ['Varga'], type: 'person', created: '2026-03-01T12:00:00Z', createdBy: 'Ana Ruiz', modified: '2026-03-01T12:00:00Z', modifiedBy: 'Ana Ruiz' },
      { id: 's1', kind: 'split', name: 'Varga Lines', from: 'Varga' },
    ],
    dismissedSuggestions: ['k1', 'k2'],
    dismissals: [{ key: 'k1', by: 'Ana Ruiz', at: '2026-03-01T12:00:00Z', alsoChangedBy: [{ by: 'Tom Hale', at: '2026-03-02T08:00:00Z' }] }],
    conflicts: [{ kind: 'claim', id: 'c_000000000001', base: null, ours: claim({ id: 'c_000000000001' }), theirs: claim({ id: 'c_000000000001', status: 'false' }) }],
  });

  for (const [label, doc, validate, parse] of [
    ['sidecar', validSidecar, validateSidecar, parseSidecar],
    ['claims registry', validRegistry, validateClaims, parseClaimsRegistry],
  ] as const) {
    it(`${label}: schema and loader agree on the valid document and on every single-field mutation`, () => {
      assert.equal(validate(doc), true, ajv.errorsText(validate.errors));
      assert.equal(noErrors(parse(JSON.stringify(doc))), true);
      let compared = 0;
      let invalid = 0;
      const disagreements: string[] = [];
      for (const m of mutations(doc)) {
        const loaded = (parse as (t: string) => Loaded<unknown>)(JSON.stringify(m.doc));
        if (loaded.diagnostics.some((d) => ONLY_LOADER_CHECKS.test(d.message))) continue;
        const schemaOk = validate(m.doc) as boolean;
        compared++;
        if (!schemaOk) invalid++;
        if (schemaOk !== noErrors(loaded)) {
          disagreements.push(`${m.where}: schema ${schemaOk ? 'accepts' : `rejects (${ajv.errorsText(validate.errors)})`}, loader ${noErrors(loaded) ? 'accepts' : `rejects (${loaded.diagnostics.map((d) => d.message).join('; ')})`}`);
        }
      }
      assert.deepEqual(disagreements.slice(0, 10), []);
      assert.ok(compared > 300 && invalid > 100, `compared ${compared}, invalid ${invalid}`);
    });
  }
});
