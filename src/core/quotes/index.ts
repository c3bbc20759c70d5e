import type { Article, Entity, Quote } from '../model';

// TEMPORARY: replaced by the quote scanner and speaker attribution.
export function findQuotes(_article: Article): Quote[] {
  return [];
}

export function attributeSpeakers(_article: Article, quotes: Quote[], _entities: Entity[]): Quote[] {
  return quotes;
}
