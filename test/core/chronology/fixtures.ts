import type { Actor, ActorKind, ActorMention, Article } from '../../../src/core/types.js';

/** A hand-made article: one paragraph per string. */
export function article(id: string, outlet: string | null, published: string | null, paragraphs: string[]): Article {
  return {
    id, file: id, title: paragraphs[0] ?? id, outlet, via: null, published, url: null, note: null,
    provenance: { title: 'text', outlet: outlet ? 'manifest' : null, published: published ? 'manifest' : null, url: null },
    raw: paragraphs.join('\n'), paragraphs, paragraphLines: paragraphs.map((_, i) => i + 1), removed: [], warnings: [],
  };
}

/** A hand-made actor, as the actor extraction would give it. */
export function actor(name: string, kind: ActorKind, aliases: string[] = [], mentionsIn: ActorMention[] = []): Actor {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'), name, kind, aliases, roles: [], mentions: mentionsIn.length,
    articles: [...new Set(mentionsIn.map((m) => m.articleId))], quotes: [], mentionsIn, cooccurring: [],
  };
}

/** Actors of the Ukraine-talks stories used across the chronology tests. */
export const talksActors: Actor[] = [
  actor('Vladimir Putin', 'person', ['Putin', 'President Putin']),
  actor('Steve Witkoff', 'person', ['Witkoff']),
  actor('Donald Trump', 'person', ['Trump']),
  actor('Sergei Lavrov', 'person', ['Lavrov']),
  actor('Marco Rubio', 'person', ['Rubio']),
  actor('Kremlin', 'organization'),
  actor('European Parliament', 'organization'),
  actor('Ukraine', 'place'),
  actor('Russia', 'place'),
  actor('Moscow', 'place'),
];
