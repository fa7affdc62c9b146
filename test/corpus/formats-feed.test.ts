import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/corpus/formats/feed.js';
import { cp1251, newsPage, reporting } from '../support/pages.js';

const read = (xml: string | Uint8Array) => readFeed(typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml, { file: 'feed.xml', columns: {}, size: xml.length });

const NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';

const rss = (items: string, head = '') => `<?xml version="1.0" encoding="utf-8"?>${head}<rss version="2.0" ${NS}><channel><title>The Ledger</title><link>https://ledger.example</link>${items}</channel></rss>`;

describe('RSS', () => {
  it('makes each item an article: title, link, pubDate, dc:creator, the feed title as outlet, content:encoded as text', async () => {
    const { records, problems, notes } = await read(rss(`
      <item><title>Tram line approved</title><link>https://ledger.example/tram</link>
        <pubDate>Tue, 11 Mar 2025 09:00:00 +0100</pubDate><dc:creator>Ann Lee</dc:creator>
        <description>Short summary.</description>
        <content:encoded><![CDATA[<p>The council approved the tram line.</p><p>"It is a good day," the mayor said.</p>]]></content:encoded></item>
      <item><title>Budget &amp; taxes</title><link>https://ledger.example/budget</link><pubDate>Wed, 12 Mar 2025 10:00:00 GMT</pubDate>
        <author>bo@ledger.example (Bo Ek)</author><description>&lt;p&gt;The budget vote was delayed &amp;mdash; again.&lt;/p&gt;</description></item>`));
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(records.map((r) => ({ index: r.index, format: r.format, fields: r.fields, text: r.text }))).toEqual([
      {
        index: 1, format: 'rss', text: 'The council approved the tram line.\n\n"It is a good day," the mayor said.',
        fields: { title: 'Tram line approved', url: 'https://ledger.example/tram', outlet: 'The Ledger', author: 'Ann Lee', published: '2025-03-11' },
      },
      {
        index: 2, format: 'rss', text: 'The budget vote was delayed — again.',
        fields: { title: 'Budget & taxes', url: 'https://ledger.example/budget', outlet: 'The Ledger', author: 'Bo Ek', published: '2025-03-12' },
      },
    ]);
  });

  it('an aggregator item\'s <source> is its outlet; a permalink guid is its url', async () => {
    const [record] = (await read(rss('<item><title>T</title><guid isPermaLink="true">https://wire.example/a</guid><source url="https://wire.example">Wire Service</source><description>Body.</description></item>'))).records;
    expect(record?.fields).toEqual({ title: 'T', url: 'https://wire.example/a', outlet: 'Wire Service' });
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${NS}><channel><title>Old Feed</title></channel>
      <item><title>One</title><link>https://o.example/1</link><dc:date>2025-03-10T08:00:00Z</dc:date><description>Text one.</description></item></rdf:RDF>`;
    const [record] = (await read(xml)).records;
    expect(record).toMatchObject({ format: 'rss', text: 'Text one.', fields: { title: 'One', outlet: 'Old Feed', published: '2025-03-10' } });
  });

  it('sends a long item that is a whole page through the extraction, keeping its removals', async () => {
    const page = newsPage({ title: 'Harbour works begin', paragraphs: reporting('harbour works', 8) });
    const [record] = (await read(rss(`<item><title>Harbour works begin</title><content:encoded><![CDATA[${page}]]></content:encoded></item>`))).records;
    expect(record?.text).toContain('The harbour works was approved on Tuesday');
    expect(record?.text.split('\n\n')[0]).not.toMatch(/Home|cookies/);
    expect(record?.removed?.map((r) => r.rule)).toEqual(expect.arrayContaining(['navigation', 'cookie banner']));
  });

  it('an item with no body is a problem naming it; the others load', async () => {
    const { records, problems } = await read(rss('<item><title>Empty</title></item><item><title>Full</title><description>Body.</description></item>'));
    expect(records.map((r) => r.index)).toEqual([2]);
    expect(problems).toEqual([{ record: 1, reason: 'no text (no content:encoded, description, content or summary)' }]);
  });

  it('broken markup (unescaped HTML, an unclosed tag, bare ampersands, HTML entities) still gives its items', async () => {
    const { records } = await read(rss('<item><title>AT&T &nbsp;rises</title><description>Shares of AT&T rose.<br>Analysts <b>cheered</description></item><item><title>Two</title><description>Body two.</description>'));
    expect(records.map((r) => [r.fields.title, r.text])).toEqual([['AT&T rises', 'Shares of AT&T rose.\n\nAnalysts cheered'], ['Two', 'Body two.']]);
  });

  it('honours the encoding the XML declaration names', async () => {
    const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Вести</title><item><title>Новости</title><description>Текст новости.</description></item></channel></rss>';
    const bytes = cp1251(xml);
    const [record] = (await read(bytes)).records;
    expect(record?.fields).toMatchObject({ title: 'Новости', outlet: 'Вести' });
    expect(record?.text).toBe('Текст новости.');
  });
});

describe('Atom', () => {
  it('reads entries: alternate link, published, author name, xhtml content, html title', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title type="html">Vote &lt;em&gt;delayed&lt;/em&gt;</title><link rel="self" href="https://w.example/self"/><link rel="alternate" href="https://w.example/vote"/>
        <id>tag:w.example,2025:1</id><published>2025-03-12T10:00:00Z</published><updated>2025-03-13T10:00:00Z</updated>
        <author><name>Bo Ek</name><email>bo@w.example</email></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; foremost.</p><p>Second.</p></div></content></entry>
      <entry><title>Plain</title><link href="https://w.example/plain"/><updated>2025-03-14T00:00:00Z</updated><summary type="text">Five &lt; six, in text.</summary></entry></feed>`;
    const { records } = await read(xml);
    expect(records.map((r) => ({ format: r.format, fields: r.fields, text: r.text, fallback: r.fallbackFields }))).toEqual([
      { format: 'atom', text: 'First & foremost.\n\nSecond.', fields: { title: 'Vote delayed', url: 'https://w.example/vote', outlet: 'Wire', author: 'Bo Ek', published: '2025-03-12' }, fallback: undefined },
      // An entry with only <updated>: that date is a fallback, not a publication date.
      { format: 'atom', text: 'Five < six, in text.', fields: { title: 'Plain', url: 'https://w.example/plain', outlet: 'Wire' }, fallback: { published: '2025-03-14' } },
    ]);
  });
});

describe('hostile and odd XML', () => {
  const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');

  it('never expands a billion-laughs bomb: the item loads, the entity is dropped, a note says so', async () => {
    const started = performance.now();
    const { records, notes } = await read(rss('<item><title>Hello &lol9;</title><description>Body &lol9; text.</description></item>', `<!DOCTYPE rss [\n${lol}\n]>`));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(records.map((r) => [r.fields.title, r.text])).toEqual([['Hello', 'Body  text.']]);
    expect(notes).toEqual(['declares 10 entities in its DOCTYPE: none was expanded or fetched; references to them were dropped']);
  });

  it('never reads an external entity (SYSTEM "file:///etc/passwd")', async () => {
    const { records, notes } = await read(rss('<item><title>&xxe;Leak</title><description>&xxe;Body.</description></item>', '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
    expect(JSON.stringify(records)).not.toMatch(/root:|\/bin\/(ba)?sh/);
    expect(records.map((r) => [r.fields.title, r.text])).toEqual([['Leak', 'Body.']]);
    expect(notes?.[0]).toMatch(/^declares 1 entity in its DOCTYPE \(one external: !ENTITY xxe SYSTEM "file:\/\/\/etc\/passwd"\): none was expanded or fetched/);
  });

  it.each([
    ['<urlset><url><loc>https://x.example</loc></url></urlset>', 'not a feed (its root element is <urlset>)'],
    ['just text, no XML', 'not a feed (no XML elements in it)'],
    ['<rss><channel><title>Empty</title></channel></rss>', 'an RSS feed with no items'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>', 'an Atom feed with no items'],
  ])('%s: %s', async (xml, reason) => {
    const { records, problems } = await read(xml);
    expect(records).toEqual([]);
    expect(problems).toEqual([{ reason }]);
  });
});
