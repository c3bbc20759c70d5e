// Which files may be analysed. Articles longer than crosscheck.maxArticleSize (analysis costs about
// 10 s of CPU per megabyte) are analysed only after the user says so, once per file for the session; binary files (NUL bytes) are never analysed, and the user is told once.
import * as path from 'path';
import * as vscode from 'vscode';
import { showWarning } from '../text/messageText';

/** Per-session decisions about files that are too large or not text. */
export class AnalysisGate {
  private readonly allowed = new Set<string>();
  private readonly asked = new Set<string>();
  private readonly binaryReported = new Set<string>();

  constructor(private readonly log: Pick<vscode.LogOutputChannel, 'info'>) {}

  /** True once the user chose "Analyze Anyway" for this file in this session. */
  isAllowed(uri: vscode.Uri): boolean {
    return this.allowed.has(uri.toString());
  }

  allow(uri: vscode.Uri): void {
    this.allowed.add(uri.toString());
  }

  /** True the first time it is called for a file: the user is asked once per session. */
  shouldAsk(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (this.asked.has(key) || this.allowed.has(key)) return false;
    this.asked.add(key);
    return true;
  }

  /** True once the binary warning was shown for this file in this session. */
  hasReportedBinary(uri: vscode.Uri): boolean {
    return this.binaryReported.has(uri.toString());
  }

  /** A file with NUL bytes is not an article: say so once, never analyse it. */
  reportBinary(uri: vscode.Uri): void {
    const key = uri.toString();
    this.log.info(`not analysed: ${uri.fsPath} holds NUL bytes (a binary file)`);
    if (this.binaryReported.has(key)) return;
    this.binaryReported.add(key);
    void showWarning(vscode.l10n.t('Crosscheck does not analyse {0}: it holds NUL bytes, so it is a binary file, not an article.', path.posix.basename(uri.path)));
  }
}

