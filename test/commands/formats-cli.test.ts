import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { newsPage, reporting } from '../support/pages.js';
import { pageRecord, warcFile } from '../support/warc.js';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsx-formats-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const body = (topic: string) => reporting(topic, 4).join('\n\n');

/** One article in every format newsx reads, each about something else so no two merge. */
const MIXED: Record<string, string | Uint8Array> = {
  'plain.txt': `Ferry fares rise\n\n${body('ferry fare rise')}\n`,
  'notes.md': `---\ntitle: Library hours extended\noutlet: Town Crier\npublished: 2025-03-02\n---\n${body('library plan')}\n`,
  'one.json': JSON.stringify({ title: 'Park renamed', outlet: 'Wire', published: '2025-03-03', text: body('park renaming') }),
  'lines.jsonl': JSON.stringify({ title: 'School opens', published: '2025-03-04', text: body('school') }) + '\n',
  'page.html': newsPage({ title: 'Council approves the tram line', outlet: 'The Ledger', published: '2025-03-05T09:00:00Z', author: 'Ann Lee', paragraphs: reporting('tram line') }),
  'news.rss': `<rss><channel><title>River Gazette</title><item><title>Flood barrier tested</title><link>https://river.example/1</link><pubDate>Thu, 06 Mar 2025 08:00:00 GMT</pubDate><description>${body('flood barrier')}</description></item></channel></rss>`,
  'wire.atom': `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><entry><title>Airport expansion paused</title><link href="https://aw.example/1"/><published>2025-03-07T08:00:00Z</published><content type="text">${body('airport expansion')}</content></entry></feed>`,
  'feed.xml': `<?xml version="1.0"?><rss><channel><title>Hill News</title><item><title>Ski lift closes</title><pubDate>Sat, 08 Mar 2025 08:00:00 GMT</pubDate><description>${body('ski lift')}</description></item></channel></rss>`,
  'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>',
  'crawl.warc.gz': warcFile([
    { type: 'request', uri: 'https://ledger.example/market', block: 'GET /market HTTP/1.1\r\n\r\n' },
    pageRecord('https://ledger.example/market', newsPage({ title: 'Market hall reopens', outlet: 'The Ledger', published: '2025-03-09T10:00:00Z', paragraphs: reporting('market hall') }), { chunked: 500 }),
  ], { gzip: true }),
  'export.csv': `headline,body,publish_date,media_name\nStadium sold,"${body('stadium sale').replace(/"/g, '""')}",2025-03-10,Sports Daily\n`,
  'export.tsv': `title\ttext\tdate\nBus lanes added\t${reporting('bus lane', 1)[0]}\t2025-03-11\n`,
};

interface JsonArticle {
  id: string;
  format: string;
  title: string;
  outlet: string | null;
  published: string | null;
  author: string | null;
  provenance: Record<string, string | null>;
}

describe('a folder mixing every format', () => {
  it('opens them all: articles --json gives each article with its source format and the file\'s metadata', () => {
    const dir = folder(MIXED);
    const { status, stdout, stderr } = runCli(['articles', dir, '--json', '--no-cache']);
    expect(status).toBe(0);
    const articles = JSON.parse(stdout) as JsonArticle[];
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    expect(Object.fromEntries(articles.map((a) => [a.id, a.format]))).toEqual({
      'plain.txt': 'txt',
      'notes.md': 'md',
      'one.json': 'json',
      'lines.jsonl#1': 'jsonl',
      'page.html': 'html',
      'news.rss#1': 'rss',
      'wire.atom#1': 'atom',
      'feed.xml#1': 'rss',
      'crawl.warc.gz#2': 'warc',
      'export.csv#1': 'csv',
      'export.tsv#1': 'tsv',
    });
    expect(byId['page.html']).toMatchObject({ title: 'Council approves the tram line', outlet: 'The Ledger', published: '2025-03-05', author: 'Ann Lee', provenance: { title: 'file', outlet: 'file', published: 'file' } });
    expect(byId['news.rss#1']).toMatchObject({ title: 'Flood barrier tested', outlet: 'River Gazette', published: '2025-03-06' });
    expect(byId['wire.atom#1']).toMatchObject({ title: 'Airport expansion paused', outlet: 'Atom Wire', published: '2025-03-07' });
    expect(byId['crawl.warc.gz#2']).toMatchObject({ title: 'Market hall reopens', outlet: 'The Ledger', published: '2025-03-09' });
    expect(byId['export.csv#1']).toMatchObject({ title: 'Stadium sold', outlet: 'Sports Daily', published: '2025-03-10' });
    expect(byId['export.tsv#1']).toMatchObject({ title: 'Bus lanes added', published: '2025-03-11' });
    expect(stderr).toContain('newsx: skipped: sitemap.xml: not a feed (its root element is <urlset>)');
    expect(stderr).toContain('newsx: crawl.warc.gz: 1 article; skipped 1 record: 1 request');
  });

  it('--columns reads a CSV whose headers are not the usual ones; without it, the error names the headers', () => {
    const dir = folder({ 'db.csv': `story_body,pub,hed\n"${body('harbour dredging')}",2025-03-12,Dredging starts\n` });
    const without = runCli(['articles', dir, '--json', '--no-cache']);
    expect(without.status).toBe(1);
    expect(without.stderr).toContain('skipped: db.csv: no text column');
    expect(without.stderr).toContain('headers: "story_body", "pub", "hed"');
    const withColumns = runCli(['articles', dir, '--json', '--no-cache', '--columns', 'text=story_body,date=pub,title=hed']);
    expect(withColumns.status).toBe(0);
    expect(JSON.parse(withColumns.stdout)).toMatchObject([{ id: 'db.csv#1', format: 'csv', title: 'Dredging starts', published: '2025-03-12' }]);
  });

  it('a folder of saved pages gives a dated chronology with no manifest', () => {
    const dir = folder({
      'ledger.html': newsPage({ title: 'Council approves the tram line', outlet: 'The Ledger', published: '2025-03-13T09:00:00Z', paragraphs: reporting('tram line') }),
      'gazette.html': newsPage({ title: 'Tram line gets the go-ahead', outlet: 'Gazette', published: '2025-03-13', jsonLd: true, paragraphs: reporting('tram line') }),
    });
    const { status, stdout } = runCli(['timeline', dir, '--json', '--no-cache']);
    expect(status).toBe(0);
    const events = JSON.parse(stdout) as { date: string; sources: { articleId: string; outlet: string | null }[] }[];
    // "approved on Tuesday" in articles published Thursday 13 March 2025: Tuesday the 11th.
    const approval = events.find((e) => e.date === '2025-03-11');
    expect(approval?.sources.map((s) => s.outlet).sort()).toEqual(['Gazette', 'The Ledger']);
  });
});
