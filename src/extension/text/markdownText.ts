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
