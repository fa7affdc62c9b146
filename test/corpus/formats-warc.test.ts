import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWarc } from '../../src/corpus/formats/warc.js';
import { newsPage, reporting } from '../support/pages.js';
import { httpResponse, pageRecord, warcFile, type WarcRecordSpec } from '../support/warc.js';

/** Reads archive bytes as the loader does: streamed, here in small chunks so records straddle them. */
async function read(bytes: Uint8Array, chunk = 1000) {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  return readWarc(chunks(), { file: 'crawl.warc.gz', columns: {}, size: bytes.length });
}

const tram = newsPage({ title: 'Council approves the tram line', outlet: 'The Ledger', published: '2025-03-11T09:00:00Z', author: 'Ann Lee', paragraphs: reporting('tram line') });
const undated = newsPage({ title: 'Budget vote delayed', paragraphs: reporting('budget') });

/** A crawl as wget or Webrecorder writes it: info, then request and response pairs, some of them not pages. */
function crawl(): WarcRecordSpec[] {
  return [
    { type: 'warcinfo', block: 'software: test-writer\r\nformat: WARC File Format 1.1\r\n' },
    { type: 'request', uri: 'https://ledger.example/tram', block: 'GET /tram HTTP/1.1\r\nHost: ledger.example\r\n\r\n' },
    pageRecord('https://ledger.example/tram', tram, { chunked: 300 }),
    { type: 'metadata', uri: 'https://ledger.example/tram', block: 'outlink: https://ledger.example/\r\n' },
    { type: 'request', uri: 'https://ledger.example/budget', block: 'GET /budget HTTP/1.1\r\n\r\n' },
    pageRecord('https://ledger.example/budget', undated, { gzip: true }, '2025-03-14T18:00:00Z'),
    pageRecord('https://ledger.example/logo.png', 'PNGDATA', { contentType: 'image/png' }),
    pageRecord('https://ledger.example/old', '<html>Moved</html>', { status: 301 }),
    { type: 'revisit', uri: 'https://ledger.example/tram', block: 'HTTP/1.1 200 OK\r\n\r\n', headers: { 'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' } },
  ];
}

describe('web archives', () => {
  it.each([
    ['.warc', false],
    ['.warc.gz, one gzip member per record', true],
  ])('%s: every HTML response with status 200 is an article, the rest counted in one note', async (_name, gzip) => {
    const { records, problems, notes } = await read(warcFile(crawl(), { gzip }));
    expect(problems).toEqual([]);
    expect(notes).toEqual(['2 articles; skipped 7 records: 1 not HTML, 2 requests, 2 metadata, 1 revisit, 1 not status 200']);
    expect(records.map((r) => ({ index: r.index, fields: r.fields, fallback: r.fallbackFields }))).toEqual([
      {
        index: 3,
        fields: { title: 'Council approves the tram line', outlet: 'The Ledger', url: 'https://ledger.example/tram', author: 'Ann Lee', published: '2025-03-11' },
        fallback: undefined,
      },
      // No date on the page: the capture's WARC-Date is the fallback (marked inferred later).
      { index: 6, fields: { title: 'Budget vote delayed', url: 'https://ledger.example/budget' }, fallback: { published: '2025-03-14' } },
    ]);
    expect(records[0]?.text).toContain('The tram line was approved on Tuesday');
    expect(records[1]?.text).toContain('The budget was approved on Tuesday');
    expect(records[0]?.removed?.map((r) => r.rule)).toEqual(expect.arrayContaining(['navigation', 'comments', 'cookie banner']));
  });

  it('reads one gzip member for the whole archive as well', async () => {
    const { records } = await read(gzipSync(warcFile(crawl())));
    expect(records.map((r) => r.index)).toEqual([3, 6]);
  });

  it('decodes a page by the charset its HTTP headers give', async () => {
    const page = newsPage({ title: 'Cafe', paragraphs: reporting('café terrace') });
    const latin1 = Buffer.from(page, 'latin1');
    const { records } = await read(warcFile([pageRecord('https://x.example/cafe', latin1, { contentType: 'text/html; charset=iso-8859-1' })]));
    expect(records[0]?.text).toContain('The café terrace was approved');
  });

  it('keeps the records read before a truncated .warc.gz breaks, and says where', async () => {
    const whole = warcFile(crawl(), { gzip: true });
    const cut = whole.subarray(0, whole.length - 400); // inside the last records
    const { records, notes } = await read(cut);
    expect(records.map((r) => r.index)).toEqual([3, 6]);
    expect(notes?.at(-1)).toMatch(/^reading stopped after record \d+ \(the compressed data is cut off\): kept the 2 articles before it$/);
  });

  it('a truncated plain .warc keeps the whole records before the cut', async () => {
    const whole = warcFile(crawl().slice(0, 6));
    const { records, notes } = await read(whole.subarray(0, whole.length - 50));
    expect(records.map((r) => r.index)).toEqual([3]);
    expect(notes).toContain('the archive is cut off in record 6: kept the 1 article before it');
  });

  it('counts pages that are not articles, and gives nothing when none is', async () => {
    const index = `<html><body>${Array.from({ length: 40 }, (_, i) => `<a href="/${i}">Story ${i}</a>`).join(' ')}</body></html>`;
    const { records, notes } = await read(warcFile([pageRecord('https://x.example/', index)]));
    expect(records).toEqual([]);
    expect(notes).toEqual(['0 articles; skipped 1 record: 1 page with no article']);
  });

  it('an HTML resource record (no HTTP wrapper) is a page too', async () => {
    const { records } = await read(warcFile([{ type: 'resource', uri: 'file:///saved/tram.html', contentType: 'text/html', block: tram }]));
    expect(records.map((r) => r.fields.title)).toEqual(['Council approves the tram line']);
  });

  it.each([
    ['not a WARC at all', Buffer.from('hello\r\n\r\nworld'), 'not a web archive (it does not start with a WARC record header)'],
    ['empty after its header', Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n'), 'record 1 has no valid Content-Length: read no further'],
  ])('%s', async (_name, bytes, reason) => {
    const { records, problems, notes } = await read(bytes);
    expect(records).toEqual([]);
    expect([...problems.map((p) => p.reason), ...(notes ?? [])]).toContain(reason);
  });

  it.each([
    ['plain', false],
    ['gzip', true],
  ])('closes its source when it stops before the end (%s)', async (_name, gzip) => {
    const junk = Buffer.from(`hello\r\n\r\n${'x'.repeat(200_000)}`);
    const bytes = gzip ? gzipSync(junk) : junk;
    let closed = false;
    async function* chunks() {
      try {
        for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
      } finally {
        closed = true;
      }
    }
    const { problems } = await readWarc(chunks(), { file: 'x.warc', columns: {}, size: bytes.length });
    expect(problems).toEqual([{ reason: 'not a web archive (it does not start with a WARC record header)' }]);
    expect(closed).toBe(true);
  });

  it('never inflates a compressed body past the size limit (a gzip bomb inside a response)', async () => {
    const bomb = gzipSync(Buffer.alloc(30 * 1024 * 1024, 0x20));
    const head = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n');
    const { records, notes } = await read(warcFile([{ type: 'response', uri: 'https://x.example/bomb', block: Buffer.concat([head, bomb]) }]), 64 * 1024);
    expect(records).toEqual([]);
    expect(notes).toEqual(['0 articles; skipped 1 record: 1 with a body that does not decode (broken, or inflating past the size limit)']);
  });

  it('unchunks a body and undoes its gzip in the same response', async () => {
    const block = httpResponse({ body: tram, chunked: 100, gzip: true });
    const { records } = await read(warcFile([{ type: 'response', uri: 'https://ledger.example/tram', block }]));
    expect(records[0]?.fields.title).toBe('Council approves the tram line');
  });
});
