import { describe, expect, it } from 'vitest';
import { comparePairs, MAX_PAIRED_MEMBERS, type ComparePair } from '../../../src/ui/compare-pairs.js';
import { orderedByStory, storyRuns, unmeasuredInView } from '../../../src/ui/compare/pair-order.js';
import { alignmentSimilarity } from '../../../src/core/compare/index.js';
import type { Article, Corpus, Story } from '../../../src/core/types.js';

function article(id: string, published: string, paragraphs: string[]): Article {
  return {
    id, file: id, title: id, outlet: id, via: null, published, url: null, note: null,
    provenance: { title: null, outlet: null, published: null, url: null }, raw: paragraphs.join('\n\n'), paragraphs,
    paragraphLines: paragraphs.map((_, i) => i + 1), removed: [], warnings: [],
  };
}

const WIRE = ['Dock workers ended a three-day strike at Northport on Wednesday.', 'The port authority agreed to raise wages by 6 percent.', 'Cargo handling returns to normal by Friday.'];
const corpusOf = (articles: Article[], stories: Story[]): Corpus => ({ root: '/tmp', articles, actors: [], chronology: [], stories, warnings: [] });

const reprint = article('reprint.txt', '2025-04-05', WIRE);
const wire = article('wire.txt', '2025-04-02', WIRE);
const rewrite = article('rewrite.txt', '2025-04-03', ['Northport strike is OVER after wages rise 6 percent.', 'Cargo handling returns to normal by Friday.']);
const storm = article('storm.txt', '2025-04-02', ['Gales hit the northern coast.']);
const stormToo = article('storm2.txt', '2025-04-02', ['Gales hit the northern coast on Thursday.']);
const corpus = corpusOf([reprint, wire, rewrite, storm, stormToo], [
  { id: 's-storm', title: 'Gales', articles: ['storm.txt', 'storm2.txt'] },
  { id: 's-strike', title: 'Strike ends', articles: ['reprint.txt', 'wire.txt', 'rewrite.txt'] },
  { id: 's-alone', title: 'Alone', articles: ['rewrite.txt'] },
]);

const ids = (pairs: readonly ComparePair[]) => pairs.map((p) => `${p.a.id}|${p.b.id}`);

describe('comparePairs', () => {
  it('pairs the versions of each story, bigger stories first, the earlier version as A, and measures nothing', () => {
    const pairs = comparePairs(corpus);
    expect(ids(pairs)).toEqual(['wire.txt|rewrite.txt', 'wire.txt|reprint.txt', 'rewrite.txt|reprint.txt', 'storm.txt|storm2.txt']);
  });

  it(`offers pairs among a big story's first ${MAX_PAIRED_MEMBERS} versions only`, () => {
    const many = Array.from({ length: 12 }, (_, i) => article(`v${String(i).padStart(2, '0')}.txt`, `2025-04-${String(i + 1).padStart(2, '0')}`, WIRE));
    const pairs = comparePairs(corpusOf(many, [{ id: 's', title: 'Big', articles: many.map((a) => a.id).reverse() }]));
    expect(pairs).toHaveLength((MAX_PAIRED_MEMBERS * (MAX_PAIRED_MEMBERS - 1)) / 2);
    expect(pairs.every((p) => p.a.id < 'v08' && p.b.id < 'v08')).toBe(true);
  });
});

describe('ordering the pairs as they come into view', () => {
  const measure = (pairs: readonly ComparePair[], wanted: readonly string[]) =>
    Object.fromEntries(wanted.map((id) => { const p = pairs.find((x) => x.id === id)!; return [id, alignmentSimilarity(p.a, p.b)]; }));

  it('asks for the whole stories in view, then sorts each measured story most similar first without moving it', () => {
    const pairs = comparePairs(corpus);
    expect(ids(orderedByStory(pairs, {}))[0]).toBe('wire.txt|rewrite.txt');
    expect(storyRuns(pairs)).toEqual([[0, 3], [3, 4]]);
    const wanted = unmeasuredInView(pairs, 0, 2, true, {});
    expect(wanted).toEqual(pairs.slice(0, 3).map((p) => p.id));
    const similarity = measure(pairs, wanted);
    expect(unmeasuredInView(pairs, 0, 2, true, similarity)).toEqual([]);
    const ordered = orderedByStory(pairs, similarity);
    expect(ids(ordered)[0]).toBe('wire.txt|reprint.txt');
    expect(similarity[ordered[0]!.id]).toBe(1);
    expect(similarity[ordered[1]!.id]).toBeGreaterThanOrEqual(similarity[ordered[2]!.id]!);
    expect(ids(ordered)[3]).toBe('storm.txt|storm2.txt');
  });

  it('in a filtered list asks for just the rows in view', () => {
    const pairs = comparePairs(corpus);
    expect(unmeasuredInView(pairs, 3, 4, false, {})).toEqual([pairs[3]!.id]);
  });
});
