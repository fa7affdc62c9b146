import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/core/articles/find-article.js';
import { articleOf } from '../compare/make-article.js';

const ARTICLES = [
  articleOf('001_abc.txt', 'Bridge reopens after repairs', { outlet: 'Daily Gazette' }),
  articleOf('002_def.txt', 'Storm delays bridge opening', { outlet: 'Evening Herald' }),
  articleOf('feeds/wire.jsonl#1', 'Grain exports rise', { outlet: 'Wire' }),
  articleOf('feeds/wire.jsonl#2', 'Grain exports fall', { outlet: 'Wire' }),
];

const found = (ref: string) => {
  const r = findArticle(ARTICLES, ref);
  return r.kind === 'found' ? r.article.id : r.kind === 'ambiguous' ? r.candidates.map((a) => a.id) : null;
};

describe('finding the article a user means', () => {
  it.each([
    ['001_abc.txt', '001_abc.txt'],
    ['./001_abc.txt', '001_abc.txt'],
    ['001', '001_abc.txt'],
    ['002_d', '002_def.txt'],
    ['evening herald', '002_def.txt'],
    ['Daily Gazette', '001_abc.txt'],
    ['storm', '002_def.txt'],
    ['feeds/wire.jsonl#2', 'feeds/wire.jsonl#2'],
  ])('%s → %s', (ref, id) => expect(found(ref)).toBe(id));

  it('lists the candidates when a way matches several', () => {
    expect(found('wire')).toEqual(['feeds/wire.jsonl#1', 'feeds/wire.jsonl#2']);
    expect(found('00')).toEqual(['001_abc.txt', '002_def.txt']);
    expect(found('bridge')).toEqual(['001_abc.txt', '002_def.txt']);
  });

  it('says none for a reference nothing holds', () => {
    expect(found('volcano')).toBeNull();
    expect(found('  ')).toBeNull();
  });
});
