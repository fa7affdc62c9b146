import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.js';
import { resolveMetadata } from '../../../src/core/metadata/index.js';
import { shortenTitle } from '../../../src/core/metadata/title.js';
import type { ArticleFields, SourceDocument } from '../../../src/core/types.js';

const doc = (text: string, manifestFields: ArticleFields = {}, fileFields: ArticleFields = {}): SourceDocument => ({
  id: 'page.txt', file: 'pages/page.txt', text, fileFields, manifestFields, warnings: [], contentHash: '',
});
const meta = (text: string, manifest: ArticleFields = {}, file: ArticleFields = {}) =>
  resolveMetadata(doc(text, manifest, file), cleanText(text));

const BODY = 'Negotiators from both countries met in Geneva on Monday for a fresh round of talks, officials said.';

describe('title', () => {
  it.each([
    ['the first line', `Talks resume in Geneva\n${BODY}`, 'Talks resume in Geneva', 'text'],
    ['after a breadcrumb', `News / World / Europe / More\nTalks resume in Geneva as both sides signal flexibility\n${BODY}`, 'Talks resume in Geneva as both sides signal flexibility', 'text'],
    ['after a tracker and a date line', `Quantcast\nMonday, March 17, 2025\n\nTalks resume in Geneva as both sides signal flexibility\n${BODY}`, 'Talks resume in Geneva as both sides signal flexibility', 'text'],
    ['without a pipe suffix', `Talks resume in Geneva as both sides signal flexibility | World News\n${BODY}`, 'Talks resume in Geneva as both sides signal flexibility', 'text'],
    ['without a dash suffix', `Talks resume in Geneva - BBC News\n${BODY}`, 'Talks resume in Geneva', 'text'],
    ['without a Reuters suffix', `Talks resume in Geneva as both sides signal flexibility | Reuters\n${BODY}`, 'Talks resume in Geneva as both sides signal flexibility', 'text'],
    ['shortened from a first paragraph', `${BODY}\nThe talks are expected to last three days.`, 'Negotiators from both countries met in Geneva on Monday for a fresh round of…', 'inferred'],
  ])('%s', (_rule, text, title, from) => {
    const m = meta(text);
    expect([m.title, m.provenance.title]).toEqual([title, from]);
  });

  it.each([
    ['a short sentence stays whole', 'The talks resumed on Monday.', 'The talks resumed on Monday'],
    ['a long sentence is cut at its first clause', 'Ukraine says it supports the essence of the plan, as the US president said progress is being made in securing a deal with Moscow.', 'Ukraine says it supports the essence of the plan…'],
    ['a long clause is cut at a word', 'Negotiators from both countries and from the European Union met again in the Swiss city of Geneva on Monday morning for talks.', 'Negotiators from both countries and from the European Union met again in the…'],
  ])('shortenTitle: %s', (_rule, paragraph, title) => {
    expect(shortenTitle(paragraph)).toBe(title);
    expect(title.length).toBeLessThanOrEqual(81);
  });
});

describe('outlet and via', () => {
  it.each([
    ['a repost notice', `Talks resume\n${BODY}\nThis article originally appeared at Example.org.`, 'Example.org', null],
    ['a glued byline', `Talks resume\n(Jane Doe, Example.orgNegotiators met in Geneva on Monday for a fresh round of talks.`, 'Example.org', null],
    ['a correspondent', `Talks resume\n${BODY}\nReporting from Geneva, Channel Nine’s Anna Berg said the mood was calm.`, 'Channel Nine', null],
    ['a wire dateline', `Talks resume\nGENEVA, March 14 (Reuters) - ${BODY}`, 'Reuters', null],
    ['a site notice about itself', `Talks resume\n${BODY}\nExample TV’s website can also be accessed at the following alternate addresses:`, 'Example TV', null],
    ['a copyright line', `Talks resume\n${BODY}\n© 2025 The Example Times`, 'The Example Times', null],
    ['a headline suffix', `Talks resume in Geneva - Example News\n${BODY}`, 'Example News', null],
    ['an original named beside an aggregator', `Talks resume\n${BODY}\nThis article originally appeared at Example.org.\nCopyright 2024. Distribution via RSS is subject to our RSS Terms of Service. Contact us at https://aggregator.example.com/advertising.`, 'Example.org', 'aggregator.example.com'],
    ['a wire story on a newspaper page', `Talks resume\nGENEVA, March 14 (Reuters) - ${BODY}\n© 2025 The Example Times`, 'Reuters', 'The Example Times'],
    ['nothing at all', `Talks resume\n${BODY}\nA source told the BBC the talks would go on.`, null, null],
    ['a section suffix that is not a name', `Talks resume in Geneva | Russia-Ukraine war News\n${BODY}`, null, null],
    ['reporting about a website', `Talks resume\nThe Kremlin’s website said the talks had been postponed until further notice.`, null, null],
  ])('%s', (_rule, text, outlet, via) => {
    const m = meta(text);
    expect([m.outlet, m.via]).toEqual([outlet, via]);
    expect(m.provenance.outlet).toBe(outlet === null ? null : 'text');
  });

  it('guesses the outlet from a bare address line and marks it inferred', () => {
    const m = meta(`Talks resume\n${BODY}\nwww.example-news.com`);
    expect([m.outlet, m.provenance.outlet]).toEqual(['example-news.com', 'inferred']);
  });

  it('does not call an alternate address of the outlet a via', () => {
    const m = meta(`Talks resume\n${BODY}\nExample TV’s website can also be accessed at:\nwww.exampletv.co.uk`);
    expect([m.outlet, m.via]).toEqual(['Example TV', null]);
  });
});

describe('published', () => {
  it.each([
    ['a page date line', `Quantcast\nMonday, March 17, 2025\nTalks resume\n${BODY}`, '2025-03-17', 'text'],
    ['a labelled stamp', `Talks resume\nPublished: 14:02 GMT, 13 March 2025 | Updated: 16:40 GMT, 13 March 2025\n${BODY}`, '2025-03-13', 'text'],
    ['a Spanish stamp', `Zelenski pide garantías\nPublicado el 15 de marzo de 2025\n${BODY}`, '2025-03-15', 'text'],
    ['a German stamp', `Gespräche in Genf\nAktualisiert am 16.03.2025, 10:42 Uhr\n${BODY}`, '2025-03-16', 'text'],
    ['a wire dateline, year from the text', `Talks resume\nGENEVA, March 14 (Reuters) - ${BODY}\nThe last round ended on February 28, 2025.`, '2025-03-14', 'inferred'],
    ['a dateline with no year anywhere', `Talks resume\nGENEVA, March 14 (Reuters) - ${BODY}`, null, null],
    ['only a photo caption date', `Talks resume\nDelegates arrive at the venue, Jan. 7, 2025, in Geneva. (File photo by AP)\n${BODY}`, null, null],
    // No stamp: the latest date the story reports is a guess, marked inferred, never presented as read.
    ['a date inside the story', `Talks resume\n${BODY}\nThe previous round, on March 3, 2025, ended without agreement.`, '2025-03-03', 'inferred'],
  ])('%s', (_rule, text, date, from) => {
    const m = meta(text);
    expect([m.published, m.provenance.published]).toEqual([date, from]);
  });
});

describe('url', () => {
  it.each([
    ['an article address', `Talks resume\n${BODY}\nSource: https://www.example.com/world/2025/03/14/talks-resume-in-geneva`, 'https://www.example.com/world/2025/03/14/talks-resume-in-geneva'],
    ['an address with an id', `Talks resume\n${BODY}\nhttps://example.com/news/1234567`, 'https://example.com/news/1234567'],
    ['a site page is not the article', `Talks resume\n${BODY}\nUse the contact form at https://example.com/advertising.`, null],
    ['a homepage is not the article', `Talks resume\n${BODY}\nhttps://www.example.com/`, null],
  ])('%s', (_rule, text, url) => {
    const m = meta(text);
    expect([m.url, m.provenance.url]).toEqual([url, url === null ? null : 'text']);
  });
});

describe('precedence: manifest, then file, then text', () => {
  const page = `Quantcast\nMonday, March 17, 2025\nTalks resume in Geneva\n${BODY}\nThis article originally appeared at Example.org.`;
  it.each([
    ['manifest over file and text', { title: 'M', outlet: 'M Times', published: '2025-01-01', url: 'https://m.test/a-b-c' }, { title: 'F', outlet: 'F Post', published: '2025-02-02' }, ['M', 'M Times', '2025-01-01', 'https://m.test/a-b-c'], ['manifest', 'manifest', 'manifest', 'manifest']],
    ['file over text', {}, { title: 'F', outlet: 'F Post', published: '2025-02-02' }, ['F', 'F Post', '2025-02-02', null], ['file', 'file', 'file', null]],
    ['text when nothing is stated', {}, {}, ['Talks resume in Geneva', 'Example.org', '2025-03-17', null], ['text', 'text', 'text', null]],
    ['a blank manifest value does not count', { title: '  ' }, {}, ['Talks resume in Geneva', 'Example.org', '2025-03-17', null], ['text', 'text', 'text', null]],
  ])('%s', (_rule, manifest: ArticleFields, file: ArticleFields, values, from) => {
    const m = meta(page, manifest, file);
    expect([m.title, m.outlet, m.published, m.url]).toEqual(values);
    expect([m.provenance.title, m.provenance.outlet, m.provenance.published, m.provenance.url]).toEqual(from);
  });

  it('takes via and note from the manifest', () => {
    const m = meta(page, { outlet: 'Example.org', via: 'reposts.example', note: 'checked by hand' });
    expect([m.via, m.note]).toEqual(['reposts.example', 'checked by hand']);
  });

  it('names the host as via when the manifest names another outlet', () => {
    const m = meta(`Talks resume\n${BODY}\n© 2025 The Example Times`, { outlet: 'Reuters' });
    expect([m.outlet, m.via]).toEqual(['Reuters', 'The Example Times']);
  });

  it('gives an empty document a title from its file name', () => {
    const m = meta('');
    expect([m.title, m.provenance.title, m.outlet, m.published]).toEqual(['page', 'inferred', null, null]);
  });
});

describe('the bundled corpus, from its text alone', () => {
  const DATA = join(import.meta.dirname, '../../../data');
  const files = readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort();
  const byPrefix = (prefix: string) => {
    const file = files.find((f) => f.startsWith(prefix))!;
    const text = readFileSync(join(DATA, file), 'utf8');
    return resolveMetadata({ id: file, file, text, fileFields: {}, manifestFields: {}, warnings: [], contentHash: '' }, cleanText(text));
  };
  it.each([
    ['000', 'US envoy: Trump and Putin to talk this week', null, null, null],
    ['001', 'Trump to send top envoy to Russia in push to finalise Ukraine plan', 'Al Jazeera', null, null],
    ['002', 'Trump says US officials on way to Moscow for Ukraine talks', null, null, null],
    ['003', 'Trump and Putin To Discuss Potential Ukraine Ceasefire This Week', 'Antiwar.com', 'headlineusa.com', '2025-03-17'],
    ['004', 'Witkoff says Trump and Putin to speak this week on Ukraine ceasefire deal', 'Press TV', null, null],
  ])('%s: %s / %s via %s, %s', (prefix, title, outlet, via, published) => {
    const m = byPrefix(prefix);
    expect([m.title, m.outlet, m.via, m.published]).toEqual([title, outlet, via, published]);
  });
});
