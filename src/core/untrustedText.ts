// Text from the workspace (articles, sidecars, registries, file names) is untrusted: a cloned
// repository may be written to attack whoever opens it. One function per kind of sink neutralises it
// (Markdown and HTML escaping live with their renderers: export/markdown.ts mdText, export/html.ts
// esc, extension/text/markdownText.ts escapeMarkdown):
//   plainText    — notifications, status bar, tree labels/descriptions/tooltips, quick picks, progress
//                  titles: VS Code turns `[label](command:…)` in a notification into a link that runs
//                  the command, and `$(name)` into an icon;
//   terminalText — human-readable CLI output: escape sequences could retitle or repaint the terminal;
//   httpUrl      — an address that may become a link (exports, hovers, views): http(s) only.

// Line breaks (CR, LF, NEL, LS, PS) and tabs become one space.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// Other C0/C1 controls, DEL, and bidirectional overrides/isolates (which reorder what is shown).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINK_SYNTAX: Readonly<Record<string, string>> = {
  '[': '\uff3b', // ［
  ']': '\uff3d', // ］
  '<': '\u2039', // ‹
  '>': '\u203a', // ›
  '`': '\u02cb', // ˋ
};

/**
 * Untrusted text made safe for a plain-text UI sink: no link, autolink, code or icon syntax, no
 * control characters, one line. Look-alike characters keep it readable. `max` shortens it with "…".
 */
export function plainText(text: string, max?: number): string {
  let out = String(text)
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '\ufffd')
    .replace(/[[\]<>`]/g, (c) => LINK_SYNTAX[c])
    .replace(/(command):/gi, '$1\ua789') // ꞉ (a scheme needs a real colon)
    .replace(/\$\(/g, '\uff04('); // ＄( : not a $(icon)
  out = out.replace(/ {2,}/g, ' ');
  if (max !== undefined && out.length > max) out = `${out.slice(0, Math.max(0, max - 1))}…`;
  return out;
}

// Every control character but newline and tab, and the bidi overrides/isolates.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** Untrusted text for a terminal: controls other than \n and \t are shown as \uXXXX (CR as \r). */
export function terminalText(text: string): string {
  return String(text).replace(TERMINAL_CONTROLS, (c) => (c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The address when it is an absolute http(s) URL with no whitespace or controls; else undefined. */
export function httpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  // The host is taken whole ((?=(…))\1): the rest's characters include the host's, and letting them trade
  // places made a long address with a bad character at its end quadratic.
  // eslint-disable-next-line no-control-regex
  if (!/^https?:\/\/(?=([^\s/?#\u0000-\u001f\u007f-\u009f]+))\1[^\s\u0000-\u001f\u007f-\u009f]*$/i.test(url)) return undefined;
  return url;
}
