// Diagnostics for stored files: every problem names the JSON path it was found at, so a user can
// fix a hand-edited sidecar without guessing. Errors make the document read-only (saving would
// lose what could not be read); warnings do not.
import type { Diagnostic, Severity } from '../model';

export interface StorageDiagnostic extends Diagnostic {
  /** JSONPath-like location: `$.annotations[3].target.start`. */
  path: string;
}

/** Collects diagnostics while a document is walked. */
export class DiagnosticSink {
  readonly items: StorageDiagnostic[] = [];

  report(severity: Severity, path: string, message: string): void {
    this.items.push({ severity, path, message: `${path}: ${message}` });
  }

  error(path: string, message: string): void {
    this.report('error', path, message);
  }

  warning(path: string, message: string): void {
    this.report('warning', path, message);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
