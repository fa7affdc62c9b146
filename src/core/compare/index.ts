import type { Actor, Article, Comparison } from '../types.js';

/** Aligns two articles sentence by sentence. (Placeholder: being built.) */
export function compareArticles(a: Article, b: Article, _actors: readonly Actor[]): Comparison {
  return {
    a: { id: a.id, outlet: a.outlet, title: a.title },
    b: { id: b.id, outlet: b.outlet, title: b.title },
    similarity: 0, rows: [], quotes: [], actorsOnlyA: [], actorsOnlyB: [], figuresOnlyA: [], figuresOnlyB: [],
    attributionChanges: [],
  };
}
