import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../src/corpus/html/index.js';
import { MAX_DEPTH, MAX_HTML_CHARS } from '../../../src/corpus/html/tree.js';
import { STORY, page } from './pages.js';

const story = STORY.map((s) => `<p>${s}</p>`).join('');

describe('extractHtmlArticle: pages that are not articles', () => {
  it.each([
    ['an index page of headlines', page(`<ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Headline number ${i} about the harbour and the ferry</a></li>`).join('')}</ul>`), /index page/],
    ['a login wall', page('<h1>Sign in to keep reading</h1><form><input name="user"><input type="password" name="pw"><button>Log in</button></form><p>Subscribers only.</p>'), /login/],
    ['a page that is all script', page(`<div id="app"></div><script>${'render();'.repeat(5000)}</script>`), /all script/],
    ['an empty page', '', /no text/],
    ['a teaser too short to be an article', page('<article><p>The ferry terminal was approved on Tuesday after a long dispute. The council will say more about the works next week.</p></article>'), /no article text found/],
  ])('%s is not an article, and says why', (_name, html, why) => {
    const article = extractHtmlArticle(html);
    expect(article.isArticle).toBe(false);
    expect(article.whyNot).toMatch(why);
  });

  it('uses the JSON-LD articleBody when the markup holds no text (a page drawn by script)', () => {
    const body = STORY.join(' ');
    const html = page(`<div id="app"></div><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry', articleBody: body })}</script>`);
    const article = extractHtmlArticle(html);
    expect(article).toMatchObject({ isArticle: true, text: body });
  });
});

describe('extractHtmlArticle: broken and hostile markup', () => {
  it('reads unclosed tags, stray end tags and an unterminated comment without losing the story', () => {
    const html = `<html><body><div class="story"><p>${STORY[0]}<p>${STORY[1]}</span></em><p>${STORY[2]}<div><p>${STORY[3]}</b></td><!-- never closed`;
    const article = extractHtmlArticle(html);
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.isArticle).toBe(true);
  });

  it('never takes <p> inside a script or a comment for text', () => {
    const html = page(`<article>${story}<script>var s = "<p>from a script string, which must never show up</p>";</script><!-- <p>an old paragraph left in a comment</p> --></article>`);
    const text = extractHtmlArticle(html).text;
    expect(text).not.toMatch(/script string|old paragraph/);
  });

  it('finishes a 50 MB page in bounded time, reads only up to the limit, and says so', () => {
    const filler = `<div class="teaser"><p>${STORY[0]}</p></div>`;
    const html = page(`<article>${story}</article>` + filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length)));
    expect(html.length).toBeGreaterThan(50 * 1024 * 1024);
    const started = performance.now();
    const article = extractHtmlArticle(html);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(article.warnings).toContain(`page is ${(html.length / 1048576).toFixed(1)} M characters; read only the first ${MAX_HTML_CHARS / 1048576} M`);
    expect(article.text.startsWith(STORY[0]!)).toBe(true);
  }, 60_000);

  it('survives 100,000 nested divs without a stack overflow, and says the nesting was flattened', () => {
    const depth = 100_000;
    const html = page(`${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}`);
    const article = extractHtmlArticle(html);
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.warnings).toContain(`markup nested deeper than ${MAX_DEPTH} levels was flattened`);
  });

  it('survives 100,000 unclosed inline tags', () => {
    const article = extractHtmlArticle(page(`<article>${'<b><i>'.repeat(50_000)}${story}</article>`));
    expect(article.text).toContain(STORY[0]);
  });

  it('keeps escape sequences and control characters out of the text', () => {
    const article = extractHtmlArticle(page(`<article><p>Harbour \u001b[2J news\u0007 for the whole town, with enough words to be a paragraph of prose here.</p>${story}</article>`));
    expect(article.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('never fetches: external entities and resources are left as they are', () => {
    const html = `<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><article><p>&xxe;</p><img src="http://tracker.example/p.gif">${story}</article></body></html>`;
    const article = extractHtmlArticle(html);
    expect(article.text).not.toContain('root:');
    expect(article.text).toContain(STORY[0]);
  });
});
