// How a source is named to the user: the outlet a person gave it (Edit Source Details… writes the
// sidecar's `source.outlet`) once known, else its file name. One rule for views, hovers and problems;
// the result is untrusted text, escaped by whichever sink shows it.
import * as path from 'path';
import type * as vscode from 'vscode';
import type { ArticleState } from './documentAnalysis';

export function sourceName(uri: vscode.Uri, state: Pick<ArticleState, 'sidecar'> | undefined): string {
  const outlet = state?.sidecar.kind === 'ok' ? state.sidecar.value.source.outlet?.trim() : undefined;
  return outlet || path.posix.basename(uri.path);
}
