import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../src/corpus/html/index.js';
import { STORY, page } from './pages.js';

const body = `<article>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const metadataOf = (head: string, bodyHtml = body, htmlAttrs?: string) => extractHtmlArticle(page(bodyHtml, head, htmlAttrs)).metadata;

describe('extractHtmlArticle: page metadata', () => {
  it('reads a JSON-LD NewsArticle: headline, dates, author, publisher, url', () => {
    const head = ld({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry terminal approved after four years',
      datePublished: '2025-03-11T09:30:00Z', dateModified: '2025-03-11T12:00:00Z',
      author: { '@type': 'Person', name: 'Jo Marsh' }, publisher: { '@type': 'Organization', name: 'Meridian Gazette' },
      mainEntityOfPage: { '@id': 'https://gazette.example/ferry' }, inLanguage: 'en-GB',
    });
    expect(metadataOf(head, body, '')).toEqual({
      title: 'Ferry terminal approved after four years', published: '2025-03-11T09:30:00Z', modified: '2025-03-11T12:00:00Z',
      author: 'Jo Marsh', outlet: 'Meridian Gazette', url: 'https://gazette.example/ferry', language: 'en-GB',
    });
  });

  it('finds the article inside @graph, with an author array and a type array', () => {
    const head = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Gazette site' },
        { '@type': 'Organization', name: 'Meridian Gazette' },
        { '@type': ['Article', 'NewsArticle'], headline: 'Quay &amp; harbour', datePublished: '2025-03-11', author: [{ name: 'Jo Marsh' }, { name: 'Sam Okafor' }, 'Jo Marsh'] },
      ],
    });
    expect(metadataOf(head)).toMatchObject({ title: 'Quay & harbour', published: '2025-03-11', author: 'Jo Marsh, Sam Okafor', outlet: 'Meridian Gazette' });
  });

  it('reads JSON-LD given as a top-level array, and skips a broken block with a warning', () => {
    const head = `<script type="application/ld+json">{ "broken": </script>` + ld([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting', headline: 'Harbour notes', author: 'Ada Brennan' }]);
    const article = extractHtmlArticle(page(body, head));
    expect(article.metadata).toMatchObject({ title: 'Harbour notes', author: 'Ada Brennan' });
    expect(article.warnings).toEqual(['1 JSON-LD block could not be read']);
  });

  it('falls back to OpenGraph, <meta>, canonical, <time datetime> and <html lang>', () => {
    const head = `<meta property="og:title" content="Ferry terminal approved">
      <meta property="og:site_name" content="Meridian Gazette">
      <meta property="article:published_time" content="2025-03-11T09:30:00+01:00">
      <meta property="article:modified_time" content="2025-03-12T08:00:00+01:00">
      <meta property="article:author" content="https://gazette.example/staff/jo">
      <meta name="author" content="Jo Marsh">
      <link rel="canonical" href="https://gazette.example/ferry-terminal">`;
    expect(metadataOf(head, body, 'lang="en-GB"')).toEqual({
      title: 'Ferry terminal approved', published: '2025-03-11T09:30:00+01:00', modified: '2025-03-12T08:00:00+01:00',
      author: 'Jo Marsh', outlet: 'Meridian Gazette', url: 'https://gazette.example/ferry-terminal', language: 'en-GB',
    });
  });

  it('takes the date from <time datetime> when nothing else has one', () => {
    const bodyWithTime = `<article><time datetime="2025-03-11">11 March</time>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`;
    expect(metadataOf('', bodyWithTime).published).toBe('2025-03-11');
  });

  it('prefers JSON-LD over OpenGraph, and the canonical link over og:url', () => {
    const head = `<meta property="og:title" content="OG headline"><meta property="og:url" content="https://gazette.example/og">
      <link rel="canonical" href="https://gazette.example/canonical">` + ld({ '@type': 'NewsArticle', headline: 'JSON-LD headline', url: 'https://gazette.example/ld' });
    expect(metadataOf(head)).toMatchObject({ title: 'JSON-LD headline', url: 'https://gazette.example/canonical' });
  });

  it('uses the page headline rather than "Headline | Outlet" when <title> is all there is', () => {
    const bodyWithHeadline = `<article><h1>Ferry terminal approved</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`;
    expect(metadataOf('', bodyWithHeadline).title).toBe('Ferry terminal approved');
  });

  it('takes the url from the caller when the page has none', () => {
    expect(extractHtmlArticle(page(body), { url: 'https://archive.example/ferry' }).metadata.url).toBe('https://archive.example/ferry');
  });

  it('strips control characters from metadata', () => {
    expect(metadataOf('<meta property="og:title" content="Ferry\u001b[31m terminal\u0007">').title).toBe('Ferry [31m terminal');
  });
});
