// Text for markdown (hovers, tooltips), with no editor dependency so it is unit-tested in Node.
// Everything taken from an article or a sidecar goes through escapeMarkdown before it is shown.

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

/** Quotation marks that open or close a passage; a passage selected with its marks keeps them in `exact`. */
const OPENING = /^["“„«‹‘'‚]+/;
const CLOSING = /(?<!["”»›’'])["”»›’']+$/; // tried from the run's first mark only: linear

/**
 * A passage in curly quotes for a label: “excerpt”. Marks the passage already starts or ends with
 * are dropped first, so an excerpt never shows doubled marks (““…””). A closing apostrophe is kept
 * unless the passage also opened with a single mark (“the workers’” stays whole).
 */
export function quoted(text: string, max = 80): string {
  let inner = text.replace(/\s+/g, ' ').trim();
  const opened = OPENING.exec(inner)?.[0] ?? '';
  inner = inner.slice(opened.length);
  const closed = CLOSING.exec(inner)?.[0] ?? '';
  const singleOnly = /^[’']+$/.test(closed) && !/[‘'‚]/.test(opened);
  if (!singleOnly) inner = inner.slice(0, inner.length - closed.length);
  // Punctuation before the closing mark ("…unturned,”) stays: it is part of the passage.
  return `“${excerpt(inner, max)}”`;
}
