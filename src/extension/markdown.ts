// Hover markdown built safely: every string from an article or a sidecar is escaped, and command
// links go only to Crosscheck's own commands, which the hover enables by name.
import * as vscode from 'vscode';

/** Internal commands (not in the palette) that hover links may run. */
export const REVEAL_SPAN_COMMAND = 'crosscheck._revealSpan';

/** Commands a hover may link to; nothing else is enabled in hover markdown. */
export const HOVER_COMMANDS = [
  REVEAL_SPAN_COMMAND,
  'crosscheck.correctSpeaker',
  'crosscheck.suppressHighlight',
  'crosscheck.revealInClaims',
  'crosscheck.setClaimStatus',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** Escapes markdown and HTML syntax, and folds line breaks so an excerpt stays on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:$]/g, (c) => `\\${c}`);
}

/** An excerpt short enough for a hover line. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function commandLink(label: string, command: HoverCommand, args: unknown[], tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${title})`;
}

/** Link that opens an article and selects [start, end). */
export function revealLink(label: string, uri: vscode.Uri, start: number, end: number): string {
  return commandLink(label, REVEAL_SPAN_COMMAND, [uri.toString(), start, end], 'Reveal in the article');
}

export function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = true;
  return md;
}
