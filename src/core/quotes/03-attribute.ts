import type { Article, Entity, Quote } from '../model';

export function attributeSpeakers(_article: Article, quotes: Quote[], _entities: Entity[]): Quote[] {
  return quotes;
}
