import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../../src/commands/report/html.js';
import { markdownReport } from '../../../src/commands/report/markdown.js';
import type { Block } from '../../../src/core/report/document.js';

const para = (text: string): Block[] => [{ kind: 'paragraph', text }];

describe('report writers keep article text inert', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['see [this](http://evil.example)', 'see [this\\](http://evil.example)'],
    ['the [Russian] side', 'the [Russian] side'],
    ['*loud* and _quiet_', '\\*loud\\* and \\_quiet\\_'],
    ['file 002_447bd.txt', 'file 002_447bd.txt'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '\\1. not a list'],
    ['title\u001b]0;pwned\u0007 here\nnext', 'title here next'],
  ])('markdown %j → %j', (text, md) => expect(markdownReport(para(text)).trim()).toBe(md));

  it('html escapes markup and strips control sequences', () => {
    const html = htmlReport([...para('<img src=x onerror=alert(1)> & "q" \u001b[2J'), { kind: 'quote', text: 'a <b>', citation: 'X [1], ¶2' }], 'T <1>');
    expect(html).toContain('<p>&#60;img src=x onerror=alert(1)&#62; &#38; &#34;q&#34;</p>');
    expect(html).toContain('<title>T &#60;1&#62;</title>');
    expect(html).toContain('<blockquote><p>a &#60;b&#62;</p><footer>— X [1], ¶2</footer></blockquote>');
    expect(html).not.toMatch(/\u001b/);
  });
});
