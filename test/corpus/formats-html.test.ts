import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/core/analyse.js';
import type { Corpus } from '../../src/core/types.js';
import { describeWarning, readCorpus, type ReadResult } from '../../src/corpus/index.js';
import { readerLines } from '../../src/ui/reader-lines.js';
import { cp1251, indexPage, newsPage, reporting, scriptOnlyPage } from '../support/pages.js';
import { pageRecord, warcFile } from '../support/warc.js';

const cyrillic = [
  'Городской совет одобрил строительство новой трамвайной линии во вторник после долгих обсуждений.',
  'Заместитель мэра сказала журналистам, что проект изменяли дважды после публичных слушаний.',
  'Противники проекта говорят, что его стоимость намного превысит выделенные городом средства.',
  'Окончательное голосование по бюджету ожидается в следующем месяце после зимних каникул совета.',
];

describe('saved pages in a folder', () => {
  let dir = '';
  let read: ReadResult;
  let corpus: Corpus;
  const warning = (file: string) => read.warnings.filter((w) => w.file === file).map(describeWarning);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsx-html-'));
    const tram = newsPage({ title: 'Council approves the tram line', outlet: 'The Ledger', published: '2025-03-11T09:00:00+01:00', author: 'Ann Lee', url: 'https://ledger.example/tram', paragraphs: reporting('tram line') });
    await writeFile(join(dir, 'tram.html'), tram);
    await writeFile(join(dir, 'budget.htm'), newsPage({ title: 'Budget vote delayed', outlet: 'Wire', published: '2025-03-12', author: 'Bo Ek', jsonLd: true, paragraphs: reporting('budget') }));
    await writeFile(join(dir, 'harbour.xhtml'), newsPage({ title: 'Harbour works begin', outlet: 'Gazette', published: '2025-03-13', paragraphs: reporting('harbour works') }));
    await writeFile(join(dir, 'tram-copy.html.gz'), gzipSync(newsPage({ title: 'Tram line, the follow-up', published: '2025-03-14', paragraphs: reporting('tram extension') })));
    await writeFile(join(dir, 'russian.html'), cp1251(newsPage({ title: 'Трамвайная линия', charset: 'windows-1251', published: '2025-03-15', paragraphs: cyrillic })));
    await writeFile(join(dir, 'index.html'), indexPage());
    await writeFile(join(dir, 'app.html'), scriptOnlyPage());
    await writeFile(join(dir, 'broken.html'), `<html><body><div><p>${reporting('bridge', 4).join('<p>')}<table><tr><td>unclosed`);
    await writeFile(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(30 * 1024 * 1024, 0x20)));
    await writeFile(join(dir, 'cut.html.gz'), gzipSync(tram).subarray(0, 700));
    await writeFile(join(dir, 'fake.html.gz'), 'not gzip at all');
    await writeFile(join(dir, 'huge.html'), '');
    await truncate(join(dir, 'huge.html'), 50 * 1024 * 1024); // sparse: the size check comes before any read
    // A browser's "Save page as": the page, and its assets folder with a frame and a style sheet.
    await writeFile(join(dir, 'Saved story.html'), newsPage({ title: 'Saved story', published: '2025-03-16', paragraphs: reporting('saved story') }));
    await mkdir(join(dir, 'Saved story_files'));
    await writeFile(join(dir, 'Saved story_files', 'frame.html'), newsPage({ title: 'An embedded frame', paragraphs: reporting('frame') }));
    await writeFile(join(dir, 'Saved story_files', 'style.css'), 'body { color: red }');
    await writeFile(join(dir, 'capture.warc'), warcFile([pageRecord('https://ledger.example/undated', newsPage({ title: 'Undated capture', paragraphs: reporting('capture') }), {}, '2025-03-20T10:00:00Z')]));
    read = await readCorpus(dir);
    corpus = analyseCorpus(dir, read.documents, read.warnings);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every page with an article, each marked html', () => {
    const ids = read.documents.map((d) => `${d.id} ${d.format}`);
    expect(ids).toEqual([
      'Saved story.html html',
      'broken.html html',
      'budget.htm html',
      'capture.warc#1 warc',
      'cut.html.gz html',
      'harbour.xhtml html',
      'russian.html html',
      'tram-copy.html.gz html',
      'tram.html html',
    ]);
  });

  it('takes title, date, outlet, author and url from the page\'s own metadata, as the file\'s', () => {
    const tram = corpus.articles.find((a) => a.id === 'tram.html')!;
    expect(tram).toMatchObject({
      format: 'html', title: 'Council approves the tram line', outlet: 'The Ledger', published: '2025-03-11', url: 'https://ledger.example/tram', author: 'Ann Lee',
      provenance: { title: 'file', outlet: 'file', published: 'file', url: 'file' },
    });
    const budget = corpus.articles.find((a) => a.id === 'budget.htm')!;
    expect(budget).toMatchObject({ title: 'Budget vote delayed', outlet: 'Wire', published: '2025-03-12', author: 'Bo Ek' });
  });

  it('keeps the article\'s paragraphs and records every removed block, which the raw view shows', () => {
    const tram = corpus.articles.find((a) => a.id === 'tram.html')!;
    expect(tram.paragraphs[0]).toBe('The tram line was approved on Tuesday after a long debate in the council chamber, officials said.');
    expect(tram.paragraphs.join(' ')).not.toMatch(/cookies|Log in to join|analytics/);
    expect(tram.removed.map((r) => [r.reason, r.rule])).toEqual(expect.arrayContaining([
      ['boilerplate', 'navigation'], ['boilerplate', 'comments'], ['boilerplate', 'cookie banner'], ['markup', 'script'],
    ]));
    const raw = readerLines(tram, [], true, false, 200).map((l) => l.text);
    expect(raw).toContain('[boilerplate: cookie banner] We use cookies to improve your experience. Accept all cookies.');
  });

  it('honours a page\'s declared charset (windows-1251)', () => {
    const page = corpus.articles.find((a) => a.id === 'russian.html')!;
    expect(page.paragraphs[0]).toBe(cyrillic[0]);
    expect(page.title).toBe('Трамвайная линия');
  });

  it('reads broken markup', () => {
    expect(corpus.articles.find((a) => a.id === 'broken.html')?.paragraphs[0]).toMatch(/^The bridge was approved on Tuesday/);
  });

  it('dates an undated archived page by its capture, marked as a guess', () => {
    const capture = corpus.articles.find((a) => a.id === 'capture.warc#1')!;
    expect(capture).toMatchObject({ published: '2025-03-20', url: 'https://ledger.example/undated', provenance: { published: 'inferred', url: 'file' } });
  });

  it('skips a page with no article, saying what it is', () => {
    expect(warning('index.html')).toEqual([expect.stringMatching(/^skipped: index\.html: no article found \(an index page/)]);
    expect(warning('app.html')).toEqual([expect.stringMatching(/^skipped: app\.html: no article found \(.*script/)]);
  });

  it('never inflates a .html.gz past the page limit, reads a cut-off one as far as it goes, names a false one', () => {
    expect(warning('bomb.html.gz')).toEqual(['skipped: bomb.html.gz: decompresses to more than 20.0 MB (the limit for one page)']);
    expect(warning('cut.html.gz')).toEqual([expect.stringMatching(/^cut\.html\.gz: the gzip data is cut off: read the first \d+ bytes$/)]);
    expect(warning('fake.html.gz')).toEqual(['skipped: fake.html.gz: not gzip-compressed, though its name ends in .gz']);
  });

  it('skips a 50 MB page unread', () => {
    expect(warning('huge.html')).toEqual(['skipped: huge.html: too large (50.0 MB; the limit is 20 MB)']);
  });

  it('passes over a browser\'s NAME_files folder beside NAME.html without a word', () => {
    expect(read.documents.some((d) => d.file.includes('_files/'))).toBe(false);
    expect(read.warnings.some((w) => w.file.includes('_files'))).toBe(false);
  });
});
