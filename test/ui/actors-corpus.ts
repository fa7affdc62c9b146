import { analyseCorpus, buildArticle, byPublication } from '../../src/core/analyse.js';
import { sentencesOf } from '../../src/core/text/article-sentences.js';
import type { Actor, ActorKind, ActorMention, Article, Corpus, SourceDocument } from '../../src/core/types.js';
import { doc } from '../support/corpus.js';

/** A long live blog: one entry per hour, each naming the union leader, so her detail view must scroll. */
const diary = [
  'Port strike diary: hour by hour',
  ...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00 Entry ${h + 1}: Okafor addresses the picket line at gate ${h + 1}.`),
].join('\n\n');

/**
 * Made-up coverage of one story by outlets in different styles (wire copy, a broadsheet, a live blog, a
 * translated repost), so actors have aliases, roles, quotes, co-occurring actors and many mentions.
 */
export const actorDocs: SourceDocument[] = [
  doc('wire.txt', [
    'Port strike ends after talks in Rotterdam',
    'ROTTERDAM (Northwire) - Dock workers ended a nine-day strike on Monday after union leader Maria Okafor reached a deal with the port authority.',
    '"This is a fair agreement for every worker," Okafor told reporters outside the talks.',
    'Transport minister Henrik Dahl welcomed the deal and said the port would reopen on Tuesday.',
  ].join('\n\n'), { outlet: 'Northwire', published: '2025-04-07' }),
  doc('broadsheet.txt', [
    'Rotterdam dockers back at work as minister claims victory',
    'The strike that closed the largest port in Europe for nine days is over.',
    'Maria Okafor, the union leader who led it, spent the weekend in talks with Henrik Dahl.',
    'Dahl, the transport minister, called the deal "a win for common sense" in a statement.',
  ].join('\n\n'), { outlet: 'The Morning Ledger', published: '2025-04-08' }),
  doc('repost.txt', [
    'Havenstaking voorbij: union leader and minister agree (translated)',
    'Union leader Maria Okafor met minister Henrik Dahl in Den Haag on Sunday, the Dutch daily reported.',
  ].join('\n\n'), { outlet: 'Havenkrant', via: 'EuroDigest', published: '2025-04-08' }),
  doc('diary.txt', diary, { outlet: 'City Live', published: '2025-04-07' }),
];

/** Every sentence of the articles that names one of `forms` (longest form first), as mentions. */
function mentionsOf(articles: readonly Article[], forms: readonly string[]): ActorMention[] {
  const longestFirst = [...forms].sort((a, b) => b.length - a.length);
  const mentions: ActorMention[] = [];
  for (const article of articles) {
    for (const s of sentencesOf(article)) {
      const surface = longestFirst.find((f) => new RegExp(`\\b${f}\\b`).test(s.text));
      if (surface) mentions.push({ ...s, surface });
    }
  }
  return mentions;
}

function paragraphOf(article: Article, fragment: string): number {
  return article.paragraphs.findIndex((p) => p.includes(fragment));
}

/**
 * The articles as the analysis reads them, with actors written by hand, so the pane is tested against
 * known actors whatever the recogniser finds this week.
 */
export function handCorpus(): Corpus {
  const articles = actorDocs.map(buildArticle).sort(byPublication);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const actor = (id: string, name: string, kind: ActorKind, aliases: string[], extra: Partial<Actor> = {}): Actor => {
    const mentionsIn = mentionsOf(articles, [name, ...aliases]);
    return {
      id, name, kind, aliases, roles: [], quotes: [], cooccurring: [], mentionsIn,
      mentions: mentionsIn.length,
      articles: [...new Set(mentionsIn.map((m) => m.articleId))],
      ...extra,
    };
  };
  const wire = byId.get('wire.txt')!;
  const broadsheet = byId.get('broadsheet.txt')!;
  const actors = [
    actor('maria-okafor', 'Maria Okafor', 'person', ['Okafor'], {
      roles: [{ text: 'union leader', articleId: 'wire.txt' }, { text: 'Union leader', articleId: 'repost.txt' }],
      quotes: [{ text: 'This is a fair agreement for every worker', articleId: 'wire.txt', paragraph: paragraphOf(wire, 'fair agreement') }],
      cooccurring: [{ name: 'Henrik Dahl', count: 3 }, { name: 'The Hague', count: 1 }],
    }),
    actor('henrik-dahl', 'Henrik Dahl', 'person', ['Dahl'], {
      roles: [{ text: 'Transport minister', articleId: 'wire.txt' }],
      quotes: [{ text: 'a win for common sense', articleId: 'broadsheet.txt', paragraph: paragraphOf(broadsheet, 'common sense') }],
      cooccurring: [{ name: 'Maria Okafor', count: 3 }],
    }),
    actor('rotterdam', 'Rotterdam', 'place', ['ROTTERDAM']),
    actor('northwire', 'Northwire', 'organization', []),
    actor('the-hague', 'The Hague', 'place', ['Den Haag'], { cooccurring: [{ name: 'Maria Okafor', count: 1 }] }),
    actor('europe', 'Europe', 'place', []),
  ];
  return { root: '/tmp/actors-sample', articles, actors, chronology: [], stories: [], warnings: [] };
}

/** The same articles through the whole analysis, actors and all. */
export function analysedCorpus(): Corpus {
  return analyseCorpus('/tmp/actors-analysed', actorDocs, []);
}
