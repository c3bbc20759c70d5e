// Builders for stored items in tests (fictional article text; never seed text).
import type { Annotation, Claim, Sidecar, ClaimsRegistry } from '../../../../src/core/storage/model';

export const ARTICLE = 'Harbour master Ilse Varga said the quay at Port Ennis "will reopen by Friday" after the storm.\n';

export function annotation(overrides: Partial<Annotation> & { id: string }): Annotation {
  return {
    kind: 'note',
    note: 'check with the port office',
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
    target: { exact: 'Ilse Varga', prefix: 'Harbour master ', suffix: ' said the quay at Port Ennis "wil', start: 15, end: 25 },
    ...overrides,
  } as Annotation;
}

export function claim(overrides: Partial<Claim> & { id: string }): Claim {
  return {
    text: 'The quay at Port Ennis reopens by Friday.',
    status: 'unverified',
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function sidecar(annotations: Annotation[], extra: Partial<Sidecar> = {}): Sidecar {
  return { version: 1, source: { outlet: 'Ennis Gazette' }, annotations, ...extra };
}

export function registry(claims: Claim[], extra: Partial<ClaimsRegistry> = {}): ClaimsRegistry {
  return { version: 1, claims, aliasOverrides: [], dismissedSuggestions: [], ...extra };
}
