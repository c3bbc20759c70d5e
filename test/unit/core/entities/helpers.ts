// Shared helpers for the entity tests: a bare Article around a text, and exact-span lookup.
import type { Article, Entity, Span } from '../../../../src/core/model';

export function articleOf(text: string, boilerplate: Span[] = []): Article {
  return { text, meta: {}, paragraphs: [], boilerplate };
}

/** The span of the nth occurrence (0-based) of needle in text; throws in the test when absent. */
export function at(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in the test text`);
    if (i === nth) return { start, end: start + needle.length, text: needle };
    from = start + 1;
  }
}

/** Entities as [name, type, [mention text, start]...] for compact deep-equal assertions. */
export function summary(entities: Entity[]): [string, string, [string, number][]][] {
  return entities.map((e) => [e.name, e.type, e.mentions.map((m) => [m.text, m.start] as [string, number])]);
}
