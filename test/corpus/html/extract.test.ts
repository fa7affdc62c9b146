import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../src/corpus/html/index.js';
import { STORY, furnishedPage, page } from './pages.js';

describe('extractHtmlArticle: main text', () => {
  const article = extractHtmlArticle(furnishedPage());
  const paragraphs = article.text.split('\n\n');

  it('keeps the story paragraphs in order, separated by blank lines', () => {
    const positions = STORY.map((sentence) => paragraphs.indexOf(sentence));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps headings, blockquotes and list items as paragraphs of their own', () => {
    expect(paragraphs).toContain('What happens next');
    expect(paragraphs).toContain('“We have waited long enough for this terminal, and now the work can finally start,” said Brennan.');
    expect(paragraphs).toContain('- Spring: construction begins on the north quay\n- Next year: first ferries dock at the terminal');
  });

  it('leaves the headline out of the text (it is the title) and says so', () => {
    expect(paragraphs).not.toContain('Ferry terminal approved');
    expect(article.removed).toContainEqual({ text: 'Ferry terminal approved', reason: 'title (kept as metadata)' });
  });

  it.each([
    ['cookie banner', 'We use cookies'],
    ['navigation', 'News Sport Weather'],
    ['script', 'window.tracker'],
    ['style', '.story { color: black }'],
    ['ad', 'Buy the new Meridian sofa'],
    ['share bar', 'Share on Facebook'],
    ['related links', 'Harbour dredging to start'],
    ['comments', 'waste of money'],
    ['footer', 'All rights reserved'],
  ])('drops the %s and records it with that reason', (reason, fragment) => {
    expect(article.text).not.toContain(fragment);
    const removal = article.removed.find((r) => r.text.includes(fragment));
    expect(removal?.reason).toBe(reason);
  });

  it('lists removals in page order', () => {
    const reasons = article.removed.map((r) => r.reason).filter((r) => r !== 'outside the article');
    expect(reasons).toEqual(['cookie banner', 'header', 'navigation', 'script', 'style', 'title (kept as metadata)', 'ad', 'share bar', 'related links', 'comments', 'footer']);
  });

  it('never lets script output into the text', () => {
    expect(article.text).not.toContain('injected');
  });

  it('is an article', () => {
    expect(article.isArticle).toBe(true);
    expect(article.whyNot).toBeUndefined();
  });

  it('reads text written between <br>s (old CMSs) as paragraphs', () => {
    const html = page(`<div class="post">${STORY.join('<br><br>')}</div><div class="sidebar"><a href="/x">Most read</a></div>`);
    expect(extractHtmlArticle(html).text).toBe(STORY.join('\n\n'));
  });

  it('takes a story split in sections by a video as one story', () => {
    const html = page(`<div class="page"><section><p>${STORY[0]}</p><p>${STORY[1]}</p></section>
      <div class="video"><iframe src="https://video.example/1"></iframe></div>
      <section><p>${STORY[2]}</p></section><section><p>${STORY[3]}</p></section></div>`);
    expect(extractHtmlArticle(html).text).toBe(STORY.join('\n\n'));
  });

  it('keeps an article whose own class looks like furniture ("post has-comments")', () => {
    const html = page(`<div class="post has-comments tag-harbour">${STORY.map((s) => `<p>${s}</p>`).join('')}</div><div class="comments"><p>First!</p></div>`);
    const article = extractHtmlArticle(html);
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.removed).toContainEqual({ text: 'First!', reason: 'comments' });
  });

  it('drops hidden blocks, link lists and short furniture lines inside the article', () => {
    const html = page(`<article>${STORY.slice(0, 2).map((s) => `<p>${s}</p>`).join('')}
      <p style="display:none">Secret tracking pixel text that nobody is supposed to read at all.</p>
      <p>Advertisement</p>
      <p><a href="/1">Read the council minutes</a> <a href="/2">Watch the meeting</a></p>
      ${STORY.slice(2).map((s) => `<p>${s}</p>`).join('')}</article>`);
    const article = extractHtmlArticle(html);
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['hidden', 'ad', 'links']));
  });

  it('drops photo captions and credits as captions', () => {
    const html = page(`<article><p>${STORY[0]}</p><figure><img src="quay.jpg" alt=""><figcaption>The north quay at dawn. Photo: J. Marsh</figcaption></figure>${STORY.slice(1).map((s) => `<p>${s}</p>`).join('')}</article>`);
    const article = extractHtmlArticle(html);
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.removed).toContainEqual({ text: 'The north quay at dawn. Photo: J. Marsh', reason: 'caption' });
  });

  it.each([
    ['Advertisement', 'ad'],
    ['Share on Facebook', 'share bar'],
    ["Don't miss: the harbour in pictures", 'related links'],
    ['Sign up for our morning newsletter', 'newsletter'],
    ['Natalie Marsh | Getty Images', 'caption'],
  ])('drops the furniture line "%s" inside the article as %s', (line, reason) => {
    const html = page(`<article><p>${STORY[0]}</p><p>${line}</p>${STORY.slice(1).map((s) => `<p>${s}</p>`).join('')}</article>`);
    const article = extractHtmlArticle(html);
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.removed).toContainEqual({ text: line, reason });
  });

  it('keeps a short paragraph that names a news agency', () => {
    const line = '(Reuters) - Shares in the ferry operator rose 4%.';
    const html = page(`<article><p>${line}</p>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`);
    expect(extractHtmlArticle(html).text.split('\n\n')[0]).toBe(line);
  });

  it('decodes entities and keeps text outside tags whole', () => {
    const html = page(`<article><p>Fish &amp; chips cost &pound;5 at the &lsquo;Quay&rsquo; caf&eacute; on the harbour front, <b>said</b> the owner, who has run it for years.</p>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`);
    expect(extractHtmlArticle(html).text.split('\n\n')[0]).toBe('Fish & chips cost £5 at the ‘Quay’ café on the harbour front, said the owner, who has run it for years.');
  });
});
