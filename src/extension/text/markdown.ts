// Hover markdown built safely: every string from an article or a sidecar is escaped, and command
// links go only to Crosscheck's own commands, which the hover enables by name.
import * as vscode from 'vscode';
import { escapeMarkdown } from './markdownText';

export { escapeMarkdown, excerpt, quoted } from './markdownText';

/** Internal commands (not in the palette) that hover links may run. */
export const REVEAL_SPAN_COMMAND = 'crosscheck._revealSpan';

/** Commands a hover may link to; nothing else is enabled in hover markdown. */
export const HOVER_COMMANDS = [
  REVEAL_SPAN_COMMAND,
  'crosscheck.correctSpeaker',
  'crosscheck.suppressHighlight',
  'crosscheck.revealInClaims',
  'crosscheck.setClaimStatus',
  'crosscheck.markChecked',
  'crosscheck.unmarkChecked',
  'crosscheck.confirmMovedAnnotation',
  'crosscheck.reattachAnnotation',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

export function commandLink(label: string, command: HoverCommand, args: unknown[], tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${title})`;
}

/** Link that opens an article and selects [start, end). */
export function revealLink(label: string, uri: vscode.Uri, start: number, end: number): string {
  return commandLink(label, REVEAL_SPAN_COMMAND, [uri.toString(), start, end], vscode.l10n.t('Reveal in the article'));
}

export function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = true;
  return md;
}
